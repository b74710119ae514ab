// The datasets a chart's downloads may need beside its own rows (every chart hands its CSV rows
// over from its state through ChartRows).
import type { QueryClient } from "@tanstack/react-query";
import type { Datasets } from "../../data/datasets";
import { datasetQuery } from "../../data/queries";

export type RowData = Pick<Datasets, "conferences" | "meetings" | "places" | "countries" | "conflicts">;
const NEEDED = ["conferences", "meetings", "places", "countries", "conflicts"] as const;

/** Loads (or takes from the cache) the datasets behind the charts; called only when a file is asked for. */
export async function loadRowData(client: QueryClient): Promise<RowData> {
  const loaded = await Promise.all(NEEDED.map((n) => client.ensureQueryData(datasetQuery(n))));
  return Object.fromEntries(NEEDED.map((n, i) => [n, loaded[i]])) as unknown as RowData;
}
