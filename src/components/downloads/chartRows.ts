// The numbers behind each chart as flat rows for CSV, from the same selectors the charts use.
import type { QueryClient } from "@tanstack/react-query";
import type { DatasetName, Datasets } from "../../data/datasets";
import { loadSettled, type Incomplete } from "../incomplete";
import { EVENT_KINDS, REGIONS, type Chart, type Filters } from "../../domain";
import { toEvents } from "../../selectors/events";
import { filterEvents } from "../../selectors/filterEvents";
import { membershipOverTime, stateEntries } from "../../selectors/membership";
import { participationRows } from "../../selectors/participation";
import { eventsPerYear } from "../../selectors/perYear";
import type { CsvRow } from "./csv";

export type RowData = Pick<Datasets, "conferences" | "meetings" | "places" | "countries" | "conflicts">;
const NEEDED = ["conferences", "meetings", "places", "countries", "conflicts"] as const;

/** Rows of the charts that do not hand over their own (the timeline and the map do, from their state). */
export function rowsFor(chart: Exclude<Chart, "timeline" | "map">, data: RowData, filters: Filters): CsvRow[] {
  switch (chart) {
    case "participation":
    case "membership":
      return participationRows(data.conferences, data.conflicts)
        .filter((r) => r.year >= filters.from && r.year <= filters.to)
        .flatMap((r) =>
          r.figures.map((f) => ({
            conference: r.conference.id, title: r.conference.title, year: r.year, value: f.value,
            qualifier: f.qualifier ?? "", kind: f.kind, label: f.label ?? "", source: f.source, quote: f.quote,
            conflicting_sources: r.conflicts.length > 0,
          })),
        );
    case "growth":
      return membershipOverTime(stateEntries(data.countries), filters.from, filters.to).map((y) => ({
        year: y.year, total: y.total, inferred: y.inferred,
        ...Object.fromEntries(REGIONS.map((r) => [r, y.byRegion[r] ?? 0])),
      }));
    case "per-year": {
      const events = filterEvents(toEvents(data.conferences, data.meetings, data.places), filters, new Map(data.countries.map((c) => [c.id, c.region])));
      return eventsPerYear(events, filters.from, filters.to).map((r) => ({
        year: r.year, total: r.total, ...Object.fromEntries(EVENT_KINDS.map((k) => [k, r.byKind[k] ?? 0])),
      }));
    }
  }
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
