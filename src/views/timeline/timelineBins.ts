// Bins that stand in for marks when a lane would hold thousands (above MAX_SINGLE_MARKS).
// Loaded only then: the real datasets have a few dozen meetings, and the explorer's first
// bytes are better spent on what every reader sees.
import type { AtlasEvent } from "../../selectors/events";
import type { EventKind } from "../../domain";

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

/** Each bin's piece of path: per bins and lanes, so a filter change only sorts them into paths. */
export function binSegments(marks: MarkBins, lanePos: (kind: EventKind) => number, vertical = false): string[] {
  // Across the lane and a bucket wide along the years; turned a quarter when years run down.
  return marks.bins.map((b) => (vertical ? `M${lanePos(b.kind) - 6},${b.x - 2}h12v4h-12z` : `M${b.x - 2},${lanePos(b.kind) + 2}h4v12h-4z`));
}

/**
 * One SVG path per kind and state (some kept / none kept): a few elements however many bins,
 * so a filter change rewrites a handful of attributes instead of thousands of rects.
 */
export function binPaths(
  marks: MarkBins, shown: Uint32Array, lanePos: (kind: EventKind) => number, vertical = false,
  segments: readonly string[] = binSegments(marks, lanePos, vertical),
): { kind: EventKind; out: boolean; d: string }[] {
  type Part = { kind: EventKind; out: boolean; d: string[] };
  const byKind = new Map<EventKind, [Part | undefined, Part | undefined]>();
  const parts: Part[] = [];
  marks.bins.forEach((b, i) => {
    const out = shown[i] === 0;
    let pair = byKind.get(b.kind);
    if (!pair) byKind.set(b.kind, (pair = [undefined, undefined]));
    let part = pair[out ? 1 : 0];
    if (!part) parts.push((pair[out ? 1 : 0] = part = { kind: b.kind, out, d: [] }));
    part.d.push(segments[i]);
  });
  return parts.map((p) => ({ ...p, d: p.d.join("") }));
}
