// The map as plain SVG: the bundled country shapes and the place markers, in the same Web
// Mercator framing the live map opens with. No Leaflet and no window access, so it renders at
// build time and is what a reader sees before (or without) the map's script. The live map
// replaces it in the same box.
import { memo, useMemo, useState, type Ref } from "react";
import { useHydratingBuildHtml } from "../../components/buildHtml";
import type { WorldShapes } from "./basemapData";
import type { MapState } from "./mapState";
import type { MapBounds } from "./mapBase";
import { markerStyle } from "./markerSpecs";
import { fitView, MAP_FIT, project, type View } from "./webMercator";
import { drawShapes, refit, refitTransform, type Box, type ShapesDrawing } from "./staticShapes";

type ShapesProps = {
  world: WorldShapes;
  view: View;
  box: Box;
  fill: MapState["countryFill"];
  palette: MapState["palette"];
};

/** The shapes the page's HTML already holds, drawn at build time for this view and these colours. */
type InHtml = Omit<ShapesDrawing, "paths"> & Pick<ShapesProps, "fill" | "palette"> & { paths: null };

/** Whether shapes coloured for `a` look the same with these colours (the map's state is
 *  computed again after hydration, in new objects). */
function sameColours(a: Pick<ShapesProps, "fill" | "palette">, fill: ShapesProps["fill"], palette: ShapesProps["palette"]): boolean {
  const p = a.palette;
  if (p.land !== palette.land || p.border !== palette.border || p.hostBorder !== palette.hostBorder) return false;
  if (a.fill === fill) return true;
  if (a.fill.size !== fill.size) return false;
  for (const [code, colour] of fill) if (a.fill.get(code) !== colour) return false;
  return true;
}

/** What hydration tells React: keep the element's children as the HTML has them. */
const KEEP_HTML = { __html: "" };

const Shapes = memo(function Shapes({ world, view, box, fill, palette }: ShapesProps) {
  // Hydrating, the shapes are left as the build drew them: nothing is projected, and the world's
  // shapes are not even prepared, until a box or colours the drawing cannot serve.
  const keepHtml = useHydratingBuildHtml();
  const [drawn, setDrawn] = useState<ShapesDrawing | InHtml>(() =>
    keepHtml ? { world, view, box, fill, palette, paths: null } : drawShapes(world, view, box));
  // The shapes as first drawn (at build time, the 640 px guess) serve every later box they
  // cover: a prerendered map fitted to its real box after hydration changes one transform.
  let drawing = drawn;
  let fit = drawing.paths || sameColours(drawing, fill, palette) ? refit(drawing, world, view, box) : null;
  if (!fit) {
    drawing = drawShapes(world, view, box);
    fit = { k: 1, tx: 0, ty: 0 };
    setDrawn(drawing);
  }
  if (!drawing.paths) return <g aria-hidden="true" transform={refitTransform(fit)} dangerouslySetInnerHTML={KEEP_HTML} suppressHydrationWarning />;
  return (
    <g aria-hidden="true" transform={refitTransform(fit)}>
      {drawing.paths.map((p) => {
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
