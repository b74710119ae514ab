// The static map's shapes drawn once and refitted to other boxes, on the bundled world.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Topology } from "topojson-specification";
import { boundsOfCountries, worldShapes } from "./basemapData";
import { drawShapes, refit, refitTransform } from "./staticShapes";
import { fitView, MAP_FIT, project } from "./webMercator";

const topology = JSON.parse(readFileSync("node_modules/world-atlas/countries-110m.json", "utf8")) as Topology;
const world = worldShapes(topology);
// From Berlin to Islamabad, as the explorer frames the Process's places.
const bounds = boundsOfCountries(world, ["DEU", "SWE", "TUR", "PAK"])!;
const viewFor = (width: number, height: number) => fitView(bounds, width, height, MAP_FIT);
const built = drawShapes(world, viewFor(640, 478), { width: 640, height: 478 });

describe("refit", () => {
  it("leaves a drawing in place for the box it was drawn for", () => {
    const fit = refit(built, world, viewFor(640, 478), { width: 640, height: 478 });
    expect(fit).toEqual({ k: 1, tx: 0, ty: 0 });
    expect(refitTransform(fit!)).toBeUndefined();
  });

  it.each([[602, 478], [662, 478], [701, 478]])("moves the 640 px drawing onto a %i × %i box as projecting again would", (width, height) => {
    const view = viewFor(width, height);
    const fit = refit(built, world, view, { width, height })!;
    expect(fit).not.toBeNull();
    // Budapest and Islamabad land where the new view puts them.
    for (const [lat, lon] of [[47.5, 19.04], [33.69, 73.06]]) {
      const [x0, y0] = project(lat, lon, built.view.zoom);
      const [x1, y1] = project(lat, lon, view.zoom);
      const before = [x0 - built.view.originX, y0 - built.view.originY];
      expect(fit.k * before[0] + fit.tx).toBeCloseTo(x1 - view.originX, 6);
      expect(fit.k * before[1] + fit.ty).toBeCloseTo(y1 - view.originY, 6);
    }
    expect(refitTransform(fit)).toMatch(/^translate\(-?[\d.]+ -?[\d.]+\) scale\([\d.]+\)$/);
  });

  it("draws again for a phone's box, which shows land the 640 px drawing left out", () => {
    const view = viewFor(327, 478);
    expect(view.zoom).toBeLessThan(built.view.zoom);
    expect(refit(built, world, view, { width: 327, height: 478 })).toBeNull();
    const phone = drawShapes(world, view, { width: 327, height: 478 });
    expect(phone.paths.length).toBeGreaterThan(built.paths.length);
  });

  it("draws again for a box far wider than the drawing's margin, or another world", () => {
    expect(refit(built, world, viewFor(964, 478), { width: 964, height: 478 })).toBeNull();
    expect(refit(built, worldShapes(topology), viewFor(640, 478), { width: 640, height: 478 })).toBeNull();
  });
});
