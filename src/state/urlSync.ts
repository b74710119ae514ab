// Keeps the store and the address bar in step: each committed change pushes a history entry,
// back/forward restore the state, and a reload or shared link starts from the URL.
import { useAtlasStore, urlStateOf } from "./store";
import { parseUrlState, serializeUrlState } from "./urlState";

export function startUrlSync(win: Window = window): () => void {
  const store = useAtlasStore;
  store.getState().applyUrlState(parseUrlState(win.location.search));
  let current = serializeUrlState(urlStateOf(store.getState()));
  // A garbage URL is normalised in place, not left for the next share.
  if (current !== win.location.search) {
    win.history.replaceState(null, "", `${win.location.pathname}${current}${win.location.hash}`);
  }
  // History is written just after the change is painted, not in the way of it (a history
  // write costs the main thread a few milliseconds), and changes made together become one entry.
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  const afterPaint = (cb: () => void) => {
    if (typeof win.requestAnimationFrame !== "function") {
      timer = setTimeout(cb, 0);
      return;
    }
    // A task queued from a frame callback runs once that frame has been painted.
    frame = win.requestAnimationFrame(() => {
      frame = undefined;
      timer = setTimeout(cb, 0);
    });
  };
  const cancel = () => {
    clearTimeout(timer);
    if (frame !== undefined) win.cancelAnimationFrame(frame);
    frame = undefined;
  };
  // The default state serialises to "", which must still be written: it is how the last filter is cleared.
  const flush = () => {
    if (pending === null) return;
    win.history.pushState(null, "", `${win.location.pathname}${pending}${win.location.hash}`);
    pending = null;
  };
  const unsubscribe = store.subscribe((s) => {
    const next = serializeUrlState(urlStateOf(s));
    if (next === current) return;
    current = next;
    pending = next;
    cancel();
    afterPaint(flush);
  });
  const onPop = () => {
    cancel();
    pending = null;
    const state = parseUrlState(win.location.search);
    current = serializeUrlState(state);
    store.getState().applyUrlState(state);
  };
  win.addEventListener("popstate", onPop);
  return () => {
    flush();
    cancel();
    unsubscribe();
    win.removeEventListener("popstate", onPop);
  };
}
