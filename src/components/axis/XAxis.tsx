// The horizontal axis every year chart draws under its marks: a base line and labelled ticks.
// The caller places the ticks (a linear year scale or the middle of a band), so one axis serves
// the timeline, the growth chart and the per-year bars.
import { memo } from "react";

export interface AxisTick {
  key: string | number;
  /** Position in the chart's pixels. */
  x: number;
  label: string | number;
  anchor?: "start" | "middle" | "end";
}

/** Memoised: the charts keep their ticks per data and width, so a filter change skips the axis. */
export const XAxis = memo(function XAxis({ y, x1, x2, ticks, tickSize = 0, labelY = 16 }: {
  /** Vertical position of the base line. */
  y: number;
  x1: number;
  x2: number;
  ticks: readonly AxisTick[];
  /** Length of the tick marks below the line; 0 draws labels only. */
  tickSize?: number;
  labelY?: number;
}) {
  return (
    <g className="tl-axis" transform={`translate(0,${y})`}>
      <line x1={x1} x2={x2} />
      {ticks.map((tick) => (
        <g key={tick.key} transform={`translate(${tick.x},0)`}>
          {tickSize > 0 && <line y2={tickSize} />}
          <text y={labelY} textAnchor={tick.anchor ?? "middle"}>{tick.label}</text>
        </g>
      ))}
    </g>
  );
});

/** Ticks for years on a continuous scale, each labelled with its year. */
export function yearTicks(years: readonly number[], x: (year: number) => number, anchor?: (year: number) => AxisTick["anchor"]): AxisTick[] {
  return years.map((year) => ({ key: year, x: x(year), label: year, anchor: anchor?.(year) }));
}
