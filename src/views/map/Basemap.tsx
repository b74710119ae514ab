// The offline basemap: Natural Earth country shapes, shaded by events hosted. A filter change
// restyles only the shapes whose colour changed; restyling all of them on every change was the
// largest single cost of the map. The shapes share the markers' SVG, behind them, so the map's
// SVG and PNG downloads hold both.
import { useEffect, useLayoutEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import { geoJSON, setOptions, type GeoJSON as LeafletGeoJSON, type GeoJSONOptions, type Layer, type Path, type PathOptions, type PolylineOptions } from "leaflet";
import type { CountryShape as Shape, WorldShapes } from "./basemapData";

export type ShapeStyle = (feature: Shape | undefined) => PathOptions;

// Per style object: a style function that hands many shapes the same object pays for one key.
const styleKeys = new WeakMap<PathOptions, string>();
function keyOf(s: PathOptions): string {
  let k = styleKeys.get(s);
  if (k === undefined) styleKeys.set(s, (k = `${s.fillColor}|${s.fillOpacity}|${s.color}|${s.weight}`));
  return k;
}

export function Basemap({ data, style, attribution }: {
  data: WorldShapes;
  style: ShapeStyle;
  attribution: string;
}) {
  const map = useMap();
  const layerRef = useRef<LeafletGeoJSON | null>(null);
  const applied = useRef(new WeakMap<Layer, string>());
  const styleRef = useRef(style);
  styleRef.current = style;

  useEffect(() => {
    const keys = applied.current;
    // Drawn whole: a ring crossing the view's edge is not cut into pieces; GeoJSON passes its
    // options on to each polygon.
    const options: GeoJSONOptions & PolylineOptions = {
      interactive: false,
      noClip: true,
      style: (f) => styleRef.current(f as Shape | undefined),
      onEachFeature: (f, l) => keys.set(l, keyOf(styleRef.current(f as Shape))),
    };
    const layer = geoJSON(data, options).addTo(map);
    // Shapes that arrive after the markers go behind them.
    layer.bringToBack();
    layerRef.current = layer;
    return () => {
      layer.remove();
      layerRef.current = null;
    };
  }, [map, data]);

  useEffect(() => {
    const control = map.attributionControl;
    if (!control) return;
    control.addAttribution(attribution);
    return () => void control.removeAttribution(attribution);
  }, [map, attribution]);

  useLayoutEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    const keys = applied.current;
    layer.eachLayer((l) => {
      const s = style((l as Layer & { feature?: Shape }).feature);
      const key = keyOf(s);
      const was = keys.get(l);
      if (was === key) return;
      keys.set(l, key);
      // A host whose shade changed keeps its border: only the fill is set, not every attribute
      // of the path (a year change reshades most hosts).
      if (was !== undefined && s.fillColor && was.slice(was.indexOf("|")) === key.slice(key.indexOf("|"))) {
        setOptions(l, { fillColor: s.fillColor });
        const el = (l as Path).getElement();
        if (el) {
          el.setAttribute("fill", s.fillColor);
          return;
        }
      }
      (l as Path).setStyle(s);
    });
  }, [style]);

  return null;
}
