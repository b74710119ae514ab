// The static map's country shapes as path data for one view, and how a drawing made for one view
// serves another: Web Mercator views differ only by a scale and a shift, so a box a little wider
// or narrower (the page's real box after the build's 640 px guess, a window resized) moves and
// scales the drawn shapes with one transform instead of projecting ~80 countries again.
import type { Position } from "geojson";
import type { CountryShape, WorldShapes } from "./basemapData";
import { project, type View } from "./webMercator";

export type Box = { width: number; height: number };

type Point = [number, number];

/** Shapes are kept when any of their points is this close to the box, in pixels. */
const MARGIN = 64;

/** The most a drawing is scaled before its shapes are projected again (whole-pixel points). */
const MAX_SCALE = 2 ** 0.5;

/** A polygon's rings in the view's pixels: projected once, for both the test and the path. */
function projectRings(rings: Position[][], view: View): Point[][] {
  return rings.map((ring) => ring.map(([lon, lat]) => {
    const [x, y] = project(lat, lon, view.zoom);
    return [x - view.originX, y - view.originY];
  }));
}

/** A ring as path data in whole pixels, repeated points dropped; empty when nothing is left. */
function ringPath(ring: Point[]): string {
  let d = "";
  let px = NaN, py = NaN, n = 0;
  for (const [x, y] of ring) {
    const rx = Math.round(x), ry = Math.round(y);
    if (rx === px && ry === py) continue;
    d += `${n ? "L" : "M"}${rx} ${ry}`;
    px = rx; py = ry; n++;
  }
  return n > 2 ? `${d}Z` : "";
}

/** Whether any point of the rings falls within the box grown by the margin. */
function inView(rings: Point[][], box: Box): boolean {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const ring of rings) for (const [x, y] of ring) {
    x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
  }
  return x1 > -MARGIN && x0 < box.width + MARGIN && y1 > -MARGIN && y0 < box.height + MARGIN;
}

function shapePath(f: CountryShape, view: View, box: Box): string {
  const g = f.geometry;
  const polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
  let d = "";
  for (const rings of polys) {
    const points = projectRings(rings, view);
    if (inView(points, box)) for (const ring of points) d += ringPath(ring);
  }
  return d;
}

export interface ShapePath {
  key: string;
  code?: string;
  d: string;
}

/** The shapes drawn for one view, and the view and box they were drawn for. */
export interface ShapesDrawing {
  world: WorldShapes;
  view: View;
  box: Box;
  paths: ShapePath[];
}

export function drawShapes(world: WorldShapes, view: View, box: Box): ShapesDrawing {
  const paths = world.features
    .map((f) => ({ key: String(f.id ?? f.properties.name), code: f.properties.code, d: shapePath(f, view, box) }))
    .filter((p) => p.d);
  return { world, view, box, paths };
}

/** Moves a drawing's pixels to another view's: p' = k·p + (tx, ty). */
export interface Refit {
  k: number;
  tx: number;
  ty: number;
}

/**
 * How the drawing serves `view` in `box`, or null when it cannot: another world, scaled past
 * MAX_SCALE, or a box that would show land the drawing left out (beyond its box and margin).
 */
export function refit(drawing: Omit<ShapesDrawing, "paths">, world: WorldShapes, view: View, box: Box): Refit | null {
  if (drawing.world !== world) return null;
  const k = 2 ** (view.zoom - drawing.view.zoom);
  if (k > MAX_SCALE || k < 1 / MAX_SCALE) return null;
  const tx = k * drawing.view.originX - view.originX;
  const ty = k * drawing.view.originY - view.originY;
  // The new box in the drawing's pixels.
  const left = -tx / k, right = (box.width - tx) / k, top = -ty / k, bottom = (box.height - ty) / k;
  const { width, height } = drawing.box;
  const covered = left >= -MARGIN && right <= width + MARGIN && top >= -MARGIN && bottom <= height + MARGIN;
  return covered ? { k, tx, ty } : null;
}

/** The transform for a refit, or none when the drawing is in place. */
export function refitTransform({ k, tx, ty }: Refit): string | undefined {
  if (k === 1 && tx === 0 && ty === 0) return undefined;
  const n = (v: number) => Math.round(v * 1000) / 1000;
  return `translate(${n(tx)} ${n(ty)}) scale(${n(k)})`;
}
