// The map: where events in the current selection took place. Offline by default: the basemap is
// Natural Earth country shapes bundled with world-atlas, served from the app's own origin, with
// host countries shaded by events hosted. Places are circle markers; a list of the same places
// as buttons makes every marker reachable by keyboard and screen reader, and a side panel lists
// a place's events with their sources. Events with no city (virtual, unstated) are listed below.
import { memo, useEffect, useMemo, useRef, useState } from "react";
import type { ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import { MapContainer, TileLayer, useMap } from "react-leaflet";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { PathOptions } from "leaflet";
import worldUrl from "world-atlas/countries-110m.json?url";
import "leaflet/dist/leaflet.css";
import "./map.css";

import { useEvents } from "../useEvents";
import { useDatasets } from "../../data/useDatasets";
import { StatusPanel } from "../../components/StatusPanel";
import { useAtlasStore } from "../../state/store";
import { useResolvedTheme } from "../../state/theme";
import { ChartSvgContext, type ChartSvgRef } from "../../components/ChartSvg";
import { ViewDrawn } from "../../components/ViewDrawn";
import { useLanguage, useT, type Translate } from "../../i18n";
import type { MessageKey } from "../../i18n/en";
import { formatEventDate } from "../../i18n/format";
import { useCountryName } from "../../i18n/countryNames";
import { eventsByPlace, eventsPerCountry, type PlaceSummary } from "../../selectors/places";
import { eventTitle, type AtlasEvent } from "../../selectors/events";
import type { Country, Language } from "../../data/schemas";
import {
  alpha3FromNumeric, boundsOf, countryColourScale, legendStops, mapPalette,
  type MapPalette, type MapTheme,
} from "./mapScales";
import { Basemap, type ShapeStyle } from "./Basemap";
import { PlaceLayer, CLUSTER_FROM } from "./PlaceLayer";
import type { MarkerLabels, PlacePoint, PlaceStat } from "./markerSpecs";
import { prefersReducedMotion } from "./motion";
import { PlaceList } from "./PlaceList";
import { Figures } from "../../components/Figures";
import { Sources } from "../../components/Sources";
import { panRenderer } from "./panRenderer";

const COUNTRY_FILES = ["countries"] as const;
const DEFAULT_HEIGHT = 480;
/** Zoom a fly-to goes to at least: a city and its surroundings. */
const FLY_ZOOM = 5;
/** Natural Earth's Antarctica only distorts a Mercator map of Europe and Asia. */
const ANTARCTICA = "010";

// Optional online tiles, decided at build time. Unset (the default) means no request leaves the origin.
const TILE_URL: string | undefined = import.meta.env.VITE_TILE_URL || undefined;
const TILE_ATTRIBUTION: string | undefined = import.meta.env.VITE_TILE_ATTRIBUTION || undefined;

type CountryFeature = Feature<Geometry, { name: string }> & { id?: string | number };

const codes = new WeakMap<CountryFeature, string | undefined>();
/** A shape's alpha-3 code, looked up once per shape rather than on every restyle. */
function codeOf(f: CountryFeature | undefined): string | undefined {
  if (!f) return undefined;
  if (!codes.has(f)) codes.set(f, alpha3FromNumeric(f.id));
  return codes.get(f);
}

/** The bundled world shapes, fetched once from the app's own origin and converted once. */
const worldQuery = {
  queryKey: ["basemap", "countries-110m"] as const,
  queryFn: async ({ signal }: { signal: AbortSignal }): Promise<FeatureCollection<Geometry, { name: string }>> => {
    const response = await fetch(worldUrl, { signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const topology = (await response.json()) as Topology;
    const fc = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    return { ...fc, features: fc.features.filter((f) => String((f as CountryFeature).id) !== ANTARCTICA) };
  },
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
};

// ---- small helpers ----

function plural(t: Translate, key: "map.place" | "map.cluster" | "map.offMap.virtual" | "map.offMap.unplaced", count: number, _lang: Language, vars: Record<string, string | number> = {}): string {
  return t(key, { ...vars, count });
}


// ---- Leaflet children (must live inside MapContainer) ----

/** Keeps the container's accessible name current and Leaflet's size in step with its box. */
function MapChrome({ label }: { label: string }) {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    el.setAttribute("role", "region");
    el.setAttribute("aria-label", label);
  }, [map, label]);
  useEffect(() => {
    const el = map.getContainer();
    if (typeof ResizeObserver === "undefined") return;
    // Keeps the centre where it was when the side panel opens or closes.
    const ro = new ResizeObserver(() => map.invalidateSize({ animate: false }));
    ro.observe(el);
    return () => ro.disconnect();
  }, [map]);
  return null;
}

interface FlyTarget { lat: number; lon: number; nonce: number }

/** MapContainer reads center and zoom only at mount; later moves go through the map itself. */
function FlyTo({ target, measure }: { target: FlyTarget | null; measure: boolean }) {
  const map = useMap();
  useEffect(() => {
    if (!target) return;
    // The side panel may have just opened and narrowed the map: measure before centring. (A
    // forced layout, so only where a panel can open; the presenter's and embeds' maps have none.)
    if (measure) map.invalidateSize({ pan: false });
    const zoom = Math.max(map.getZoom(), FLY_ZOOM);
    if (prefersReducedMotion()) map.setView([target.lat, target.lon], zoom, { animate: false });
    else map.flyTo([target.lat, target.lon], zoom, { duration: 0.8 });
  }, [map, target, measure]);
  return null;
}

// ---- HTML parts around the map ----

const Legend = memo(function Legend({ max, theme, palette, clustered, t }: { max: number; theme: MapTheme; palette: MapPalette; clustered: boolean; t: Translate }) {
  const stops = legendStops(max, theme);
  return (
    <div className="map-legend">
      <p className="map-legend__title">{t("map.legend.shading")}</p>
      <div className="map-legend__row">
        <span className="map-legend__swatch" style={{ background: palette.land }} aria-hidden="true" />
        <span>{t("map.legend.none")}</span>
        {max > 0 && (
          <>
            <span className="map-legend__num">1</span>
            <span className="map-legend__ramp" aria-hidden="true" style={{ background: `linear-gradient(to right, ${stops.join(", ")})` }} />
            <span className="map-legend__num">{max}</span>
          </>
        )}
      </div>
      <div className="map-legend__row">
        <svg width="18" height="18" aria-hidden="true">
          <circle cx="9" cy="9" r="6" fill={palette.meeting} fillOpacity={0.65} stroke={palette.halo} strokeWidth={1.5} />
        </svg>
        <span>{t("map.legend.meeting")}</span>
        <svg width="18" height="18" aria-hidden="true">
          <circle cx="9" cy="9" r="6" fill={palette.conference} fillOpacity={0.65} stroke={palette.conference} strokeWidth={3} />
        </svg>
        <span>{t("map.legend.conference")}</span>
        <span className="map-legend__note">{t("map.legend.size")}</span>
      </div>
      {clustered && (
        <div className="map-legend__row">
          <svg width="18" height="18" aria-hidden="true">
            <circle cx="9" cy="9" r="6" fill={palette.meeting} fillOpacity={0.65} stroke={palette.selected} strokeWidth={1.5} strokeDasharray="3 2" />
          </svg>
          <span>{t("map.legend.cluster")}</span>
        </div>
      )}
    </div>
  );
});

function PlacePanel({ summary, selectedEvent, onClose }: { summary: PlaceSummary; selectedEvent: string | null; onClose: () => void }) {
  const t = useT();
  const lang = useLanguage();
  const headingId = `map-panel-${summary.place.id}`;
  return (
    <aside className="map-panel" aria-labelledby={headingId}>
      <div className="map-panel__head">
        <h4 id={headingId}>{t("map.panel.label", { place: summary.place.name })}</h4>
        <button type="button" className="map-panel__close" onClick={onClose} aria-label={t("map.panel.close")}>×</button>
      </div>
      <ol className="map-panel__events">
        {summary.events.map((e) => {
          const current = e.id === selectedEvent;
          return (
            <li key={e.id} className={current ? "map-event map-event--selected" : "map-event"}>
              <p className="map-event__date">
                {formatEventDate(e.date, lang)} · {t(`kind.${e.kind}` as MessageKey)}
                {e.status === "planned" && <> · {t("status.planned")}</>}
              </p>
              <button
                type="button"
                className="map-event__title"
                aria-pressed={current}
                onClick={() => useAtlasStore.getState().select(e.id)}
              >
                {eventTitle(e, lang)}
              </button>
              <Figures figures={e.figures} className="map-event__figures" />
              <Sources refs={e.sources} compact label={t("map.panel.sources")} />
            </li>
          );
        })}
      </ol>
    </aside>
  );
}

function OffMap({ virtual, unplaced, countryName }: { virtual: AtlasEvent[]; unplaced: AtlasEvent[]; countryName: (id: string) => string }) {
  const t = useT();
  const lang = useLanguage();
  if (virtual.length + unplaced.length === 0) return null;
  const all = [...virtual, ...unplaced].sort((a, b) => a.time - b.time || a.id.localeCompare(b.id));
  return (
    <div className="map-offmap">
      <p>
        {t("map.offMap", {
          virtual: plural(t, "map.offMap.virtual", virtual.length, lang),
          unplaced: plural(t, "map.offMap.unplaced", unplaced.length, lang),
        })}
      </p>
      <details>
        <summary>{t("map.offMap.show")}</summary>
        <ul>
          {all.map((e) => (
            <li key={e.id}>
              <span className="map-offmap__date">{formatEventDate(e.date, lang)}</span> — {eventTitle(e, lang)}
              {e.format === "virtual" ? <> ({t("place.virtual")})</> : e.country ? <> ({countryName(e.country)})</> : null}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

// ---- the view ----

export default function MapView({ interactive = true, height, toolbar }: { interactive?: boolean; height?: number; toolbar?: ReactNode }) {
  const t = useT();
  const lang = useLanguage();
  const { loaded, events, filtered } = useEvents();
  const countries = useDatasets(COUNTRY_FILES);
  const world = useQuery(worldQuery);
  const theme = useResolvedTheme();
  const palette = useMemo(() => mapPalette(theme), [theme]);
  // Read by Leaflet when the map is created; one per map.
  const [renderer] = useState(panRenderer);
  // Leaflet draws the shapes into its renderer's own <svg>: the downloads export that element.
  const [drawing] = useState<ChartSvgRef>(() => ({ get current() { return renderer.getPane()?.getElementsByTagName("svg")[0] ?? null; } }));
  const nameOf = useCountryName();
  const selectedEvent = useAtlasStore((s) => s.selected);
  const [placeId, setPlaceId] = useState<string | null>(null);
  const [fly, setFly] = useState<FlyTarget | null>(null);
  const placeIdRef = useRef(placeId);
  placeIdRef.current = placeId;
  const mapHeight = height ?? DEFAULT_HEIGHT;

  const byPlace = useMemo(() => (filtered ? eventsByPlace(filtered) : null), [filtered]);
  const counts = useMemo(() => (filtered ? eventsPerCountry(filtered) : new Map<string, number>()), [filtered]);
  const maxCount = useMemo(() => Math.max(0, ...counts.values()), [counts]);

  // A selection made anywhere (timeline, URL, presenter) opens its place and flies there;
  // clearing it closes that place again (not one the reader opened on the map meanwhile).
  const openedBySelection = useRef<string | null>(null);
  useEffect(() => {
    if (!events) return;
    if (!selectedEvent) {
      if (openedBySelection.current && openedBySelection.current === placeIdRef.current) setPlaceId(null);
      openedBySelection.current = null;
      return;
    }
    const place = events.find((e) => e.id === selectedEvent)?.place;
    if (!place) return;
    if (place.id !== placeIdRef.current) setFly({ lat: place.lat, lon: place.lon, nonce: Date.now() });
    setPlaceId(place.id);
    openedBySelection.current = place.id;
  }, [selectedEvent, events]);

  const countryById = useMemo(() => {
    const m = new Map<string, Country>();
    if (countries.status === "ready") for (const c of countries.data.countries) m.set(c.id, c);
    return m;
  }, [countries]);
  const countryName = (id: string) => {
    const c = countryById.get(id);
    return c ? nameOf(c) : id;
  };

  const style = useMemo<ShapeStyle>(() => {
    const colour = countryColourScale(maxCount, theme);
    // One style object per count: most shapes share a few, and the colour is worked out once.
    const byCount = new Map<number | undefined, PathOptions>();
    return (f) => {
      const code = codeOf(f as CountryFeature | undefined);
      const n = code ? counts.get(code) : undefined;
      let s = byCount.get(n);
      if (!s) {
        const host = n !== undefined && n > 0;
        s = {
          fillColor: colour(n),
          // Over online tiles the shading is a veil on hosts only; offline the shapes are the map.
          fillOpacity: TILE_URL ? (host ? 0.55 : 0) : 1,
          color: host ? palette.hostBorder : palette.border,
          weight: host ? 0.9 : 0.6,
        };
        byCount.set(n, s);
      }
      return s;
    };
  }, [counts, maxCount, theme, palette]);

  const labels = useMemo<MarkerLabels>(() => ({
    place: (name, count) => plural(t, "map.place", count, lang, { place: name }),
    cluster: (places, count) => plural(t, "map.cluster", count, lang, { places }),
  }), [t, lang]);
  // Every place any event names, whatever the filter; markers for those out of the selection hide.
  const allPlaces = useMemo<PlacePoint[]>(() => {
    const seen = new Map<string, PlacePoint>();
    for (const e of events ?? []) if (e.place && e.format !== "virtual") seen.set(e.place.id, e.place);
    return [...seen.values()].map((p) => ({ id: p.id, name: p.name, lat: p.lat, lon: p.lon }));
  }, [events]);
  // The first view shows them all and stays put. Only Europe to South Asia, where the dialogue
  // works: one joint meeting in Perth would otherwise zoom the first view out to the whole
  // world. Perth stays in the place list.
  const initialBounds = useMemo(() => boundsOf(allPlaces.filter((p) => p.lon > -30 && p.lon < 100)), [allPlaces]);
  const stats = useMemo(() => new Map<string, PlaceStat>(byPlace?.places.map((p) => [p.place.id, { count: p.events.length, conference: p.hasConference }])), [byPlace]);
  const labelOf = useMemo(() => new Map(byPlace?.places.map((p) => [p.place.id, labels.place(p.place.name, p.events.length)])), [byPlace, labels]);

  // countries.json gives the map only country names (codes stand in without it): a broken file
  // is reported here, above a map that still draws.
  if (loaded.status !== "ready" || !filtered || !byPlace || countries.status === "loading") {
    const problems = [
      ...(loaded.status === "error" ? loaded.problems : []),
      ...(countries.status === "error" ? countries.problems : []),
    ];
    return (
      <div className="atlas-map atlas-map--status" style={{ minHeight: mapHeight }}>
        <StatusPanel loading={problems.length === 0} problems={problems} />
      </div>
    );
  }

  const panelPlace = interactive && placeId ? byPlace.places.find((p) => p.place.id === placeId) : undefined;
  const selectPlace = (id: string) => setPlaceId(id);
  const goToPlace = (p: PlaceSummary) => {
    setPlaceId(p.place.id);
    setFly({ lat: p.place.lat, lon: p.place.lon, nonce: Date.now() });
  };

  return (
    <div className={`atlas-map${interactive ? "" : " atlas-map--static"}${panelPlace ? " atlas-map--with-panel" : ""}`}>
      <ViewDrawn />
      {toolbar && <ChartSvgContext value={drawing}><div className="chart__toolbar atlas-map__toolbar">{toolbar}</div></ChartSvgContext>}
      {countries.status === "error" && <StatusPanel loading={false} problems={countries.problems} />}
      <Legend max={maxCount} theme={theme} palette={palette} clustered={allPlaces.length > CLUSTER_FROM} t={t} />
      <div className="atlas-map__main">
        <div className="atlas-map__canvas" style={{ height: mapHeight }}>
          <MapContainer
            renderer={renderer}
            className="atlas-map__leaflet"
            style={{ height: "100%", width: "100%" }}
            bounds={initialBounds ?? [[30, -10], [60, 75]]}
            boundsOptions={{ padding: [24, 24] }}
            worldCopyJump={false}
            minZoom={1}
            maxZoom={9}
            zoomSnap={0.25}
            dragging={interactive}
            touchZoom={interactive}
            doubleClickZoom={interactive}
            scrollWheelZoom={interactive}
            boxZoom={interactive}
            keyboard={interactive}
            zoomControl={interactive}
            attributionControl
          >
            <MapChrome label={t("map.aria", { count: byPlace.places.length })} />
            {TILE_URL && <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />}
            {world.data && <Basemap data={world.data} style={style} attribution={t("map.attribution")} />}
            <PlaceLayer places={allPlaces} stats={stats} selected={placeId} palette={palette} interactive={interactive} labels={labels} onSelect={selectPlace} />
            <FlyTo target={fly} measure={interactive} />
          </MapContainer>
        </div>
        {panelPlace && <PlacePanel summary={panelPlace} selectedEvent={selectedEvent} onClose={() => setPlaceId(null)} />}
      </div>
      {world.isError && <p className="map-note">{t("map.basemapError")}</p>}
      {byPlace.places.length === 0 && <p className="map-note">{t("map.noPlaces")}</p>}
      {interactive && byPlace.places.length > 0 && (
        <PlaceList places={byPlace.places} labelOf={labelOf} selected={placeId} lang={lang} ariaLabel={t("map.places.label")}
          showLabel={t("map.places.show", { count: byPlace.places.length })} onGo={goToPlace} />
      )}
      <OffMap virtual={byPlace.virtual} unplaced={byPlace.unplaced} countryName={countryName} />
    </div>
  );
}
