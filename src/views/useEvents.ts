// Shared derived data for the views: all events once per dataset load, and the filtered
// list once per filter change, from the same memoised selectors.
import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { useQuery } from "@tanstack/react-query";
import { datasetQuery } from "../data/queries";
import type { Country } from "../data/schemas";
import { useDatasets } from "../data/useDatasets";
import { useAtlasStore } from "../state/store";
import type { Filters } from "../state/urlState";
import { toEvents } from "../selectors/events";
import { filterEvents } from "../selectors/filterEvents";
import { memoizeLast } from "../selectors/memo";

const EVENT_FILES = ["conferences", "meetings", "places"] as const;
const allEvents = memoizeLast(toEvents);

export function useFilters(): Filters {
  return useAtlasStore(useShallow((s) => ({ from: s.from, to: s.to, types: s.types, country: s.country, region: s.region })));
}

const regionsOf = memoizeLast((countries: Country[]) => new Map(countries.map((c) => [c.id, c.region])));

export function useEvents() {
  const loaded = useDatasets(EVENT_FILES);
  const filters = useFilters();
  // Not a hard dependency: without countries.json only the region filter stops applying.
  const countries = useQuery(datasetQuery("countries")).data;
  const regionOf = countries ? regionsOf(countries) : undefined;
  const events = loaded.status === "ready"
    ? allEvents(loaded.data.conferences, loaded.data.meetings, loaded.data.places)
    : undefined;
  const filtered = useMemo(() => (events ? filterEvents(events, filters, regionOf) : undefined), [events, filters, regionOf]);
  return { loaded, events, filtered, filters };
}
