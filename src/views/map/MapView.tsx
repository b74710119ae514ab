// The map: where events in the current selection took place, host countries shaded by events
// hosted, and below it the same places as buttons and the events that have no place.
//
// `MapView` is a pure function of its props (it draws, it does not fetch or read the store):
//   state          MapState from mapState(): markers, shading, legend, list rows, off-map rows
//   world?         country shapes (useBasemap()); the markers draw alone until they arrive
//   basemapFailed? the shapes could not be loaded: a note says so
//   selected       id of the open place (ring on its marker, its events beside the map) or null
//   selectedEvent? id of the event highlighted in that place's events
//   onSelect?      (placeId | null) a place chosen on the map or in the list; null: panel closed
//   onSelectEvent? (eventId) an event chosen in the place's events
//   onHover?       (placeId | null) the pointer is over a marker, or left it
//   fitPlaces?     place ids the map must show (e.g. a presenter step's places)
//   fitCountries?  alpha-3 codes whose whole shapes the map must show
//   bounds?        [[south, west], [north, east]] the map must show
//   interactive?   default true; false: no pan or zoom, no list, no panel (presenter, static embeds)
//   toolbar?       shown above the legend (downloads; it gets the drawing through ChartSvgContext
//                  and the CSV rows through ChartRows, from LatestRows)
//   height?        height of the map's box in px (480)
//   load?          "idle" (default): the live map replaces the static one when the browser is
//                  idle or on interaction; "interaction": only on interaction
// The default export is the explorer's and embeds' map: the same view fed from the store (it
// takes the framing props above: interactive, height, toolbar, fitPlaces, fitCountries, bounds, load).
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import "./map.css";
import { useT } from "../../i18n";
import "../../i18n/map";
import { DataNotice, StatusPanel } from "../../components/StatusPanel";
import { ChartSvgContext } from "../../components/ChartSvg";
import { ViewDrawn } from "../../components/ViewDrawn";
import { LatestRows } from "../../components/downloads/ChartDownloads";
import { boundsOfCountries, type WorldShapes } from "./basemapData";
import { boundsOfPlaces, unionBounds, type MapState } from "./mapState";
import type { MapBounds } from "./mapBase";
import { MapCanvas, type MapLoad } from "./MapCanvas";
import type { FlyTarget } from "./FitView";
import { MapLegend } from "./MapLegend";
import { PlacePanel } from "./PlacePanel";
import { PlaceList } from "./PlaceList";
import { OffMap } from "./OffMap";
import { useConnectedMap } from "./useConnectedMap";
import { useMapDrawing } from "./mapDrawing";

const DEFAULT_HEIGHT = 480;

export interface MapViewProps {
  state: MapState;
  world?: WorldShapes;
  basemapFailed?: boolean;
  selected: string | null;
  selectedEvent?: string | null;
  onSelect?: (placeId: string | null) => void;
  onSelectEvent?: (eventId: string) => void;
  onHover?: (placeId: string | null) => void;
  fitPlaces?: readonly string[];
  fitCountries?: readonly string[];
  bounds?: MapBounds;
  interactive?: boolean;
  toolbar?: ReactNode;
  height?: number;
  load?: MapLoad;
}

const noop = () => {};

export function MapView({
  state, world, basemapFailed = false, selected, selectedEvent = null, onSelect = noop, onSelectEvent, onHover,
  fitPlaces, fitCountries, bounds, interactive = true, toolbar, height = DEFAULT_HEIGHT, load = "idle",
}: MapViewProps) {
  const t = useT();
  const drawing = useMapDrawing();
  const [fly, setFly] = useState<FlyTarget | null>(null);
  // A place chosen on its marker is already in view; one chosen elsewhere is flown to.
  const chosenOnMap = useRef<string | null>(null);
  // Read through a ref: only a new selection moves the map, not new data for the same one.
  const placesRef = useRef(state.places);
  placesRef.current = state.places;
  const flyTo = useCallback((id: string) => {
    const p = placesRef.current.find((x) => x.id === id);
    if (p) setFly({ lat: p.lat, lon: p.lon, nonce: Date.now() });
  }, []);
  useEffect(() => {
    if (selected && selected !== chosenOnMap.current) flyTo(selected);
    chosenOnMap.current = null;
  }, [selected, flyTo]);

  const frame = useMemo(
    () => unionBounds([
      fitPlaces && boundsOfPlaces(state, fitPlaces),
      fitCountries && world && boundsOfCountries(world, fitCountries),
      bounds,
    ]) ?? state.initialBounds,
    [state, world, fitPlaces, fitCountries, bounds],
  );

  const panel = interactive && selected ? state.summaries.find((p) => p.place.id === selected) : undefined;
  const places = state.summaries.length;
  return (
    <div className={`atlas-map${interactive ? "" : " atlas-map--static"}${panel ? " atlas-map--with-panel" : ""}`}>
      <ViewDrawn />
      {toolbar && (
        <div className="chart__toolbar atlas-map__toolbar">
          <ChartSvgContext value={drawing.ref}><LatestRows rows={async () => state.rows()}>{toolbar}</LatestRows></ChartSvgContext>
        </div>
      )}
      <MapLegend legend={state.legend} palette={state.palette} />
      <div className="atlas-map__main">
        <MapCanvas
          height={height} load={load} drawing={drawing} state={state} world={world} bounds={frame} fly={fly} selected={selected}
          interactive={interactive} label={state.aria} attribution={t("map.attribution")} onHover={onHover}
          onSelect={(id) => { chosenOnMap.current = id; onSelect(id); }}
        />
        {panel && <PlacePanel summary={panel} selectedEvent={selectedEvent} onClose={() => onSelect(null)} onSelectEvent={onSelectEvent} />}
      </div>
      {basemapFailed && <p className="map-note">{t("map.basemapError")}</p>}
      {places === 0 && <p className="map-note">{t("map.noPlaces")}</p>}
      {interactive && places > 0 && (
        <PlaceList rows={state.placeRows} selected={selected} ariaLabel={t("map.places.label")}
          showLabel={t("map.places.show", { count: places })}
          onGo={(id) => { onSelect(id); flyTo(id); }} />
      )}
      <OffMap offMap={state.offMap} />
    </div>
  );
}

type Framing = Pick<MapViewProps, "interactive" | "height" | "toolbar" | "fitPlaces" | "fitCountries" | "bounds" | "load">;

/** The explorer's and embeds' map: MapView fed from the store, the datasets and the basemap. */
export default function ConnectedMapView({ height = DEFAULT_HEIGHT, ...framing }: Framing) {
  const c = useConnectedMap();
  if (c.status !== "ready") {
    return (
      <div className="atlas-map atlas-map--status" style={{ minHeight: height }}>
        <StatusPanel loading={c.status === "loading"} problems={c.problems} />
      </div>
    );
  }
  return (
    <>
      <DataNotice of={c.loads} />
      <MapView {...c.props} height={height} {...framing} />
    </>
  );
}
