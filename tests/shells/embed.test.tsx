import { afterEach, describe, expect, it, vi } from "vitest";
import { screen, waitFor } from "@testing-library/react";
import { useAtlasStore } from "../../src/state/store";
import { renderWithData } from "../renderWithData";
import { startHeightMessages } from "../../src/shells/embed/height";

const mapLoaded = vi.fn();
vi.mock("../../src/views/map/MapView", () => {
  mapLoaded();
  return { default: () => <div>map</div> };
});
// The stand-in hands its rows to its downloads, as the real chart does from its state.
vi.mock("../../src/views/membership/GrowthChart", async () => {
  const { ChartRows } = await import("../../src/components/downloads/ChartDownloads");
  return { GrowthChart: ({ toolbar }: { toolbar?: unknown }) => (
    <figure className="chart" data-chart="growth">
      <header><ChartRows.Provider value={async () => [{ state: "Norway", first_year: 1996 }]}>{toolbar as never}</ChartRows.Provider></header>
      <svg width="300" height="200"><rect width="10" height="10" /></svg>
      <figcaption>Growth</figcaption>
    </figure>
  ) };
});

import Embed from "../../src/shells/Embed";

const realParent = window.parent;
afterEach(() => {
  Object.defineProperty(window, "parent", { value: realParent, configurable: true });
  vi.unstubAllGlobals();
});

function mockParent() {
  const parent = { postMessage: vi.fn() };
  Object.defineProperty(window, "parent", { value: parent, configurable: true });
  return parent;
}

describe("Embed", () => {
  it("posts its height to the parent frame with the chart name", async () => {
    const parent = mockParent();
    useAtlasStore.setState({ mode: "embed", chart: "growth" });
    renderWithData(<Embed />);
    await screen.findByText("Growth");
    expect(parent.postMessage).toHaveBeenCalledWith(
      { type: "bp-atlas:height", chart: "growth", height: expect.any(Number) },
      "*",
    );
  });

  it("shows title, description, source line and a link to the explorer with the same filters", async () => {
    mockParent();
    useAtlasStore.setState({ mode: "embed", chart: "growth", from: 2003, to: 2019, country: "TUR" });
    renderWithData(<Embed />);
    await screen.findByText("Growth");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("States documented as taking part in the Budapest Process");
    expect(screen.getByText(/^Source: Budapest Process Secretariat \(ICMPD\) documents/)).toBeInTheDocument();
    const link = screen.getByRole("link", { name: /full atlas/ });
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noopener");
    const url = new URL(link.getAttribute("href")!);
    expect(url.searchParams.get("mode")).toBeNull();
    expect(url.searchParams.get("chart")).toBeNull();
    expect(url.searchParams.get("from")).toBe("2003");
    expect(url.searchParams.get("to")).toBe("2019");
    expect(url.searchParams.get("country")).toBe("TUR");
    expect(screen.getByRole("button", { name: /CSV/ })).toBeInTheDocument();
  });

  it("never loads the map module for a map-less chart", async () => {
    mockParent();
    useAtlasStore.setState({ mode: "embed", chart: "growth" });
    renderWithData(<Embed />);
    await screen.findByText("Growth");
    expect(mapLoaded).not.toHaveBeenCalled();
  });

  it("posts nothing when not framed, and posts again when the body resizes", async () => {
    // Not framed: window.parent is the window itself, and nothing may be posted to it.
    const self = vi.spyOn(window, "postMessage");
    startHeightMessages("map", window)();
    window.dispatchEvent(new Event("resize"));
    await new Promise((r) => setTimeout(r, 50));
    expect(self).not.toHaveBeenCalled();
    self.mockRestore();
    let observed: ResizeObserverCallback | undefined;
    vi.stubGlobal("ResizeObserver", class {
      constructor(cb: ResizeObserverCallback) { observed = cb; }
      observe() {}
      disconnect() {}
    });
    const parent = mockParent();
    let height = 100;
    const spy = vi.spyOn(document.body, "getBoundingClientRect").mockImplementation(() => ({ height } as DOMRect));
    const stop = startHeightMessages("timeline", window);
    expect(parent.postMessage).toHaveBeenCalledWith({ type: "bp-atlas:height", chart: "timeline", height: 100 }, "*");
    // The same height in AMP's words, for an amp-iframe.
    expect(parent.postMessage).toHaveBeenLastCalledWith({ sentinel: "amp", type: "embed-size", height: 100 }, "*");
    height = 340;
    observed?.([], {} as ResizeObserver);
    await waitFor(() => expect(parent.postMessage).toHaveBeenCalledWith({ type: "bp-atlas:height", chart: "timeline", height: 340 }, "*"));
    expect(parent.postMessage).toHaveBeenLastCalledWith({ sentinel: "amp", type: "embed-size", height: 340 }, "*");
    stop();
    spy.mockRestore();
  });
});
