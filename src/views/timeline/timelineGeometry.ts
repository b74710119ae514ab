// Where everything sits, from data, width and type size alone. Computed in two coordinates,
// along the years and across them, then laid out across the page (wide screens, the stage's
// strip) or down it (phones: below 480 px a horizontal axis would squeeze 34 years and seven
// conference labels into a few pixels each). Across the page, milestone labels take up to
// three rows; down it, each label sits right of the lanes, pushed down just enough never to
// touch the one above, with a leader line to its date.
import { scaleLinear } from "d3-scale";
import type { AtlasEvent } from "../../selectors/events";
import type { EventKind } from "../../domain";
import { placeLabels, textWidth, MAX_SINGLE_MARKS } from "./timelineLayout";
import { fittingPhaseLabel, type MilestoneText, type PhaseText } from "./timelineText";
import type { Anchor, Binning, Box, MilestoneSpec, TimelineGeometry, TimelineLayoutKind, TimelineVariant } from "./timelineTypes";

export interface PlacedPhase { id: string; number: number; start: number; end: number; text: PhaseText }
export interface GeometryInput {
  variant: TimelineVariant;
  layout: TimelineLayoutKind;
  width: number;
  fontSize: number;
  domain: [number, number];
  phases: PlacedPhase[];
  conferences: AtlasEvent[];
  milestoneText: (e: AtlasEvent) => MilestoneText;
  others: AtlasEvent[];
  lanes: EventKind[];
  markName: (e: AtlasEvent) => string;
  /** The highlighted step's id and the time it sits at. */
  current: { id: string | null; time: number | null };
  binning?: Binning;
}

export const PX_PER_YEAR = 20;
/** Type size of the phase names (styles.css: 11 px on the chart, the strip's type size on the
 *  stage) and the width of one of their semi-bold characters, as a share of it. */
const PHASE_TYPE = 11;
const PHASE_CHAR = 0.6;

/** Positions across the years, in pixels at type size f: band, lanes, axis, brush, ticks. */
function metrics(g: GeometryInput, f: number, rows: number) {
  const n = g.lanes.length;
  if (g.layout === "vertical") {
    return { band: [0, 20], lane0: 72, laneGap: 10, axis: 60, dot: 60, dotR: 6, brush: [-24, 6], tick: [-6, 0, -10, 4], end: g.width, labelTop: 0, rowH: 0, stemGap: 0 };
  }
  if (g.variant === "strip") {
    const axis = (3.3 + rows * 1.4) * f;
    return { band: [0, 2.2 * f], lane0: 0, laneGap: 0, axis, dot: axis, dotR: 0.45 * f, brush: [-4, 22], tick: [0, 6, 0, 1.5 * f], end: axis + 2 * f, labelTop: 3.5 * f, rowH: 1.4 * f, stemGap: 0.35 * f };
  }
  const axis = 140 + Math.max(1, n) * 16 + 4;
  return { band: [4, 30], lane0: 148, laneGap: 16, axis, dot: axis - 10, dotR: 7, brush: [-4, 22], tick: [0, 6, 0, 18], end: axis + 30, labelTop: 48, rowH: 31, stemGap: 20 };
}

export function tickStep(span: number, narrow: boolean): number {
  return narrow ? (span > 20 ? 10 : span > 8 ? 5 : 1) : span > 20 ? 5 : span > 6 ? 2 : 1;
}

export function timelineGeometryOf(g: GeometryInput): TimelineGeometry {
  const { variant, layout, width, fontSize: f, domain } = g;
  const vertical = layout === "vertical";
  const scale = scaleLinear().domain(domain).range(vertical ? [12, 12 + (domain[1] - domain[0]) * PX_PER_YEAR] : [12, width - 12]);
  const [r0, r1] = scale.range();
  const texts = g.conferences.map(g.milestoneText);
  // Label rows across the page: as many as the labels need on the stage (up to four), three on
  // the chart, whose lanes sit below them.
  const anchors = g.conferences.map((e): Anchor => (scale(e.time) > width - 7.5 * f ? "end" : scale(e.time) < 7.5 * f ? "start" : "middle"));
  const widths = texts.map((s) => Math.max(textWidth(s.city, f * 0.66), s.figure ? textWidth(s.figure, f * 0.55) : 0));
  const shift = { start: 0.5, middle: 0, end: -0.5 };
  const centres = g.conferences.map((e, i) => scale(e.time) + widths[i] * shift[anchors[i]]);
  let placed = placeLabels(centres, widths, 1);
  for (let n = 2; !placed.fit && n <= (variant === "strip" ? 4 : 3); n++) placed = placeLabels(centres, widths, n);
  const m = metrics(g, f, Math.max(1, ...placed.rows.map((r) => r + 1)));
  const phaseType = variant === "strip" ? f : PHASE_TYPE;
  // Along the years and across them, to x and y.
  const box = (a0: number, a1: number, c0: number, c1: number): Box =>
    vertical ? { x: c0, y: a0, width: c1 - c0, height: a1 - a0 } : { x: a0, y: c0, width: a1 - a0, height: c1 - c0 };
  const pt = (a: number, c: number) => (vertical ? { x: c, y: a } : { x: a, y: c });
  const lane = (k: EventKind) => m.lane0 + Math.max(0, g.lanes.indexOf(k)) * m.laneGap;

  const phases = g.phases.flatMap((p) => {
    const a0 = scale(Math.max(p.start, domain[0]));
    const a1 = scale(Math.min(p.end, domain[1]));
    if (a1 <= a0) return [];
    const [c0, c1] = m.band;
    // Down the page the title would crowd the narrow band: the label keeps to "Phase n" there.
    const text = fittingPhaseLabel(p.text, a1 - a0, PHASE_CHAR * phaseType, !vertical);
    return [{
      id: p.id, number: p.number, current: p.id === g.current.id, name: p.text.name,
      band: box(a0, a1, c0, c1),
      shade: box(a0, a1, c1, vertical ? width : m.axis),
      // Down the page the band is tall and narrow: its name runs along it.
      label: vertical ? { x: c1 - 6, y: (a0 + a1) / 2, anchor: "middle" as Anchor, text, rotate: true } : { x: a0 + f / 3, y: c0 + (c1 - c0) * 0.65, anchor: "start" as Anchor, text },
    }];
  });

  let milestones: MilestoneSpec[];
  if (vertical) {
    const lx = m.lane0 + g.lanes.length * m.laneGap + 8;
    let below = -Infinity;
    milestones = g.conferences.map((e, i) => {
      const a = scale(e.time);
      // Baseline of the city line: at its date, or just below the label above.
      const base = Math.max(a + 4, below + f + 4);
      below = base + (texts[i].figure ? 15 : 0) + 4;
      return milestone(e, texts[i], pt(a, m.dot), [m.axis + 6, a, lx - 4, base - 4], lx, base, "start");
    });
  } else {
    milestones = g.conferences.map((e, i) => {
      const a = scale(e.time);
      const y = m.labelTop + placed.rows[i] * m.rowH;
      return milestone(e, texts[i], pt(a, m.dot), [a, y + m.stemGap, a, m.axis], a, y, anchors[i]);
    });
  }
  function milestone(e: AtlasEvent, s: MilestoneText, dot: { x: number; y: number }, stem: MilestoneSpec["stem"], x: number, y: number, anchor: Anchor): MilestoneSpec {
    return {
      id: e.id, name: s.name, current: e.id === g.current.id, dot: { ...dot, r: m.dotR }, stem,
      city: { x, y, anchor, text: s.city },
      figure: s.figure ? { x, y: y + 15, anchor, text: s.figure } : undefined,
    };
  }

  const binned = g.others.length > MAX_SINGLE_MARKS;
  const [tx, ty, lx, ly] = m.tick;
  const step = tickStep(domain[1] - domain[0], !vertical && width < 480);
  const ticks = [];
  for (let y = Math.ceil(domain[0] / step) * step; y <= domain[1]; y += step) {
    // A year label centred on a tick at the very edge would be cut by it: there it ends (or starts) at the tick.
    const half = textWidth(String(y)) / 2;
    const anchor: Anchor = vertical ? "end" : scale(y) + half > width ? "end" : scale(y) - half < 0 ? "start" : "middle";
    ticks.push({ year: y, ...pt(scale(y), m.axis), tick: [tx, ty] as [number, number], label: { x: lx, y: ly, anchor, text: String(y) } });
  }
  const lastLabel = milestones.reduce((b, s) => Math.max(b, (s.figure ?? s.city).y + 8), 0);
  const [c0, c1] = vertical ? [m.band[1], width] : [m.band[0], m.axis + 20];
  const span = (a0: number, a1: number) => box(a0, a1, c0, c1);
  const a0 = pt(r0, m.axis), a1 = pt(r1, m.axis);
  return {
    variant, layout, width, fontSize: f, domain, scale, span, phases, milestones, others: g.others,
    height: Math.ceil(vertical ? Math.max(r1 + 12, lastLabel) : m.end),
    lanes: g.lanes.map((kind) => {
      const p = pt(r0, lane(kind)), q = pt(r1, lane(kind));
      return { kind, line: [p.x, p.y, q.x, q.y] as [number, number, number, number] };
    }),
    marks: binned ? null : g.others.map((e) => ({ id: e.id, kind: e.kind, ...pt(scale(e.time), lane(e.kind)), imprecise: e.date.precision === "year", name: g.markName(e) })),
    bins: binned && g.binning ? g.binning.binMarks(g.others, scale) : null,
    awaitingBins: binned && !g.binning,
    axis: { line: [a0.x, a0.y, a1.x, a1.y], ticks },
    brushArea: box(r0, r1, m.axis + m.brush[0], m.axis + m.brush[1]),
    // Below the phase names, which stay legible over it.
    progress: g.current.time === null ? null : box(r0, Math.max(r0, scale(g.current.time)), m.band[1], c1),
  };
}
