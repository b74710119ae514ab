// Box geometry the layout tests share: boxes that overlap, and boxes inside others, with half a
// pixel of tolerance for subpixel rounding.

export interface Box { name: string; x: number; y: number; w: number; h: number }

export const overlaps = (a: Box, b: Box) =>
  Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5;

export const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 && inner.x + inner.w <= outer.x + outer.w + 0.5 && inner.y >= outer.y - 0.5 && inner.y + inner.h <= outer.y + outer.h + 0.5;

/** Every pair of boxes that overlap, named "a × b"; `together` limits the pairs compared. */
export function overlapping<B extends Box>(boxes: B[], together: (a: B, b: B) => boolean = () => true): string[] {
  const out: string[] = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => together(a, b) && overlaps(a, b) && out.push(`"${a.name}" × "${b.name}"`)));
  return out;
}
