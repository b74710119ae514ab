// Everything the participation chart draws: one row ("lane") per kind of figure, each with its
// own scale, one bar per figure as one source states it, so no figure is added to or joined with
// one of another kind. Figures the sources disagree on link their conflict record; a figure that
// does not count attendance (the foreword's "26 European countries" that initiated the Process)
// is set apart with what it is.
import { scaleBand, scaleLinear, type ScaleLinear } from "d3-scale";
import { max } from "d3-array";
import type { Conference, Conflict, Figure, Place } from "../../data/schemas";
import { FIGURE_KINDS } from "../../domain";
import memoizeOne from "memoize-one";
import type { CsvRow } from "../../components/downloads/csv";

// A lane: its label on a line of its own, room above the tallest bar for its value, the bars,
// and a line under the base for the ⚠ links, so no text in one lane meets text in the next.
const LANE = 64;
const LABEL_ROOM = 28;
const BASE_ROOM = 16;
const M = { top: 16, right: 8, bottom: 36, left: 34 };
export const PARTICIPATION_MARGIN = M;

export interface ParticipationBar { key: string; conference: string; figure: Figure; x: number; width: number; y: number; height: number; conflicts: Conflict[] }
export interface Lane { kind: Figure["kind"]; top: number; height: number; y: ScaleLinear<number, number>; bars: ParticipationBar[] }
export interface Column { id: string; year: number; place: string; x: number; band: number; out: boolean; selected: boolean; conference: Conference }
export interface TableRow { key: string; conference: Conference; year: number; place: string; figure?: Figure; attendance: boolean; conflicts: Conflict[] }

export interface ParticipationState {
  width: number;
  height: number;
  lanes: Lane[];
  columns: Column[];
  /** Figures that are not attendance counts, with the reason the source gives. */
  notAttendance: TableRow[];
  /** The disagreements the chart marks, each linked as #conflict-<id>. */
  conflicts: Conflict[];
  rows: TableRow[];
  csv: CsvRow[];
  latest?: Column & { figures: Figure[] };
  inRange: number;
}

export interface ParticipationData { conferences: Conference[]; conflicts: Conflict[]; places: Place[] }

/** A figure about who started the Process, not who attended: the foreword's 1993 count. */
export const isAttendance = (f: Figure) => !/initiat/i.test(`${f.quote} ${f.label ?? ""}`);

function tableRows(data: ParticipationData): TableRow[] {
  const place = new Map(data.places.map((p) => [p.id, p.name]));
  const figureConflicts = data.conflicts.filter((c) => c.dataset === "conferences" && c.field === "figures");
  return [...data.conferences].sort((a, b) => a.ordinal - b.ordinal).flatMap((c): TableRow[] => {
    const base = { conference: c, year: Number(c.date.start.slice(0, 4)), place: place.get(c.place) ?? c.place, conflicts: figureConflicts.filter((x) => x.record === c.id) };
    return c.figures.length
      ? c.figures.map((f, i) => ({ ...base, key: `${c.id}-${i}`, figure: f, attendance: isAttendance(f) }))
      : [{ ...base, key: c.id, attendance: false }];
  });
}

export function participationCsv(rows: TableRow[], from: number, to: number): CsvRow[] {
  return rows.filter((r) => r.figure && r.year >= from && r.year <= to).map((r) => ({
    conference: r.conference.id, title: r.conference.title, year: r.year, value: r.figure!.value, qualifier: r.figure!.qualifier ?? "",
    kind: r.figure!.kind, label: r.figure!.label ?? "", attendance: r.attendance, source: r.figure!.source, quote: r.figure!.quote,
    conflicts: r.conflicts.map((x) => x.id).join(" "),
  }));
}

export const participationRows = (data: ParticipationData, from: number, to: number) => participationCsv(tableRows(data), from, to);

/** What depends on the data and the width alone: scales, lanes, bars, and each column twice
 *  over (in and out of the years, selected or not), so a filter change only picks. */
export interface ParticipationGeometry {
  width: number;
  height: number;
  rows: TableRow[];
  drawn: TableRow[];
  lanes: Lane[];
  /** Per conference: [in, out, in and selected, out and selected]. */
  columns: Column[][];
  notAttendance: TableRow[];
  conflicts: Conflict[];
}

const geometryOf = memoizeOne((conferences: Conference[], conflicts: Conflict[], places: Place[], width: number): ParticipationGeometry => {
  const data = { conferences, conflicts, places };
  const rows = tableRows(data);
  const drawn = rows.filter((r) => r.figure && r.attendance);
  const kinds = FIGURE_KINDS.filter((k) => drawn.some((r) => r.figure!.kind === k));
  const firsts = [...new Map(rows.map((r) => [r.conference.id, r])).values()];
  const x = scaleBand<string>().domain(firsts.map((r) => r.conference.id)).range([M.left, width - M.right]).padding(0.2);
  const columns = firsts.map((r) => {
    const base = { id: r.conference.id, year: r.year, place: r.place, x: x(r.conference.id)!, band: x.bandwidth(), conference: r.conference };
    return [false, true].flatMap((selected) => [false, true].map((out): Column => ({ ...base, out, selected })));
  });
  const lanes: Lane[] = kinds.map((kind, i) => {
    const top = M.top + i * LANE;
    const own = drawn.filter((r) => r.figure!.kind === kind);
    const y = scaleLinear().domain([0, (max(own, (r) => r.figure!.value) ?? 10) * 1.15]).nice(3).range([top + LANE - BASE_ROOM, top + LABEL_ROOM]);
    // Two figures of one kind for one conference (two sources) stand side by side.
    const bars = own.map((r) => {
      const same = own.filter((o) => o.conference.id === r.conference.id);
      const w = x.bandwidth() / same.length;
      return {
        key: r.key, conference: r.conference.id, figure: r.figure!, x: x(r.conference.id)! + same.indexOf(r) * w + 1, width: Math.max(1, w - 2),
        y: y(r.figure!.value), height: y(0) - y(r.figure!.value), conflicts: r.conflicts,
      };
    });
    return { kind, top, height: LANE, y, bars };
  });
  const linked = new Set(drawn.flatMap((r) => r.conflicts.map((c) => c.id)));
  return {
    width, height: M.top + lanes.length * LANE + M.bottom, rows, drawn, lanes, columns,
    notAttendance: rows.filter((r) => r.figure && !r.attendance),
    conflicts: conflicts.filter((c) => linked.has(c.id)),
  };
});

/** The drawing for the data and width, the same object until either changes. */
export const participationGeometry = (data: ParticipationData, width: number) => geometryOf(data.conferences, data.conflicts, data.places, width);

/** The filter's part: which columns are in the years or selected, the latest one, the CSV. */
export function participationView(g: ParticipationGeometry, view: { from: number; to: number; selected: string | null }): ParticipationState {
  const columns = g.columns.map((c) => c[(c[0].year < view.from || c[0].year > view.to ? 1 : 0) + (view.selected === c[0].id ? 2 : 0)]);
  const latestCol = [...columns].reverse().find((c) => !c.out && g.drawn.some((r) => r.conference.id === c.id));
  return {
    width: g.width, height: g.height, lanes: g.lanes, columns,
    notAttendance: g.notAttendance, conflicts: g.conflicts,
    rows: g.rows, csv: participationCsv(g.rows, view.from, view.to),
    latest: latestCol && { ...latestCol, figures: g.drawn.filter((r) => r.conference.id === latestCol.id).map((r) => r.figure!) },
    inRange: columns.filter((c) => !c.out).length,
  };
}

export function participationState(data: ParticipationData, view: { from: number; to: number; selected: string | null }, width: number): ParticipationState {
  return participationView(participationGeometry(data, width), view);
}
