// The explorer's views as the shell places them. Each sits in its own Suspense boundary (a
// LazyView), so a page prerendered at build time hydrates the shell first and each view after
// it, in its own slice of main-thread time, instead of in one long task. The map's code is
// loaded first (preloadViews) at build time, so the HTML holds the drawn map instead of a
// loading panel, and before hydrating, so the map hydrates without suspending; an explorer drawn
// in the browser fetches it on demand.
import { preloadable } from "../../components/preloadable";
import type { MapViewProps } from "../../views/map/MapView";

type MapFraming = Pick<MapViewProps, "toolbar" | "load">;

export const ExplorerMap = preloadable<MapFraming>(() => import("../../views/map/MapView"));

/** The map's code, before the server render (the HTML then holds the drawn map instead of a
 *  loading panel) or before hydrating. */
export const preloadViews = ExplorerMap.preload;
