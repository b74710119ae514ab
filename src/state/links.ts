// Absolute links to a view of the atlas with given filters: an embed, and the snippets a host page
// needs to embed a chart and let it size its own iframe. (Links to the explorer are in
// src/state/explorerLinks.ts.)
import { CHARTS, HEIGHT_MESSAGE, LANGUAGES, type Chart, type Language } from "../domain";
import { resolveLanguage } from "../i18n";
import { serializeUrlState, type UrlState } from "./urlState";
import { viewUrl } from "./explorerLinks";

// The prerendered embed pages `npm run build` writes: English in embed/, every other language
// under its own folder (ru/embed/…), so a page's address says its language.
export const PAGE_LANGUAGES: readonly Language[] = LANGUAGES;
export const PAGE_CHARTS: readonly Chart[] = CHARTS;

/** A prerendered page: its chart and language. */
export interface PageInfo {
  chart: Chart;
  lang: Language;
}

const folderOf = (lang: Language) => (lang === "en" ? "embed/" : `${lang}/embed/`);

/** The page, relative to the app's root folder. */
export function embedPagePath(chart: Chart, lang: Language): string {
  return `${folderOf(lang)}${chart}.html`;
}

export function oembedPath(chart: Chart, lang: Language): string {
  return `${folderOf(lang)}${chart}.oembed.json`;
}

/** From a page back to the app's root: the page's <base href>, so assets and data resolve as in index.html. */
export function rootFrom(path: string): string {
  return "../".repeat(path.split("/").length - 1);
}

/** The frame size a host page is offered, per chart: the membership embed stacks three charts. */
export function frameHeight(chart: Chart): number {
  return chart === "membership" ? 1200 : chart === "map" ? 560 : 520;
}

/** The prerendered page of a chart in the reader's language, with the filters as its query:
 *  the chart is in its HTML, so the host page shows it before any script runs. `href` is the
 *  explorer's address; the pages sit beside it. */
export function embedUrl(state: UrlState, chart: Chart, href: string): string {
  if (!PAGE_CHARTS.includes(chart)) return viewUrl({ ...state, mode: "embed", chart, step: 1, selected: null }, href);
  const page = new URL(embedPagePath(chart, resolveLanguage(state.lang)), new URL(".", href));
  // The page's path carries its language and chart; the query only the filters and theme.
  page.search = serializeUrlState({ ...state, mode: "explore", step: 1, selected: null, lang: null });
  return page.toString().replace(/%2C/g, ",");
}

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function iframeSnippet(src: string, chart: Chart, title: string, height = frameHeight(chart)): string {
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" data-bp-atlas="${chart}" width="100%" height="${height}" style="border:0;width:100%;min-width:300px" loading="lazy"></iframe>`;
}

/** The host page's side of the height messages: about eight lines, added once per page. */
export function resizeScript(origin: string): string {
  return [
    "<script>",
    'window.addEventListener("message", function (e) {',
    `  if (e.origin !== ${JSON.stringify(origin)} || !e.data || e.data.type !== "${HEIGHT_MESSAGE}") return;`,
    '  document.querySelectorAll("iframe[data-bp-atlas]").forEach(function (f) {',
    '    if (f.contentWindow === e.source && e.data.height > 0) f.style.height = Math.ceil(e.data.height) + "px";',
    "  });",
    "});",
    "</script>",
  ].join("\n");
}
