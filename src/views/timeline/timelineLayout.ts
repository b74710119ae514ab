// Geometry of the timeline, computed from data and width only: scales, lanes, ticks.
import { scaleLinear, type ScaleLinear } from "d3-scale";
import type { AtlasEvent } from "../../selectors/events";
import type { EventKind } from "../../state/urlState";
import { EVENT_KINDS } from "../../state/urlState";

export const MARGIN = { left: 12, right: 12 };
export const PHASE_BAND = { y: 4, h: 26 };
export const MILESTONE = { y: 34, h: 92 };
export const LANE = { y: 140, h: 16 };
export const AXIS_GAP = 22;

export interface TimelineLayout {
  x: ScaleLinear<number, number>;
  lanes: EventKind[];
  laneY: (kind: EventKind) => number;
  axisY: number;
  height: number;
  ticks: number[];
}

export function timelineLayout(events: AtlasEvent[], domain: [number, number], width: number): TimelineLayout {
  const x = scaleLinear().domain(domain).range([MARGIN.left, width - MARGIN.right]);
  const present = new Set(events.filter((e) => e.kind !== "conference").map((e) => e.kind));
  const lanes = EVENT_KINDS.filter((k) => k !== "conference" && present.has(k));
  const laneY = (kind: EventKind) => LANE.y + Math.max(0, lanes.indexOf(kind)) * LANE.h;
  const axisY = LANE.y + Math.max(1, lanes.length) * LANE.h + 4;
  const span = domain[1] - domain[0];
  const step = width < 480 ? (span > 20 ? 10 : span > 8 ? 5 : 1) : span > 20 ? 5 : span > 6 ? 2 : 1;
  const ticks: number[] = [];
  for (let y = Math.ceil(domain[0] / step) * step; y <= domain[1]; y += step) ticks.push(y);
  return { x, lanes, laneY, axisY, height: axisY + AXIS_GAP + 8, ticks };
}

/**
 * Assigns each label (in x order) to the first row where it does not overlap the previous
 * label, so milestone names stay readable at any width. Widths are estimates in pixels.
 */
export function labelRows(centres: number[], widths: number[], rows: number): number[] {
  const rowEnds = new Array<number>(rows).fill(-Infinity);
  return centres.map((cx, i) => {
    const left = cx - widths[i] / 2;
    let row = rowEnds.findIndex((end) => end + 6 <= left);
    if (row < 0) row = rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = cx + widths[i] / 2;
    return row;
  });
}

/** Rough text width for the 11–12 px labels, good enough to avoid collisions. */
export const textWidth = (s: string, px = 6.6) => s.length * px;

/** Above this many marks the lane shows bins: thousands of focusable marks help nobody. */
export const MAX_SINGLE_MARKS = 1500;

export interface MarkBin {
  kind: EventKind;
  x: number;
  count: number;
}

export interface MarkBins {
  bins: MarkBin[];
  /** Index into `bins` of each binned event. */
  binOf: Map<AtlasEvent, number>;
}

/**
 * Groups marks of each kind into buckets a few pixels wide. Depends on the events and the
 * scale only, so it is computed once per zoom or resize, not per filter change.
 */
export function binMarks(events: AtlasEvent[], x: (t: number) => number, bucketPx = 4): MarkBins {
  const index = new Map<string, number>();
  const bins: MarkBin[] = [];
  const binOf = new Map<AtlasEvent, number>();
  for (const e of events) {
    const bx = Math.round(x(e.time) / bucketPx) * bucketPx;
    const key = `${e.kind}|${bx}`;
    let i = index.get(key);
    if (i === undefined) {
      index.set(key, (i = bins.length));
      bins.push({ kind: e.kind, x: bx, count: 0 });
    }
    bins[i].count++;
    binOf.set(e, i);
  }
  return { bins, binOf };
}

/** How many of each bin's events the filter keeps: one pass over the kept events. */
export function shownPerBin({ bins, binOf }: MarkBins, kept: readonly AtlasEvent[]): Uint32Array {
  const shown = new Uint32Array(bins.length);
  for (const e of kept) {
    const i = binOf.get(e);
    if (i !== undefined) shown[i]++;
  }
  return shown;
}

/**
 * One SVG path per kind and state (some kept / none kept): a few elements however many bins,
 * so a filter change rewrites a handful of attributes instead of thousands of rects.
 */
export function binPaths(marks: MarkBins, shown: Uint32Array, laneY: (kind: EventKind) => number, w = 4, h = 12): { kind: EventKind; out: boolean; d: string }[] {
  const parts = new Map<string, { kind: EventKind; out: boolean; d: string[] }>();
  marks.bins.forEach((b, i) => {
    const out = shown[i] === 0;
    const key = `${b.kind}|${out}`;
    let part = parts.get(key);
    if (!part) parts.set(key, (part = { kind: b.kind, out, d: [] }));
    part.d.push(`M${b.x - w / 2},${laneY(b.kind) + 2}h${w}v${h}h${-w}z`);
  });
  return [...parts.values()].map((p) => ({ ...p, d: p.d.join("") }));
}
