// The map's box: the static SVG map first (it is in the server-rendered HTML and costs no
// Leaflet), then the live map, loaded on the first pointer, focus or key on the map or when the
// browser is idle, drawn underneath and shown in the same box once ready, so nothing moves. If
// the live map's code cannot be fetched, the static map stays in front of the notice.
import { lazy, useCallback, useEffect, useRef, useState } from "react";
import { LazyView } from "../../components/LazyView";
import { useWidth } from "../../components/useSize";
import { StaticMap } from "./StaticMap";
import type { LeafletMapProps } from "./LeafletMap";

const LeafletMap = lazy(() => import("./LeafletMap"));

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

export function MapCanvas({ height, load, ...live }: Omit<LeafletMapProps, "onReady"> & { height: number; load: MapLoad }) {
  // Laid out for 640 px until the box is measured (and at build time).
  const [box, width] = useWidth<HTMLDivElement>();
  const [wanted, setWanted] = useState(false);
  const [ready, setReady] = useState(false);
  const staticRef = useRef<HTMLDivElement>(null);
  const want = useCallback(() => setWanted(true), []);
  useIdle(load === "idle" && !wanted, want);
  const onReady = useCallback((container: HTMLElement) => {
    // A keyboard reader on the static map lands on the live one.
    if (staticRef.current?.contains(document.activeElement)) container.focus();
    setReady(true);
  }, []);

  return (
    <div ref={box} className="atlas-map__canvas" style={{ height }}
      onPointerEnter={want} onPointerDown={want} onFocus={want} onKeyDown={want}>
      {!ready && (
        <div ref={staticRef} className="atlas-map__static" role="region" aria-label={live.label} tabIndex={live.interactive ? 0 : undefined}>
          <StaticMap state={live.state} world={live.world} width={width} height={height} bounds={live.bounds} selected={live.selected} />
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
