// Build-time rendering of the embeds: the same shell and views the browser runs, fed the
// bundled datasets through a filled query cache, so the chart, its table and credits are in
// the HTML. scripts/prerender.ts calls this from the server build (see README, "Embed a chart").
import { renderToString } from "react-dom/server";
import { QueryCache, QueryClient } from "@tanstack/react-query";
import { DATASET_NAMES, type DatasetName } from "./data/datasets";
import { datasetQuery } from "./data/queries";
import { validateDataset } from "./data/validate";
import { textFingerprint } from "./data/fingerprint";
import { describeProblem } from "./data/problems";
import type { DatasetFile } from "./data/datasetFile";
import { preloadNotice } from "./components/DataNotice";
import { preloadProblemList } from "./components/DataProblems";
import { loadLanguage, translator } from "./i18n";
import { EmbedDocument, seedStore } from "./shells/embed/EmbedDocument";
import { ExplorerDocument, seedExplorer } from "./shells/explorer/ExplorerDocument";
import { preloadViews } from "./shells/explorer/views";
import "./i18n/explorer";
import type { PageInfo } from "./state/links";
import type { Chart, Language } from "./domain";
import { loadChart } from "./shells/embed/charts";
import { worldQuery, worldShapes } from "./views/map/basemapData";
import world from "world-atlas/countries-110m.json";
import type { Topology } from "topojson-specification";

export { LANGUAGES } from "./domain";
export { PAGE_CHARTS, PAGE_LANGUAGES, embedPagePath, oembedPath, rootFrom, frameHeight } from "./state/links";

/** Each chart's module, as the build's manifest names it: the prerendered page links its styles. */
export const CHART_SOURCES: Record<Chart, string> = {
  map: "src/views/map/MapView.tsx",
  timeline: "src/views/timeline/Timeline.tsx",
  membership: "src/views/membership/MembershipCharts.tsx",
  participation: "src/views/membership/ParticipationChart.tsx",
  growth: "src/views/membership/GrowthChart.tsx",
  "per-year": "src/views/membership/PerYearChart.tsx",
};

export interface RenderedEmbed {
  html: string;
  title: string;
  description: string;
  /** The files the page's views read: the browser loads just these before it hydrates. */
  datasets: DatasetName[];
  /** Each of those files' fingerprint, in the same order: the browser hydrates only the same files. */
  fingerprints: string[];
  /** The fingerprints of those files that validated with no problem. */
  validated: string[];
}

/** Each file's JSON text, as in public/data. */
export type DatasetTexts = Partial<Record<DatasetName, string>>;

/** A query cache that notes which files the views asked for. */
class RecordingCache extends QueryCache {
  readonly asked = new Set<string>();
  get: QueryCache["get"] = (hash) => {
    this.asked.add(hash);
    return super.get(hash);
  };
}

/** The fingerprints of the files a page read, and of those among them that validated with no
 *  problem: the browser need not validate the same bytes again (fetchDataset). */
function filesOf(cache: RecordingCache, texts: DatasetTexts, clean: ReadonlySet<DatasetName>) {
  const datasets = DATASET_NAMES.filter((n) => cache.asked.has(datasetQuery(n).queryHash ?? ""));
  const fingerprints = datasets.map((n) => textFingerprint(texts[n] ?? ""));
  return { datasets, fingerprints, validated: fingerprints.filter((_, i) => clean.has(datasets[i])) };
}

/** Validates every file as the browser would. A record that fails is set aside as the browser
 *  sets it aside, and the page says so as the browser would; a file that cannot be read at all
 *  stops the build with its problems named. Returns the files with no problem at all. */
function fill(client: QueryClient, texts: DatasetTexts): Set<DatasetName> {
  const clean = new Set<DatasetName>();
  for (const name of DATASET_NAMES) {
    const text = texts[name];
    if (text === undefined) continue;
    const result = validateDataset(name, JSON.parse(text));
    if (!result.ok) throw new Error(`prerender: ${result.problems.map(describeProblem).join("; ")}`);
    if (result.problems.length === 0) clean.add(name);
    const file: DatasetFile = { records: result.records, problems: result.problems, total: result.total };
    client.setQueryData(datasetQuery(name).queryKey, file);
  }
  return clean;
}

export async function renderEmbed(page: PageInfo, texts: DatasetTexts): Promise<RenderedEmbed> {
  const cache = new RecordingCache();
  const client = new QueryClient({ queryCache: cache });
  const clean = fill(client, texts);
  // The map's static drawing needs the country shapes, fetched in the browser before hydrating.
  if (page.chart === "map") client.setQueryData(worldQuery.queryKey, worldShapes(world as unknown as Topology));
  cache.asked.clear();
  const [chart] = await Promise.all([loadChart(page.chart), loadLanguage(page.lang), preloadNotice()]);
  seedStore(page);
  // Whole, in one string: the chart is loaded, so nothing suspends. (react-dom/static would
  // outline a large boundary behind an inline script, which the page's policy refuses.)
  const html = renderToString(<EmbedDocument client={client} chart={chart} />);
  if (/<script|<template|status--loading/.test(html)) throw new Error(`prerender: ${page.chart} (${page.lang}) suspended while rendering`);
  const t = translator(page.lang);
  return { html, title: t(`embed.title.${page.chart}`), description: t(`embed.desc.${page.chart}`), ...filesOf(cache, texts, clean) };
}

export interface RenderedExplorer {
  html: string;
  /** The files the explorer's views read, which the browser loads before it hydrates. */
  datasets: DatasetName[];
  fingerprints: string[];
  validated: string[];
}

/** The explorer's default view (index.html), in one language. */
export async function renderExplorer(lang: Language, texts: DatasetTexts): Promise<RenderedExplorer> {
  const cache = new RecordingCache();
  const client = new QueryClient({ queryCache: cache });
  const clean = fill(client, texts);
  client.setQueryData(worldQuery.queryKey, worldShapes(world as unknown as Topology));
  cache.asked.clear();
  await Promise.all([preloadViews(), loadLanguage(lang), preloadNotice(), preloadProblemList()]);
  seedExplorer(lang);
  const html = renderToString(<ExplorerDocument client={client} />);
  if (/<script|<template|status--loading|<!--\$[?!]/.test(html)) throw new Error(`prerender: the explorer (${lang}) suspended while rendering`);
  return { html, ...filesOf(cache, texts, clean) };
}

/** The interface strings a page needs outside React (its <title>, the oEmbed document). */
export async function pageStrings(lang: PageInfo["lang"]): Promise<{ appTitle: string }> {
  await loadLanguage(lang);
  return { appTitle: translator(lang)("app.title") };
}
export { iframeSnippet } from "./state/links";
