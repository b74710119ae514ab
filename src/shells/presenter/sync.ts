// Keeps the stage and the presenter-notes window on the same step over a BroadcastChannel;
// either window can drive. Without BroadcastChannel (old browsers, some embedded webviews)
// each window simply runs on its own.
import { useEffect } from "react";
import { useAtlasStore, urlStateOf } from "../../state/store";
import { serializeUrlState } from "../../state/urlState";

export const CHANNEL_NAME = "bp-atlas-presenter";
export const NOTES_WINDOW_NAME = "bp-atlas-notes";

type Message = { type: "step"; step: number } | { type: "hello" };

function isMessage(d: unknown): d is Message {
  if (!d || typeof d !== "object") return false;
  const m = d as { type?: unknown; step?: unknown };
  return m.type === "hello" || (m.type === "step" && typeof m.step === "number" && Number.isInteger(m.step) && m.step >= 1);
}

/** Starts syncing the store's step with other presenter windows; returns the stop function. */
export function startStepSync(
  Channel: typeof BroadcastChannel | null = typeof BroadcastChannel === "undefined" ? null : BroadcastChannel,
): () => void {
  if (!Channel) return () => {};
  let channel: BroadcastChannel;
  try {
    channel = new Channel(CHANNEL_NAME);
  } catch {
    return () => {};
  }
  const store = useAtlasStore;
  // The step last received: applying it must not be echoed back.
  let received: number | null = null;
  channel.onmessage = (ev: MessageEvent) => {
    if (!isMessage(ev.data)) return;
    if (ev.data.type === "hello") {
      channel.postMessage({ type: "step", step: store.getState().step } satisfies Message);
      return;
    }
    if (ev.data.step === store.getState().step) return;
    received = ev.data.step;
    store.getState().setStep(ev.data.step);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.step === prev.step) return;
    if (s.step === received) {
      received = null;
      return;
    }
    channel.postMessage({ type: "step", step: s.step } satisfies Message);
  });
  channel.postMessage({ type: "hello" } satisfies Message);
  return () => {
    unsubscribe();
    channel.close();
  };
}

export function useStepSync(): void {
  useEffect(() => startStepSync(), []);
}

/**
 * The URL the stage started from. The shared URL sync normalises the address bar before this
 * shell loads, dropping parameters outside the URL contract (`view`, `interval`); the
 * navigation entry still holds the address as it was opened.
 */
function originalSearches(): string[] {
  const out = [window.location.search];
  try {
    const nav = performance.getEntriesByType?.("navigation")[0] as PerformanceNavigationTiming | undefined;
    if (nav?.name) out.push(new URL(nav.name).search);
  } catch {
    /* no navigation timing */
  }
  return out;
}

/** A presenter-only parameter, read from the address as opened (see originalSearches). */
export function presenterParam(name: string): string | null {
  for (const search of originalSearches()) {
    const v = new URLSearchParams(search).get(name);
    if (v !== null) return v;
  }
  return null;
}

/** True in the window opened by "Open presenter view" (also after a reload of it). */
export function isNotesView(): boolean {
  return presenterParam("view") === "notes" || window.name === NOTES_WINDOW_NAME || window.location.hash === "#notes";
}

export function notesUrl(): string {
  const state = urlStateOf(useAtlasStore.getState());
  const search = serializeUrlState({ ...state, mode: "present" });
  const params = new URLSearchParams(search);
  params.set("view", "notes");
  params.set("step", String(state.step));
  const url = new URL(window.location.href);
  url.search = params.toString().replace(/%2C/g, ",");
  url.hash = "notes";
  return url.toString();
}

export function openNotesWindow(): Window | null {
  try {
    return window.open(notesUrl(), NOTES_WINDOW_NAME, "popup,width=1000,height=720");
  } catch {
    return null;
  }
}
