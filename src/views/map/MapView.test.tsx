// The props-only map, given hand-made events: no store set up, no fetch, no Leaflet.
import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { readFileSync } from "node:fs";
import type { Topology } from "topojson-specification";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { datasetQuery } from "../../data/queries";
import { translator } from "../../i18n";
import type { AtlasEvent } from "../../selectors/events";
import { boundsOfCountries, worldShapes } from "./basemapData";
import { mapState, mapStateOf, type MapDatasets } from "./mapState";
import { DEFAULT_FILTERS } from "../../state/urlState";
import { MapView } from "./MapView";
import { StaticMap } from "./StaticMap";

const place = (id: string, name: string, country: string, lat: number, lon: number) => ({ id, name, country, lat, lon, coordinates: "general knowledge", sources: [] });
const vienna = place("vienna", "Vienna", "AUT", 48.21, 16.37);
const sofia = place("sofia", "Sofia", "BGR", 42.7, 23.32);

function event(id: string, year: number, p: typeof vienna | undefined, kind: AtlasEvent["kind"] = "som", format: AtlasEvent["format"] = "in-person"): AtlasEvent {
  return {
    id, kind, title: `Meeting ${id}`, date: { start: `${year}`, precision: "year" }, year, endYear: year, time: year + 0.5,
    format, place: p, country: p?.country, status: "held", figures: [], sources: [],
  } as AtlasEvent;
}

const events = [
  event("a", 2001, vienna), event("b", 2005, vienna, "conference"), event("c", 2010, sofia),
  event("d", 2020, undefined, "som", "virtual"),
];
const state = mapState({ events, filtered: events, theme: "light", lang: "en", t: translator("en") });

describe("MapView from props alone", () => {
  it("draws a static marker per place, named by its visible label, and the list of places", () => {
    render(<MapView state={state} selected={null} load="interaction" />);
    const map = screen.getByRole("region", { name: /Map of the places .*: 2 places/ });
    expect(within(map).getByRole("img", { name: "Vienna, 2 events" }).tagName).toBe("circle");
    expect(within(map).getByRole("img", { name: "Sofia, 1 event" })).toBeInTheDocument();
    const list = screen.getByRole("navigation", { name: "Places on the map" });
    expect(within(list).getAllByRole("button").map((b) => b.textContent)).toEqual(["Sofia, 1 event", "Vienna, 2 events"]);
    expect(screen.getByText("1 virtual meeting and 0 events without a stated city")).toBeInTheDocument();
    expect(document.querySelector(".leaflet-container")).toBeNull();
  });

  it("reports a place chosen in the list and shows the selected place's events", () => {
    const onSelect = vi.fn();
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    // The citations' document titles come from a cache the test fills: nothing is fetched.
    const client = new QueryClient();
    client.setQueryData(datasetQuery("sources").queryKey, { records: [], problems: [], total: 0 });
    const wrapper = ({ children }: { children: React.ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
    const { rerender } = render(<MapView state={state} selected={null} onSelect={onSelect} load="interaction" />, { wrapper });
    fireEvent.click(screen.getByRole("button", { name: "Vienna, 2 events" }));
    expect(onSelect).toHaveBeenCalledWith("vienna");
    rerender(<MapView state={state} selected="vienna" onSelect={onSelect} load="interaction" />);
    const panel = screen.getByRole("complementary", { name: "Events in Vienna" });
    expect(within(panel).getAllByRole("listitem")).toHaveLength(2);
    expect(screen.getByRole("button", { name: "Vienna, 2 events" })).toHaveAttribute("aria-pressed", "true");
    expect(fetch).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it("has no list or panel when not interactive", () => {
    render(<MapView state={state} selected="vienna" interactive={false} load="interaction" />);
    expect(screen.queryByRole("navigation")).toBeNull();
    expect(screen.queryByRole("complementary")).toBeNull();
    expect(screen.getAllByRole("img")).toHaveLength(2);
  });
});

describe("StaticMap on the server", () => {
  const topology = JSON.parse(readFileSync("node_modules/world-atlas/countries-110m.json", "utf8")) as Topology;
  const world = worldShapes(topology);

  it("renders country shapes and markers to HTML without a window", () => {
    const html = renderToString(<StaticMap state={state} world={world} width={360} height={480} />);
    const doc = new DOMParser().parseFromString(html, "image/svg+xml");
    const shapes = doc.querySelectorAll("path");
    // Framed on Vienna and Sofia: the countries around them, the rest of the world culled.
    expect(shapes.length).toBeGreaterThan(10);
    expect(shapes.length).toBeLessThan(world.features.length);
    const austria = [...shapes].filter((p) => p.getAttribute("fill") === state.countryFill.get("AUT"));
    expect(austria).toHaveLength(1);
    expect([...doc.querySelectorAll("circle")].map((c) => c.getAttribute("aria-label"))).toEqual(["Vienna, 2 events", "Sofia, 1 event"]);
    expect(html.length).toBeLessThan(60_000);
  });

  it("draws Russia and the United States each as one place across the 180th meridian", () => {
    const lons = (code: string) => {
      const g = world.features.find((f) => f.properties.code === code)!.geometry;
      const rings = g.type === "MultiPolygon" ? g.coordinates.flat() : [];
      for (const ring of rings) for (let i = 1; i < ring.length; i++) expect(Math.abs(ring[i][0] - ring[i - 1][0])).toBeLessThan(180);
      const all = rings.flat().map((p) => p[0]);
      return [Math.round(Math.min(...all)), Math.round(Math.max(...all))];
    };
    expect(lons("RUS")).toEqual([20, 190]);
    expect(lons("USA")).toEqual([-172, -67]);
  });
});

describe("framing a presenter's step", () => {
  const world = worldShapes(JSON.parse(readFileSync("node_modules/world-atlas/countries-110m.json", "utf8")) as Topology);
  const read = (name: string) => JSON.parse(readFileSync(`public/data/${name}.json`, "utf8"));
  const data: MapDatasets = { conferences: read("conferences"), meetings: read("meetings"), places: read("places"), countries: read("countries") };
  const silkRoutes = (data.countries as { id: string; region: string }[]).filter((c) => c.region === "silk-routes").map((c) => c.id);

  it("bounds the Silk Routes countries by their shapes, Iraq to China", () => {
    expect(silkRoutes).toEqual(["AFG", "BGD", "CHN", "IND", "IRN", "IRQ", "PAK"]);
    const [[south, west], [north, east]] = boundsOfCountries(world, silkRoutes)!;
    expect([Math.round(south), Math.round(west), Math.round(north), Math.round(east)]).toEqual([8, 39, 53, 135]);
  });

  it("shows Tehran, Islamabad and Erbil inside the map box when asked to fit those countries", () => {
    const all = mapStateOf(data, DEFAULT_FILTERS, { theme: "light", lang: "en", t: translator("en") });
    render(<MapView state={all} world={world} selected={null} interactive={false} fitCountries={silkRoutes} height={400} load="interaction" />);
    for (const name of [/^Tehran,/, /^Islamabad,/, /^Erbil,/]) {
      const c = screen.getByRole("img", { name });
      const [x, y] = [Number(c.getAttribute("cx")), Number(c.getAttribute("cy"))];
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(640);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(400);
    }
    // Berlin is far outside a frame on the Silk Routes.
    expect(Number(screen.getByRole("img", { name: /^Berlin,/ }).getAttribute("cx"))).toBeLessThan(0);
  });
});
