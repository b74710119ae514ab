// The timeline as a pure function of its props: it draws what timelineState computed and
// reports what the reader does through callbacks. No store, no fetch, no window during render,
// so the explorer, the embed, the presenter's stage and the server render all use it.
//
// Props:
//   state         TimelineState from timelineState() (or timelineGeometry + withFilters). It
//                 carries the variant: "full" (explorer, embed: frame, lanes, legend, table,
//                 brush) or "strip" (the stage: phases and conferences of 1991–2024, the current
//                 step highlighted and the axis up to it emphasised).
//   t             translator for the interface strings (translator(lang) or useT()).
//   interactive   marks are focusable buttons (default true).
//   onSelect(id)  a mark was clicked or pressed; full: toggles (null when chosen again);
//                 strip: the conference or phase id to jump to.
//   onHover(id)   pointer or focus entered (id) or left (null) a mark.
//   onRangeChange(from, to)  years picked with the brush (full variant only; no brush without it).
//   zoomed, onZoom(zoomed)   the zoom buttons (full variant).
//   toolbar       extra controls beside the title (downloads); gets the CSV rows through ChartRows (LatestRows).
//   details       shown under the chart (the hovered or selected event).
//   headingLevel  level of the chart's title: 3 under a section heading, 2 under a page's h1.
//   sizeRef       ref of the box whose width the caller measures.
//   phone         before that box is measured: the phone layout's state beside the wide one in
//                 `state`; both are drawn and the box's width (a container query) shows one.
//
// On the presenter's stage: <TimelineStrip highlight={step id or year} onSelect={(id) => jump(id)}
// fontSize={24} /> (TimelineStrip.tsx) loads the datasets itself and renders this view with
// stripState({ events, phases, width, lang, t, fontSize, highlight }): every phase and conference
// of 1991–2024, the current one with aria-current="step", the years up to it shaded; a click on a
// conference or phase reports its id. It reads and writes no filters.
import { memo, useMemo, type CSSProperties, type ReactNode, type Ref } from "react";
import type { Translate } from "../../i18n";
import "../../i18n/timeline";
import { FIRST_YEAR, LAST_YEAR } from "../../domain";
import { ChartFrame } from "../../components/ChartFrame";
import { ChartSvg } from "../../components/ChartSvg";
import { DataTable } from "../../components/DataTable";
import { Legend } from "../../components/Legend";
import { LatestRows } from "../../components/downloads/ChartDownloads";
import { KIND_COLOURS } from "../../components/palette";
import type { TimelineRow, TimelineState } from "./timelineState";
import { useYearBrush } from "./useYearBrush";
import { Axis, EventMark, Lanes, Milestone, Phase, type MarkHandlers } from "./TimelineMarks";

export interface TimelineViewProps extends MarkHandlers {
  state: TimelineState;
  t: Translate;
  interactive?: boolean;
  onRangeChange?: (from: number, to: number) => void;
  zoomed?: boolean;
  onZoom?: (zoomed: boolean) => void;
  toolbar?: ReactNode;
  details?: ReactNode;
  headingLevel?: 2 | 3;
  sizeRef?: Ref<HTMLDivElement>;
  phone?: TimelineState;
}

function Brush({ state, t, onRangeChange }: { state: TimelineState; t: Translate; onRangeChange: (from: number, to: number) => void }) {
  const vertical = state.layout === "vertical";
  const { from, to, brushArea: area, selection } = state;
  const brush = useYearBrush(state.scale, [from, to], [FIRST_YEAR, LAST_YEAR], onRangeChange, vertical);
  const d = brush.dragging;
  const [lo, hi] = d ? [Math.min(d[0], d[1]), Math.max(d[0], d[1])] : [0, 0];
  const shown = d ? state.span(lo, hi) : selection;
  return (
    <g className="tl-brush">
      {shown && <rect className="selection" {...shown} pointerEvents="none" />}
      <rect className="tl-brush__overlay" {...area} tabIndex={0} role="slider"
        aria-label={t("timeline.brushLabel")} aria-valuemin={FIRST_YEAR} aria-valuemax={LAST_YEAR} aria-valuenow={from}
        aria-valuetext={`${from}–${to}`} {...brush.handlers} />
    </g>
  );
}

/** The SVG: the same for every variant and layout, drawing only what the state placed. */
function Drawing(props: TimelineViewProps) {
  const { state, phone, t } = props;
  const strip = state.variant === "strip";
  // In a chart frame, drawn by ref for its downloads. In the same group as before it was
  // measured (below), so measuring updates the prerendered marks instead of drawing them anew.
  if (!phone) {
    return (
      <ChartSvg width={state.width} height={state.height} role="group" aria-label={t("timeline.title")} className="timeline__svg"
        style={strip ? { fontSize: state.fontSize } : undefined}>
        <g key={state.layout} className={`tl-layout tl-layout--${state.layout}`}>
          <Marks {...props} />
        </g>
      </ChartSvg>
    );
  }
  // Each layout at its own height and at the least width it is drawn at, unscaled: the box the
  // page holds is the box it is redrawn in, and only the shading grows to the box's width.
  const heights = { "--tl-wide-height": `${state.height}px`, "--tl-phone-height": `${phone.height}px` } as CSSProperties;
  return (
    <ChartSvg role="group" aria-label={t("timeline.title")} className="timeline__svg" style={heights}>
      {[state, phone].map((s) => (
        <g key={s.layout} className={`tl-layout tl-layout--${s.layout}`}>
          <Marks {...props} state={s} />
        </g>
      ))}
    </ChartSvg>
  );
}

function Marks({ state, t, interactive = true, onSelect, onHover, onRangeChange }: TimelineViewProps) {
  const strip = state.variant === "strip";
  const behaviour = { interactive, onSelect, onHover, toggles: !strip };
  const p = state.progress;
  return (
    <>
      {state.phases.map((ph) => <Phase key={ph.id} {...ph} {...(strip ? behaviour : { interactive: false, toggles: false })} />)}
      {p && <rect className="tl-progress" {...p} aria-hidden="true" />}
      <Lanes lanes={state.lanes} />
      {state.marks?.map((m) => <EventMark key={m.id} {...m} {...behaviour} />)}
      {state.binPaths?.map((b) => (
        <path key={`${b.kind}|${b.out}`} d={b.d} fill={KIND_COLOURS[b.kind]} className={b.out ? "tl-mark--out" : undefined} aria-hidden="true" />
      ))}
      {state.milestones.map((m) => <Milestone key={m.id} {...m} {...behaviour} />)}
      <Axis axis={state.axis} />
      {interactive && onRangeChange && !strip && <Brush state={state} t={t} onRangeChange={onRangeChange} />}
    </>
  );
}

/** The table behind the chart: its rows are made only when it is opened. */
function TimelineTable({ state, t }: { state: TimelineState; t: Translate }) {
  return (
    <DataTable
      caption={t("timeline.tableCaption")}
      rows={state.rows()}
      rowKey={(r) => r.id}
      columns={(["date", "title", "kind", "place", "source"] as const).map((key) => ({ key, label: t(`col.${key}`), cell: (r: TimelineRow) => r[key] }))}
    />
  );
}

// The legend and the toolbar are memoised on what a filter change leaves alone (the lanes, the
// zoom), so a change redraws the marks it fades and the summary, not the chrome around them.
const TimelineLegend = memo(function TimelineLegend({ lanes, t }: { lanes: TimelineState["lanes"]; t: Translate }) {
  return (
    <Legend className="tl-legend" label={t("legend.kinds")} items={[
      ...["conference" as const, ...lanes.map((l) => l.kind)].map((k) => ({ key: k, label: t(`kind.${k}`), colour: KIND_COLOURS[k] })),
      { key: "imprecise", label: t("timeline.imprecise"), swatch: "imprecise" },
    ]} />
  );
});

const ZoomButtons = memo(function ZoomButtons({ zoomed, canZoom, onZoom, t }: { zoomed: boolean; canZoom: boolean; onZoom: (zoomed: boolean) => void; t: Translate }) {
  return (
    <>
      <button type="button" onClick={() => onZoom(true)} disabled={zoomed || !canZoom}>{t("timeline.zoomIn")}</button>
      <button type="button" onClick={() => onZoom(false)} disabled={!zoomed}>{t("timeline.zoomOut")}</button>
    </>
  );
});

export function TimelineView(props: TimelineViewProps) {
  const { state, t, interactive = true, zoomed = false, onZoom, toolbar, details, headingLevel, sizeRef } = props;
  const canZoom = !!state.selection;
  // The same element until the zoom changes: the frame's header is not redrawn for a filter change.
  const bar = useMemo(
    () => <>{interactive && onZoom && <ZoomButtons zoomed={zoomed} canZoom={canZoom} onZoom={onZoom} t={t} />}{toolbar}</>,
    [interactive, onZoom, zoomed, canZoom, t, toolbar],
  );
  if (state.variant === "strip") {
    return <div ref={sizeRef} className="timeline timeline--strip"><Drawing {...props} /></div>;
  }
  return (
    <LatestRows rows={state.csv}>
      <ChartFrame
        chart="timeline"
        title={t("timeline.title")}
        level={headingLevel}
        toolbar={bar}
        summary={state.summary}
        table={<TimelineTable state={state} t={t} />}
        drawn={!props.phone}
      >
        <div ref={sizeRef} className={`timeline timeline--${state.layout}${props.phone ? " timeline--unmeasured" : ""}`}>
          <Drawing {...props} />
          <TimelineLegend lanes={state.lanes} t={t} />
          {interactive && props.onRangeChange && <p className="tl-hint">{t("timeline.brushHint")}</p>}
          {state.binnedNote && <p className="tl-hint">{state.binnedNote}</p>}
          {details}
        </div>
      </ChartFrame>
    </LatestRows>
  );
}
