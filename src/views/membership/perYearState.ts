// Everything the per-year chart draws: meetings held stacked by kind in the year they start,
// planned meetings as dashed boxes on top (and, where a source says a meeting was first planned
// for another year, a dashed box there naming when it was held), launches and other non-meeting
// items in their own row under the axis, and items dated only by a reporting period as ranges
// beneath, never in a year. Every year keeps its place; years outside the range are faded.
import { scaleBand, scaleLinear, type ScaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import { max } from "d3-array";
import { EVENT_KINDS, FIRST_YEAR, LAST_YEAR, type EventKind } from "../../domain";
import type { Conflict } from "../../data/schemas";
import type { AtlasEvent } from "../../selectors/events";
import { eventsPerPeriod, eventsPerYear, kindsPresent, movedItems, type Moved, type PeriodRow, type YearRow } from "../../selectors/perYear";
import memoizeOne from "memoize-one";
import type { CsvRow } from "../../components/downloads/csv";
import type { AxisTick } from "../../components/axis/XAxis";

export const PER_YEAR_MARGIN = { top: 10, right: 8, left: 28 };
const M = PER_YEAR_MARGIN;
const PLOT_BOTTOM = 176;
const OTHER_Y = 212;
const PERIOD_TOP = 222;
const PERIOD_ROW = 14;

export interface Segment { kind: EventKind; y: number; height: number }
export interface YearColumn { year: number; x: number; width: number; segments: Segment[]; planned?: { y: number; height: number }; other: number; out: boolean; row: YearRow }
export interface PeriodMark { key: string; x1: number; x2: number; y: number; row: PeriodRow; out: boolean }
export interface MovedMark { key: string; x: number; width: number; y: number; height: number; moved: Moved }
/** One line of the table and the CSV: a year, or a reporting period. */
export interface TableRow { key: string; label: string; from: number; to: number; row: Omit<YearRow, "year"> }

export interface PerYearState {
  width: number;
  height: number;
  plotBottom: number;
  otherY: number;
  y: ScaleLinear<number, number>;
  kinds: EventKind[];
  columns: YearColumn[];
  periods: PeriodMark[];
  moved: MovedMark[];
  labelEvery: number;
  /** The year labels under the bars, every labelEvery-th year. */
  ticks: AxisTick[];
  rows: TableRow[];
  csv: CsvRow[];
  summary: { count: number; total: number; from: number; to: number; busiest?: number; busiestCount: number };
}

function tableRows(years: YearRow[], periods: PeriodRow[]): TableRow[] {
  const out: TableRow[] = [
    ...years.map((r) => ({ key: String(r.year), label: String(r.year), from: r.year, to: r.year, row: r })),
    ...periods.map((p) => ({ key: `${p.from}-${p.to}`, label: `${p.from}–${p.to}`, from: p.from, to: p.to, row: p })),
  ];
  return out.sort((a, b) => a.from - b.from || a.to - b.to);
}

export function perYearCsv(rows: TableRow[], kinds: readonly EventKind[]): CsvRow[] {
  return rows.map((r) => ({
    year: r.label, total: r.row.total, held: r.row.held, planned: r.row.planned, other: r.row.other,
    ...Object.fromEntries(kinds.map((k) => [k, r.row.byKind[k] ?? 0])),
  }));
}

const inRange = (from: number, to: number) => (r: { from: number; to: number }) => r.to >= from && r.from <= to;

/** The CSV for a range: every year of it (zeros too) and every period that overlaps it. */
export function perYearRows(events: AtlasEvent[], from: number, to: number, kinds: readonly EventKind[]): CsvRow[] {
  return perYearCsv(tableRows(eventsPerYear(events, from, to), eventsPerPeriod(events)).filter(inRange(from, to)), kinds);
}

const geometryOf = memoizeOne((events: AtlasEvent[], conflicts: Conflict[], all: AtlasEvent[], width: number) => {
  const years = eventsPerYear(events, FIRST_YEAR, LAST_YEAR);
  const periods = eventsPerPeriod(events);
  const kinds = kindsPresent(years);
  const x = scaleBand<number>().domain(years.map((r) => r.year)).range([M.left, width - M.right]).padding(0.15);
  const y = scaleLinear().domain([0, Math.max(4, max(years, (r) => r.held + r.planned) ?? 0)]).nice().range([PLOT_BOTTOM, M.top]);
  const layers = stack<YearRow, EventKind>().keys(kinds).value((r, k) => r.byKind[k] ?? 0)(years);
  const columns = years.map((r, i) => ({
    year: r.year, x: x(r.year)!, width: x.bandwidth(), other: r.other, row: r,
    segments: layers.flatMap((layer) => {
      const [y0, y1] = layer[i];
      return y1 > y0 ? [{ kind: layer.key, y: y(y1), height: y(y0) - y(y1) }] : [];
    }),
    planned: r.planned ? { y: y(r.held + r.planned), height: y(r.held) - y(r.held + r.planned) } : undefined,
  }));
  const ids = new Set(events.map((e) => e.id));
  const moved = movedItems(all, conflicts).filter((m) => ids.has(m.event.id) && x(m.plannedYear) !== undefined).map((m) => {
    const base = years[m.plannedYear - FIRST_YEAR];
    return { key: `${m.conflict}-${m.plannedYear}`, x: x(m.plannedYear)!, width: x.bandwidth(), y: y(base.held + base.planned + 1), height: y(0) - y(1), moved: m };
  });
  const periodMarks = periods.map((p, i) => ({ key: `${p.from}-${p.to}`, x1: x(p.from)!, x2: x(p.to)! + x.bandwidth(), y: PERIOD_TOP + i * PERIOD_ROW, row: p }));
  const labelEvery = Math.ceil(years.length / Math.max(1, Math.floor(width / 44)));
  return {
    years, periods, kinds, y, moved, labelEvery,
    // Each column and range in and out of the years, made once: a filter change picks, and the
    // bars it does not fade keep their objects (and are not redrawn).
    columns: columns.map((c) => [{ ...c, out: false }, { ...c, out: true }]),
    periodMarks: periodMarks.map((p) => [{ ...p, out: false }, { ...p, out: true }]),
    ticks: columns.filter((_, i) => i % labelEvery === 0).map((c) => ({ key: c.year, x: c.x + c.width / 2, label: c.year })),
    table: tableRows(years, periods),
    spans: spansOf(events),
  };
});

/** How many events start and end in each pair of years: counting those a range overlaps then
 *  takes a few dozen pairs, not a pass over every event (20,000 of them with generated data). */
function spansOf(events: AtlasEvent[]): { year: number; endYear: number; n: number }[] {
  const byPair = new Map<string, { year: number; endYear: number; n: number }>();
  for (const e of events) {
    const key = `${e.year}|${e.endYear}`;
    const pair = byPair.get(key);
    if (pair) pair.n++;
    else byPair.set(key, { year: e.year, endYear: e.endYear, n: 1 });
  }
  return [...byPair.values()];
}

// Each table row's CSV line, made once: a filter change picks rows, it does not rebuild them.
const csvLines = new WeakMap<TableRow, CsvRow>();
const csvLine = (r: TableRow) => {
  let line = csvLines.get(r);
  if (!line) csvLines.set(r, (line = perYearCsv([r], EVENT_KINDS)[0]));
  return line;
};

export function perYearState(
  data: { events: AtlasEvent[]; acrossYears: AtlasEvent[]; conflicts?: Conflict[] },
  view: { from: number; to: number },
  width: number,
): PerYearState {
  const g = geometryOf(data.acrossYears, data.conflicts ?? [], data.events, width);
  const { from, to } = view;
  const shown = g.years.filter((r) => r.year >= from && r.year <= to);
  const busiest = shown.reduce<YearRow | undefined>((a, b) => (b.held > (a?.held ?? 0) ? b : a), undefined);
  const rows = g.table.filter(inRange(from, to));
  return {
    width, height: PERIOD_TOP + g.periods.length * PERIOD_ROW + 6, plotBottom: PLOT_BOTTOM, otherY: OTHER_Y, y: g.y, kinds: g.kinds,
    columns: g.columns.map(([c, faded]) => (c.year < from || c.year > to ? faded : c)),
    periods: g.periodMarks.map(([p, faded]) => (inRange(from, to)(p.row) ? p : faded)),
    moved: g.moved, labelEvery: g.labelEvery, ticks: g.ticks,
    rows: rows.filter((r) => r.row.total > 0),
    csv: rows.map(csvLine),
    summary: {
      count: g.spans.reduce((n, p) => (p.endYear >= from && p.year <= to ? n + p.n : n), 0), total: data.events.length, from, to,
      busiest: busiest?.year, busiestCount: busiest?.held ?? 0,
    },
  };
}
