// The frame every chart shares: heading, toolbar, the drawing, a generated summary sentence
// and the table of the same numbers behind a disclosure. The summaries are not live regions:
// one filter change would have four charts speak at once. The filter bar's count announces
// the change; each summary is read where it stands.
import { createContext, useContext, useState, type ReactNode } from "react";
import { useT } from "../i18n";

/** True where the page is written at build time: the table goes into the HTML (closed), so
 *  a reader without JavaScript can still open it. */
export const TablesInHtml = createContext(false);

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
  // A closed table is not rendered: at 20,000 meetings it would dominate every filter change.
  const [tableOpen, setTableOpen] = useState(useContext(TablesInHtml));
  return (
    <figure className="chart" data-chart={chart} aria-labelledby={titleId}>
      <header className="chart__header">
        <h3 id={titleId} className="chart__title">{title}</h3>
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
