// Absolute links to a view of the atlas with given filters: the explorer, an embed, and the
// snippets a host page needs to embed a chart and let it size its own iframe.
import { HEIGHT_MESSAGE, type Chart } from "../domain";
import { serializeUrlState, type UrlState } from "./urlState";

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

export function embedUrl(state: UrlState, chart: Chart, href: string): string {
  return viewUrl({ ...state, mode: "embed", chart, step: 1, selected: null }, href);
}

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function iframeSnippet(src: string, chart: Chart, title: string, height = chart === "membership" ? 1200 : 520): string {
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
