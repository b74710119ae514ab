// The bundled world shapes (Natural Earth 1:110m via world-atlas), fetched once from the app's
// own origin and prepared once for both maps: Antarctica dropped, and rings and countries that
// cross the 180th meridian made continuous. Leaflet and the static map draw straight lines between
// points, so Russia's and Fiji's rings, which jump from +180 to -180, would otherwise be drawn
// as a band across the whole map.
import { useQuery } from "@tanstack/react-query";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import worldUrl from "world-atlas/countries-110m.json?url";
import { alpha3FromNumeric } from "./mapScales";

/** A country shape with its alpha-3 code, when countries.json knows the country. */
export type CountryShape = Feature<Geometry, { name: string; code?: string }>;
export type WorldShapes = FeatureCollection<Geometry, CountryShape["properties"]>;

/** Natural Earth's Antarctica only distorts a Mercator map of Europe and Asia. */
const ANTARCTICA = "010";

/** Each point's longitude moved by whole turns so that no step between neighbours exceeds 180°. */
export function unwrapRing(ring: Position[]): Position[] {
  let shift = 0;
  return ring.map((p, i) => {
    if (i > 0) {
      const step = p[0] + shift - (ring[i - 1][0] + shift);
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    return shift ? [p[0] + shift, p[1]] : p;
  });
}

const meanLon = (ring: Position[]) => ring.reduce((a, p) => a + p[0], 0) / Math.max(ring.length, 1);

/**
 * A country's pieces on the far side of the 180th meridian (Chukotka for Russia, the western
 * Aleutians for the United States) moved by a whole turn next to its main body, so the country
 * is drawn, and framed, as one place and not as two ends of the map.
 */
function besideMainBody(polys: Position[][][]): Position[][][] {
  const main = polys.reduce((a, b) => (b[0].length > a[0].length ? b : a));
  const centre = meanLon(main[0]);
  return polys.map((poly) => {
    const c = meanLon(poly[0]);
    const shift = Math.abs(c + 360 - centre) < Math.abs(c - centre) ? 360 : Math.abs(c - 360 - centre) < Math.abs(c - centre) ? -360 : 0;
    return shift ? poly.map((ring) => ring.map((p) => [p[0] + shift, p[1]])) : poly;
  });
}

function unwrapGeometry(g: Geometry): Geometry {
  if (g.type === "Polygon") return { ...g, coordinates: g.coordinates.map(unwrapRing) };
  if (g.type === "MultiPolygon") return { ...g, coordinates: besideMainBody(g.coordinates.map((poly) => poly.map(unwrapRing))) };
  return g;
}

export function worldShapes(topology: Topology): WorldShapes {
  const fc = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const features: CountryShape[] = [];
  for (const f of fc.features) {
    if (String(f.id) === ANTARCTICA) continue;
    features.push({ ...f, geometry: unwrapGeometry(f.geometry), properties: { name: f.properties.name, code: alpha3FromNumeric(f.id) } });
  }
  return { type: "FeatureCollection", features };
}

/**
 * The world's shapes, prepared when first read: a prerendered map that keeps the shapes its
 * HTML holds (StaticMap) needs the file only to know the shapes are there.
 */
export function lazyWorldShapes(topology: Topology): WorldShapes {
  let shapes: WorldShapes | undefined;
  return {
    type: "FeatureCollection",
    get features() {
      return (shapes ??= worldShapes(topology)).features;
    },
  };
}

/** Exported for the prerendered map embed, which fills it at build time and before hydrating. */
export const worldQuery = {
  queryKey: ["basemap", "countries-110m"] as const,
  queryFn: async ({ signal }: { signal: AbortSignal }): Promise<WorldShapes> => {
    const response = await fetch(worldUrl, { signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return lazyWorldShapes((await response.json()) as Topology);
  },
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
  // Never refetched; comparing with a previous copy would only prepare the shapes early.
  structuralSharing: false,
};

/** The world shapes for a map: undefined while they load; `failed` when they cannot. */
export function useBasemap(): { world: WorldShapes | undefined; failed: boolean } {
  const q = useQuery(worldQuery);
  return { world: q.data, failed: q.isError };
}

/** Bounds around the shapes of the given countries (alpha-3), for a map that must show them. */
export function boundsOfCountries(world: WorldShapes, codes: readonly string[]): [[number, number], [number, number]] | undefined {
  const wanted = new Set(codes);
  let s = Infinity, w = Infinity, n = -Infinity, e = -Infinity;
  const visit = (ring: Position[]) => {
    for (const [lon, lat] of ring) {
      s = Math.min(s, lat); n = Math.max(n, lat);
      w = Math.min(w, lon); e = Math.max(e, lon);
    }
  };
  for (const f of world.features) {
    if (!f.properties.code || !wanted.has(f.properties.code)) continue;
    const g = f.geometry;
    if (g.type === "Polygon") g.coordinates.forEach(visit);
    else if (g.type === "MultiPolygon") g.coordinates.forEach((poly) => poly.forEach(visit));
  }
  return Number.isFinite(s) ? [[s, w], [n, e]] : undefined;
}
