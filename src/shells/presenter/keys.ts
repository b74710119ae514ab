// Keyboard and clicker handling for the presenter as one pure mapping, so it is testable and
// the stage and the notes window answer the same keys. Clickers send PageDown/PageUp (some
// also "b" or "." for black-out); browsers' own shortcuts (with Ctrl, Cmd or Alt) pass through.

export type PresenterCommand =
  | { type: "next" }
  | { type: "prev" }
  | { type: "first" }
  | { type: "last" }
  | { type: "fullscreen" }
  | { type: "play" }
  | { type: "blackout" }
  | { type: "digit"; digit: number }
  | { type: "enter" }
  | { type: "help" }
  | { type: "notes" }
  | { type: "escape" };

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** The focused element the key was pressed in, if any. */
  target?: { tagName?: string; isContentEditable?: boolean } | EventTarget | null;
}

const EDITABLE = new Set(["INPUT", "TEXTAREA", "SELECT"]);
const ACTIVATES = new Set(["BUTTON", "A", "SUMMARY"]);

function tagOf(target: KeyLike["target"]): { tag: string; editable: boolean } {
  if (!target || typeof target !== "object") return { tag: "", editable: false };
  const t = target as { tagName?: unknown; isContentEditable?: unknown };
  const tag = typeof t.tagName === "string" ? t.tagName.toUpperCase() : "";
  return { tag, editable: EDITABLE.has(tag) || t.isContentEditable === true };
}

export function keyToCommand(e: KeyLike): PresenterCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const { tag, editable } = tagOf(e.target);
  // Typing in the interval select or a field is not navigation; but a clicker's PageUp and
  // PageDown always are, even when focus was left on the select.
  const clicker = e.key === "PageDown" || e.key === "PageUp";
  if (editable && !(clicker && tag === "SELECT")) return e.key === "Escape" ? { type: "escape" } : null;
  // Space and Enter on a focused button press that button, not the slide.
  if (ACTIVATES.has(tag) && (e.key === " " || e.key === "Spacebar" || e.key === "Enter")) return null;
  switch (e.key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
    case " ":
    case "Spacebar":
      return { type: "next" };
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
      return { type: "prev" };
    case "Home":
      return { type: "first" };
    case "End":
      return { type: "last" };
    case "f":
    case "F":
      return { type: "fullscreen" };
    case "p":
    case "P":
      return { type: "play" };
    case "b":
    case "B":
    case ".":
      return { type: "blackout" };
    case "s":
    case "S":
      return { type: "notes" };
    case "?":
      return { type: "help" };
    case "Enter":
      return { type: "enter" };
    case "Escape":
    case "Esc":
      return { type: "escape" };
  }
  if (/^[0-9]$/.test(e.key)) return { type: "digit", digit: Number(e.key) };
  return null;
}

/** Milliseconds after the last digit before a typed number is taken as the step to go to. */
export const DIGIT_TIMEOUT_MS = 600;
export const AUTOPLAY_INTERVALS = [5, 10, 20, 30] as const;
export const DEFAULT_INTERVAL = 10;

export function parseInterval(raw: string | null | undefined): number {
  const n = Number(raw);
  return (AUTOPLAY_INTERVALS as readonly number[]).includes(n) ? n : DEFAULT_INTERVAL;
}
