// PNG, SVG and CSV downloads for one chart. The chart hands over its live <svg> and its rows
// only when a button is pressed, so nothing is computed for readers who never download.
import { useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { useAtlasStore } from "../../state/store";
import { CHARTS, type Chart } from "../../state/urlState";
import { useLanguage, useT } from "../../i18n";
import { exportSvg, svgSize } from "./exportSvg";
import { exportPng } from "./exportPng";
import { fileName, saveBlob, toCsv, type CsvRow } from "./csv";

export interface DownloadMenuProps {
  chart: string;
  getSvg?: () => SVGSVGElement | null | undefined;
  rows?: () => readonly CsvRow[] | Promise<readonly CsvRow[]>;
  title?: string;
  subtitle?: string;
}

export function DownloadMenu({ chart, getSvg, rows, title, subtitle }: DownloadMenuProps) {
  const t = useT();
  const lang = useLanguage();
  const filters = useAtlasStore(useShallow((s) => ({ from: s.from, to: s.to, types: s.types, country: s.country })));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const meta = () => ({
    title: title ?? ((CHARTS as readonly string[]).includes(chart) ? t(`embed.title.${chart as Chart}`) : chart),
    subtitle: subtitle ?? [`${filters.from}–${filters.to}`, ...filters.types.map((k) => t(`kind.${k}`)), filters.country ?? ""].filter(Boolean).join(" · "),
    source: t("embed.source"),
    credit: `${t("download.credit")} · ${window.location.host}${window.location.pathname}`,
    lang,
  });

  const run = (job: () => Promise<void> | void) => async () => {
    setError(null);
    setBusy(true);
    try {
      await job();
    } catch (e) {
      setError(t("download.failed", { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const svgString = () => {
    const svg = getSvg?.();
    if (!svg) throw new Error("the chart is not drawn yet");
    return exportSvg(svg, meta());
  };

  const onSvg = run(() => saveBlob(new Blob([svgString()], { type: "image/svg+xml" }), fileName(chart, filters, new Date(), "svg")));
  const onPng = run(async () => {
    const s = svgString();
    const { width, height } = svgSize(s);
    saveBlob(await exportPng(s, width, height, 2), fileName(chart, filters, new Date(), "png"));
  });
  const onCsv = run(async () => {
    const data = await rows?.();
    if (!data) throw new Error("no table for this chart");
    saveBlob(new Blob(["\uFEFF" + toCsv(data)], { type: "text/csv;charset=utf-8" }), fileName(chart, filters, new Date(), "csv"));
  });

  return (
    <div className="download-menu" role="group" aria-label={t("download.label")}>
      {getSvg && (
        <>
          <button type="button" onClick={onPng} disabled={busy} title={t("download.png.title")} aria-label={t("download.png.title")}>{t("download.png")}</button>
          <button type="button" onClick={onSvg} disabled={busy} title={t("download.svg.title")} aria-label={t("download.svg.title")}>{t("download.svg")}</button>
        </>
      )}
      {rows && (
        <button type="button" onClick={onCsv} disabled={busy} title={t("download.csv.title")} aria-label={t("download.csv.title")}>{t("download.csv")}</button>
      )}
      {error && <span className="download-menu__error" role="alert">{error}</span>}
    </div>
  );
}
