// The frame every chart shares: heading, toolbar, the drawing, a generated summary sentence
// and the table of the same numbers behind a disclosure. The summaries are not live regions:
// one filter change would have four charts speak at once. The filter bar's count announces
// the change; each summary is read where it stands.
import { useContext, useState, type ReactNode } from "react";
import { ChartHeadingLevel } from "./headingLevel";
import { useT } from "../i18n";

export function ChartFrame({ chart, title, toolbar, summary, table, children, legend }: {
  chart: string;
  title: string;
  toolbar?: ReactNode;
  summary: string;
  table?: ReactNode;
  legend?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  const titleId = `chart-title-${chart}`;
  const Heading = useContext(ChartHeadingLevel) === 2 ? "h2" : "h3";
  // A closed table is not rendered: at 20,000 meetings it would dominate every filter change.
  const [tableOpen, setTableOpen] = useState(false);
  return (
    <figure className="chart" data-chart={chart} aria-labelledby={titleId}>
      <header className="chart__header">
        <Heading id={titleId} className="chart__title">{title}</Heading>
        {toolbar && <div className="chart__toolbar">{toolbar}</div>}
      </header>
      {legend}
      <div className="chart__body">{children}</div>
      <figcaption className="chart__summary">{summary}</figcaption>
      {table && (
        <details className="chart__table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
          <summary>{t("chart.showTable")}</summary>
          {tableOpen && table}
        </details>
      )}
    </figure>
  );
}
