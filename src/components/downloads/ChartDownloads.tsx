// PNG, SVG and CSV for one chart wherever it is shown (explorer, embed): the drawing comes by
// ref from the chart's frame, the CSV from the chart's own state, which hands its rows over
// through ChartRows; a download made from partly lost data says what it lacks.
import { createContext, memo, useContext, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { Chart } from "../../domain";
import { useT } from "../../i18n";
import { useChartSvgRef } from "../ChartSvg";
import { DownloadMenu } from "./DownloadMenu";
import type { CsvRow } from "./csv";

/** A chart that already holds its rows (its state) hands them to its downloads here. */
export const ChartRows = createContext<(() => Promise<readonly CsvRow[]>) | null>(null);

/**
 * Hands a chart's rows to the downloads below it through one function for the life of the
 * chart, which reads the latest rows when a file is made: a new function on every filter
 * change re-rendered every download menu for nothing.
 */
export function LatestRows({ rows, children }: { rows: () => Promise<readonly CsvRow[]>; children: ReactNode }) {
  const latest = useRef(rows);
  useLayoutEffect(() => {
    latest.current = rows;
  });
  const [get] = useState(() => () => latest.current());
  return <ChartRows value={get}>{children}</ChartRows>;
}

export const ChartDownloads = memo(function ChartDownloads({ chart }: { chart: Chart }) {
  const client = useQueryClient();
  const t = useT();
  const svg = useChartSvgRef();
  const ownRows = useContext(ChartRows);
  return (
    <DownloadMenu
      chart={chart}
      getSvg={svg ? () => svg.current : undefined}
      rows={ownRows ?? undefined}
      incomplete={async () => {
        const [{ ROW_FILES, loadRowData }, { incompleteNote }] = await Promise.all([import("./chartRows"), import("../incomplete")]);
        return incompleteNote(await loadRowData(client), ROW_FILES[chart], t);
      }}
    />
  );
});
