// Width of a box, kept current by a ResizeObserver, so charts fill any container from 300 px up.
// A callback ref, because charts first render a loading panel and attach the box later.
import { createContext, useCallback, useContext, useEffect, useState } from "react";

/** The width charts draw at until they have measured their box. A prerendered page sets it
 *  on the build machine and in the browser alike, so hydration finds the same drawing. */
export const DefaultChartWidth = createContext(640);

/**
 * `atOnce`: measure as soon as the box is there, even where the browser skips it while out of
 * sight, for a chart that is not drawn until it has (the prerendered timeline holds two
 * drawings until then). Others wait for the observer's first report (below).
 */
export function useWidth<T extends HTMLElement>(initial?: number, atOnce = false) {
  const fallback = useContext(DefaultChartWidth);
  return useMeasuredWidth<T>(initial ?? fallback, atOnce);
}

function useMeasuredWidth<T extends HTMLElement>(fallback: number, atOnce: boolean) {
  const [el, setEl] = useState<T | null>(null);
  const [width, setWidth] = useState(fallback);
  // Until measured, a chart may draw for every width it could get (the timeline's two layouts).
  const [measured, setMeasured] = useState(false);
  const ref = useCallback((node: T | null) => setEl(node), []);
  useEffect(() => {
    if (!el) return;
    const measure = () => {
      setWidth(Math.max(280, Math.floor(el.clientWidth || fallback)));
      setMeasured(true);
    };
    // The observer's first report comes once the box is laid out, in the frame's own layout:
    // reading the width then forces no extra one. A box the browser skips while out of sight
    // (content-visibility: auto) is reported, and so redrawn at its width, when it is about to
    // be shown: until then a prerendered chart keeps its drawing, scaled to the box.
    if (atOnce || typeof ResizeObserver === "undefined") measure();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [el, fallback, atOnce]);
  return [ref, width, measured] as const;
}
