// The datasets behind a chart's downloads, loaded when a file is asked for, so that a download
// can say which of them it lacks (every chart hands its CSV rows over from its state).
import type { QueryClient } from "@tanstack/react-query";
import type { DatasetName, Datasets } from "../../data/datasets";
import { loadSettled, type Incomplete } from "../incomplete";
import type { Chart } from "../../domain";

export type RowData = Pick<Datasets, "conferences" | "meetings" | "places" | "countries" | "conflicts">;
const NEEDED = ["conferences", "meetings", "places", "countries", "conflicts"] as const;

/** The files each chart's rows come from: what a download must say it lacks. */
export const ROW_FILES: Record<Chart, readonly DatasetName[]> = {
  participation: ["conferences", "conflicts"], membership: ["conferences", "conflicts"], growth: ["countries"],
  "per-year": ["conferences", "meetings", "places", "countries"], map: ["conferences", "meetings", "places", "countries"],
  timeline: ["conferences", "meetings", "places", "countries"],
};

/** Loads (or takes from the cache) the datasets; a file lost whole stands as no records, and the download says so. */
export async function loadRowData(client: QueryClient): Promise<RowData & Incomplete> {
  const { data, lost, problems } = await loadSettled(client, NEEDED);
  return { ...(data as RowData), lost, problems };
}
