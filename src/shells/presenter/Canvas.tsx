// One stage for any room: the slide is laid out once on a fixed 1920×1080 canvas and scaled as a
// whole to the window, centred, with the spare width or height left as a margin (letterboxing,
// as reveal.js lays out its slides). Every projector then shows the same slide, only larger or
// smaller, so nothing that fits at 1080p is cut off at 1024×768. A window taller than wide (a
// phone held upright) gets no canvas: the stage flows as a page and scrolls.
import { useEffect, useState, type ReactNode } from "react";

export const CANVAS_WIDTH = 1920;
export const CANVAS_HEIGHT = 1080;

/** The scale of the canvas in a window of this size; null where the stage flows as a page. */
export function stageScale(width: number, height: number): number | null {
  if (width <= 0 || height <= 0 || width < height) return null;
  return Math.min(width / CANVAS_WIDTH, height / CANVAS_HEIGHT);
}

function windowScale(): number | null {
  return typeof window === "undefined" ? 1 : stageScale(window.innerWidth, window.innerHeight);
}

export function useStageScale(): number | null {
  const [scale, setScale] = useState(windowScale);
  useEffect(() => {
    const onResize = () => setScale(windowScale());
    onResize();
    window.addEventListener("resize", onResize);
    return () => window.removeEventListener("resize", onResize);
  }, []);
  return scale;
}

export function Canvas({ scale, children, label, heading }: { scale: number | null; children: ReactNode; label: string; heading: string }) {
  return (
    <main className={scale === null ? "presenter presenter--flow" : "presenter"} aria-label={label}>
      {/* The page's heading, for screen readers: the slide's own title is the visible one. */}
      <h1 className="presenter__sr">{heading}</h1>
      <div
        className="presenter__canvas"
        data-scale={scale ?? undefined}
        style={scale === null ? undefined : { width: CANVAS_WIDTH, height: CANVAS_HEIGHT, transform: `translate(-50%, -50%) scale(${scale})` }}
      >
        {children}
      </div>
    </main>
  );
}
