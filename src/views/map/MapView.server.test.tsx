// @vitest-environment node
// The whole props-only map rendered as the build-time renderer renders it: in Node, with no
// window or document, from the bundled datasets and shapes.
import { readFileSync } from "node:fs";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Topology } from "topojson-specification";
import { translator } from "../../i18n";
import { DEFAULT_FILTERS } from "../../state/urlState";
import { worldShapes } from "./basemapData";
import { mapStateOf, type MapDatasets } from "./mapState";
import { MapView } from "./MapView";

const read = (name: string) => JSON.parse(readFileSync(`public/data/${name}.json`, "utf8"));
const data: MapDatasets = { conferences: read("conferences"), meetings: read("meetings"), places: read("places"), countries: read("countries") };
const world = worldShapes(JSON.parse(readFileSync("node_modules/world-atlas/countries-110m.json", "utf8")) as Topology);

describe("MapView on the server", () => {
  it("renders the static map, the legend, the place list and the off-map events to HTML", () => {
    expect(typeof window).toBe("undefined");
    const state = mapStateOf(data, DEFAULT_FILTERS, { theme: "light", lang: "en", t: translator("en") });
    const html = renderToString(<MapView state={state} world={world} selected={null} />);
    expect(html).toContain('class="static-map"');
    expect(html.match(/<circle role="img"/g)).toHaveLength(18);
    expect(html).toContain('aria-label="Istanbul, 13 events"');
    expect(html).toContain(">Ankara, 3 events</button>");
    expect(html).toContain("3 virtual meetings and 15 events without a stated city");
    expect(html).not.toContain("leaflet");
  });
});
