// A year brush on pointer events: drag along the axis (across or down the page) to pick a span of whole years, commit
// on release. Written here rather than with d3-brush, whose transition and drag modules would
// cost the map-less embeds a tenth of their byte budget; the scale math is still d3's.
import { useRef, useState } from "react";
import type { ScaleLinear } from "d3-scale";

export interface YearBrush {
  /** Pixel span being dragged, or null when idle. */
  dragging: [number, number] | null;
  handlers: {
    onPointerDown: (e: React.PointerEvent<SVGRectElement>) => void;
    onPointerMove: (e: React.PointerEvent<SVGRectElement>) => void;
    onPointerUp: (e: React.PointerEvent<SVGRectElement>) => void;
    onPointerCancel: () => void;
    onKeyDown: (e: React.KeyboardEvent<SVGRectElement>) => void;
  };
}

export function useYearBrush(
  x: ScaleLinear<number, number>,
  range: [number, number],
  bounds: [number, number],
  onCommit: (from: number, to: number) => void,
  /** Years run down the page (the phone layout): drag up and down. */
  vertical = false,
): YearBrush {
  const start = useRef<number | null>(null);
  const [dragging, setDragging] = useState<[number, number] | null>(null);
  const localX = (e: React.PointerEvent<SVGRectElement>) => {
    const box = e.currentTarget.ownerSVGElement!.getBoundingClientRect();
    const [r0, r1] = x.range();
    return Math.min(r1, Math.max(r0, vertical ? e.clientY - box.top : e.clientX - box.left));
  };
  const yearsOf = (a: number, b: number): [number, number] => {
    const lo = Math.min(a, b), hi = Math.max(a, b);
    const from = Math.max(bounds[0], Math.floor(x.invert(lo)));
    return [from, Math.min(bounds[1], Math.max(from, Math.ceil(x.invert(hi)) - 1))];
  };
  return {
    dragging,
    handlers: {
      onPointerDown: (e) => {
        e.currentTarget.setPointerCapture?.(e.pointerId);
        start.current = localX(e);
        setDragging([start.current, start.current]);
      },
      onPointerMove: (e) => {
        if (start.current === null) return;
        setDragging([start.current, localX(e)]);
      },
      onPointerUp: (e) => {
        if (start.current === null) return;
        const end = localX(e);
        const a = start.current;
        start.current = null;
        setDragging(null);
        // A click without a drag clears the range, as a click outside a d3 brush does.
        if (Math.abs(end - a) < 3) onCommit(bounds[0], bounds[1]);
        else onCommit(...yearsOf(a, end));
      },
      onPointerCancel: () => {
        start.current = null;
        setDragging(null);
      },
      onKeyDown: (e) => {
        // Arrows move the range a year; with Shift they widen or narrow its end.
        const step = e.key === "ArrowLeft" ? -1 : e.key === "ArrowRight" ? 1 : 0;
        if (!step) return;
        e.preventDefault();
        const [from, to] = range;
        if (e.shiftKey) onCommit(from, Math.min(bounds[1], Math.max(from, to + step)));
        else if (from + step >= bounds[0] && to + step <= bounds[1]) onCommit(from + step, to + step);
      },
    },
  };
}
