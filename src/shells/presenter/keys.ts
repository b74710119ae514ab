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
  | { type: "whiteout" }
  | { type: "overview" }
  | { type: "goto" }
  | { type: "digit"; digit: number }
  | { type: "enter" }
  | { type: "help" }
  | { type: "notes" }
  | { type: "escape" };

type Simple = Exclude<PresenterCommand, { type: "digit" }>["type"];

/**
 * The keys presenters already know from reveal.js and PowerPoint. Autoplay is A: P is "back",
 * as on a clicker and in PowerPoint.
 */
export const KEY_MAP: Readonly<Record<string, Simple>> = {
  ArrowRight: "next", ArrowDown: "next", PageDown: "next", " ": "next", Spacebar: "next", n: "next", N: "next",
  ArrowLeft: "prev", ArrowUp: "prev", PageUp: "prev", p: "prev", P: "prev",
  Home: "first", End: "last",
  f: "fullscreen", F: "fullscreen",
  a: "play", A: "play",
  b: "blackout", B: "blackout", ".": "blackout",
  w: "whiteout", W: "whiteout",
  o: "overview", O: "overview",
  g: "goto", G: "goto",
  s: "notes", S: "notes",
  "?": "help",
  Enter: "enter",
  Escape: "escape", Esc: "escape",
};

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
  const type = Object.hasOwn(KEY_MAP, e.key) ? KEY_MAP[e.key] : undefined;
  if (type) return { type } as PresenterCommand;
  if (/^[0-9]$/.test(e.key)) return { type: "digit", digit: Number(e.key) };
  return null;
}

/** Milliseconds after the last digit before a typed number is taken as the step to go to
 *  (after G the presenter ends the number with Enter instead). */
export const DIGIT_TIMEOUT_MS = 600;
export const AUTOPLAY_INTERVALS = [5, 10, 20, 30] as const;
export const DEFAULT_INTERVAL = 10;

export function parseInterval(raw: string | null | undefined): number {
  const n = Number(raw);
  return (AUTOPLAY_INTERVALS as readonly number[]).includes(n) ? n : DEFAULT_INTERVAL;
}
