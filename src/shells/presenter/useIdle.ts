// Controls that get out of the way: "idle" after a few seconds without the pointer moving, and
// awake again on a pointer move or when focus enters the controls (a keyboard user tabbing in).
import { useCallback, useEffect, useRef, useState } from "react";

export const IDLE_MS = 3000;

export function useIdle(ms = IDLE_MS): { idle: boolean; wake: () => void } {
  const [idle, setIdle] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const wake = useCallback(() => {
    setIdle(false);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setIdle(true), ms);
  }, [ms]);
  useEffect(() => {
    wake();
    window.addEventListener("pointermove", wake);
    window.addEventListener("pointerdown", wake);
    return () => {
      clearTimeout(timer.current);
      window.removeEventListener("pointermove", wake);
      window.removeEventListener("pointerdown", wake);
    };
  }, [wake]);
  return { idle, wake };
}
