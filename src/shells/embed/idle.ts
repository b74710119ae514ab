// When to hydrate a prerendered page: the chart is already readable, so its script waits until
// the browser has nothing more urgent, or the reader reaches for the chart, whichever is first.
const TOUCH_EVENTS = ["pointerdown", "keydown", "focusin", "touchstart"] as const;

export function whenIdleOrTouched(el: HTMLElement, win: Window = window, timeout = 2000): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      for (const e of TOUCH_EVENTS) el.removeEventListener(e, finish, true);
      resolve();
    };
    for (const e of TOUCH_EVENTS) el.addEventListener(e, finish, { capture: true, once: true });
    if (typeof win.requestIdleCallback === "function") win.requestIdleCallback(finish, { timeout });
    else win.setTimeout(finish, 0);
  });
}
