// The live map (Leaflet), loaded on the first interaction with the map or when the browser is
// idle, and drawn in the box the static map held. It draws the same MapState: the country
// shading, the markers (grouped past CLUSTER_FROM places), and moves through FitView.
import { useEffect, useMemo, useState } from "react";
import { AttributionControl, MapContainer, TileLayer, useMap } from "react-leaflet";
import { svg, type Map as LeafletMapInstance, type PathOptions } from "leaflet";
import "leaflet/dist/leaflet.css";
import type { WorldShapes } from "./basemapData";
import { Basemap, type ShapeStyle } from "./Basemap";
import { FitView, type FlyTarget } from "./FitView";
import type { MapState } from "./mapState";
import type { MapBounds } from "./mapBase";
import { svgIn } from "./mapDrawing";
import { PlaceLayer } from "./PlaceLayer";
import { MAP_FIT, MAP_MAX_ZOOM } from "./webMercator";

// Optional online tiles, decided at build time. Unset (the default) means no request leaves the origin.
const TILE_URL: string | undefined = import.meta.env.VITE_TILE_URL || undefined;
const TILE_ATTRIBUTION: string | undefined = import.meta.env.VITE_TILE_ATTRIBUTION || undefined;

export interface LeafletMapProps {
  state: MapState;
  world?: WorldShapes;
  bounds: MapBounds;
  fly: FlyTarget | null;
  selected: string | null;
  interactive: boolean;
  label: string;
  attribution: string;
  onSelect: (id: string) => void;
  onHover?: (id: string | null) => void;
  /**
   * Called once the map is drawn, with its container, so the static map can step aside, and
   * a reader of the SVG Leaflet draws the shading and markers into, for the downloads.
   */
  onReady: (container: HTMLElement, drawing: () => SVGSVGElement | null) => void;
}

/** Keeps the container's accessible name current and Leaflet's size in step with its box. */
function MapChrome({ label, onReady }: { label: string; onReady: (map: LeafletMapInstance) => void }) {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    el.setAttribute("role", "region");
    el.setAttribute("aria-label", label);
  }, [map, label]);
  useEffect(() => {
    onReady(map);
    const el = map.getContainer();
    if (typeof ResizeObserver === "undefined") return;
    // Keeps the centre where it was when the side panel opens or closes.
    const ro = new ResizeObserver(() => map.invalidateSize({ animate: false }));
    ro.observe(el);
    return () => ro.disconnect();
  }, [map, onReady]);
  return null;
}

export default function LeafletMap({ state, world, bounds, fly, selected, interactive, label, attribution, onSelect, onHover, onReady }: LeafletMapProps) {
  // One renderer per map, read by Leaflet when the map is created.
  const [renderer] = useState(() => svg({ padding: 0.5 }));
  const ready = useMemo(() => (map: LeafletMapInstance) => onReady(map.getContainer(), () => svgIn(map.getPane("overlayPane"))), [onReady]);
  const { countryFill, palette } = state;
  const style = useMemo<ShapeStyle>(() => {
    // One style object per fill: most shapes share a few.
    const byFill = new Map<string | undefined, PathOptions>();
    return (f) => {
      const fill = f?.properties.code ? countryFill.get(f.properties.code) : undefined;
      let s = byFill.get(fill);
      if (!s) {
        const host = fill !== undefined;
        s = {
          fillColor: fill ?? palette.land,
          // Over online tiles the shading is a veil on hosts only; offline the shapes are the map.
          fillOpacity: TILE_URL ? (host ? 0.55 : 0) : 1,
          color: host ? palette.hostBorder : palette.border,
          weight: host ? 0.9 : 0.6,
        };
        byFill.set(fill, s);
      }
      return s;
    };
  }, [countryFill, palette]);

  return (
    <MapContainer
      renderer={renderer}
      className="atlas-map__leaflet"
      style={{ height: "100%", width: "100%" }}
      bounds={bounds}
      boundsOptions={{ padding: [MAP_FIT.padding, MAP_FIT.padding], maxZoom: MAP_FIT.maxZoom }}
      worldCopyJump={false}
      minZoom={MAP_FIT.minZoom}
      maxZoom={MAP_MAX_ZOOM}
      zoomSnap={MAP_FIT.zoomSnap}
      dragging={interactive}
      touchZoom={interactive}
      doubleClickZoom={interactive}
      scrollWheelZoom={interactive}
      boxZoom={interactive}
      keyboard={interactive}
      zoomControl={interactive}
      attributionControl={false}
    >
      {/* One small line naming the shapes' source, without Leaflet's flag and link. */}
      <AttributionControl position="bottomright" prefix={false} />
      <MapChrome label={label} onReady={ready} />
      {TILE_URL && <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />}
      {world && <Basemap data={world} style={style} attribution={attribution} />}
      <PlaceLayer places={state.places} stats={state.stats} unclustered={state} selected={selected} palette={palette} interactive={interactive} labels={state.labels} onSelect={onSelect} onHover={onHover} />
      <FitView bounds={bounds} fly={fly} measure={interactive} />
    </MapContainer>
  );
}
