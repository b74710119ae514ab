// Shared derived data for the views: all events once per dataset load, and the filtered
// list once per filter change, from the same memoised selectors.
import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import type { Country } from "../data/schemas";
import type { Conference, Meeting, Place } from "../data/schemas";
import { useDatasets, type Loaded } from "../data/useDatasets";
import { useAtlasStore } from "../state/store";
import { FIRST_YEAR, LAST_YEAR, type Filters } from "../state/urlState";
import { toEvents, type AtlasEvent } from "../selectors/events";
import { filterEvents } from "../selectors/filterEvents";
import memoizeOne from "memoize-one";

const EVENT_FILES = ["conferences", "meetings", "places"] as const;
type EventFile = (typeof EVENT_FILES)[number];
const NONE: never[] = [];
const COUNTRIES = ["countries"] as const;
const allEvents = memoizeOne(toEvents);

export function useFilters(): Filters {
  return useAtlasStore(useShallow((s) => ({ from: s.from, to: s.to, types: s.types, country: s.country, region: s.region })));
}

const regionsOf = memoizeOne((countries: Country[]) => new Map(countries.map((c) => [c.id, c.region])));
// Shared by every view on the page, keyed on the filter values themselves (each caller's
// filters object is its own): one pass over the events per change, and one array they all see.
const filteredEvents = memoizeOne(
  (events: AtlasEvent[], from: number, to: number, types: Filters["types"], country: string | null, region: Filters["region"], regionOf?: ReadonlyMap<string, string>) =>
    filterEvents(events, { from, to, types, country, region }, regionOf),
);

// The same pass without the year range, for charts that draw every year and fade those out of it.
const acrossYearsOf = memoizeOne(
  (events: AtlasEvent[], types: Filters["types"], country: string | null, region: Filters["region"], regionOf?: ReadonlyMap<string, string>) =>
    filterEvents(events, { from: FIRST_YEAR, to: LAST_YEAR, types, country, region }, regionOf),
);

/**
 * The event files, each of which may be lost whole: without conferences.json the views draw the
 * meetings, without places.json the events stand without a place. Only when neither conferences
 * nor meetings can be read is there nothing to draw.
 */
function useEventFiles(): Loaded<EventFile> {
  const loaded = useDatasets(NONE, EVENT_FILES);
  return useMemo(() => {
    if (loaded.status !== "ready") return loaded;
    const { conferences, meetings, places } = loaded.data;
    if (!conferences && !meetings) return { status: "error", problems: loaded.problems };
    return { ...loaded, data: withEmpty(conferences, meetings, places) };
  }, [loaded]);
}

// The same arrays, and so the same events, for every view and every render.
const withEmpty = memoizeOne((conferences?: Conference[], meetings?: Meeting[], places?: Place[]) => ({
  conferences: conferences ?? [], meetings: meetings ?? [], places: places ?? [],
}));

export function useEvents() {
  const loaded = useEventFiles();
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
