// Everything the growth chart draws, from the datasets, the filters and the width: the stacked
// areas of states counted per year by region, the share whose first year is inferred, the states
// invited as participating or observer (drawn apart, never stacked on the count), the step where
// historic states end, and the rows of its table and CSV — one row per state.
import { scaleLinear, type ScaleLinear } from "d3-scale";
import { stack, area, line, curveStepAfter } from "d3-shape";
import { max } from "d3-array";
import { REGIONS, FIRST_YEAR, LAST_YEAR, type Region } from "../../domain";
import memoizeOne from "memoize-one";
import { countsByYear, statesInProcess, type CountYear, type StateDatasets, type StateRow } from "../../selectors/statesInProcess";
import type { AxisTick } from "../../components/axis/XAxis";
import type { CsvRow } from "../../components/downloads/csv";

export const GROWTH_HEIGHT = 220;
export const GROWTH_MARGIN = { top: 12, right: 8, bottom: 24, left: 34 };
const M = GROWTH_MARGIN;

export interface GrowthState {
  width: number;
  height: number;
  rows: StateRow[];
  years: CountYear[];
  y: ScaleLinear<number, number>;
  areas: { key: Region; d: string }[];
  inferredPath: string;
  observerPath: string;
  ticks: AxisTick[];
  /** Where the count steps down because historic states ended, and which. */
  steps: { x: number; y: number; year: number; ended: string[] }[];
  /** Years after the chosen end year are veiled. */
  veil?: { x: number; width: number };
  marker?: { x: number; row: StateRow };
  /** The last year drawn in full, for the summary. */
  last: CountYear;
  first: CountYear;
  csv: CsvRow[];
}

const rowsOf = memoizeOne(statesInProcess);
const yearsOf = memoizeOne((rows: StateRow[]) => countsByYear(rows, FIRST_YEAR, LAST_YEAR));

/** Scales and paths per data and width: a filter change reuses them and moves only the veil. */
const geometryOf = memoizeOne((years: CountYear[], width: number, height: number) => {
  const x = scaleLinear().domain([FIRST_YEAR, LAST_YEAR + 1]).range([M.left, width - M.right]);
  const y = scaleLinear().domain([0, (max(years, (d) => d.total) ?? 10) * 1.05]).nice().range([height - M.bottom, M.top]);
  const layers = stack<CountYear, Region>().keys(REGIONS).value((d, k) => d.byRegion[k] ?? 0)(years);
  const shape = area<[number, number] & { data: CountYear }>().x((d) => x(d.data.year)).y0((d) => y(d[0])).y1((d) => y(d[1])).curve(curveStepAfter);
  // The last year's step runs to the end of the axis, as the areas do.
  const padded = [...years, { ...years[years.length - 1], year: LAST_YEAR + 1 }];
  return {
    x,
    y,
    areas: layers.map((layer) => ({ key: layer.key, d: shape(layer as never) ?? "" })),
    inferredPath: area<CountYear>().x((d) => x(d.year)).y0(y(0)).y1((d) => y(d.inferred)).curve(curveStepAfter)(years) ?? "",
    observerPath: line<CountYear>().x((d) => x(d.year)).y((d) => y(d.observers)).curve(curveStepAfter)(padded) ?? "",
    ticks: [1991, 2000, 2010, 2020].map((yr) => ({ key: yr, x: x(yr), label: yr, anchor: yr === FIRST_YEAR ? ("start" as const) : ("middle" as const) })),
    steps: years.filter((d) => d.ended.length).map((d) => ({ x: x(d.year), y: y(d.total), year: d.year, ended: d.ended })),
  };
});

export function growthCsv(rows: StateRow[]): CsvRow[] {
  return rows.map((r) => ({
    state_id: r.country.id, state: r.country.name, region: r.country.region, status: r.status,
    first_year: r.first?.year ?? "", how: r.first?.how ?? "", via_group: r.first?.via ?? "",
    year_inferred: r.first?.inferred ?? "", record: r.first?.record ?? "", source: r.first?.source ?? "", quote: r.first?.quote ?? "",
    counted_until: r.until ?? "", observer_or_participating_invited: r.observerFrom?.year ?? "",
  }));
}

const csvOf = memoizeOne(growthCsv);

/** The table's rows as the CSV download gives them. */
export const growthRows = (data: StateDatasets): CsvRow[] => growthCsv(rowsOf(data));

/** `height` is smaller where the chart shares a stage (the presenter). */
export function growthState(data: StateDatasets, view: { to: number; country: string | null }, width: number, height = GROWTH_HEIGHT): GrowthState {
  const rows = rowsOf(data);
  const years = yearsOf(rows);
  const g = geometryOf(years, width, height);
  const upTo = years.filter((d) => d.year <= view.to);
  const selected = view.country ? rows.find((r) => r.country.id === view.country && r.first) : undefined;
  return {
    width, height, rows, years, y: g.y, areas: g.areas, inferredPath: g.inferredPath, observerPath: g.observerPath,
    ticks: g.ticks, steps: g.steps,
    veil: view.to < LAST_YEAR ? { x: g.x(view.to + 1), width: g.x(LAST_YEAR + 1) - g.x(view.to + 1) } : undefined,
    marker: selected?.first ? { x: g.x(selected.first.year), row: selected } : undefined,
    last: upTo[upTo.length - 1] ?? years[0],
    first: years[0],
    csv: csvOf(rows),
  };
}
