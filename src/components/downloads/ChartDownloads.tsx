// PNG, SVG and CSV for one chart wherever it is shown (explorer, embed): finds the chart's
// drawing on the page and derives the CSV from the same selectors the chart draws from.
import { useQueryClient } from "@tanstack/react-query";
import { useAtlasStore } from "../../state/store";
import type { Chart } from "../../state/urlState";
import { DownloadMenu } from "./DownloadMenu";
import { useT } from "../../i18n";

export function chartSvg(chart: Chart, root: ParentNode = document): SVGSVGElement | null {
  return chart === "map"
    ? root.querySelector<SVGSVGElement>(".leaflet-overlay-pane svg")
    : root.querySelector<SVGSVGElement>(`figure[data-chart="${chart}"] .chart__body svg`);
}

export function ChartDownloads({ chart }: { chart: Chart }) {
  const client = useQueryClient();
  const t = useT();
  return (
    <DownloadMenu
      chart={chart}
      getSvg={() => chartSvg(chart)}
      rows={async () => {
        const { from, to, types, country, region } = useAtlasStore.getState();
        const { rowsFor, loadRowData } = await import("./chartRows");
        return rowsFor(chart, await loadRowData(client), { from, to, types, country, region });
      }}
      incomplete={async () => {
        const [{ ROW_FILES, loadRowData }, { incompleteNote }] = await Promise.all([import("./chartRows"), import("../incomplete")]);
        return incompleteNote(await loadRowData(client), ROW_FILES[chart], t);
      }}
    />
  );
}
