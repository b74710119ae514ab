// When a prerendered page hydrates: its chart is readable without script, so unless the
// address asks for another view, the code comes only when the reader reaches for the chart
// (a pointer over it, a touch, focus or a key), and the page costs its host nothing before.
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
