// What the map draws, as plain data: a pure function of the events (all, and those under the
// filters), the countries, the theme and the language. The Leaflet map, the static SVG map, the
// place list, the off-map list and the CSV all read this one value; none of them counts again.
import type { Country, Language } from "../../data/schemas";
import type { Translate } from "../../i18n";
import { countryName } from "../../i18n/countryNames";
import { formatEventDate } from "../../i18n/format";
import { eventTitle, toEvents, type AtlasEvent } from "../../selectors/events";
import { filterEvents } from "../../selectors/filterEvents";
import { eventsByPlace, eventsPerCountry, type PlaceSummary } from "../../selectors/places";
import type { Datasets } from "../../data/datasets";
import type { Filters } from "../../state/urlState";
import { boundsOf, countryColourScale, legendStops, mapPalette, type LatLngPair, type MapPalette, type MapTheme } from "./mapScales";
import { markerSpecs, type MarkerLabels, type PlacePoint, type PlaceStat } from "./markerSpecs";
import type { MarkerSpec } from "./markerSpecs";

/** More places than this and the Leaflet map draws nearby ones together. */
export const CLUSTER_FROM = 150;

export type MapBounds = [LatLngPair, LatLngPair];

/** One row of the place list: a button per place, named by its visible label. */
export interface PlaceRow {
  id: string;
  label: string;
  conference: boolean;
}

/** An event with no point on the map (virtual, or no city in the texts), ready to list. */
export interface OffMapRow {
  id: string;
  date: string;
  title: string;
  /** "virtual", the host country's name, or empty. */
  where: string;
}

export interface MapState {
  theme: MapTheme;
  palette: MapPalette;
  /** Every place any event names, whatever the filter: markers out of the selection hide. */
  places: PlacePoint[];
  /** Events and conference flag per place in the selection. */
  stats: ReadonlyMap<string, PlaceStat>;
  labels: MarkerLabels;
  /** One marker per place (no clustering), largest first, hidden last. */
  markers: MarkerSpec[];
  /** Places in the selection, busiest first, with their events: the side panel reads these. */
  summaries: PlaceSummary[];
  /** The place list, in the order the language sorts names. */
  placeRows: PlaceRow[];
  /** Ids of the places that held a ministerial conference in the selection (orange rings). */
  conferencePlaces: ReadonlySet<string>;
  /** Events hosted per country (alpha-3) and the fill each country gets. */
  countryCounts: ReadonlyMap<string, number>;
  countryFill: ReadonlyMap<string, string>;
  legend: { max: number; stops: string[]; clustered: boolean };
  /** Europe to South Asia, where the dialogue works; Perth stays in the list, not in the view. */
  initialBounds: MapBounds;
  offMap: { virtual: number; unplaced: number; summary: string; rows: OffMapRow[] };
  /** Accessible name of the map region. */
  aria: string;
  /** The events in the selection as CSV rows, one per event. */
  rows: Record<string, string | number>[];
}

export interface MapStateInput {
  /** Every event in the datasets, and those the filters keep. */
  events: AtlasEvent[];
  filtered: AtlasEvent[];
  countries?: readonly Country[];
  theme: MapTheme;
  lang: Language;
  t: Translate;
}

const FALLBACK_BOUNDS: MapBounds = [[30, -10], [60, 75]];

type PluralBase = "map.place" | "map.cluster" | "map.offMap.virtual" | "map.offMap.unplaced";
const collators = new Map<Language, Intl.Collator>();

function plural(t: Translate, _lang: Language, base: PluralBase, count: number, vars: Record<string, string | number> = {}): string {
  // The messages are ICU: each chooses its own plural form from `count`.
  return t(base, { ...vars, count });
}

export function markerLabels(t: Translate, lang: Language): MarkerLabels {
  return {
    place: (name, count) => plural(t, lang, "map.place", count, { place: name }),
    cluster: (places, count) => plural(t, lang, "map.cluster", count, { places }),
  };
}

function csvRow(e: AtlasEvent): Record<string, string | number> {
  return {
    id: e.id, kind: e.kind, title: e.title, date_start: e.date.start, date_end: e.date.end ?? "",
    date_precision: e.date.precision, place: e.place?.name ?? "", country: e.country ?? "", format: e.format,
    status: e.status, sources: [...new Set(e.sources.map((s) => s.source))].join(" "),
  };
}

export function mapState({ events, filtered, countries = [], theme, lang, t }: MapStateInput): MapState {
  const palette = mapPalette(theme);
  const byPlace = eventsByPlace(filtered);
  const seen = new Map<string, PlacePoint>();
  for (const e of events) if (e.place && e.format !== "virtual") seen.set(e.place.id, { id: e.place.id, name: e.place.name, lat: e.place.lat, lon: e.place.lon });
  const places = [...seen.values()];
  const stats = new Map<string, PlaceStat>(byPlace.places.map((p) => [p.place.id, { count: p.events.length, conference: p.hasConference }]));
  const labels = markerLabels(t, lang);

  const collator = collators.get(lang) ?? collators.set(lang, new Intl.Collator(lang)).get(lang)!;
  const placeRows = byPlace.places
    .map((p) => ({ id: p.place.id, label: labels.place(p.place.name, p.events.length), conference: p.hasConference, name: p.place.name }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(({ id, label, conference }) => ({ id, label, conference }));

  const countryCounts = eventsPerCountry(filtered);
  const max = Math.max(0, ...countryCounts.values());
  const colour = countryColourScale(max, theme);
  const countryFill = new Map([...countryCounts].map(([id, n]) => [id, colour(n)]));

  const countryById = new Map(countries.map((c) => [c.id, c]));
  const nameOf = (id: string) => {
    const c = countryById.get(id);
    return c ? countryName(c, lang) : id;
  };
  const offMapEvents = [...byPlace.virtual, ...byPlace.unplaced].sort((a, b) => a.time - b.time || a.id.localeCompare(b.id));

  return {
    theme,
    palette,
    places,
    stats,
    labels,
    markers: markerSpecs(places, stats, null, "", labels),
    summaries: byPlace.places,
    placeRows,
    conferencePlaces: new Set(byPlace.places.filter((p) => p.hasConference).map((p) => p.place.id)),
    countryCounts,
    countryFill,
    legend: { max, stops: legendStops(max, theme), clustered: places.length > CLUSTER_FROM },
    initialBounds: boundsOf(places.filter((p) => p.lon > -30 && p.lon < 100)) ?? FALLBACK_BOUNDS,
    offMap: {
      virtual: byPlace.virtual.length,
      unplaced: byPlace.unplaced.length,
      summary: t("map.offMap", {
        virtual: plural(t, lang, "map.offMap.virtual", byPlace.virtual.length),
        unplaced: plural(t, lang, "map.offMap.unplaced", byPlace.unplaced.length),
      }),
      rows: offMapEvents.map((e) => ({
        id: e.id,
        date: formatEventDate(e.date, lang),
        title: eventTitle(e, lang),
        where: e.format === "virtual" ? t("place.virtual") : e.country ? nameOf(e.country) : "",
      })),
    },
    aria: t("map.aria", { count: byPlace.places.length }),
    rows: filtered.map(csvRow),
  };
}

export type MapDatasets = Pick<Datasets, "conferences" | "meetings" | "places" | "countries">;

/** The same state straight from the datasets and filters: for build-time rendering and tests. */
export function mapStateOf(data: MapDatasets, filters: Filters, options: Omit<MapStateInput, "events" | "filtered" | "countries">): MapState {
  const events = toEvents(data.conferences, data.meetings, data.places);
  const filtered = filterEvents(events, filters, new Map(data.countries.map((c) => [c.id, c.region])));
  return mapState({ events, filtered, countries: data.countries, ...options });
}

/** South-west and north-east corners around the given places (by id), or undefined for none. */
export function boundsOfPlaces(state: Pick<MapState, "places">, ids: readonly string[]): MapBounds | undefined {
  const wanted = new Set(ids);
  return boundsOf(state.places.filter((p) => wanted.has(p.id))) ?? undefined;
}

/** The smallest bounds holding all the given ones, or undefined when none is given. */
export function unionBounds(all: readonly (MapBounds | undefined | false)[]): MapBounds | undefined {
  const given = all.filter((b): b is MapBounds => !!b);
  if (given.length === 0) return undefined;
  return [
    [Math.min(...given.map((b) => b[0][0])), Math.min(...given.map((b) => b[0][1]))],
    [Math.max(...given.map((b) => b[1][0])), Math.max(...given.map((b) => b[1][1]))],
  ];
}
