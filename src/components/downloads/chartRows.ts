// The numbers behind the membership charts as flat rows for CSV (the timeline and the map hand
// over their own, from their state).
import type { QueryClient } from "@tanstack/react-query";
import type { DatasetName, Datasets } from "../../data/datasets";
import { loadSettled, type Incomplete } from "../incomplete";
import type { Chart, Filters } from "../../domain";
import { membershipRows } from "../../views/membership/membershipRows";
import type { CsvRow } from "./csv";

export type RowData = Pick<Datasets, "conferences" | "meetings" | "places" | "countries" | "conflicts">;
const NEEDED = ["conferences", "meetings", "places", "countries", "conflicts"] as const;

/** `note` (how the chart is counted) ends the membership charts' CSVs as a notes row. */
export function rowsFor(chart: Exclude<Chart, "timeline" | "map">, data: RowData, filters: Filters, note?: string): CsvRow[] {
  return membershipRows(chart, data, filters, note);
}

/** The files each chart's rows come from: what a download must say it lacks. */
export const ROW_FILES: Record<Chart, readonly DatasetName[]> = {
  participation: ["conferences", "conflicts"], membership: ["conferences", "conflicts"], growth: ["countries"],
  "per-year": ["conferences", "meetings", "places", "countries"], map: ["conferences", "meetings", "places", "countries"],
  timeline: ["conferences", "meetings", "places", "countries"],
};

/** Loads (or takes from the cache) what rowsFor needs; called only when a CSV is asked for. A file
 *  lost whole stands as no records, and the download says so. */
export async function loadRowData(client: QueryClient): Promise<RowData & Incomplete> {
  const { data, lost, problems } = await loadSettled(client, NEEDED);
  return { ...(data as RowData), lost, problems };
}
