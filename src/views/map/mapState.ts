// What the map draws, as plain data: a pure function of the events (all, and those under the
// filters), the countries, the theme and the language. The Leaflet map, the static SVG map, the
// place list, the off-map list and the CSV all read this one value; none of them counts again.
import type { Translate } from "../../i18n";
import { toEvents, type AtlasEvent } from "../../selectors/events";
import { filterEvents } from "../../selectors/filterEvents";
import { eventsByPlace, eventsPerCountry, type PlaceSummary } from "../../selectors/places";
import type { Datasets } from "../../data/datasets";
import { compareIds, type Filters } from "../../domain";
import { boundsOf, countryColourScale, type MapPalette, type MapTheme } from "./mapScales";
import { markerSpecs, type MarkerLabels, type MarkerSpec, type PlacePoint, type PlaceStat } from "./markerSpecs";
import { mapBase, type MapBase, type MapBaseInput, type MapBounds, type MapLegend, type OffMapRow } from "./mapBase";

/** One row of the place list: a button per place, named by its visible label. */
export interface PlaceRow {
  id: string;
  label: string;
  conference: boolean;
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
  legend: MapLegend;
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

export interface MapStateInput extends MapBaseInput {
  /** The events the filters keep. */
  filtered: AtlasEvent[];
}

function csvRow(e: AtlasEvent): Record<string, string | number> {
  return {
    id: e.id, kind: e.kind, title: e.title, date_start: e.date.start, date_end: e.date.end ?? "",
    date_precision: e.date.precision, place: e.place?.name ?? "", country: e.country ?? "", format: e.format,
    status: e.status, sources: [...new Set(e.sources.map((s) => s.source))].join(" "),
  };
}

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
  const offMapEvents = [...byPlace.virtual, ...byPlace.unplaced].sort((a, b) => a.time - b.time || compareIds(a.id, b.id));

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
