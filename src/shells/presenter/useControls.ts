// Presenter commands: step navigation, "G, a number, Enter" and typed step numbers, autoplay,
// black-out and white-out, the overview, help and full screen, driven by keyToCommand on window
// keydown. Used by the stage and the speaker window, so either can drive.
import { useCallback, useEffect, useRef, useState } from "react";
import { useAtlasStore } from "../../state/store";
import { clampStep } from "../../selectors/story";
import { DIGIT_TIMEOUT_MS, keyToCommand, parseInterval, type PresenterCommand } from "./keys";
import { openNotesWindow, presenterParam } from "./presenterUrl";

export function toggleFullscreen(doc: Document = document): void {
  try {
    if (doc.fullscreenElement) void doc.exitFullscreen?.()?.catch?.(() => {});
    else void doc.documentElement.requestFullscreen?.()?.catch?.(() => {});
  } catch {
    /* full screen refused or unsupported: the stage still works in the window */
  }
}

export type Screen = "black" | "white" | null;

/** A typed step number: `null` when none is being typed; `goto` after G (ended by Enter). */
interface Typing { digits: string; goto: boolean }

export function usePresenterControls(total: number) {
  const rawStep = useAtlasStore((s) => s.step);
  const setStep = useAtlasStore((s) => s.setStep);
  const step = clampStep(rawStep, total);
  const [playing, setPlaying] = useState(false);
  const [interval, setIntervalSeconds] = useState(() => parseInterval(presenterParam("interval")));
  const [screen, setScreen] = useState<Screen>(null);
  const [help, setHelp] = useState(false);
  const [overview, setOverview] = useState(false);
  const [typing, setTypingState] = useState<Typing | null>(null);
  const typingRef = useRef<Typing | null>(null);
  const setTyping = useCallback((v: Typing | null) => {
    typingRef.current = v;
    setTypingState(v);
  }, []);
  const digitTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // A stale or out-of-range step from the URL is corrected once the story is known.
  useEffect(() => {
    if (total > 0 && rawStep !== step) setStep(step);
  }, [total, rawStep, step, setStep]);

  const go = useCallback(
    (n: number) => {
      if (total < 1) return;
      setScreen(null);
      setStep(clampStep(n, total));
    },
    [total, setStep],
  );
  const next = useCallback(() => go(clampStep(useAtlasStore.getState().step, total) + 1), [go, total]);
  const prev = useCallback(() => go(clampStep(useAtlasStore.getState().step, total) - 1), [go, total]);

  const finishTyping = useCallback(() => {
    clearTimeout(digitTimer.current);
    const n = Number(typingRef.current?.digits ?? "");
    setTyping(null);
    if (n >= 1) go(n);
  }, [go, setTyping]);

  const run = useCallback(
    (cmd: PresenterCommand): boolean => {
      // With the help open, only its own keys (?, and Esc, which the dialog handles) apply.
      if (help) {
        if (cmd.type === "help") setHelp(false);
        return cmd.type === "help";
      }
      // The overview takes its own arrow keys and Enter; O or Esc closes it.
      if (overview && cmd.type !== "overview" && cmd.type !== "escape") return false;
      const typed = typingRef.current;
      if (typed && cmd.type !== "digit" && cmd.type !== "enter") setTyping(null);
      switch (cmd.type) {
        case "next": next(); return true;
        case "prev": prev(); return true;
        case "first": go(1); return true;
        case "last": go(total); return true;
        case "fullscreen": toggleFullscreen(); return true;
        case "play": setPlaying((p) => !p); return true;
        case "blackout": setScreen((s) => (s === "black" ? null : "black")); return true;
        case "whiteout": setScreen((s) => (s === "white" ? null : "white")); return true;
        case "overview": setOverview((o) => !o); return true;
        case "help": setHelp(true); return true;
        case "notes": openNotesWindow(); return true;
        case "goto": setTyping({ digits: "", goto: true }); return true;
        case "escape":
          if (typed) return true;
          if (screen) setScreen(null);
          else setOverview((o) => !o);
          return true;
        case "digit": {
          clearTimeout(digitTimer.current);
          const next = { digits: ((typed?.digits ?? "") + String(cmd.digit)).slice(-3), goto: typed?.goto ?? false };
          setTyping(next);
          if (!next.goto) digitTimer.current = setTimeout(finishTyping, DIGIT_TIMEOUT_MS);
          return true;
        }
        case "enter":
          if (!typed) return false;
          finishTyping();
          return true;
      }
    },
    [help, overview, screen, next, prev, go, total, finishTyping, setTyping],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const cmd = keyToCommand(e);
      if (cmd && run(cmd)) e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [run]);
  useEffect(() => () => clearTimeout(digitTimer.current), []);

  // Autoplay: each step gets the full interval; it stops at the last step.
  useEffect(() => {
    if (!playing) return;
    if (step >= total) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => go(step + 1), interval * 1000);
    return () => clearTimeout(timer);
  }, [playing, step, total, interval, go]);

  return {
    step, total, go, next, prev, run,
    playing, setPlaying, interval, setInterval: setIntervalSeconds,
    screen, setScreen, help, setHelp, overview, setOverview, typing,
  };
}

export type PresenterControls = ReturnType<typeof usePresenterControls>;
