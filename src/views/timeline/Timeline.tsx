// The 1991–2024 timeline: phases as bands, ministerial conferences as milestones, every other
// event as one mark in its kind's lane; a brush on the axis sets the year-range filter.
import { useMemo, useState, type ReactNode } from "react";
import { useShallow } from "zustand/react/shallow";
import { useAtlasStore } from "../../state/store";
import { FIRST_YEAR, LAST_YEAR } from "../../state/urlState";
import { useDatasets } from "../../data/useDatasets";
import { useEvents } from "../useEvents";
import { useT, useLanguage } from "../../i18n";
import { formatEventDate } from "../../i18n/format";
import { LoadStatus } from "../../components/StatusPanel";
import { ChartFrame } from "../../components/ChartFrame";
import { ChartSvg } from "../../components/ChartSvg";
import { DataTable } from "../../components/DataTable";
import { KIND_COLOURS } from "../../components/palette";
import { useWidth } from "../../components/useSize";
import { eventTitle, type AtlasEvent } from "../../selectors/events";
import { timelineLayout, labelRows, textWidth, binMarks, binPaths, shownPerBin, MAX_SINGLE_MARKS, PHASE_BAND, MILESTONE } from "./timelineLayout";
import { useYearBrush } from "./useYearBrush";
import { EventDetails } from "./EventDetails";
import { EventMark, Milestone } from "./TimelineMarks";

const FULL: [number, number] = [FIRST_YEAR, LAST_YEAR + 1];
const milestoneLabel = (e: AtlasEvent) => `${e.place?.name ?? ""} ${e.year}`;

/** Details of the hovered (else selected) event: its own subscription, so hovering a mark
 *  re-renders this panel only, not the timeline and its table. */
function FocusedEvent({ events }: { events: AtlasEvent[] }) {
  const focusId = useAtlasStore((s) => s.hovered ?? s.selected);
  const focus = focusId ? events.find((e) => e.id === focusId) : undefined;
  return focus ? <EventDetails event={focus} /> : null;
}

export default function Timeline({ interactive = true, toolbar }: { interactive?: boolean; toolbar?: ReactNode }) {
  const t = useT();
  const lang = useLanguage();
  const { loaded, events, filtered } = useEvents();
  const phases = useDatasets(["phases"]);
  const [ref, width] = useWidth<HTMLDivElement>();
  const { from, to, selected } = useAtlasStore(useShallow((s) => ({ from: s.from, to: s.to, selected: s.selected })));
  const { setYearRange } = useAtlasStore.getState();
  const [zoomed, setZoomed] = useState(false);
  const domain: [number, number] = zoomed ? [from, to + 1] : FULL;

  const layout = useMemo(() => timelineLayout(events ?? [], domain, width), [events, domain[0], domain[1], width]);
  // What is drawn depends on the events, zoom and width; a filter change only restyles it.
  const { conferences, others, bins } = useMemo(() => {
    const inDomain = (e: AtlasEvent) => e.time >= domain[0] && e.time <= domain[1];
    const all = events ?? [];
    const others = all.filter((e) => e.kind !== "conference" && inDomain(e));
    return {
      conferences: all.filter((e) => e.kind === "conference" && inDomain(e)),
      others,
      bins: others.length > MAX_SINGLE_MARKS ? binMarks(others, layout.x) : null,
    };
  }, [events, domain[0], domain[1], layout]);
  const visible = useMemo(() => (bins ? null : new Set(filtered)), [bins, filtered]);
  // Accessible names of the drawn marks: title, place, date. Per language, not per filter change.
  const labelOf = useMemo(() => {
    const m = new Map<string, string>();
    const name = (e: AtlasEvent) => `${eventTitle(e, lang)}, ${e.place?.name ?? t(e.format === "virtual" ? "place.virtual" : "place.unstated")}, ${formatEventDate(e.date, lang)}`;
    for (const e of conferences) m.set(e.id, name(e));
    if (!bins) for (const e of others) m.set(e.id, name(e));
    return m;
  }, [conferences, others, bins, t, lang]);
  const binShapes = useMemo(() => (bins && filtered ? binPaths(bins, shownPerBin(bins, filtered), layout.laneY) : null), [bins, filtered, layout]);
  // Phases, lanes, axis and label rows depend on the data, zoom, width and language only.
  const phaseList = phases.status === "ready" ? phases.data.phases : undefined;
  const background = useMemo(() => {
    const list = phaseList ?? [];
    const lastPhaseEnd = Math.max(...list.map((p) => p.end));
    const phaseLabel = (p: (typeof list)[number], space: number) => {
      const full = `${t("phase.label", { n: p.number })}: ${p.translations?.[lang]?.title ?? p.title}`;
      return textWidth(full, 6.2) + 8 < space ? full : t("phase.label", { n: p.number });
    };
    return (
      <>
        {list.map((p) => {
          const x0 = layout.x(Math.max(p.start, domain[0]));
          // The last phase runs to the end of the axis: its end year is still part of it.
          const x1 = layout.x(Math.min(p.end === lastPhaseEnd ? p.end + 1 : p.end, domain[1]));
          if (x1 <= x0) return null;
          return (
            <g key={p.id} className={`tl-phase tl-phase--${p.number % 2 ? "odd" : "even"}`}>
              <rect x={x0} y={PHASE_BAND.y} width={x1 - x0} height={PHASE_BAND.h} />
              <rect x={x0} y={PHASE_BAND.y + PHASE_BAND.h} width={x1 - x0} height={layout.axisY - PHASE_BAND.y - PHASE_BAND.h} className="tl-phase__shade" />
              <text x={x0 + 4} y={PHASE_BAND.y + 17}>{phaseLabel(p, x1 - x0)}</text>
            </g>
          );
        })}
        {layout.lanes.map((k) => (
          <g key={k} className="tl-lane">
            <line x1={layout.x.range()[0]} x2={layout.x.range()[1]} y1={layout.laneY(k) + 8} y2={layout.laneY(k) + 8} />
          </g>
        ))}
      </>
    );
  }, [phaseList, layout, domain[0], domain[1], t, lang]);
  const axis = useMemo(() => (
    <g className="tl-axis" transform={`translate(0,${layout.axisY})`}>
      <line x1={layout.x.range()[0]} x2={layout.x.range()[1]} />
      {layout.ticks.map((y) => (
        <g key={y} transform={`translate(${layout.x(y)},0)`}>
          <line y2={6} />
          <text y={18} textAnchor="middle">{y}</text>
        </g>
      ))}
    </g>
  ), [layout]);
  const milestoneRows = useMemo(() => labelRows(
    conferences.map((e) => layout.x(e.time)),
    conferences.map((e) => Math.max(textWidth(milestoneLabel(e), 7.2), 120)),
    3,
  ), [conferences, layout]);
  const brush = useYearBrush(layout.x, [from, to], [FIRST_YEAR, LAST_YEAR], setYearRange);

  if (loaded.status !== "ready" || !events || !filtered) {
    return <LoadStatus loaded={loaded} />;
  }
  const markState = (e: AtlasEvent) => ({
    id: e.id,
    label: labelOf.get(e.id) ?? eventTitle(e, lang),
    interactive,
    selected: selected === e.id,
    out: visible ? !visible.has(e) : false,
  });
  const count = filtered.length;
  const summary = t("timeline.summary", {
    from, to, count,
    conferences: filtered.reduce((n, e) => (e.kind === "conference" ? n + 1 : n), 0),
  });
  const zoomButtons = interactive && (
    <>
      <button type="button" onClick={() => setZoomed(true)} disabled={zoomed || (from === FIRST_YEAR && to === LAST_YEAR)}>{t("timeline.zoomIn")}</button>
      <button type="button" onClick={() => setZoomed(false)} disabled={!zoomed}>{t("timeline.zoomOut")}</button>
    </>
  );
  return (
    <ChartFrame
      chart="timeline"
      title={t("timeline.title")}
      toolbar={<>{zoomButtons}{toolbar}</>}
      summary={summary}
      table={
        <DataTable
          caption={t("timeline.tableCaption")}
          rows={filtered}
          rowKey={(e) => e.id}
          columns={[
            { key: "date", label: t("col.date"), cell: (e) => formatEventDate(e.date, lang) },
            { key: "title", label: t("col.title"), cell: (e) => eventTitle(e, lang) },
            { key: "kind", label: t("col.kind"), cell: (e) => t(`kind.${e.kind}`) },
            { key: "place", label: t("col.place"), cell: (e) => e.place?.name ?? t(e.format === "virtual" ? "place.virtual" : "place.unstated") },
            { key: "src", label: t("col.source"), cell: (e) => e.sources.map((s) => `${s.source}: “${s.quote}”`).join("; ") },
          ]}
        />
      }
    >
      <div ref={ref} className="timeline">
        <ChartSvg width={width} height={layout.height} role="group" aria-label={t("timeline.title")} className="timeline__svg">
          {background}
          {!binShapes
            ? others.map((e) => (
                <EventMark key={e.id} {...markState(e)} x={layout.x(e.time)} y={layout.laneY(e.kind) + 8} kind={e.kind} imprecise={e.date.precision === "year"} />
              ))
            : binShapes.map((p) => (
                <path key={`${p.kind}|${p.out}`} d={p.d} fill={KIND_COLOURS[p.kind]} className={p.out ? "tl-mark--out" : undefined} aria-hidden="true" />
              ))}
          {conferences.map((e, i) => {
            const cx = layout.x(e.time);
            const headlines = e.figures.filter((f) => f.kind === "countries" || f.kind === "countries-and-organisations");
            const headline = headlines[0];
            return (
              <Milestone
                key={e.id}
                {...markState(e)}
                cx={cx}
                axisY={layout.axisY}
                labelY={MILESTONE.y + 14 + milestoneRows[i] * 31}
                anchor={cx > width - 90 ? "end" : cx < 90 ? "start" : "middle"}
                city={milestoneLabel(e)}
                figure={headline && `${t(`figure.short.${headline.kind}`, { n: headline.value })}${headlines.length > 1 ? " ⚠" : ""}`}
              />
            );
          })}
          {axis}
          {interactive && (() => {
            const [r0, r1] = layout.x.range();
            const shown = brush.dragging ?? (from === FIRST_YEAR && to === LAST_YEAR ? null : [layout.x(from), layout.x(to + 1)]);
            return (
              <g className="tl-brush">
                {shown && <rect className="selection" x={Math.min(shown[0], shown[1])} width={Math.abs(shown[1] - shown[0])} y={PHASE_BAND.y} height={layout.axisY + 20 - PHASE_BAND.y} pointerEvents="none" />}
                <rect className="tl-brush__overlay" x={r0} width={r1 - r0} y={layout.axisY - 4} height={26} tabIndex={0} role="slider"
                  aria-label={t("timeline.brushLabel")} aria-valuemin={FIRST_YEAR} aria-valuemax={LAST_YEAR} aria-valuenow={from}
                  aria-valuetext={`${from}–${to}`} {...brush.handlers} />
              </g>
            );
          })()}
        </ChartSvg>
        <ul className="tl-legend" aria-label={t("legend.kinds")}>
          {["conference" as const, ...layout.lanes].map((k) => (
            <li key={k}><span className="swatch" style={{ background: KIND_COLOURS[k] }} />{t(`kind.${k}`)}</li>
          ))}
          <li><span className="swatch swatch--imprecise" />{t("timeline.imprecise")}</li>
        </ul>
        {interactive && <p className="tl-hint">{t("timeline.brushHint")}</p>}
        {bins && <p className="tl-hint">{t("timeline.binned", { n: others.length })}</p>}
        <FocusedEvent events={events} />
      </div>
    </ChartFrame>
  );
}
