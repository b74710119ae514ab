// The places on the map: one marker each, or, past 150 places, nearby places as one
// marker per screen cell, regrouped when the zoom changes. Choosing a group zooms to its places.
import { useMemo, useState } from "react";
import { useMap, useMapEvent } from "react-leaflet";
import { latLngBounds } from "leaflet";
import { gridClusters } from "../../selectors/clusters";
import { markerSpecs, clusterId, isClusterId, type MarkerLabels, type MarkerSpec, type PlacePoint, type PlaceStat } from "./markerSpecs";
import { PlaceMarkers } from "./PlaceMarkers";
import { CLUSTER_FROM } from "./mapBase";
import type { MapPalette } from "./mapScales";
import { prefersReducedMotion } from "./motion";

/** Grid cell in screen pixels: about two of the largest markers side by side. */
const CELL = 44;

export function PlaceLayer({ places, stats, unclustered, selected, palette, interactive, labels, onSelect, onHover }: {
  places: readonly PlacePoint[];
  /** One marker per place, as mapState makes them for the same stats: read only while nothing is grouped. */
  unclustered: { readonly markers: MarkerSpec[] };
  stats: ReadonlyMap<string, PlaceStat>;
  selected: string | null;
  palette: MapPalette;
  interactive: boolean;
  labels: MarkerLabels;
  onSelect: (id: string) => void;
  onHover?: (id: string | null) => void;
}) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvent("zoomend", () => setZoom(map.getZoom()));
  // At the closest zoom a group cannot be opened further: every place is drawn on its own.
  const clustering = places.length > CLUSTER_FROM && zoom < map.getMaxZoom();

  const groups = useMemo(() => {
    if (!clustering) return null;
    // The selected place always stands alone, so its ring and panel match.
    const points = places
      .filter((p) => p.id !== selected)
      .map((p) => ({ id: p.id, ...map.project([p.lat, p.lon], zoom) }));
    const gs = gridClusters(points, CELL);
    if (selected && places.some((p) => p.id === selected)) gs.push({ key: selected, ids: [selected] });
    return gs;
  }, [clustering, places, selected, map, zoom]);

  const markers = useMemo(() => (groups ? markerSpecs(places, stats, groups, String(zoom), labels) : unclustered.markers), [places, stats, groups, zoom, labels, unclustered]);

  const choose = (id: string) => {
    if (!isClusterId(id)) return onSelect(id);
    const group = groups?.find((g) => clusterId(String(zoom), g.key) === id);
    if (!group) return;
    const bounds = latLngBounds(group.ids.map((pid) => {
      const p = places.find((x) => x.id === pid)!;
      return [p.lat, p.lon] as [number, number];
    }));
    map.fitBounds(bounds, { padding: [48, 48], maxZoom: map.getMaxZoom(), animate: !prefersReducedMotion() });
  };

  return <PlaceMarkers markers={markers} selected={selected} palette={palette} interactive={interactive} onSelect={choose} onHover={onHover} />;
}
