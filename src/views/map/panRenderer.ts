// The map's SVG renderer. Leaflet's own rewrites every path after each pan ("moveend"), to
// re-clip it to the new view: 176 country outlines rebuilt, restyled and relaid out for a
// presenter step that only moves the map. The basemap's shapes are not clipped (noClip) and
// circle markers never are, so at an unchanged zoom their drawn paths stay valid and a pan
// needs only the viewBox move Leaflet makes anyway. A zoom change redraws as before.
import { SVG } from "leaflet";

export function panRenderer(): SVG {
  const renderer = new SVG({ padding: 0.5 }) as SVG & { _map?: { getZoom(): number }; _updatePaths(): void };
  const updatePaths = renderer._updatePaths;
  let drawnAt: number | undefined;
  // Replaced on the instance before the map adds it, which is when Leaflet subscribes it.
  renderer._updatePaths = function (this: typeof renderer) {
    const zoom = this._map?.getZoom();
    if (zoom !== undefined && zoom === drawnAt) return;
    drawnAt = zoom;
    updatePaths.call(this);
  };
  return renderer;
}
