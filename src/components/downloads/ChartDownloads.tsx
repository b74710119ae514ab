// PNG, SVG and CSV for one chart wherever it is shown (explorer, embed): the drawing comes by
// ref from the chart's frame, the CSV from the chart's own state, which hands its rows over
// through ChartRows.
import { createContext, useContext } from "react";
import type { Chart } from "../../domain";
import { useChartSvgRef } from "../ChartSvg";
import { DownloadMenu } from "./DownloadMenu";
import type { CsvRow } from "./csv";

/** A chart that already holds its rows (its state) hands them to its downloads here. */
export const ChartRows = createContext<(() => Promise<readonly CsvRow[]>) | null>(null);

// The map draws its markers in Leaflet's pane or in its static SVG, and does not yet hand
// either over through ChartSvgContext: until it does, its drawing is found where it is drawn.
const mapSvg = () =>
  document.querySelector<SVGSVGElement>(".leaflet-overlay-pane svg") ?? document.querySelector<SVGSVGElement>("svg.static-map");

export function ChartDownloads({ chart }: { chart: Chart }) {
  const svg = useChartSvgRef();
  const ownRows = useContext(ChartRows);
  return (
    <DownloadMenu
      chart={chart}
      getSvg={svg ? () => svg.current : chart === "map" ? mapSvg : undefined}
      rows={ownRows ?? undefined}
    />
  );
}
