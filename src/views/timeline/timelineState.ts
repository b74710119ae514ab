// Everything the timeline draws, from datasets, filters, width and language: phase bands,
// conference milestones with their label rows, lanes, marks or bins, which of them are faded,
// the summary, and the rows of its table and CSV. Pure: the explorer, the embed, the
// presenter's strip, the server render and the downloads all call it and agree.
import type { Language, Phase } from "../../data/schemas";
import type { Translate } from "../../i18n";
import { formatEventDate } from "../../i18n/format";
import { eventTitle, type AtlasEvent } from "../../selectors/events";
import { filterEvents } from "../../selectors/filterEvents";
import { EVENT_KINDS, FIRST_YEAR, LAST_YEAR, type EventKind, type Filters } from "../../domain";
import type { CsvRow } from "../../components/downloads/csv";
import { timelineGeometryOf } from "./timelineGeometry";
import { markName, milestoneText, phaseText, placeName } from "./timelineText";
import type { Binning, Box, MarkSpec, MilestoneSpec, TimelineGeometry, TimelineLayoutKind, TimelineVariant } from "./timelineTypes";

export * from "./timelineTypes";

/** Below this width the timeline runs down the page instead of across it. */
export const PHONE_WIDTH = 480;
export const FULL_DOMAIN: [number, number] = [FIRST_YEAR, LAST_YEAR + 1];

export interface GeometryOptions {
  events: readonly AtlasEvent[];
  phases: readonly Phase[];
  width: number;
  lang: Language;
  t: Translate;
  /** Years on the axis; the whole 1991–2024 by default. */
  domain?: [number, number];
  variant?: TimelineVariant;
  /** Forces a layout; otherwise derived from the width. */
  layout?: TimelineLayoutKind;
  /** Type size of the labels (the strip on stage uses room-sized type). */
  fontSize?: number;
  /** The binning code, needed only above MAX_SINGLE_MARKS meetings (see Timeline.tsx). */
  binning?: Binning;
  /** The step on stage (see stripState): drawn highlighted, the years up to it emphasised. */
  current?: { id: string | null; time: number | null };
}

export interface TimelineInput extends GeometryOptions {
  filters: Filters;
  /** The events the filters keep, when already computed for the page's other views. */
  kept?: readonly AtlasEvent[];
  regionOf?: ReadonlyMap<string, string>;
  selected?: string | null;
}

export type Drawn<T> = T & { out: boolean; selected: boolean };

export interface TimelineRow { id: string; date: string; title: string; kind: string; place: string; source: string }

export interface TimelineState extends Omit<TimelineGeometry, "milestones" | "marks"> {
  milestones: Drawn<MilestoneSpec>[];
  marks: Drawn<MarkSpec>[] | null;
  binPaths: { kind: EventKind; out: boolean; d: string }[] | null;
  from: number;
  to: number;
  /** The year range picked on the axis, drawn over the chart (none for the whole range). */
  selection: Box | null;
  summary: string;
  /** Says that meetings are drawn in bins, and how many. */
  binnedNote: string | null;
  kept: readonly AtlasEvent[];
  /** Table rows, made when the table is opened. */
  rows: () => TimelineRow[];
  /** CSV rows, made (and their code loaded) when a CSV is downloaded. */
  csv: () => Promise<CsvRow[]>;
}

const lastPhaseEnd = (phases: readonly Phase[]) => Math.max(...phases.map((p) => p.end));

/** What is drawn before any filter applies: depends on data, zoom, width and language only. */
export function timelineGeometry(o: GeometryOptions): TimelineGeometry {
  const variant = o.variant ?? "full";
  const domain = o.domain ?? FULL_DOMAIN;
  const layout = o.layout ?? (variant === "full" && o.width < PHONE_WIDTH ? "vertical" : "horizontal");
  const inDomain = (e: AtlasEvent) => e.time >= domain[0] && e.time <= domain[1];
  const others = variant === "strip" ? [] : o.events.filter((e) => e.kind !== "conference" && inDomain(e));
  const present = new Set(others.map((e) => e.kind));
  const end = lastPhaseEnd(o.phases);
  return timelineGeometryOf({
    variant, layout, width: o.width, fontSize: o.fontSize ?? 12, domain, others,
    // The last phase runs to the end of the axis: its end year is still part of it.
    phases: o.phases.map((p) => ({ id: p.id, number: p.number, start: p.start, end: p.end === end ? p.end + 1 : p.end, text: phaseText(p, o.lang, o.t) })),
    conferences: o.events.filter((e) => e.kind === "conference" && inDomain(e)),
    milestoneText: (e) => milestoneText(e, o.lang, o.t, variant === "full"),
    lanes: EVENT_KINDS.filter((k) => k !== "conference" && present.has(k)),
    markName: (e) => markName(e, o.lang, o.t),
    current: o.current ?? { id: null, time: null },
    binning: o.binning,
  });
}

// The bins' path pieces per geometry: they depend on where the bins and lanes sit, not on filters.
const segments = new WeakMap<TimelineGeometry, string[]>();
function segmentsOf(g: TimelineGeometry, bin: Binning, lanePos: (k: EventKind) => number): string[] {
  let s = segments.get(g);
  if (!s) segments.set(g, (s = bin.binSegments(g.bins!, lanePos, g.layout === "vertical")));
  return s;
}

/** Applies filters and selection to what is drawn: which marks fade, summary, rows. */
export function withFilters(g: TimelineGeometry, o: Pick<TimelineInput, "events" | "filters" | "kept" | "regionOf" | "selected" | "lang" | "t" | "binning">): TimelineState {
  const { from, to } = o.filters;
  const kept = o.kept ?? filterEvents(o.events as AtlasEvent[], o.filters, o.regionOf);
  // Only marks and milestones are looked up: with the meetings binned, the conferences alone,
  // not a Set of every kept id rebuilt on each change (20,000 of them with generated data).
  const keptIds = new Set<string>();
  const all = g.marks !== null;
  let conferences = 0;
  for (const e of kept) {
    const conference = e.kind === "conference";
    if (conference) conferences++;
    if (all || conference) keptIds.add(e.id);
  }
  const sel = o.selected ?? null;
  const drawn = <T extends { id: string }>(s: T): Drawn<T> => ({ ...s, out: !keptIds.has(s.id), selected: s.id === sel });
  const bin = o.binning;
  const shown = g.bins && bin ? bin.shownPerBin(g.bins, kept) : null;
  const vertical = g.layout === "vertical";
  // Lane top when years run across, lane centre when they run down.
  const lanePos = (k: EventKind) => { const l = g.lanes.find((x) => x.kind === k)?.line ?? [0, 8]; return vertical ? l[0] : l[1] - 8; };
  const [a, b] = [g.scale(Math.max(from, g.domain[0])), g.scale(Math.min(to + 1, g.domain[1]))];
  const { lang, t } = o;
  return {
    ...g,
    milestones: g.milestones.map(drawn),
    marks: g.marks?.map(drawn) ?? null,
    binPaths: shown ? bin!.binPaths(g.bins!, shown, lanePos, vertical, segmentsOf(g, bin!, lanePos)) : null,
    from, to, kept,
    selection: (from === FIRST_YEAR && to === LAST_YEAR) || b <= a ? null : g.span(a, b),
    binnedNote: g.bins ? t("timeline.binned", { n: g.others.length }) : null,
    summary: t("timeline.summary", { from, to, count: kept.length, conferences }),
    rows: () => kept.map((e) => ({
      id: e.id, date: formatEventDate(e.date, lang), title: eventTitle(e, lang), kind: t(`kind.${e.kind}`),
      place: placeName(e, t), source: e.sources.map((s) => `${s.source}: “${s.quote}”`).join("; "),
    })),
    csv: () => import("./timelineCsv").then((m) => m.csvRows(kept)),
  };
}

/** The whole derivation in one call. */
export function timelineState(input: TimelineInput): TimelineState {
  return withFilters(timelineGeometry(input), input);
}
