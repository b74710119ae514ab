// The explorer's views as the shell places them. Each sits in its own Suspense boundary (a
// LazyView), so a page prerendered at build time hydrates the shell first and each view after
// it, in its own slice of main-thread time, instead of in one long task. The map's code is
// loaded first (preloadViews) at build time, so the HTML holds the drawn map instead of a
// loading panel, and before hydrating, so the map hydrates without suspending; an explorer drawn
// in the browser fetches it on demand.
import { lazy, type ComponentType } from "react";
import type { MapViewProps } from "../../views/map/MapView";

type MapFraming = Pick<MapViewProps, "toolbar" | "load">;

const loadMap = () => import("../../views/map/MapView");
const LazyMap = lazy(loadMap);
let loadedMap: ComponentType<MapFraming> | null = null;

/** For the server render: the map drawn, not its loading panel. */
export async function preloadViews(): Promise<void> {
  loadedMap = (await loadMap()).default;
}

export function ExplorerMap(props: MapFraming) {
  const Map = loadedMap ?? LazyMap;
  return <Map {...props} />;
}
