// Absolute links to a view of the atlas with given filters: the explorer, an embed, and the
// snippets a host page needs to embed a chart and let it size its own iframe.
import { serializeUrlState, type Chart, type UrlState } from "../../state/urlState";
import { HEIGHT_MESSAGE } from "./height";
import { PAGE_CHARTS, embedPagePath, frameHeight } from "./pages";
import { resolveLanguage } from "../../i18n";

/** `href` is the current page's address; its path is kept, its query and hash replaced. */
export function viewUrl(state: Partial<UrlState>, href: string): string {
  const url = new URL(href);
  url.search = serializeUrlState(state);
  url.hash = "";
  return url.toString().replace(/%2C/g, ",");
}

/** The explorer with the same filters (presenter-only and embed-only state dropped). */
export function explorerUrl(state: UrlState, href: string): string {
  return viewUrl({ ...state, mode: "explore", step: 1 }, href);
}

/** The explorer, relative to the app's root (a prerendered page's <base>). */
export function explorerHref(state: UrlState): string {
  return `index.html${serializeUrlState({ ...state, mode: "explore", step: 1 })}`;
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
