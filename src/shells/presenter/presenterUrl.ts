// The presenter's own parameters: its story (steps, title, end), the speaker view (view=notes)
// and the autoplay interval. The shared URL sync writes only the app's URL contract into the
// query and drops the rest, so the presenter keeps its own in the fragment (#steps=…&title=…),
// which that sync leaves alone: a reload, Back and the speaker window keep the same story.
import { useAtlasStore } from "../../state/store";
import { serializeUrlState } from "../../state/urlState";

export const NOTES_WINDOW_NAME = "bp-atlas-notes";
export const PRESENTER_PARAMS = ["steps", "title", "end", "view", "interval"] as const;
export type PresenterParam = (typeof PRESENTER_PARAMS)[number];

/** The query as opened: the shared URL sync has normalised the address bar before this shell
 *  loads, but the navigation entry still holds the address as it was opened. */
function openedSearches(): string[] {
  const out = [window.location.search];
  try {
    const nav = performance.getEntriesByType?.("navigation")[0] as PerformanceNavigationTiming | undefined;
    if (nav?.name) out.push(new URL(nav.name).search);
  } catch {
    /* no navigation timing */
  }
  return out;
}

function hashParams(): URLSearchParams {
  return new URLSearchParams(window.location.hash.replace(/^#/, ""));
}

/** A presenter parameter: from the query, else the fragment (where the presenter keeps them,
 *  and where a pasted story link changes them), else the query as the page was opened. */
export function presenterParam(name: PresenterParam): string | null {
  const [search, opened] = openedSearches();
  return new URLSearchParams(search).get(name) ?? hashParams().get(name) ?? (opened ? new URLSearchParams(opened).get(name) : null);
}

function fragmentOf(params: Partial<Record<PresenterParam, string | null>>): string {
  const out = new URLSearchParams();
  for (const name of PRESENTER_PARAMS) {
    const v = params[name];
    if (v !== null && v !== undefined) out.set(name, v);
  }
  const s = out.toString().replace(/%2C/g, ",");
  return s ? `#${s}` : "";
}

/** Moves the presenter's parameters into the fragment, where they survive the URL sync. */
export function keepPresenterParams(): void {
  const params = Object.fromEntries(PRESENTER_PARAMS.map((n) => [n, presenterParam(n)]));
  const hash = fragmentOf(params);
  if (hash !== window.location.hash) {
    window.history.replaceState(window.history.state, "", `${window.location.pathname}${window.location.search}${hash}`);
  }
}

/** True in the speaker window (also after a reload of it). */
export function isNotesView(): boolean {
  return presenterParam("view") === "notes" || window.name === NOTES_WINDOW_NAME || window.location.hash === "#notes";
}

/** The presenter at its current step with a given story, as a link to open or share. */
export function presenterUrl(params: Partial<Record<PresenterParam, string | null>>, step = useAtlasStore.getState().step): string {
  // The presenter's link carries no explorer filters: the stage does not read them.
  const { theme, lang } = useAtlasStore.getState();
  const url = new URL(window.location.href);
  url.search = serializeUrlState({ mode: "present", step, theme, lang });
  url.hash = fragmentOf(params);
  return url.toString();
}

export function notesUrl(): string {
  const params = Object.fromEntries(PRESENTER_PARAMS.map((n) => [n, presenterParam(n)]));
  return presenterUrl({ ...params, view: "notes" });
}

export function openNotesWindow(): Window | null {
  try {
    return window.open(notesUrl(), NOTES_WINDOW_NAME, "popup,width=1000,height=720");
  } catch {
    return null;
  }
}
