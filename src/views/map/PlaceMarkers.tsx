// The place markers as one Leaflet layer updated in place. A filter change touches only the
// markers whose size, colour or label changed; a React component per marker re-rendered and
// restyled every one of them, which at hundreds of places cost more than the rest of the page.
// A place the filters leave out comes as a hidden spec and is hidden, not removed: a year change
// shows and hides dozens of places, and creating them again each time cost more than the rest
// of the map's update. A marker whose spec is gone (a cluster of another zoom) is removed.
import { useLayoutEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import { circleMarker, layerGroup, point, type CircleMarker, type LayerGroup, type PathOptions } from "leaflet";
import type { MapPalette } from "./mapScales";

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

interface Drawn {
  marker: CircleMarker;
  spec: MarkerSpec;
  styleKey: string;
  tooltip: HTMLSpanElement | null;
  hidden: boolean;
}

const BASE_CLASS = "atlas-marker";
const CONFERENCE_CLASS = "atlas-marker--conference";
const HIDDEN_CLASS = "atlas-marker--hidden";
const CLUSTER_CLASS = "atlas-marker--cluster";

/**
 * Meetings: a blue disc with a thin halo; conferences: a thick orange ring, told apart by stroke
 * width as well as colour. The selected place gets a black (dark theme: white) ring.
 */
export function markerStyle(conference: boolean, selected: boolean, palette: MapPalette): PathOptions {
  return {
    color: selected ? palette.selected : conference ? palette.conference : palette.halo,
    weight: selected ? 3.5 : conference ? 3 : 1.5,
    fillColor: conference ? palette.conference : palette.meeting,
    fillOpacity: selected ? 0.85 : 0.65,
  };
}

const keyOf = (s: PathOptions) => `${s.color}|${s.weight}|${s.fillColor}|${s.fillOpacity}`;

export function PlaceMarkers({ markers, selected, palette, interactive, onSelect }: {
  /** Largest first: drawn first, so a small place is never hidden under a big one. */
  markers: MarkerSpec[];
  selected: string | null;
  palette: MapPalette;
  interactive: boolean;
  onSelect: (id: string) => void;
}) {
  const map = useMap();
  const group = useRef<LayerGroup | null>(null);
  const drawn = useRef(new Map<string, Drawn>());
  const raised = useRef<string | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  // Both effects are layout effects, in this order: the group exists before the first update.
  useLayoutEffect(() => {
    const layer = layerGroup().addTo(map);
    group.current = layer;
    const all = drawn.current;
    return () => {
      layer.remove();
      group.current = null;
      all.clear();
    };
  }, [map]);

  // The markers change in the same frame as the rest of the page.
  useLayoutEffect(() => {
    const layer = group.current;
    if (!layer) return;
    const all = drawn.current;
    const known = new Set<string>();
    const shown = new Set<string>();
    const added = new Set<string>();
    for (const spec of markers) {
      known.add(spec.id);
      const d = all.get(spec.id);
      if (spec.hidden) {
        if (d && !d.hidden) {
          d.marker.closeTooltip();
          d.marker.getElement()?.classList.add(HIDDEN_CLASS);
          d.hidden = true;
        }
        continue;
      }
      shown.add(spec.id);
      const style = markerStyle(spec.conference, spec.id === selected, palette);
      const styleKey = keyOf(style);
      if (!d) {
        const classes = [BASE_CLASS, spec.conference && CONFERENCE_CLASS, spec.cluster && CLUSTER_CLASS].filter(Boolean).join(" ");
        const marker = circleMarker([spec.lat, spec.lon], { ...style, radius: spec.radius, interactive, className: classes });
        let tooltip: HTMLSpanElement | null = null;
        if (interactive) {
          tooltip = document.createElement("span");
          tooltip.textContent = spec.label;
          marker.bindTooltip(tooltip, { direction: "top", offset: [0, -spec.radius] });
          marker.on("click", () => onSelectRef.current(spec.id));
        }
        layer.addLayer(marker);
        all.set(spec.id, { marker, spec, styleKey, tooltip, hidden: false });
        added.add(spec.id);
        continue;
      }
      if (d.hidden) {
        d.marker.getElement()?.classList.remove(HIDDEN_CLASS);
        d.hidden = false;
      }
      if (d.spec.radius !== spec.radius) {
        d.marker.setRadius(spec.radius);
        const tip = d.marker.getTooltip();
        if (tip) tip.options.offset = point(0, -spec.radius);
      }
      if (d.styleKey !== styleKey) {
        d.marker.setStyle(style);
        d.styleKey = styleKey;
      }
      if (d.spec.conference !== spec.conference) d.marker.getElement()?.classList.toggle(CONFERENCE_CLASS, spec.conference);
      if (d.tooltip && d.spec.label !== spec.label) d.tooltip.textContent = spec.label;
      d.spec = spec;
    }
    for (const [id, d] of all) {
      if (!known.has(id)) {
        layer.removeLayer(d.marker);
        all.delete(id);
      }
    }
    // New markers go in at their place in the size order (Leaflet appends them); markers
    // already drawn keep their order, so a change moves a few elements, not hundreds.
    let next: Element | null = null;
    for (let j = markers.length - 1; j >= 0; j--) {
      const el = all.get(markers[j].id)?.marker.getElement();
      if (!el) continue;
      if (added.has(markers[j].id) && next && next.parentNode === el.parentNode) el.parentNode!.insertBefore(el, next);
      next = el;
    }
    if (selected && shown.has(selected) && (added.size > 0 || raised.current !== selected)) all.get(selected)?.marker.bringToFront();
    raised.current = selected && shown.has(selected) ? selected : null;
  }, [markers, selected, palette, interactive]);

  return null;
}
