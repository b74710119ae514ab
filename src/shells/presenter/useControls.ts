// Presenter commands: step navigation, typed step numbers, autoplay, black-out, help and full
// screen, driven by keyToCommand on window keydown. Used by the stage and the notes window.
import { useCallback, useEffect, useRef, useState } from "react";
import { useAtlasStore } from "../../state/store";
import { clampStep } from "../../selectors/story";
import { DIGIT_TIMEOUT_MS, keyToCommand, parseInterval, type PresenterCommand } from "./keys";
import { openNotesWindow, presenterParam } from "./sync";

export function toggleFullscreen(doc: Document = document): void {
  try {
    if (doc.fullscreenElement) void doc.exitFullscreen?.()?.catch?.(() => {});
    else void doc.documentElement.requestFullscreen?.()?.catch?.(() => {});
  } catch {
    /* full screen refused or unsupported: the stage still works in the window */
  }
}

export function usePresenterControls(total: number) {
  const rawStep = useAtlasStore((s) => s.step);
  const setStep = useAtlasStore((s) => s.setStep);
  const step = clampStep(rawStep, total);
  const [playing, setPlaying] = useState(false);
  const [interval, setIntervalSeconds] = useState(() => parseInterval(presenterParam("interval")));
  const [blackout, setBlackout] = useState(false);
  const [help, setHelp] = useState(false);
  const [digits, setDigitsState] = useState("");
  const digitsRef = useRef("");
  const setDigits = useCallback((d: string) => {
    digitsRef.current = d;
    setDigitsState(d);
  }, []);
  const digitTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // A stale or out-of-range step from the URL is corrected once the story is known.
  useEffect(() => {
    if (total > 0 && rawStep !== step) setStep(step);
  }, [total, rawStep, step, setStep]);

  const go = useCallback(
    (n: number) => {
      if (total < 1) return;
      setBlackout(false);
      setStep(clampStep(n, total));
    },
    [total, setStep],
  );
  const next = useCallback(() => go(clampStep(useAtlasStore.getState().step, total) + 1), [go, total]);
  const prev = useCallback(() => go(clampStep(useAtlasStore.getState().step, total) - 1), [go, total]);

  const jumpTo = useCallback(
    (buffer: string) => {
      clearTimeout(digitTimer.current);
      setDigits("");
      const n = Number(buffer);
      if (buffer && n >= 1) go(n);
    },
    [go, setDigits],
  );

  const run = useCallback(
    (cmd: PresenterCommand): boolean => {
      switch (cmd.type) {
        case "next": next(); return true;
        case "prev": prev(); return true;
        case "first": go(1); return true;
        case "last": go(total); return true;
        case "fullscreen": toggleFullscreen(); return true;
        case "play": setPlaying((p) => !p); return true;
        case "blackout": setBlackout((b) => !b); return true;
        case "help": setHelp((h) => !h); return true;
        case "notes": openNotesWindow(); return true;
        case "escape":
          setHelp(false);
          setBlackout(false);
          setDigits("");
          return false;
        case "digit": {
          clearTimeout(digitTimer.current);
          const buffer = (digitsRef.current + String(cmd.digit)).slice(-3);
          setDigits(buffer);
          digitTimer.current = setTimeout(() => jumpTo(buffer), DIGIT_TIMEOUT_MS);
          return true;
        }
        case "enter": {
          if (!digitsRef.current) return false;
          jumpTo(digitsRef.current);
          return true;
        }
      }
    },
    [next, prev, go, total, jumpTo, setDigits],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const cmd = keyToCommand(e);
      if (cmd && run(cmd)) e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("keydown", onKey);
      clearTimeout(digitTimer.current);
    };
  }, [run]);

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
    blackout, setBlackout, help, setHelp, digits,
  };
}
