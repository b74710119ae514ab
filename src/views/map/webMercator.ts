// Leaflet's default projection (spherical Web Mercator on 256-pixel tiles) and its fitBounds
// arithmetic, without Leaflet: the static map computes the same first view as the live map, so
// the live map takes over without a jump.
import type { MapBounds } from "./mapBase";

const TILE = 256;
/** Leaflet's limit: beyond it the projection runs off to infinity. */
const MAX_LAT = 85.0511287798;

export interface View {
  zoom: number;
  /** Pixel position of the box's top-left corner in the world at `zoom`. */
  originX: number;
  originY: number;
}

export interface FitOptions {
  padding: number;
  zoomSnap: number;
  minZoom: number;
  maxZoom: number;
}

export function project(lat: number, lon: number, zoom: number): [number, number] {
  const scale = TILE * 2 ** zoom;
  const sin = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  return [((lon + 180) / 360) * scale, y * scale];
}

/** As Leaflet's map.fitBounds(bounds, { padding }) on a box of width × height. */
export function fitView([[south, west], [north, east]]: MapBounds, width: number, height: number, o: FitOptions): View {
  const [x0, y0] = project(north, west, 0);
  const [x1, y1] = project(south, east, 0);
  const scale = Math.min((width - 2 * o.padding) / Math.max(x1 - x0, 1e-9), (height - 2 * o.padding) / Math.max(y1 - y0, 1e-9));
  let zoom = Math.log2(scale);
  // Leaflet's rounding: within 1% of a snap step counts as on it, then down to the step.
  zoom = Math.round(zoom / (o.zoomSnap / 100)) * (o.zoomSnap / 100);
  zoom = Math.floor(zoom / o.zoomSnap) * o.zoomSnap;
  zoom = Math.max(o.minZoom, Math.min(o.maxZoom, zoom));
  const [ax, ay] = project(south, west, zoom);
  const [bx, by] = project(north, east, zoom);
  return { zoom, originX: Math.round((ax + bx) / 2 - width / 2), originY: Math.round((ay + by) / 2 - height / 2) };
}

/** The smallest zoom at which the world's width fills a box `width` wide. */
export function coverZoom(width: number): number {
  return Math.log2(Math.max(width, 1) / TILE);
}

/** How a view is framed (first view, a step's places), shared by the static and the live map.
 *  maxZoom keeps a single place in its surroundings rather than at street level. */
export const MAP_FIT: FitOptions = { padding: 24, zoomSnap: 0.25, minZoom: 1, maxZoom: 6 };
/** The closest a reader can zoom in. */
export const MAP_MAX_ZOOM = 9;

/** The least zoom at which the world covers a box of this size, on the snap grid, never under 1. */
export function minZoomFor(width: number, height: number, snap = MAP_FIT.zoomSnap): number {
  return Math.max(MAP_FIT.minZoom, Math.ceil(coverZoom(Math.max(width, height)) / snap) * snap);
}
