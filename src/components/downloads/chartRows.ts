// The numbers behind each chart as flat rows for CSV, from the same selectors the charts use.
import type { QueryClient } from "@tanstack/react-query";
import type { Datasets } from "../../data/datasets";
import { datasetQuery } from "../../data/queries";
import { EVENT_KINDS, REGIONS, type Chart, type Filters } from "../../domain";
import { toEvents, type AtlasEvent } from "../../selectors/events";
import { filterEvents } from "../../selectors/filterEvents";
import { membershipOverTime, stateEntries } from "../../selectors/membership";
import { participationRows } from "../../selectors/participation";
import { eventsPerYear } from "../../selectors/perYear";
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

export function rowsFor(chart: Chart, data: RowData, filters: Filters): CsvRow[] {
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
    case "map":
    case "timeline":
      return filterEvents(toEvents(data.conferences, data.meetings, data.places), filters, new Map(data.countries.map((c) => [c.id, c.region]))).map(eventRow);
  }
}

/** Loads (or takes from the cache) what rowsFor needs; called only when a CSV is asked for. */
export async function loadRowData(client: QueryClient): Promise<RowData> {
  const loaded = await Promise.all(NEEDED.map((n) => client.ensureQueryData(datasetQuery(n))));
  return Object.fromEntries(NEEDED.map((n, i) => [n, loaded[i]])) as unknown as RowData;
}
