// The map's box: the static SVG map first (it is in the server-rendered HTML and costs no
// Leaflet), then the live map, loaded on the first pointer, focus or key on the map or when the
// browser is idle, drawn underneath and shown in the same box once ready, so nothing moves. If
// the live map's code cannot be fetched, the static map stays in front of the notice.
import { lazy, useCallback, useEffect, useRef, useState } from "react";
import { LazyView } from "../../components/LazyView";
import { StaticMap } from "./StaticMap";
import type { LeafletMapProps } from "./LeafletMap";
import type { MapDrawing } from "./mapDrawing";

const LeafletMap = lazy(() => import("./LeafletMap"));

/**
 * The box's inner size, as Leaflet measures it (inside the border), so both maps frame the same
 * view. 640 px wide by the given height until measured, and at build time.
 */
function useInnerSize(height: number) {
  const [el, setEl] = useState<HTMLDivElement | null>(null);
  const [size, setSize] = useState({ width: 640, height });
  useEffect(() => {
    if (!el) return;
    const measure = () => setSize((s) => (s.width === el.clientWidth && s.height === el.clientHeight ? s : { width: el.clientWidth || 640, height: el.clientHeight || height }));
    // As useWidth: the observer's first report, after the box is laid out, forces no layout.
    if (typeof ResizeObserver === "undefined") {
      measure();
      return;
    }
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [el, height]);
  return [setEl, size] as const;
}

type IdleWindow = Window & {
  requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

/** Asks for the live map when the browser has a moment (and at the latest after 3 s). */
function useIdle(enabled: boolean, onIdle: () => void) {
  useEffect(() => {
    if (!enabled) return;
    const w = window as IdleWindow;
    if (w.requestIdleCallback && w.cancelIdleCallback) {
      const id = w.requestIdleCallback(onIdle, { timeout: 3000 });
      return () => w.cancelIdleCallback!(id);
    }
    const id = setTimeout(onIdle, 300);
    return () => clearTimeout(id);
  }, [enabled, onIdle]);
}

export type MapLoad = "idle" | "interaction";

export function MapCanvas({ height, load, drawing, ...live }: Omit<LeafletMapProps, "onReady"> & { height: number; load: MapLoad; drawing: MapDrawing }) {
  const [box, size] = useInnerSize(height);
  const [wanted, setWanted] = useState(false);
  const [ready, setReady] = useState(false);
  const staticRef = useRef<HTMLDivElement>(null);
  const want = useCallback(() => setWanted(true), []);
  useIdle(load === "idle" && !wanted, want);
  const onReady = useCallback((container: HTMLElement, svg: () => SVGSVGElement | null) => {
    drawing.live.current = svg;
    // A keyboard reader on the static map lands on the live one.
    if (staticRef.current?.contains(document.activeElement)) container.focus();
    setReady(true);
  }, [drawing]);

  return (
    <div ref={box} className="atlas-map__canvas" style={{ height }}
      onPointerEnter={want} onPointerDown={want} onFocus={want} onKeyDown={want}>
      {!ready && (
        <div ref={staticRef} className="atlas-map__static" role="region" aria-label={live.label} tabIndex={live.interactive ? 0 : undefined}>
          <StaticMap state={live.state} world={live.world} width={size.width} height={size.height} bounds={live.bounds} selected={live.selected} svgRef={drawing.still} />
          {live.world && <p className="atlas-map__attribution">{live.attribution}</p>}
        </div>
      )}
      {wanted && (
        <LazyView loading={null}>
          <LeafletMap {...live} onReady={onReady} />
        </LazyView>
      )}
    </div>
  );
}
