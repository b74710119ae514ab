// One lazy component per embeddable chart. Each branch imports only its own view, so an
// embed without the map never downloads Leaflet (and the map embed never loads d3 charts).
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from "react";
import type { Chart } from "../../state/urlState";

export interface EmbeddedChartProps {
  interactive?: boolean;
  toolbar?: ReactNode;
}

type Lazy = LazyExoticComponent<ComponentType<EmbeddedChartProps>>;

export const EMBED_CHARTS: Record<Chart, Lazy> = {
  map: lazy(() => import("../../views/map/MapView")),
  timeline: lazy(() => import("../../views/timeline/Timeline")),
  membership: lazy(() => import("../../views/membership/MembershipCharts")),
  participation: lazy(() => import("../../views/membership/ParticipationChart").then((m) => ({ default: m.ParticipationChart }))),
  growth: lazy(() => import("../../views/membership/GrowthChart").then((m) => ({ default: m.GrowthChart }))),
  "per-year": lazy(() => import("../../views/membership/PerYearChart").then((m) => ({ default: m.PerYearChart }))),
};
