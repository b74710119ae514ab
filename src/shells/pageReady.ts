// Moments the shells wait for before doing what the first paint does not need: the reader
// reaching for a prerendered chart (a pointer over it, a touch, focus or a key: until then its
// code is not fetched and the page costs its host nothing), and the first frame being painted.
const REACH_EVENTS = ["pointerover", "pointerdown", "touchstart", "focusin", "keydown"] as const;

export function whenReached(el: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    const reached = () => {
      for (const e of REACH_EVENTS) el.removeEventListener(e, reached, true);
      resolve();
    };
    for (const e of REACH_EVENTS) el.addEventListener(e, reached, { capture: true, passive: true });
  });
}

/** After the frame now being prepared has been painted: a task queued from a frame callback. */
export function afterFirstPaint(win: Window = window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve)));
}
