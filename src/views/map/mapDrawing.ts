// The map's drawing for its downloads, handed over by ref like every chart's: the live map's
// SVG once Leaflet has drawn (what the reader has panned and zoomed to), the static map's
// before that, so a PNG or SVG asked for before the live map loads is still the map.
import { useState, type RefObject } from "react";
import type { ChartSvgRef } from "../../components/ChartSvg";

export interface MapDrawing {
  /** Given to the downloads through ChartSvgContext. */
  ref: ChartSvgRef;
  /** Attached to the static map's <svg>. */
  still: RefObject<SVGSVGElement | null>;
  /** Set by the live map once drawn: reads the SVG Leaflet's renderer draws into. */
  live: { current: (() => SVGSVGElement | null) | null };
}

export function useMapDrawing(): MapDrawing {
  const [drawing] = useState<MapDrawing>(() => {
    const still: RefObject<SVGSVGElement | null> = { current: null };
    const live: MapDrawing["live"] = { current: null };
    return { still, live, ref: { get current() { return live.current?.() ?? still.current; } } };
  });
  return drawing;
}

/** The SVG Leaflet's renderer keeps in a map pane (created with the first shape drawn). */
export function svgIn(pane: HTMLElement | undefined): SVGSVGElement | null {
  if (!pane) return null;
  for (const child of pane.children) if (child.tagName.toLowerCase() === "svg") return child as SVGSVGElement;
  return null;
}
