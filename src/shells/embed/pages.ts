// Where the build writes each prerendered embed and its oEmbed document, and what a page
// needs to know about itself. English pages sit in embed/, every other language under its
// own folder (ru/embed/…), so a page's address says its language.
import { LANGUAGES, type Language } from "../../data/schemas";
import { CHARTS, type Chart } from "../../state/urlState";

export const PAGE_LANGUAGES: readonly Language[] = LANGUAGES;
export const PAGE_CHARTS: readonly Chart[] = CHARTS;

const folderOf = (lang: Language) => (lang === "en" ? "embed/" : `${lang}/embed/`);

/** The page, relative to the app's root folder. */
export function embedPagePath(chart: Chart, lang: Language): string {
  return `${folderOf(lang)}${chart}.html`;
}

export function oembedPath(chart: Chart, lang: Language): string {
  return `${folderOf(lang)}${chart}.oembed.json`;
}

/** Each chart's module, as the build's manifest names it: the prerendered page links its styles. */
export const CHART_SOURCES: Record<Chart, string> = {
  map: "src/views/map/MapView.tsx",
  timeline: "src/views/timeline/Timeline.tsx",
  membership: "src/views/membership/MembershipCharts.tsx",
  participation: "src/views/membership/ParticipationChart.tsx",
  growth: "src/views/membership/GrowthChart.tsx",
  "per-year": "src/views/membership/PerYearChart.tsx",
};

/** From a page back to the app's root: the page's <base href>, so assets and data resolve as in index.html. */
export function rootFrom(path: string): string {
  return "../".repeat(path.split("/").length - 1);
}

/** Written on the page's root element, read by the script that hydrates it. */
export interface PageInfo {
  chart: Chart;
  lang: Language;
}

export function readPageInfo(el: HTMLElement): PageInfo | null {
  const chart = el.dataset.chart as Chart | undefined;
  const lang = el.dataset.lang as Language | undefined;
  if (!chart || !CHARTS.includes(chart) || !lang || !LANGUAGES.includes(lang)) return null;
  return { chart, lang };
}

/** The frame size a host page is offered, per chart: the membership embed stacks three charts. */
export function frameHeight(chart: Chart): number {
  return chart === "membership" ? 1200 : chart === "map" ? 560 : 520;
}
