// PNG, SVG and CSV downloads for one chart. The chart hands over its live <svg> and its rows
// only when a button is pressed, so nothing is computed for readers who never download.
import { countryName } from "../../i18n/countryNames";
import { useState } from "react";
import { useAtlasStore } from "../../state/store";
import { CHARTS, type Chart } from "../../state/urlState";
import { useLanguage, useT } from "../../i18n";
import type { CsvRow } from "./csv";

// The export code loads on the first click: most readers never download, and the explorer's
// byte budget is better spent on what everyone sees.
const exporters = () => Promise.all([import("./exportSvg"), import("./exportPng"), import("./csv")]).then(([svg, png, csv]) => ({ ...svg, ...png, ...csv }));

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
  // Read when a file is made, not subscribed to: the menu need not re-render on every filter change.
  const filtersNow = () => {
    const { from, to, types, country, region } = useAtlasStore.getState();
    return { from, to, types, country, region };
  };
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const meta = (filters = filtersNow()) => ({
    title: title ?? ((CHARTS as readonly string[]).includes(chart) ? t(`embed.title.${chart as Chart}`) : chart),
    subtitle: subtitle ?? [
      `${filters.from}–${filters.to}`,
      ...filters.types.map((k) => t(`kind.${k}`)),
      filters.region ? t(`region.${filters.region}`) : "",
      filters.country ? countryName({ id: filters.country, name: filters.country }, lang) : "",
    ].filter(Boolean).join(" · "),
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

  const svgString = async (exportSvg: (svg: SVGSVGElement, m: ReturnType<typeof meta>) => string) => {
    const svg = getSvg?.();
    if (!svg) throw new Error("the chart is not drawn yet");
    const m = meta();
    const note = await incomplete?.();
    return exportSvg(svg, note ? { ...m, source: `${m.source} ${note}` } : m);
  };

  const onSvg = run(async () => {
    const x = await exporters();
    x.saveBlob(new Blob([await svgString(x.exportSvg)], { type: "image/svg+xml" }), x.fileName(chart, filtersNow(), new Date(), "svg"));
  });
  const onPng = run(async () => {
    const x = await exporters();
    const s = await svgString(x.exportSvg);
    const { width, height } = x.svgSize(s);
    x.saveBlob(await x.exportPng(s, width, height, 2), x.fileName(chart, filtersNow(), new Date(), "png"));
  });
  const onCsv = run(async () => {
    const [x, data, note] = await Promise.all([exporters(), rows?.(), incomplete?.()]);
    if (!data) throw new Error("no table for this chart");
    // A first line that spreadsheets show and CSV readers can skip as a comment.
    x.saveBlob(new Blob(["\uFEFF" + (note ? `# ${note}\n` : "") + x.toCsv(data)], { type: "text/csv;charset=utf-8" }), x.fileName(chart, filtersNow(), new Date(), "csv"));
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
