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
import { markerStyle, type MarkerSpec } from "./markerSpecs";

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

/** The marker's accessible name is its tooltip's text, so it starts with what a reader sees. */
function nameMarker(marker: CircleMarker, label: string, created = false) {
  const el = marker.getElement();
  if (!el) return;
  // The role once, when the marker is made: a relabelled marker changes its name only.
  if (created) el.setAttribute("role", "img");
  el.setAttribute("aria-label", label);
}

const keyOf = (s: PathOptions) => `${s.color}|${s.weight}|${s.fillColor}|${s.fillOpacity}`;

export function PlaceMarkers({ markers, selected, palette, interactive, onSelect, onHover }: {
  /** Largest first: drawn first, so a small place is never hidden under a big one. */
  markers: MarkerSpec[];
  selected: string | null;
  palette: MapPalette;
  interactive: boolean;
  onSelect: (id: string) => void;
  onHover?: (id: string | null) => void;
}) {
  const map = useMap();
  const group = useRef<LayerGroup | null>(null);
  const drawn = useRef(new Map<string, Drawn>());
  const raised = useRef<string | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const onHoverRef = useRef(onHover);
  onHoverRef.current = onHover;

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
          marker.on("mouseover", () => onHoverRef.current?.(spec.id));
          marker.on("mouseout", () => onHoverRef.current?.(null));
        }
        layer.addLayer(marker);
        nameMarker(marker, spec.label, true);
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
      if (d.spec.label !== spec.label) {
        if (d.tooltip) d.tooltip.textContent = spec.label;
        nameMarker(d.marker, spec.label);
      }
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
