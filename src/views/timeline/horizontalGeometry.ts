// Years left to right: the wide timeline (phase bands, milestone labels in up to three rows,
// one lane per kind of meeting) and the presenter's strip (phases and conferences only, type
// sized for a room). Both are computed from data, width and type size alone.
import { scaleLinear } from "d3-scale";
import type { AtlasEvent } from "../../selectors/events";
import type { EventKind } from "../../state/urlState";
import { binMarks, labelRows, textWidth, MAX_SINGLE_MARKS } from "./timelineLayout";
import { fittingPhaseLabel, type MilestoneText, type PhaseText } from "./timelineText";
import type { Anchor, MarkSpec, PhaseBand, TickSpec, TimelineGeometry, TimelineVariant } from "./timelineTypes";

export interface PlacedPhase { id: string; number: number; start: number; end: number; text: PhaseText }
export interface GeometryInput {
  variant: TimelineVariant;
  width: number;
  fontSize: number;
  domain: [number, number];
  phases: PlacedPhase[];
  conferences: AtlasEvent[];
  milestoneText: (e: AtlasEvent) => MilestoneText;
  others: AtlasEvent[];
  lanes: EventKind[];
  markName: (e: AtlasEvent) => string;
  /** Time the highlighted step sits at, and its id. */
  current: { id: string | null; time: number | null };
}

export const MARGIN = 12;

export function tickYears(domain: [number, number], step: number): number[] {
  const out: number[] = [];
  for (let y = Math.ceil(domain[0] / step) * step; y <= domain[1]; y += step) out.push(y);
  return out;
}

export function tickStep(span: number, narrow: boolean): number {
  return narrow ? (span > 20 ? 10 : span > 8 ? 5 : 1) : span > 20 ? 5 : span > 6 ? 2 : 1;
}

/** Sizes of the two variants, in pixels at type size f. */
function metrics(variant: TimelineVariant, f: number, laneCount: number) {
  if (variant === "strip") {
    const band = { y: 0, h: 2.2 * f };
    const rowH = 1.4 * f;
    const labelTop = band.h + 1.3 * f;
    const axisY = band.h + 2 * rowH + 1.1 * f;
    return { band, rowH, labelTop, rows: 2, axisY, dotY: axisY, dotR: 0.45 * f, stemGap: 0.35 * f, laneY: 0, laneH: 0, tickLabel: 1.5 * f, height: axisY + 2 * f };
  }
  const band = { y: 4, h: 26 };
  const laneY = 140;
  const axisY = laneY + Math.max(1, laneCount) * 16 + 4;
  return { band, rowH: 31, labelTop: 48, rows: 3, axisY, dotY: axisY - 10, dotR: 7, stemGap: 20, laneY, laneH: 16, tickLabel: 18, height: axisY + 30 };
}

export function horizontalGeometry(g: GeometryInput): TimelineGeometry {
  const { variant, width, fontSize: f, domain } = g;
  const m = metrics(variant, f, g.lanes.length);
  const x = scaleLinear().domain(domain).range([MARGIN, width - MARGIN]);
  const [r0, r1] = x.range();
  const phasePx = f * 0.52;
  const phases: PhaseBand[] = g.phases.flatMap((p) => {
    const x0 = x(Math.max(p.start, domain[0]));
    const x1 = x(Math.min(p.end, domain[1]));
    if (x1 <= x0) return [];
    return [{
      id: p.id, number: p.number, odd: p.number % 2 === 1, current: p.id === g.current.id, name: p.text.name,
      band: { x: x0, y: m.band.y, width: x1 - x0, height: m.band.h },
      shade: { x: x0, y: m.band.y + m.band.h, width: x1 - x0, height: m.axisY - m.band.y - m.band.h },
      label: { x: x0 + f / 3, y: m.band.y + m.band.h * 0.65, anchor: "start" as Anchor, text: fittingPhaseLabel(p.text, x1 - x0, phasePx) },
    }];
  });

  const texts = g.conferences.map(g.milestoneText);
  const cityPx = f * 0.6;
  const anchors: Anchor[] = g.conferences.map((e) => {
    const cx = x(e.time);
    return cx > width - 7.5 * f ? "end" : cx < 7.5 * f ? "start" : "middle";
  });
  const widths = texts.map((s) => Math.max(textWidth(s.city, cityPx), s.figure ? textWidth(s.figure, f * 0.55) : 0));
  const lefts = g.conferences.map((e, i) => x(e.time) - (anchors[i] === "start" ? 0 : anchors[i] === "end" ? widths[i] : widths[i] / 2));
  const rows = labelRows(lefts.map((l, i) => l + widths[i] / 2), widths, m.rows);
  const milestones = g.conferences.map((e, i) => {
    const cx = x(e.time);
    const labelY = m.labelTop + rows[i] * m.rowH;
    const { city, figure, name } = texts[i];
    return {
      id: e.id, time: e.time, name, current: e.id === g.current.id,
      dot: { x: cx, y: m.dotY, r: m.dotR },
      stem: [cx, labelY + m.stemGap, cx, m.axisY] as [number, number, number, number],
      city: { x: cx, y: labelY, anchor: anchors[i], text: city },
      figure: figure ? { x: cx, y: labelY + 15, anchor: anchors[i], text: figure } : undefined,
    };
  });

  const laneY = (k: EventKind) => m.laneY + Math.max(0, g.lanes.indexOf(k)) * m.laneH + 8;
  const lanes = g.lanes.map((kind) => ({ kind, line: [r0, laneY(kind), r1, laneY(kind)] as [number, number, number, number] }));
  const binned = g.others.length > MAX_SINGLE_MARKS;
  const marks: MarkSpec[] | null = binned ? null : g.others.map((e) => ({
    id: e.id, kind: e.kind, x: x(e.time), y: laneY(e.kind), imprecise: e.date.precision === "year", name: g.markName(e),
  }));
  const ticks: TickSpec[] = tickYears(domain, tickStep(domain[1] - domain[0], width < 480)).map((year) => ({
    year, x: x(year), y: m.axisY, tick: [0, 6], label: { x: 0, y: m.tickLabel, anchor: "middle", text: String(year) },
  }));
  const across: [number, number] = [m.band.y, m.axisY + 20];
  return {
    variant, layout: "horizontal", width, height: m.height, fontSize: f, domain, scale: x, across,
    phases, milestones, lanes, marks, others: g.others,
    bins: binned ? binMarks(g.others, x) : null,
    axis: { line: [r0, m.axisY, r1, m.axisY], ticks },
    brushArea: { x: r0, y: m.axisY - 4, width: r1 - r0, height: 26 },
    progress: g.current.time === null ? null : { x: r0, y: across[0], width: Math.max(0, x(g.current.time) - r0), height: across[1] - across[0] },
  };
}
