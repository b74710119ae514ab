// What the first slide does not need (the later slides' code and data, the printed chronology)
// waits until that slide has been painted: done in the same turn, it held the paint back by
// the time it took the main thread to parse and run it.
import { useEffect, useState } from "react";

/** A tab opened in the background paints no frames; its preload then waits no longer than this. */
const MAX_WAIT_MS = 1000;

export function usePainted(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame callback runs before that frame is painted; the task after it, once it has been.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    const fallback = setTimeout(() => setPainted(true), MAX_WAIT_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallback);
    };
  }, [ready, painted]);
  return painted;
}
