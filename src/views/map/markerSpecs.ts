// What the map's markers show under the current filters, as plain specs for PlaceMarkers: one
// per place, or per group of nearby places when the map clusters them. Every place the data
// names gets a spec, hidden when nothing in the selection happened there, so a filter change
// shows and hides markers instead of creating and removing them.
import type { PlaceGroup } from "../../selectors/clusters";
import { radiusScale, type MapPalette } from "./mapScales";

export interface MarkerSpec {
  id: string;
  lat: number;
  lon: number;
  radius: number;
  conference: boolean;
  /** Tooltip text; set as text, never as HTML. */
  label: string;
  /** Nothing there in the current selection: kept hidden if drawn, not drawn if not. */
  hidden?: boolean;
  /** Several places close together, drawn as one. */
  cluster?: boolean;
}

/**
 * Meetings: a blue disc with a thin halo; conferences: a thick orange ring, told apart by stroke
 * width as well as colour. The selected place gets a black (dark theme: white) ring.
 */
export function markerStyle(conference: boolean, selected: boolean, palette: MapPalette): MarkerStyle {
  return {
    color: selected ? palette.selected : conference ? palette.conference : palette.halo,
    weight: selected ? 3.5 : conference ? 3 : 1.5,
    fillColor: conference ? palette.conference : palette.meeting,
    fillOpacity: selected ? 0.85 : 0.65,
  };
}

/** The drawn style of a marker, in the names Leaflet's path options use. */
export interface MarkerStyle {
  color: string;
  weight: number;
  fillColor: string;
  fillOpacity: number;
}

export interface PlacePoint {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

export interface PlaceStat {
  count: number;
  conference: boolean;
}

export interface MarkerLabels {
  place: (name: string, count: number) => string;
  cluster: (places: number, count: number) => string;
}

const CLUSTER_PREFIX = "cluster:";

/** A group's marker id: per zoom, so a regrouping replaces the markers of the old groups. */
export const clusterId = (scope: string, key: string) => `${CLUSTER_PREFIX}${scope}:${key}`;
export const isClusterId = (id: string) => id.startsWith(CLUSTER_PREFIX);

/**
 * `groups` (from gridClusters, or null for one marker per place) decide what is drawn together.
 * A group with two or more places in the selection is one marker at the group's centre (the
 * centre of all its places, so it does not move as filters change); with one, that place is
 * drawn on its own. Largest first, hidden last: small markers are drawn over large ones.
 */
export function markerSpecs(
  places: readonly PlacePoint[],
  stats: ReadonlyMap<string, PlaceStat>,
  groups: readonly PlaceGroup[] | null,
  clusterScope: string,
  labels: MarkerLabels,
): MarkerSpec[] {
  const specs: (MarkerSpec & { count: number })[] = [];
  const byId = new Map(places.map((p) => [p.id, p]));
  const placeSpec = (p: PlacePoint, hidden: boolean) => {
    const s = stats.get(p.id);
    specs.push({ id: p.id, lat: p.lat, lon: p.lon, radius: 0, conference: s?.conference ?? false, label: "", hidden, count: s?.count ?? 0 });
  };
  if (!groups) {
    for (const p of places) placeSpec(p, !stats.get(p.id)?.count);
  } else {
    for (const g of groups) {
      const members = g.ids.map((id) => byId.get(id)).filter((p): p is PlacePoint => p !== undefined);
      const active = members.filter((p) => stats.get(p.id)?.count);
      const together = active.length > 1;
      for (const p of members) placeSpec(p, together || !stats.get(p.id)?.count);
      if (members.length < 2) continue;
      let count = 0;
      let conference = false;
      for (const p of active) {
        const s = stats.get(p.id)!;
        count += s.count;
        conference ||= s.conference;
      }
      specs.push({
        id: clusterId(clusterScope, g.key),
        lat: members.reduce((a, p) => a + p.lat, 0) / members.length,
        lon: members.reduce((a, p) => a + p.lon, 0) / members.length,
        radius: 0,
        conference,
        label: together ? labels.cluster(active.length, count) : "",
        hidden: !together,
        cluster: true,
        count,
      });
    }
  }
  const shown = specs.filter((s) => !s.hidden);
  const radius = radiusScale(Math.max(1, ...shown.map((s) => s.count)));
  for (const s of shown) {
    s.radius = radius(s.count);
    if (!s.cluster) s.label = labels.place(byId.get(s.id)!.name, s.count);
  }
  return specs.sort((a, b) => Number(a.hidden ?? false) - Number(b.hidden ?? false) || b.count - a.count);
}
