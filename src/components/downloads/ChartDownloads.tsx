// PNG, SVG and CSV for one chart wherever it is shown (explorer, embed): finds the chart's
// drawing on the page and takes the CSV rows the chart hands over from its state.
import { createContext, useContext } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useAtlasStore } from "../../state/store";
import type { Chart } from "../../domain";
import { DownloadMenu } from "./DownloadMenu";
import type { CsvRow } from "./csv";

/** A chart that already holds its rows (its state) hands them to its downloads here. */
export const ChartRows = createContext<(() => Promise<readonly CsvRow[]>) | null>(null);

export function chartSvg(chart: Chart, root: ParentNode = document): SVGSVGElement | null {
  return chart === "map"
    ? root.querySelector<SVGSVGElement>(".leaflet-overlay-pane svg")
    : root.querySelector<SVGSVGElement>(`figure[data-chart="${chart}"] .chart__body svg`);
}

export function ChartDownloads({ chart }: { chart: Chart }) {
  const client = useQueryClient();
  const ownRows = useContext(ChartRows);
  return (
    <DownloadMenu
      chart={chart}
      getSvg={() => chartSvg(chart)}
      rows={ownRows ?? (chart === "timeline" || chart === "map" ? undefined : async () => {
        const { from, to, types, country, region } = useAtlasStore.getState();
        const { rowsFor, loadRowData } = await import("./chartRows");
        return rowsFor(chart, await loadRowData(client), { from, to, types, country, region });
      })}
    />
  );
}
