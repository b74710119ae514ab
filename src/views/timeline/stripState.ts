// The presenter's strip: the timeline's state in its "strip" variant, with the step on stage
// found from a conference or phase id, or a year. Pure, like timelineState, which it wraps.
import type { Phase } from "../../data/schemas";
import type { AtlasEvent } from "../../selectors/events";
import { DEFAULT_FILTERS } from "../../domain";
import { timelineState, type GeometryOptions, type TimelineState } from "./timelineState";

export type Highlight = string | number | null | undefined;

/** The highlighted mark's id and the time the progress runs to: a conference's date, a phase's first year. */
export function currentOf(events: readonly AtlasEvent[], phases: readonly Phase[], h: Highlight) {
  if (h === null || h === undefined) return { id: null, time: null };
  const conf = events.find((e) => e.kind === "conference" && (typeof h === "number" ? e.year === h : e.id === h));
  if (conf) return { id: conf.id, time: conf.time };
  const phase = phases.find((p) => (typeof h === "number" ? p.start === h : p.id === h));
  if (phase) return { id: phase.id, time: phase.start };
  return { id: null, time: typeof h === "number" ? h : null };
}

export function stripState(o: Omit<GeometryOptions, "variant" | "current"> & { highlight?: Highlight }): TimelineState {
  return timelineState({
    ...o, variant: "strip", filters: DEFAULT_FILTERS, kept: o.events,
    current: currentOf(o.events, o.phases, o.highlight),
  });
}
