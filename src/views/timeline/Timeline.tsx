// The timeline connected to the explorer's and embed's shared state: reads the datasets, the
// filters and the selection, derives what to draw with timelineState, and hands it to the
// props-only TimelineView. Geometry is derived once per data, zoom, width and language; a
// filter change only re-applies the filters to it.
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { useAtlasStore } from "../../state/store";
import { useDatasets } from "../../data/useDatasets";
import { useEvents } from "../useEvents";
import { useT, useLanguage } from "../../i18n";
import { DataNotice, LoadStatus } from "../../components/StatusPanel";
import { useWidth } from "../../components/useSize";
import type { AtlasEvent } from "../../selectors/events";
import { FULL_DOMAIN, PHONE_WIDTH, timelineGeometry, withFilters, type Binning } from "./timelineState";
import { EventDetails } from "./EventDetails";
import { TimelineView } from "./TimelineView";

const PHASES = ["phases"] as const;

/** Details of the hovered (else selected) event: its own subscription, so hovering a mark
 *  re-renders this panel only, not the timeline and its table. */
function FocusedEvent({ events, level }: { events: AtlasEvent[]; level: 3 | 4 }) {
  const focusId = useAtlasStore((s) => s.hovered ?? s.selected);
  const focus = focusId ? events.find((e) => e.id === focusId) : undefined;
  return focus ? <EventDetails event={focus} level={level} /> : null;
}

/** The least width a chart is drawn at (useWidth): the phone drawing a page holds before it
 *  has measured its box fits any phone's box. */
const LEAST_WIDTH = 280;

export default function Timeline({ interactive = true, toolbar, width: initialWidth }: {
  interactive?: boolean;
  toolbar?: ReactNode;
  /** Width to draw at before the box is measured (the server render's guess). */
  width?: number;
}) {
  const t = useT();
  const lang = useLanguage();
  const { loaded, events, filtered, filters } = useEvents();
  const phases = useDatasets(PHASES);
  const [ref, width, measured] = useWidth<HTMLDivElement>(initialWidth, true);
  const selected = useAtlasStore((s) => s.selected);
  // Under an embed's h1 the chart title is an h2; under the explorer's section heading, an h3.
  const level = useAtlasStore((s) => (s.mode === "embed" ? 2 : 3));
  const { setYearRange, select, hover } = useAtlasStore.getState();
  const [zoomed, setZoomed] = useState(false);
  const [d0, d1] = zoomed ? [filters.from, filters.to + 1] : FULL_DOMAIN;
  const phaseList = phases.status === "ready" ? phases.data.phases : undefined;
  const [binning, setBinning] = useState<Binning>();

  // Unmeasured (a prerendered page, the first render), the box may be a phone's or wider, and the
  // two layouts differ in height: both are drawn, and the box's own width shows one of them.
  const geometries = useMemo(() => {
    if (!events) return null;
    const at = (w: number) => timelineGeometry({ events, phases: phaseList ?? [], width: w, lang, t, domain: [d0, d1], binning });
    return measured ? [at(width)] : [at(PHONE_WIDTH), at(LEAST_WIDTH)];
  }, [events, phaseList, width, measured, lang, t, d0, d1, binning]);
  const states = useMemo(
    () => geometries && filtered && geometries.map((g) => withFilters(g, { events: events!, filters, kept: filtered, selected, lang, t, binning })),
    [geometries, filtered, filters, selected, lang, t, events, binning],
  );
  const state = states?.[0];
  const awaitingBins = geometries?.[0].awaitingBins;
  useEffect(() => {
    if (awaitingBins) void import("./timelineBins").then(setBinning);
  }, [awaitingBins]);
  // The same elements while their inputs are the same, so a filter change skips them.
  const notice = useMemo(() => <DataNotice of={[loaded, phases]} />, [loaded, phases]);
  const details = useMemo(() => events && <FocusedEvent events={events} level={level === 2 ? 3 : 4} />, [events, level]);

  if (loaded.status !== "ready" || !events || !state) return <LoadStatus loaded={loaded} />;
  return (
    <>
      {notice}
      <TimelineView
        state={state}
        phone={states?.[1]}
        t={t}
        interactive={interactive}
        onSelect={select}
        onHover={hover}
        onRangeChange={setYearRange}
        zoomed={zoomed}
        onZoom={setZoomed}
        toolbar={toolbar}
        headingLevel={level}
        sizeRef={ref}
        details={details}
      />
    </>
  );
}
