// The frame every chart shares: heading, toolbar, legend, the drawing, its notes (how it is
// counted, what it leaves out), a generated summary sentence, where the numbers come from, and
// the table of the same numbers behind a disclosure. The summaries are not live regions:
// one filter change would have four charts speak at once. The filter bar's count announces
// the change; each summary is read where it stands.
import { createContext, memo, useContext, useRef, type ReactNode } from "react";
import { ChartHeadingLevel } from "./headingLevel";
import { ChartSvgContext } from "./ChartSvg";
import { ViewDrawn } from "./ViewDrawn";
import type { Chart } from "../domain";
import { useT } from "../i18n";
import { CiteButton } from "./cite/CiteButton";
import { HowCounted } from "./HowCounted";
import { useDisclosure } from "./useDisclosure";

/** True where the page is written at build time: the table goes into the HTML (closed), so
 *  a reader without JavaScript can still open it. */
export const TablesInHtml = createContext(false);

// The parts of the frame a filter change leaves alone (heading, toolbar, "How this is counted"),
// memoised on their props so that redrawing the chart does not redraw them.
const FrameHeader = memo(function FrameHeader({ id, heading: Heading, title, toolbar, chart }: {
  id: string; heading: "h2" | "h3"; title: string; toolbar?: ReactNode; chart: Chart;
}) {
  return (
    <header className="chart__header">
      <Heading id={id} className="chart__title">{title}</Heading>
      <div className="chart__toolbar">{toolbar}<CiteButton chart={chart} title={title} /></div>
    </header>
  );
});

const FrameNotes = memo(function FrameNotes({ notes, counted, chart }: { notes?: ReactNode; counted: boolean; chart: Chart }) {
  return <div className="chart__notes">{notes}{counted && <HowCounted chart={chart} />}</div>;
});

const drawn = <ViewDrawn />;

export function ChartFrame({ chart, title, level, toolbar, summary, table, children, legend, notes, notice, source, counted = true, drawn: isDrawn = true }: {
  chart: Chart;
  title: string;
  /** 3 under a section heading (explorer), 2 right under a page's h1 (embed): no level skipped.
   *  Without it, the level the page sets (ChartHeadingLevel). */
  level?: 2 | 3;
  toolbar?: ReactNode;
  summary: string;
  table?: ReactNode;
  legend?: ReactNode;
  /** What the data left out (records set aside), above the drawing: a reader sees it before the gap. */
  notice?: ReactNode;
  /** Notes on how the chart is counted, under the drawing. */
  notes?: ReactNode;
  /** Whether to offer "How this is counted" (a presenter's small chart leaves it out). */
  counted?: boolean;
  /** Where the numbers come from, under the summary. */
  source?: ReactNode;
  children: ReactNode;
  /** Whether the drawing is the one for this box (a prerendered timeline holds two until it
   *  has measured its box): the view counts as drawn once it is. */
  drawn?: boolean;
}) {
  const t = useT();
  const titleId = `chart-title-${chart}`;
  const pageLevel = useContext(ChartHeadingLevel);
  // A closed table is not rendered: at 20,000 meetings it would dominate every filter change.
  const tableDetails = useDisclosure(useContext(TablesInHtml));
  const Heading = (level ?? pageLevel) === 2 ? "h2" : "h3";
  // The drawing, for the toolbar's downloads: the view draws it into <ChartSvg>.
  const svg = useRef<SVGSVGElement>(null);
  return (
    <ChartSvgContext value={svg}>
      <figure className="chart" data-chart={chart} aria-labelledby={titleId}>
        <FrameHeader id={titleId} heading={Heading} title={title} toolbar={toolbar} chart={chart} />
        {notice}
        {legend}
        <div className="chart__body">{children}</div>
        <FrameNotes notes={notes} counted={counted} chart={chart} />
        <figcaption className="chart__summary">{summary}</figcaption>
        {source && <p className="chart__source">{source}</p>}
        {isDrawn && drawn}
        {table && (
          <details ref={tableDetails.ref} className="chart__table" onToggle={tableDetails.onToggle}>
            <summary>{t("chart.showTable")}</summary>
            {tableDetails.open && table}
          </details>
        )}
      </figure>
    </ChartSvgContext>
  );
}
