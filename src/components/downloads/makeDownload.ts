// Makes and saves one download: loaded with the exporters on the first click, so readers who
// never download do not fetch it.
import { CHARTS, type Chart, type Filters, type Language } from "../../domain";
import type { Translate } from "../../i18n";
import { countryName } from "../../i18n/countryNames";
import { exportSvg, svgSize, type SvgMeta } from "./exportSvg";
import { exportPng } from "./exportPng";
import { fileName, saveBlob, toCsv, type CsvRow } from "./csv";

export type DownloadKind = "png" | "svg" | "csv";

export interface DownloadRequest {
  kind: DownloadKind;
  chart: string;
  filters: Filters;
  t: Translate;
  lang: Language;
  /** Title and subtitle drawn into the image: by default the chart's and the filters'. */
  title?: string;
  subtitle?: string;
  svg?: SVGSVGElement | null;
  rows?: () => readonly CsvRow[] | Promise<readonly CsvRow[]>;
  /** Said in the CSV's first line and the image's foot when records were set aside. */
  note?: string;
}

function metaOf({ chart, filters: { from, to, types, country, region }, t, lang, title, subtitle, note }: DownloadRequest): SvgMeta {
  return {
    title: title ?? ((CHARTS as readonly string[]).includes(chart) ? t(`embed.title.${chart as Chart}`) : chart),
    subtitle: subtitle ?? [
      `${from}–${to}`,
      ...types.map((k) => t(`kind.${k}`)),
      region ? t(`region.${region}`) : "",
      country ? countryName({ id: country, name: country }, lang) : "",
    ].filter(Boolean).join(" · "),
    source: note ? `${t("embed.source")} ${note}` : t("embed.source"),
    credit: `${t("download.credit")} · ${window.location.host}${window.location.pathname}`,
    lang,
  };
}

export async function makeDownload(request: DownloadRequest): Promise<void> {
  const { kind, chart, filters, svg, rows, note } = request;
  const name = fileName(chart, filters, new Date(), kind);
  if (kind === "csv") {
    const data = await rows?.();
    if (!data) throw new Error("no table for this chart");
    // A first line that spreadsheets show and CSV readers can skip as a comment.
    saveBlob(new Blob(["\uFEFF" + (note ? `# ${note}\n` : "") + toCsv(data)], { type: "text/csv;charset=utf-8" }), name);
    return;
  }
  if (!svg) throw new Error("the chart is not drawn yet");
  const drawing = exportSvg(svg, metaOf(request));
  if (kind === "svg") {
    saveBlob(new Blob([drawing], { type: "image/svg+xml" }), name);
    return;
  }
  const { width, height } = svgSize(drawing);
  saveBlob(await exportPng(drawing, width, height, 2), name);
}
