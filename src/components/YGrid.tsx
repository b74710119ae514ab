// The horizontal grid of a bar or area chart: a line and a value per tick, left of the plot.
import { memo } from "react";
import type { ScaleLinear } from "d3-scale";
import type { Language } from "../data/schemas";
import { formatNumber } from "../i18n/format";

/** Memoised on the scale object: the charts keep one per data and width, so filters skip it. */
export const YGrid = memo(function YGrid({ y, x1, x2, lang }: { y: ScaleLinear<number, number>; x1: number; x2: number; lang: Language }) {
  return (
    <>
      {y.ticks(4).map((v) => (
        <g key={v} className="grid" transform={`translate(0,${y(v)})`}>
          <line x1={x1} x2={x2} />
          <text x={x1 - 4} dy="0.32em" textAnchor="end">{formatNumber(v, lang)}</text>
        </g>
      ))}
    </>
  );
});
