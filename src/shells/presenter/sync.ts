// Keeps the stage and the presenter-notes window on the same step over a BroadcastChannel;
// either window can drive. Without BroadcastChannel (old browsers, some embedded webviews)
// each window simply runs on its own.
import { useEffect } from "react";
import { useAtlasStore } from "../../state/store";

export const CHANNEL_NAME = "bp-atlas-presenter";

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
