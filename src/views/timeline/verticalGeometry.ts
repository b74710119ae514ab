// Years down the page, for phones: below 480 px a horizontal axis would squeeze 34 years and
// seven conference labels into a few pixels each. Phases are a column on the left, years and
// lanes follow, and each conference's label sits to the right, pushed down just enough never to
// touch the one above it, with a leader line to its date.
import { scaleLinear } from "d3-scale";
import type { EventKind } from "../../state/urlState";
import { binMarks, MAX_SINGLE_MARKS } from "./timelineLayout";
import { tickStep, tickYears, type GeometryInput } from "./horizontalGeometry";
import { fittingPhaseLabel } from "./timelineText";
import type { MarkSpec, MilestoneSpec, PhaseBand, TickSpec, TimelineGeometry } from "./timelineTypes";

export const PX_PER_YEAR = 20;
const TOP = 12;
const PHASE_W = 20;
const AXIS_X = 60;
const LANE_GAP = 10;

export function verticalGeometry(g: GeometryInput): TimelineGeometry {
  const { width, fontSize: f, domain } = g;
  const y = scaleLinear().domain(domain).range([TOP, TOP + (domain[1] - domain[0]) * PX_PER_YEAR]);
  const [top, bottom] = y.range();
  const phases: PhaseBand[] = g.phases.flatMap((p) => {
    const y0 = y(Math.max(p.start, domain[0]));
    const y1 = y(Math.min(p.end, domain[1]));
    if (y1 <= y0) return [];
    return [{
      id: p.id, number: p.number, odd: p.number % 2 === 1, current: p.id === g.current.id, name: p.text.name,
      band: { x: 0, y: y0, width: PHASE_W, height: y1 - y0 },
      shade: { x: PHASE_W, y: y0, width: width - PHASE_W, height: y1 - y0 },
      // Turned to run along its band: the band is tall and narrow.
      label: { x: PHASE_W - 6, y: (y0 + y1) / 2, anchor: "middle" as const, text: fittingPhaseLabel(p.text, y1 - y0, f * 0.52), rotate: true },
    }];
  });

  const laneX = (k: EventKind) => AXIS_X + 12 + Math.max(0, g.lanes.indexOf(k)) * LANE_GAP;
  const lanes = g.lanes.map((kind) => ({ kind, line: [laneX(kind), top, laneX(kind), bottom] as [number, number, number, number] }));
  const labelX = AXIS_X + 12 + g.lanes.length * LANE_GAP + 8;
  let lastBottom = -Infinity;
  const milestones: MilestoneSpec[] = g.conferences.map((e) => {
    const { city, figure, name } = g.milestoneText(e);
    const dy = y(e.time);
    // Baseline of the city line: at its date, or just below the label above.
    const base = Math.max(dy + 4, lastBottom + f + 4);
    lastBottom = base + (figure ? 15 : 0) + 4;
    return {
      id: e.id, time: e.time, name, current: e.id === g.current.id,
      dot: { x: AXIS_X, y: dy, r: 6 },
      stem: [AXIS_X + 6, dy, labelX - 4, base - 4],
      city: { x: labelX, y: base, anchor: "start", text: city },
      figure: figure ? { x: labelX, y: base + 15, anchor: "start", text: figure } : undefined,
    };
  });

  const binned = g.others.length > MAX_SINGLE_MARKS;
  const marks: MarkSpec[] | null = binned ? null : g.others.map((e) => ({
    id: e.id, kind: e.kind, x: laneX(e.kind), y: y(e.time), imprecise: e.date.precision === "year", name: g.markName(e),
  }));
  const ticks: TickSpec[] = tickYears(domain, tickStep(domain[1] - domain[0], false)).map((year) => ({
    year, x: AXIS_X, y: y(year), tick: [-6, 0], label: { x: -10, y: 4, anchor: "end", text: String(year) },
  }));
  const height = Math.ceil(Math.max(bottom + 12, lastBottom + 8));
  const across: [number, number] = [PHASE_W, width];
  return {
    variant: g.variant, layout: "vertical", width, height, fontSize: f, domain, scale: y, across,
    phases, milestones, lanes, marks, others: g.others,
    bins: binned ? binMarks(g.others, y) : null,
    axis: { line: [AXIS_X, top, AXIS_X, bottom], ticks },
    brushArea: { x: AXIS_X - 24, y: top, width: 30, height: bottom - top },
    progress: g.current.time === null ? null : { x: across[0], y: top, width: across[1] - across[0], height: Math.max(0, y(g.current.time) - top) },
  };
}
