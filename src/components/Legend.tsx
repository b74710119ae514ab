// The key under a chart's title: a swatch (a colour, or a class for a pattern) or a symbol,
// then its label. Colour is never the only cue: every entry names what it stands for.
import { memo, type ReactNode } from "react";

export interface LegendItem {
  key: string;
  label: ReactNode;
  /** Fill of the swatch. */
  colour?: string;
  /** Modifier of the swatch for fills that are not one colour (hatching, fading). */
  swatch?: string;
  /** A symbol in place of a swatch (⚠, a marker). */
  symbol?: ReactNode;
}

/** Memoised: a view that keeps its items array (per data and language) skips it on a filter change. */
export const Legend = memo(function Legend({ items, label, className = "chart-legend" }: { items: readonly LegendItem[]; label?: string; className?: string }) {
  return (
    <ul className={className} aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          {item.symbol !== undefined
            ? <>{item.symbol} </>
            : <span className={item.swatch ? `swatch swatch--${item.swatch}` : "swatch"} style={item.colour ? { background: item.colour } : undefined} />}
          {item.label}
        </li>
      ))}
    </ul>
  );
});
