// Width of a box, kept current by a ResizeObserver, so charts fill any container from 300 px up.
// A callback ref, because charts first render a loading panel and attach the box later.
import { useCallback, useEffect, useState } from "react";

export function useWidth<T extends HTMLElement>(fallback = 640) {
  const [el, setEl] = useState<T | null>(null);
  const [width, setWidth] = useState(fallback);
  const ref = useCallback((node: T | null) => setEl(node), []);
  useEffect(() => {
    if (!el) return;
    const measure = () => setWidth(Math.max(280, Math.floor(el.clientWidth || fallback)));
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [el, fallback]);
  return [ref, width] as const;
}
