import { describe, expect, it } from "vitest";
import { renderHook } from "@testing-library/react";
import { svgIn, useMapDrawing } from "./mapDrawing";

const SVG_NS = "http://www.w3.org/2000/svg";

describe("the map's drawing for downloads", () => {
  it("is the static map's svg until the live map hands over its own, then the live one", () => {
    const { result } = renderHook(() => useMapDrawing());
    const drawing = result.current;
    expect(drawing.ref.current).toBeNull();
    const still = document.createElementNS(SVG_NS, "svg");
    drawing.still.current = still;
    expect(drawing.ref.current).toBe(still);
    const live = document.createElementNS(SVG_NS, "svg");
    drawing.live.current = () => live;
    expect(drawing.ref.current).toBe(live);
  });

  it("finds the renderer's svg among a pane's children, and none in an empty pane", () => {
    const pane = document.createElement("div");
    expect(svgIn(pane)).toBeNull();
    pane.append(document.createElement("img"));
    const svg = document.createElementNS(SVG_NS, "svg");
    pane.append(svg);
    expect(svgIn(pane)).toBe(svg);
    expect(svgIn(undefined)).toBeNull();
  });
});
