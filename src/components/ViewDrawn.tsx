// Readiness as a value: a view that has drawn (or shown why it cannot) says so through the
// shell's callback, and the shell marks the view (data-ready, read by the browser tests and
// the benchmark). Nothing watches the page for it.
import { createContext, useContext, useEffect } from "react";

/** Called with +1 when a part of the view has drawn and -1 when it goes away. */
export const ViewDrawnContext = createContext<((delta: 1 | -1) => void) | null>(null);

export function useReportDrawn(drawn = true): void {
  const report = useContext(ViewDrawnContext);
  useEffect(() => {
    if (!drawn || !report) return;
    report(1);
    return () => report(-1);
  }, [report, drawn]);
}

/** Rendered inside what a view draws once it is drawn. */
export function ViewDrawn() {
  useReportDrawn();
  return null;
}
