// The static map on the real datasets and the bundled world: fitted to a new box by one
// transform, and hydrated over the build's HTML without drawing the shapes again.
import { describe, expect, it } from "vitest";
import { act, render } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { hydrateRoot } from "react-dom/client";
import { readFileSync } from "node:fs";
import type { Topology } from "topojson-specification";
import { translator } from "../../i18n";
import { DEFAULT_FILTERS } from "../../state/urlState";
import { lazyWorldShapes, worldShapes, type WorldShapes } from "./basemapData";
import { mapStateOf, type MapDatasets } from "./mapState";
import { StaticMap } from "./StaticMap";
import { HydratingBuildHtml } from "../../components/buildHtml";

const topology = JSON.parse(readFileSync("node_modules/world-atlas/countries-110m.json", "utf8")) as Topology;
const world = worldShapes(topology);
const read = (name: string) => JSON.parse(readFileSync(`public/data/${name}.json`, "utf8"));
const data: MapDatasets = { conferences: read("conferences"), meetings: read("meetings"), places: read("places"), countries: read("countries") };
const state = mapStateOf(data, DEFAULT_FILTERS, { theme: "light", lang: "en", t: translator("en") });
const shapes = (container: Element) => container.querySelector<SVGGElement>(".static-map > g[aria-hidden]")!;
const paths = (container: Element) => [...shapes(container).querySelectorAll("path")].map((p) => p.getAttribute("d"));

/** The world as the app fetches it, counting how often its shapes are read. */
function countedWorld(): { world: WorldShapes; reads: () => number } {
  const lazy = lazyWorldShapes(topology);
  let reads = 0;
  return { world: { type: "FeatureCollection", get features() { reads++; return lazy.features; } }, reads: () => reads };
}

describe("StaticMap fitted to its box", () => {
  it("moves the shapes drawn for 640 px onto a box a little wider with one transform, and draws them again for one that shows more land", () => {
    const { container, rerender } = render(<StaticMap state={state} world={world} width={640} height={478} />);
    const drawn = paths(container);
    expect(drawn.length).toBeGreaterThan(40);
    expect(shapes(container).getAttribute("transform")).toBeNull();

    rerender(<StaticMap state={state} world={world} width={662} height={478} />);
    expect(paths(container)).toEqual(drawn);
    expect(shapes(container).getAttribute("transform")).toMatch(/^translate\(-?[\d.]+ -?[\d.]+\)/);

    rerender(<StaticMap state={state} world={world} width={964} height={478} />);
    expect(shapes(container).getAttribute("transform")).toBeNull();
    expect(paths(container)).not.toEqual(drawn);
  });
});

describe("StaticMap hydrating the build's HTML", () => {
  it("keeps the shapes as drawn, without reading the world's shapes, until the colours change", async () => {
    const html = renderToString(<StaticMap state={state} world={world} width={640} height={478} />);
    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    const built = paths(container);
    const { world: fetched, reads } = countedWorld();

    const page = (s: typeof state, width: number) => <HydratingBuildHtml value><StaticMap state={s} world={fetched} width={width} height={478} /></HydratingBuildHtml>;
    const root = await act(async () => hydrateRoot(container, page(state, 640)));
    expect(paths(container)).toEqual(built);
    expect(reads()).toBe(0);

    // Fitted to the page's real box: one transform on the shapes the HTML holds.
    await act(async () => root.render(page(state, 662)));
    expect(paths(container)).toEqual(built);
    expect(shapes(container).getAttribute("transform")).toMatch(/^translate\(/);
    expect(reads()).toBe(0);

    // The map's state computed again after hydration: new objects, the same colours.
    const again = mapStateOf(data, DEFAULT_FILTERS, { theme: "light", lang: "en", t: translator("en") });
    expect(again.countryFill).not.toBe(state.countryFill);
    await act(async () => root.render(page(again, 662)));
    expect(paths(container)).toEqual(built);
    expect(reads()).toBe(0);

    // Other colours (the reader's dark theme): the shapes are drawn by the page itself.
    const dark = mapStateOf(data, DEFAULT_FILTERS, { theme: "dark", lang: "en", t: translator("en") });
    await act(async () => root.render(page(dark, 662)));
    expect(reads()).toBeGreaterThan(0);
    // Drawn for the 662 px box itself: no transform, and the land its edges now show.
    expect(shapes(container).getAttribute("transform")).toBeNull();
    expect(paths(container).length).toBeGreaterThanOrEqual(built.length);
    const fills = new Set([...shapes(container).querySelectorAll("path")].map((p) => p.getAttribute("fill")));
    expect(fills.has(dark.palette.land)).toBe(true);
    expect(fills.has(state.palette.land)).toBe(false);
    root.unmount();
    container.remove();
  });
});
