// Moves the live map when what it must show changes. MapContainer reads its bounds only when it
// is created; later moves (a step's places, a place chosen in the list or elsewhere) go through
// Leaflet's public fitBounds/flyTo here, jumping instead of flying for readers who ask for less
// motion. Also keeps the least zoom at the one where the world still covers the box, so no
// empty band shows beyond the world's edge on a phone.
import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import type { MapBounds } from "./mapBase";
import { prefersReducedMotion } from "./motion";
import { MAP_FIT, minZoomFor } from "./webMercator";

/** Zoom a fly-to goes to at least: a city and its surroundings. */
const FLY_ZOOM = 5;

export interface FlyTarget { lat: number; lon: number; nonce: number }

export function FitView({ bounds, fly, measure }: { bounds: MapBounds; fly: FlyTarget | null; measure: boolean }) {
  const map = useMap();
  const key = bounds.flat().join(",");
  const fitted = useRef(key);
  // Read through the ref: a new array with the same corners is no reason to move.
  const boundsRef = useRef(bounds);
  boundsRef.current = bounds;

  useEffect(() => {
    // The map was created on these bounds: only a change moves it.
    if (fitted.current === key) return;
    fitted.current = key;
    const options = { padding: [MAP_FIT.padding, MAP_FIT.padding] as [number, number], maxZoom: MAP_FIT.maxZoom };
    if (prefersReducedMotion()) map.fitBounds(boundsRef.current, { ...options, animate: false });
    else map.flyToBounds(boundsRef.current, { ...options, duration: 0.8 });
  }, [map, key]);

  useEffect(() => {
    if (!fly) return;
    // The side panel may have just opened and narrowed the map: measure before centring. (A
    // forced layout, so only where a panel can open; the presenter's and embeds' maps have none.)
    if (measure) map.invalidateSize({ pan: false });
    const zoom = Math.max(map.getZoom(), FLY_ZOOM);
    if (prefersReducedMotion()) map.setView([fly.lat, fly.lon], zoom, { animate: false });
    else map.flyTo([fly.lat, fly.lon], zoom, { duration: 0.8 });
  }, [map, fly, measure]);

  useEffect(() => {
    const fit = () => {
      const size = map.getSize();
      map.setMinZoom(minZoomFor(size.x, size.y));
    };
    fit();
    map.on("resize", fit);
    return () => void map.off("resize", fit);
  }, [map]);

  return null;
}
