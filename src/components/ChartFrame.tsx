// The frame every chart shares: heading, toolbar, legend, the drawing, its notes (how it is
// counted, what it leaves out), a generated summary sentence, where the numbers come from, and
// the table of the same numbers behind a disclosure. The summaries are not live regions:
// one filter change would have four charts speak at once. The filter bar's count announces
// the change; each summary is read where it stands.
import { createContext, useContext, useRef, useState, type ReactNode } from "react";
import { ChartSvgContext } from "./ChartSvg";
import { ViewDrawn } from "./ViewDrawn";
import type { Chart } from "../domain";
import { useT } from "../i18n";

/** True where the page is written at build time: the table goes into the HTML (closed), so
 *  a reader without JavaScript can still open it. */
export const TablesInHtml = createContext(false);

export function ChartFrame({ chart, title, toolbar, summary, table, children, legend, notes, source }: {
  chart: Chart;
  title: string;
  toolbar?: ReactNode;
  summary: string;
  table?: ReactNode;
  legend?: ReactNode;
  /** Notes on how the chart is counted, under the drawing. */
  notes?: ReactNode;
  /** Where the numbers come from, under the summary. */
  source?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  const titleId = `chart-title-${chart}`;
  // A closed table is not rendered: at 20,000 meetings it would dominate every filter change.
  const [tableOpen, setTableOpen] = useState(useContext(TablesInHtml));
  // The drawing, for the toolbar's downloads: the view draws it into <ChartSvg>.
  const svg = useRef<SVGSVGElement>(null);
  return (
    <ChartSvgContext value={svg}>
      <figure className="chart" data-chart={chart} aria-labelledby={titleId}>
        <header className="chart__header">
          <h3 id={titleId} className="chart__title">{title}</h3>
          {toolbar && <div className="chart__toolbar">{toolbar}</div>}
        </header>
        {legend}
        <div className="chart__body">{children}</div>
        {notes && <div className="chart__notes">{notes}</div>}
        <figcaption className="chart__summary">{summary}</figcaption>
        {source && <p className="chart__source">{source}</p>}
        <ViewDrawn />
        {table && (
          <details className="chart__table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
            <summary>{t("chart.showTable")}</summary>
            {tableOpen && table}
          </details>
        )}
      </figure>
    </ChartSvgContext>
  );
}
