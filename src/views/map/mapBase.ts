// The part of the map's state that the filters never change: the places, their orders (by
// name, and for drawing), the labels, the palette, the first view's bounds, the off-map rows and
// the legends. Made once per dataset load, theme and language; mapState.ts adds the filters' pass.
import type { Country } from "../../data/schemas";
import type { Translate } from "../../i18n";
import { countryName } from "../../i18n/countryNames";
import { formatEventDate } from "../../i18n/format";
import { eventTitle, type AtlasEvent } from "../../selectors/events";
import type { Language } from "../../domain";
import { boundsOf, legendStops, mapPalette, type LatLngPair, type MapPalette, type MapTheme } from "./mapScales";
import memoizeOne from "memoize-one";
import type { MarkerLabels, PlacePoint } from "./markerSpecs";

export interface MapBaseInput {
  /** Every event in the datasets. */
  events: AtlasEvent[];
  countries?: readonly Country[];
  theme: MapTheme;
  lang: Language;
  t: Translate;
}

/** The colour legend of the country shading for a largest count. */
export interface MapLegend { max: number; stops: string[]; clustered: boolean }

/** More places than this and the Leaflet map draws nearby ones together. */
export const CLUSTER_FROM = 150;

export type MapBounds = [LatLngPair, LatLngPair];

/** An event with no point on the map (virtual, or no city in the texts), ready to list. */
export interface OffMapRow {
  id: string;
  date: string;
  title: string;
  /** "virtual", the host country's name, or empty. */
  where: string;
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
  legend: (max: number) => MapLegend;
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
  const legends = new Map<number, MapLegend>();
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
export const mapBase = ({ events, countries = NO_COUNTRIES, theme, lang, t }: MapBaseInput): MapBase => baseOf(events, countries, theme, lang, t);

const NO_COUNTRIES: readonly Country[] = [];
