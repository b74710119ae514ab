// The numbers behind each chart as flat rows for CSV, from the same selectors the charts use.
import type { QueryClient } from "@tanstack/react-query";
import type { Datasets } from "../../data/datasets";
import { datasetQuery } from "../../data/queries";
import type { Chart, Filters } from "../../domain";
import { membershipRows } from "../../views/membership/membershipRows";
import type { CsvRow } from "./csv";

export type RowData = Pick<Datasets, "conferences" | "meetings" | "places" | "countries" | "conflicts">;
const NEEDED = ["conferences", "meetings", "places", "countries", "conflicts"] as const;

/** Rows of the charts that do not hand over their own (the timeline, the map and the membership charts do, from their state). */
export function rowsFor(chart: Exclude<Chart, "timeline" | "map">, data: RowData, filters: Filters): CsvRow[] {
  switch (chart) {
    case "participation":
    case "membership":
    case "growth":
    case "per-year":
      return membershipRows(chart, data, filters);
  }
}

/** Loads (or takes from the cache) what rowsFor needs; called only when a CSV is asked for. */
export async function loadRowData(client: QueryClient): Promise<RowData> {
  const loaded = await Promise.all(NEEDED.map((n) => client.ensureQueryData(datasetQuery(n))));
  return Object.fromEntries(NEEDED.map((n, i) => [n, loaded[i]])) as unknown as RowData;
}
