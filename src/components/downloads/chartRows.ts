// The numbers behind each chart as flat rows for CSV, from the same selectors the charts use.
import type { QueryClient } from "@tanstack/react-query";
import type { Datasets } from "../../data/datasets";
import { datasetQuery } from "../../data/queries";
import type { Chart, Filters } from "../../domain";
import { toEvents, type AtlasEvent } from "../../selectors/events";
import { filterEvents } from "../../selectors/filterEvents";
import { membershipRows } from "../../views/membership/membershipRows";
import type { CsvRow } from "./csv";

export type RowData = Pick<Datasets, "conferences" | "meetings" | "places" | "countries" | "conflicts">;
const NEEDED = ["conferences", "meetings", "places", "countries", "conflicts"] as const;

function eventRow(e: AtlasEvent): CsvRow {
  return {
    id: e.id, kind: e.kind, title: e.title, date_start: e.date.start, date_end: e.date.end ?? "",
    date_precision: e.date.precision, place: e.place?.name ?? "", country: e.country ?? "", format: e.format,
    status: e.status, sources: [...new Set(e.sources.map((s) => s.source))].join(" "),
  };
}

/** Rows of the charts that do not hand over their own (the timeline does, from its state).
 *  `note` (how the chart is counted) ends the membership charts' CSVs as a notes row. */
export function rowsFor(chart: Exclude<Chart, "timeline">, data: RowData, filters: Filters, note?: string): CsvRow[] {
  switch (chart) {
    case "participation":
    case "membership":
    case "growth":
    case "per-year":
      return membershipRows(chart, data, filters, note);
    case "map":
      return filterEvents(toEvents(data.conferences, data.meetings, data.places), filters, new Map(data.countries.map((c) => [c.id, c.region]))).map(eventRow);
  }
}

/** Loads (or takes from the cache) what rowsFor needs; called only when a CSV is asked for. */
export async function loadRowData(client: QueryClient): Promise<RowData> {
  const loaded = await Promise.all(NEEDED.map((n) => client.ensureQueryData(datasetQuery(n))));
  return Object.fromEntries(NEEDED.map((n, i) => [n, loaded[i]])) as unknown as RowData;
}
