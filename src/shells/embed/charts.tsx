// One lazy component per embeddable chart. Each branch imports only its own view, so an
// embed without the map never downloads Leaflet (and the map embed never loads d3 charts).
import { createContext, lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from "react";
import type { Chart } from "../../state/urlState";

export interface EmbeddedChartProps {
  interactive?: boolean;
  toolbar?: ReactNode;
}

type Module = { default: ComponentType<EmbeddedChartProps> };

const LOADERS: Record<Chart, () => Promise<Module>> = {
  map: () => import("../../views/map/MapView"),
  timeline: () => import("../../views/timeline/Timeline"),
  membership: () => import("../../views/membership/MembershipCharts"),
  participation: () => import("../../views/membership/ParticipationChart").then((m) => ({ default: m.ParticipationChart })),
  growth: () => import("../../views/membership/GrowthChart").then((m) => ({ default: m.GrowthChart })),
  "per-year": () => import("../../views/membership/PerYearChart").then((m) => ({ default: m.PerYearChart })),
};

type Lazy = LazyExoticComponent<ComponentType<EmbeddedChartProps>>;

export const EMBED_CHARTS = Object.fromEntries(
  Object.entries(LOADERS).map(([chart, load]) => [chart, lazy(load)]),
) as Record<Chart, Lazy>;

/** A chart's component, loaded. */
export async function loadChart(chart: Chart): Promise<ComponentType<EmbeddedChartProps>> {
  return (await LOADERS[chart]()).default;
}

/** A chart already loaded, drawn in place of the lazy one: at build time (where a lazy chart
 *  would be written as a loading panel and a script) and when hydrating a prerendered page. */
export const LoadedChart = createContext<ComponentType<EmbeddedChartProps> | null>(null);
