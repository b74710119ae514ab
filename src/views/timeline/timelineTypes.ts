// What the timeline draws, in pixels and words: the shapes timelineState returns and
// TimelineView renders. Every layout (wide, phone, presenter strip) fills the same shapes, so
// one set of components draws them all.
import type { ScaleLinear } from "d3-scale";
import type { AtlasEvent } from "../../selectors/events";
import type { EventKind } from "../../domain";
import type * as BinningModule from "./timelineBins";
import type { MarkBins } from "./timelineBins";

/** The binning code (./timelineBins), loaded only when a lane would hold thousands of marks. */
export type Binning = typeof BinningModule;

export type Anchor = "start" | "middle" | "end";
export interface TextSpec { x: number; y: number; anchor: Anchor; text: string; rotate?: boolean }
export interface Box { x: number; y: number; width: number; height: number }
export type Segment = [x1: number, y1: number, x2: number, y2: number];

/** Wide: years run left to right. Vertical: years run down the page, for phones. */
export type TimelineLayoutKind = "horizontal" | "vertical";
/** Full: the explorer's and embed's chart. Strip: phases and conferences only, for the stage. */
export type TimelineVariant = "full" | "strip";

export interface PhaseBand {
  id: string;
  number: number;
  band: Box;
  /** The phase's shade behind the lanes. */
  shade: Box;
  label: TextSpec;
  /** Accessible name: starts with the visible label. */
  name: string;
  current: boolean;
}

export interface MilestoneSpec {
  id: string;
  dot: { x: number; y: number; r: number };
  stem: Segment;
  city: TextSpec;
  figure?: TextSpec;
  /** Accessible name: the visible city and year (and figure) first, then title and date. */
  name: string;
  current: boolean;
}

export interface MarkSpec {
  id: string;
  kind: EventKind;
  x: number;
  y: number;
  imprecise: boolean;
  /** Accessible name: title, place, date (a mark has no visible text). */
  name: string;
}

export interface LaneSpec { kind: EventKind; line: Segment }

export interface TickSpec { year: number; x: number; y: number; tick: [dx: number, dy: number]; label: TextSpec }

export interface AxisSpec { line: Segment; ticks: TickSpec[] }

export interface TimelineGeometry {
  variant: TimelineVariant;
  layout: TimelineLayoutKind;
  width: number;
  height: number;
  fontSize: number;
  domain: [number, number];
  /** Years to pixels along the time axis (x when horizontal, y when vertical). */
  scale: ScaleLinear<number, number>;
  /** The box a span of the axis (in pixels along it) covers across the chart: brush selection, progress. */
  span: (a0: number, a1: number) => Box;
  phases: PhaseBand[];
  milestones: MilestoneSpec[];
  lanes: LaneSpec[];
  marks: MarkSpec[] | null;
  /** Meetings drawn as bins when too many to draw one by one. */
  bins: MarkBins | null;
  /** Too many meetings to draw one by one, and the binning code is not given yet. */
  awaitingBins: boolean;
  /** Meetings in the domain, drawn as marks or bins. */
  others: AtlasEvent[];
  axis: AxisSpec;
  /** Where dragging picks years. */
  brushArea: Box;
  /** Part of the drawing up to the highlighted step. */
  progress: Box | null;
}
