// PNG, SVG and CSV for one chart wherever it is shown (explorer, embed): the drawing comes by
// ref from the chart's frame, the CSV from the same selectors the chart draws from.
import { useQueryClient } from "@tanstack/react-query";
import { useAtlasStore } from "../../state/store";
import type { Chart } from "../../domain";
import { useChartSvgRef } from "../ChartSvg";
import { DownloadMenu } from "./DownloadMenu";

export function ChartDownloads({ chart }: { chart: Chart }) {
  const client = useQueryClient();
  const svg = useChartSvgRef();
  return (
    <DownloadMenu
      chart={chart}
      getSvg={svg ? () => svg.current : undefined}
      rows={async () => {
        const { from, to, types, country, region } = useAtlasStore.getState();
        const { rowsFor, loadRowData } = await import("./chartRows");
        return rowsFor(chart, await loadRowData(client), { from, to, types, country, region });
      }}
    />
  );
}
