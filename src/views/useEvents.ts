// Shared derived data for the views: all events once per dataset load, and the filtered
// list once per filter change, from the same memoised selectors.
import { useShallow } from "zustand/react/shallow";
import type { Country } from "../data/schemas";
import { useDatasets } from "../data/useDatasets";
import { useAtlasStore } from "../state/store";
import { FIRST_YEAR, LAST_YEAR, type Filters } from "../state/urlState";
import { toEvents, type AtlasEvent } from "../selectors/events";
import { filterEvents } from "../selectors/filterEvents";
import { memoizeLast } from "../selectors/memo";

const EVENT_FILES = ["conferences", "meetings", "places"] as const;
const COUNTRIES = ["countries"] as const;
const allEvents = memoizeLast(toEvents);

export function useFilters(): Filters {
  return useAtlasStore(useShallow((s) => ({ from: s.from, to: s.to, types: s.types, country: s.country, region: s.region })));
}

const regionsOf = memoizeLast((countries: Country[]) => new Map(countries.map((c) => [c.id, c.region])));
// Shared by every view on the page, keyed on the filter values themselves (each caller's
// filters object is its own): one pass over the events per change, and one array they all see.
const filteredEvents = memoizeLast(
  (events: AtlasEvent[], from: number, to: number, types: Filters["types"], country: string | null, region: Filters["region"], regionOf?: ReadonlyMap<string, string>) =>
    filterEvents(events, { from, to, types, country, region }, regionOf),
);

// The same pass without the year range, for charts that draw every year and fade those out of it.
const acrossYearsOf = memoizeLast(
  (events: AtlasEvent[], types: Filters["types"], country: string | null, region: Filters["region"], regionOf?: ReadonlyMap<string, string>) =>
    filterEvents(events, { from: FIRST_YEAR, to: LAST_YEAR, types, country, region }, regionOf),
);

export function useEvents() {
  const loaded = useDatasets(EVENT_FILES);
  const filters = useFilters();
  // Not a hard dependency: without countries.json only the region filter stops applying.
  const withCountries = useDatasets(COUNTRIES);
  const countries = withCountries.status === "ready" ? withCountries.data.countries : undefined;
  const regionOf = countries ? regionsOf(countries) : undefined;
  const events = loaded.status === "ready"
    ? allEvents(loaded.data.conferences, loaded.data.meetings, loaded.data.places)
    : undefined;
  const filtered = events
    ? filteredEvents(events, filters.from, filters.to, filters.types, filters.country, filters.region, regionOf)
    : undefined;
  /** Under every filter but the year range: unchanged when only the years change. */
  const acrossYears = events
    ? acrossYearsOf(events, filters.types, filters.country, filters.region, regionOf)
    : undefined;
  return { loaded, events, filtered, acrossYears, filters };
}
