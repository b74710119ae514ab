// Links from a view back to the explorer with the same filters: all an embed needs of the links,
// so it loads with the core and not with the share dialog's snippets (src/state/links.ts).
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

/** The explorer, relative to the app's root (a prerendered page's <base>). */
export function explorerHref(state: UrlState): string {
  return `index.html${serializeUrlState({ ...state, mode: "explore", step: 1 })}`;
}
