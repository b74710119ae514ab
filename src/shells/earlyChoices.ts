// What a reader does in a prerendered page before React has it. The explorer is painted from its
// HTML about half a second before its hydration starts (4x CPU throttling), and an embed starts
// hydrating only when the reader reaches for it, so the tap that wakes it comes before React can
// answer; both look ready. The page's head script (scripts/prerender.ts) notes every change and
// press from the first paint. Once hydration starts, React replays what the reader does itself:
// the noting stops there, and what was noted before is done again once the page answers.

/** As the head script notes it: event type, target, and the target's value and checked state then. */
type Noted = [type: string, target: EventTarget | null, value: unknown, checked: unknown];

interface NotedInput {
  events: Noted[];
  stop(): void;
}

type Host = { __atlasEarly?: NotedInput };

/** Stops the noting and returns what to do, once, when the page is hydrated (nothing if none). */
export function takeEarlyChoices(host: object = window): () => void {
  const noted = (host as Host).__atlasEarly;
  if (!noted) return () => {};
  noted.stop();
  delete (host as Host).__atlasEarly;
  let events: Noted[] | null = noted.events.slice();
  return () => {
    if (events) replay(events);
    events = null;
  };
}

/** The state of a control as the page was written, which is React's when it hydrates. */
function initialValue(el: HTMLSelectElement | HTMLInputElement): string | boolean {
  if (el instanceof HTMLSelectElement) return ([...el.options].find((o) => o.defaultSelected) ?? el.options[0])?.value ?? "";
  return el.type === "checkbox" || el.type === "radio" ? el.defaultChecked : el.defaultValue;
}

/** React keeps the value it last saw on the element; a value set past it reads as the reader's. */
const setValue = (el: HTMLInputElement, value: string) => Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(el, value);

function replay(events: Noted[]): void {
  // Each control's last state, and each press, in the order the reader made them.
  const lastOf = new Map<Element, number>();
  const presses: [number, Element][] = [];
  events.forEach(([type, target], i) => {
    if (!(target instanceof Element) || !target.isConnected) return;
    if (target instanceof HTMLSelectElement || target instanceof HTMLInputElement) {
      if (type !== "click") lastOf.set(target, i);
      return;
    }
    const pressed = type === "click" ? target.closest("button, [role=button]") : null;
    if (pressed) presses.push([i, pressed]);
  });
  const steps = [...[...lastOf].map(([el, i]) => [i, el] as [number, Element]), ...presses].sort((a, b) => a[0] - b[0]);
  for (const [i, el] of steps) {
    if (!el.isConnected) continue;
    if (!(el instanceof HTMLSelectElement || el instanceof HTMLInputElement)) {
      el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
      continue;
    }
    const [, , value, checked] = events[i];
    const chosen = el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio") ? checked : value;
    if (chosen === initialValue(el)) continue;
    if (el instanceof HTMLSelectElement) {
      el.value = String(value);
      el.dispatchEvent(new Event("change", { bubbles: true }));
    } else if (typeof chosen === "boolean") {
      // From the state React hydrated to, one click to the reader's: React's handler sees a change.
      el.checked = !chosen;
      el.click();
    } else {
      el.value = "";
      setValue(el, String(value));
      el.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }
}
