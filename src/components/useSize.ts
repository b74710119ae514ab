// Width of a box, kept current by a ResizeObserver, so charts fill any container from 300 px up.
// A callback ref, because charts first render a loading panel and attach the box later.
import { createContext, useCallback, useContext, useEffect, useState } from "react";

/** The width charts draw at until they have measured their box. A prerendered page sets it
 *  on the build machine and in the browser alike, so hydration finds the same drawing. */
export const DefaultChartWidth = createContext(640);

export function useWidth<T extends HTMLElement>(initial?: number) {
  const fallback = useContext(DefaultChartWidth);
  return useMeasuredWidth<T>(initial ?? fallback);
}

function useMeasuredWidth<T extends HTMLElement>(fallback: number) {
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
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [el, fallback]);
  return [ref, width, measured] as const;
}
