// The map as plain SVG: the bundled country shapes and the place markers, in the same Web
// Mercator framing the live map opens with. No Leaflet and no window access, so it renders at
// build time and is what a reader sees before (or without) the map's script. The live map
// replaces it in the same box.
import { memo, useMemo, type Ref } from "react";
import type { Position } from "geojson";
import type { CountryShape, WorldShapes } from "./basemapData";
import type { MapState } from "./mapState";
import type { MapBounds } from "./mapBase";
import { markerStyle } from "./markerSpecs";
import { fitView, MAP_FIT, project, type View } from "./webMercator";

type Box = { width: number; height: number };

type Point = [number, number];

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

/** Whether any point of the rings falls within the box grown by a margin. */
function inView(rings: Point[][], box: Box): boolean {
  const m = 64;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const ring of rings) for (const [x, y] of ring) {
    x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
  }
  return x1 > -m && x0 < box.width + m && y1 > -m && y0 < box.height + m;
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

const Shapes = memo(function Shapes({ world, view, box, fill, palette }: {
  world: WorldShapes;
  view: View;
  box: Box;
  fill: MapState["countryFill"];
  palette: MapState["palette"];
}) {
  const paths = useMemo(
    () => world.features.map((f) => ({ key: String(f.id ?? f.properties.name), code: f.properties.code, d: shapePath(f, view, box) })).filter((p) => p.d),
    [world, view, box],
  );
  return (
    <g aria-hidden="true">
      {paths.map((p) => {
        const shade = p.code ? fill.get(p.code) : undefined;
        return <path key={p.key} d={p.d} fill={shade ?? palette.land} stroke={shade ? palette.hostBorder : palette.border} strokeWidth={shade ? 0.9 : 0.6} strokeLinejoin="round" />;
      })}
    </g>
  );
});

/** One place, on plain values: a filter change redraws the markers whose size or label changed. */
const Marker = memo(function Marker({ label, cx, cy, r, fill, fillOpacity, stroke, strokeWidth }: {
  label: string; cx: number; cy: number; r: number; fill: string; fillOpacity: number; stroke: string; strokeWidth: number;
}) {
  return (
    <circle role="img" aria-label={label} className="static-map__marker" cx={cx} cy={cy} r={r}
      fill={fill} fillOpacity={fillOpacity} stroke={stroke} strokeWidth={strokeWidth}>
      <title>{label}</title>
    </circle>
  );
});

export interface StaticMapProps {
  state: Pick<MapState, "markers" | "drawOrder" | "countryFill" | "palette" | "initialBounds">;
  world?: WorldShapes;
  width: number;
  height: number;
  /** What to frame; the first view's bounds when not given. */
  bounds?: MapBounds;
  selected?: string | null;
  /** Gets the <svg>, for the downloads. */
  svgRef?: Ref<SVGSVGElement>;
}

export function StaticMap({ state, world, width, height, bounds, selected = null, svgRef }: StaticMapProps) {
  const frame = bounds ?? state.initialBounds;
  const view = useMemo(() => fitView(frame, width, height, MAP_FIT), [frame, width, height]);
  const box = useMemo(() => ({ width, height }), [width, height]);
  // In one order whatever the filters (a re-sorted list would move hundreds of elements on
  // every change); the selected place last, over its neighbours, as the live map raises it.
  const { markers, drawOrder } = state;
  const ordered = useMemo(() => {
    const rank = (id: string) => (id === selected ? Infinity : drawOrder.get(id) ?? 0);
    return markers.filter((m) => !m.hidden).sort((a, b) => rank(a.id) - rank(b.id));
  }, [markers, drawOrder, selected]);
  return (
    <svg ref={svgRef} className="static-map" viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="xMidYMid slice" width="100%" height="100%">
      <rect width={width} height={height} className="static-map__sea" />
      {world && <Shapes world={world} view={view} box={box} fill={state.countryFill} palette={state.palette} />}
      <g>
        {ordered.map((m) => {
          const [x, y] = project(m.lat, m.lon, view.zoom);
          const s = markerStyle(m.conference, m.id === selected, state.palette);
          return (
            <Marker key={m.id} label={m.label} cx={Math.round((x - view.originX) * 10) / 10} cy={Math.round((y - view.originY) * 10) / 10} r={m.radius}
              fill={s.fillColor} fillOpacity={s.fillOpacity} stroke={s.color} strokeWidth={s.weight} />
          );
        })}
      </g>
    </svg>
  );
}
