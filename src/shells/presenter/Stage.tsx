// One step on the stage: its text beside the map and the growth chart. A step whose text would
// run under the controls (the 2019 conference: five figures, each with its source) is set in
// two text columns across three quarters of the width, beside the map alone, rather than shrunk:
// the stage keeps its 24 px floor for every line.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";

/** Where presenter.css stacks text over visuals. */
const STACKED = "(max-aspect-ratio: 1/1)";

export function Stage({ step, kind, text, map, growth }: { step: string; kind: string; text: ReactNode; map: ReactNode; growth: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState(0);
  // Which step at which window size was found too long: any other starts in the plain layout.
  const [longAt, setLongAt] = useState<string | null>(null);
  const at = `${step}|${viewport}`;
  const long = longAt === at;
  useEffect(() => {
    const onResize = () => setViewport((v) => v + 1);
    window.addEventListener("resize", onResize);
    return () => window.removeEventListener("resize", onResize);
  }, []);
  // Measured in the plain layout, before the frame is painted.
  useLayoutEffect(() => {
    // Stacked (portrait, as on a phone), the stage scrolls like a page: nothing to fit.
    if (long || window.matchMedia?.(STACKED).matches) return;
    const textBox = ref.current?.querySelector(".presenter__text");
    if (!textBox) return;
    const limit = document.querySelector(".presenter__controls")?.getBoundingClientRect().top ?? window.innerHeight;
    // Without the step's entrance, which moves it down by half a rem at first.
    const transform = getComputedStyle(textBox).transform;
    const shift = transform && transform !== "none" && typeof DOMMatrixReadOnly === "function" ? new DOMMatrixReadOnly(transform).m42 : 0;
    if (textBox.getBoundingClientRect().bottom - shift > limit) setLongAt(at);
  }, [at, long]);
  return (
    <div ref={ref} className="presenter__stage" data-kind={kind} data-long={long || undefined}>
      {text}
      <div className="presenter__visuals">
        {map}
        {!long && growth}
      </div>
    </div>
  );
}
