// PNG, SVG and CSV for one chart wherever it is shown (explorer, embed): the drawing comes by
// ref from the chart's frame; the CSV from the chart's own rows when it hands them over (the
// timeline and the map, from their state), otherwise from the same selectors the chart draws from.
import { createContext, useContext } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useAtlasStore } from "../../state/store";
import type { Chart } from "../../domain";
import { useLanguage, useT } from "../../i18n";
import { loadNotes } from "../../i18n/notes";
import { useChartSvgRef } from "../ChartSvg";
import { DownloadMenu } from "./DownloadMenu";
import type { CsvRow } from "./csv";

/** A chart that already holds its rows (the timeline's and the map's state) hands them to its downloads here. */
export const ChartRows = createContext<(() => Promise<readonly CsvRow[]>) | null>(null);

export function ChartDownloads({ chart }: { chart: Chart }) {
  const client = useQueryClient();
  const t = useT();
  const ownRows = useContext(ChartRows);
  const lang = useLanguage();
  const svg = useChartSvgRef();
  return (
    <DownloadMenu
      chart={chart}
      getSvg={svg ? () => svg.current : undefined}
      rows={ownRows ?? (chart === "timeline" || chart === "map" ? undefined : async () => {
        const { from, to, types, country, region } = useAtlasStore.getState();
        const { rowsFor, loadRowData } = await import("./chartRows");
        const note = chart === "membership" ? undefined : (await loadNotes(lang))[chart];
        return rowsFor(chart, await loadRowData(client), { from, to, types, country, region }, note);
      })}
      incomplete={async () => {
        const [{ ROW_FILES, loadRowData }, { incompleteNote }] = await Promise.all([import("./chartRows"), import("../incomplete")]);
        return incompleteNote(await loadRowData(client), ROW_FILES[chart], t);
      }}
    />
  );
}
