// PNG, SVG and CSV downloads for one chart. The chart hands over its live <svg> and its rows
// only when a button is pressed, so nothing is computed for readers who never download.
import { useState } from "react";
import { useAtlasStore } from "../../state/store";
import { useLanguage, useT } from "../../i18n";
import type { CsvRow } from "./csv";
import type { DownloadKind } from "./makeDownload";

export interface DownloadMenuProps {
  chart: string;
  getSvg?: () => SVGSVGElement | null | undefined;
  rows?: () => readonly CsvRow[] | Promise<readonly CsvRow[]>;
  title?: string;
  subtitle?: string;
  /** A line saying what the chart's data lacks, when records were set aside. */
  incomplete?: () => Promise<string | undefined>;
}

export function DownloadMenu({ chart, getSvg, rows, title, subtitle, incomplete }: DownloadMenuProps) {
  const t = useT();
  const lang = useLanguage();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const download = (kind: DownloadKind) => async () => {
    setError(null);
    setBusy(true);
    // Read when a file is made, not subscribed to: the menu need not re-render on every filter change.
    const { from, to, types, country, region } = useAtlasStore.getState();
    try {
      // The export code loads on the first click: most readers never download, and the
      // explorer's byte budget is better spent on what everyone sees.
      const [{ makeDownload }, note] = await Promise.all([import("./makeDownload"), incomplete?.()]);
      await makeDownload({ kind, chart, filters: { from, to, types, country, region }, t, lang, title, subtitle, svg: getSvg?.(), rows, note });
    } catch (e) {
      setError(t("download.failed", { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  const onPng = download("png");
  const onSvg = download("svg");
  const onCsv = download("csv");

  // Each button is named by its visible format ("PNG"); the title describes what it saves.
  return (
    <div className="download-menu" role="group" aria-label={t("download.label")}>
      {getSvg && (
        <>
          <button type="button" onClick={onPng} disabled={busy} title={t("download.png.title")}>{t("download.png")}</button>
          <button type="button" onClick={onSvg} disabled={busy} title={t("download.svg.title")}>{t("download.svg")}</button>
        </>
      )}
      {rows && (
        <button type="button" onClick={onCsv} disabled={busy} title={t("download.csv.title")}>{t("download.csv")}</button>
      )}
      {error && <span className="download-menu__error" role="alert">{error}</span>}
    </div>
  );
}
