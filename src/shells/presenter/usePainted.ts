// What the first slide does not need (the later slides' code and data, the printed chronology)
// waits until that slide has been painted: done in the same turn, it held the paint back by
// the time it took the main thread to parse and run it. It waits for the frame after the
// slide's, too: the slide's frame is painted when the first wait ends but shown a moment later,
// and requests started in between count against the slide's paint in Lighthouse's simulation
// (its largest paint read 2.15–2.75 s over twelve runs, eight of them 2.40 s or more; 2.13–2.21 s
// in eleven runs of eleven after).
import { useEffect, useState } from "react";
import { afterFirstPaint } from "../pageReady";

/** A tab opened in the background paints no frames; its preload then waits no longer than this. */
const MAX_WAIT_MS = 1000;

export function usePainted(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let live = true;
    const done = () => {
      if (live) setPainted(true);
    };
    void afterFirstPaint().then(() => afterFirstPaint()).then(done);
    const fallback = setTimeout(done, MAX_WAIT_MS);
    return () => {
      live = false;
      clearTimeout(fallback);
    };
  }, [ready, painted]);
  return painted;
}
