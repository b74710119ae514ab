// What the map draws, as plain data: a pure function of the events (all, and those under the
// filters), the countries, the theme and the language. The Leaflet map, the static SVG map, the
// place list, the off-map list and the CSV all read this one value; none of them counts again.
import type { Country } from "../../data/schemas";
import type { Translate } from "../../i18n";
import { countryName } from "../../i18n/countryNames";
import { formatEventDate } from "../../i18n/format";
import { eventTitle, toEvents, type AtlasEvent } from "../../selectors/events";
import { filterEvents } from "../../selectors/filterEvents";
import { eventsByPlace, eventsPerCountry, type PlaceSummary } from "../../selectors/places";
import type { Datasets } from "../../data/datasets";
import type { Filters, Language } from "../../domain";
import { boundsOf, countryColourScale, legendStops, mapPalette, type LatLngPair, type MapPalette, type MapTheme } from "./mapScales";
import memoizeOne from "memoize-one";
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
  /** One marker per place (no clustering), largest first, hidden last; made when first read. */
  readonly markers: MarkerSpec[];
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
  /** The order the static map draws markers in: busiest over all years first, so small
   *  markers lie over large ones, and one order whatever the filters, so a change never moves them. */
  drawOrder: ReadonlyMap<string, number>;
  /** The events in the selection as CSV rows, one per event: built when a download asks. */
  rows: () => Record<string, string | number>[];
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

const labelSets = new WeakMap<Translate, MarkerLabels>();

/**
 * Labels per translation, each place's kept: a filter change relabels hundreds of markers and
 * list rows, mostly with a count they had before.
 */
export function markerLabels(t: Translate): MarkerLabels {
  let labels = labelSets.get(t);
  if (!labels) {
    const known = new Map<string, string>();
    labels = {
      place: (name, count) => {
        const key = `${count}|${name}`;
        let label = known.get(key);
        if (label === undefined) {
          if (known.size > 10_000) known.clear();
          known.set(key, (label = t("map.place", { place: name, count })));
        }
        return label;
      },
      cluster: (places, count) => t("map.cluster", { places, count }),
    };
    labelSets.set(t, labels);
  }
  return labels;
}

// Per dataset load, not per filter change: the places are the same whatever the filters.
const placeLists = new WeakMap<AtlasEvent[], PlacePoint[]>();
const sortedLists = new WeakMap<PlacePoint[], Map<Language, PlacePoint[]>>();

function placesOf(events: AtlasEvent[]): PlacePoint[] {
  let places = placeLists.get(events);
  if (!places) {
    const seen = new Map<string, PlacePoint>();
    for (const e of events) if (e.place && e.format !== "virtual" && !seen.has(e.place.id)) seen.set(e.place.id, { id: e.place.id, name: e.place.name, lat: e.place.lat, lon: e.place.lon });
    placeLists.set(events, (places = [...seen.values()]));
  }
  return places;
}

function alphabetical(places: PlacePoint[], lang: Language): PlacePoint[] {
  let byLang = sortedLists.get(places);
  if (!byLang) sortedLists.set(places, (byLang = new Map()));
  let sorted = byLang.get(lang);
  if (!sorted) {
    const collator = new Intl.Collator(lang);
    byLang.set(lang, (sorted = [...places].sort((a, b) => collator.compare(a.name, b.name))));
  }
  return sorted;
}

function csvRow(e: AtlasEvent): Record<string, string | number> {
  return {
    id: e.id, kind: e.kind, title: e.title, date_start: e.date.start, date_end: e.date.end ?? "",
    date_precision: e.date.precision, place: e.place?.name ?? "", country: e.country ?? "", format: e.format,
    status: e.status, sources: [...new Set(e.sources.map((s) => s.source))].join(" "),
  };
}

/** What the map keeps whatever the filters: per dataset load, language and theme. */
export interface MapBase {
  theme: MapTheme;
  palette: MapPalette;
  places: PlacePoint[];
  /** The places in the order the language sorts names. */
  sorted: PlacePoint[];
  labels: MarkerLabels;
  initialBounds: MapBounds;
  /** An off-map event as its list row: kept per event, so a filter change formats none again. */
  offMapRow: (e: AtlasEvent) => OffMapRow;
  /** The legend for a count, the same object while the count is the same. */
  legend: (max: number) => MapState["legend"];
  drawOrder: ReadonlyMap<string, number>;
}

function drawOrderOf(events: AtlasEvent[], places: PlacePoint[]): ReadonlyMap<string, number> {
  const count = new Map<string, number>();
  for (const e of events) if (e.place) count.set(e.place.id, (count.get(e.place.id) ?? 0) + 1);
  const ordered = [...places].sort((a, b) => (count.get(b.id) ?? 0) - (count.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1));
  return new Map(ordered.map((p, i) => [p.id, i]));
}

const baseOf = memoizeOne((events: AtlasEvent[], countries: readonly Country[], theme: MapTheme, lang: Language, t: Translate): MapBase => {
  const places = placesOf(events);
  const countryById = new Map(countries.map((c) => [c.id, c]));
  const nameOf = (id: string) => {
    const c = countryById.get(id);
    return c ? countryName(c, lang) : id;
  };
  const rows = new WeakMap<AtlasEvent, OffMapRow>();
  const legends = new Map<number, MapState["legend"]>();
  const clustered = places.length > CLUSTER_FROM;
  return {
    theme,
    palette: mapPalette(theme),
    places,
    sorted: alphabetical(places, lang),
    drawOrder: drawOrderOf(events, places),
    labels: markerLabels(t),
    initialBounds: boundsOf(places.filter((p) => p.lon > -30 && p.lon < 100)) ?? FALLBACK_BOUNDS,
    offMapRow: (e) => {
      let row = rows.get(e);
      if (!row) {
        rows.set(e, (row = {
          id: e.id,
          date: formatEventDate(e.date, lang),
          title: eventTitle(e, lang),
          where: e.format === "virtual" ? t("place.virtual") : e.country ? nameOf(e.country) : "",
        }));
      }
      return row;
    },
    legend: (max) => {
      let l = legends.get(max);
      if (!l) legends.set(max, (l = { max, stops: legendStops(max, theme), clustered }));
      return l;
    },
  };
});

/** The part of the map that depends on the data, countries, theme and language only. */
export const mapBase = ({ events, countries = NO_COUNTRIES, theme, lang, t }: Omit<MapStateInput, "filtered">): MapBase => baseOf(events, countries, theme, lang, t);

const NO_COUNTRIES: readonly Country[] = [];

/** The filters' part: counts, shading, labels and lists for the events they keep. */
export function mapFiltered(base: MapBase, filtered: AtlasEvent[], t: Translate): MapState {
  const { places, labels, theme } = base;
  const byPlace = eventsByPlace(filtered);
  const stats = new Map<string, PlaceStat>(byPlace.places.map((p) => [p.place.id, { count: p.events.length, conference: p.hasConference }]));

  const placeRows: PlaceRow[] = [];
  for (const p of base.sorted) {
    const stat = stats.get(p.id);
    if (stat) placeRows.push({ id: p.id, label: labels.place(p.name, stat.count), conference: stat.conference });
  }

  const countryCounts = eventsPerCountry(filtered);
  const max = Math.max(0, ...countryCounts.values());
  const colour = countryColourScale(max, theme);
  const countryFill = new Map([...countryCounts].map(([id, n]) => [id, colour(n)]));
  const offMapEvents = [...byPlace.virtual, ...byPlace.unplaced].sort((a, b) => a.time - b.time || a.id.localeCompare(b.id));

  let markers: MarkerSpec[] | undefined;
  return {
    theme,
    palette: base.palette,
    places,
    stats,
    labels,
    // Made when first read: the static map reads them, the live map only while it does not group
    // places (past CLUSTER_FROM it makes its own per zoom).
    get markers() {
      return (markers ??= markerSpecs(places, stats, null, "", labels));
    },
    summaries: byPlace.places,
    placeRows,
    conferencePlaces: new Set(byPlace.places.filter((p) => p.hasConference).map((p) => p.place.id)),
    countryCounts,
    countryFill,
    legend: base.legend(max),
    initialBounds: base.initialBounds,
    drawOrder: base.drawOrder,
    offMap: {
      virtual: byPlace.virtual.length,
      unplaced: byPlace.unplaced.length,
      summary: t("map.offMap", {
        virtual: t("map.offMap.virtual", { count: byPlace.virtual.length }),
        unplaced: t("map.offMap.unplaced", { count: byPlace.unplaced.length }),
      }),
      rows: offMapEvents.map(base.offMapRow),
    },
    aria: t("map.aria", { count: byPlace.places.length }),
    rows: () => filtered.map(csvRow),
  };
}

export function mapState(input: MapStateInput): MapState {
  return mapFiltered(mapBase(input), input.filtered, input.t);
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
