// Nearby places drawn as one marker when there are too many places to draw one each: at
// hundreds of places the markers overlap into a blot, and every filter change would resize
// hundreds of shapes. Grid clustering in screen pixels is enough here: places do not move,
// so the groups change only with the zoom, never with a filter.

export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

export interface PlaceGroup {
  /** The grid cell: the same for the same places at the same zoom. */
  key: string;
  ids: string[];
}

/** Places in the same `cell`-pixel square share a group; groups come in order of first member. */
export function gridClusters(points: readonly ScreenPoint[], cell: number): PlaceGroup[] {
  const byCell = new Map<string, PlaceGroup>();
  for (const p of points) {
    const key = `${Math.floor(p.x / cell)}:${Math.floor(p.y / cell)}`;
    const g = byCell.get(key);
    if (g) g.ids.push(p.id);
    else byCell.set(key, { key, ids: [p.id] });
  }
  return [...byCell.values()];
}
