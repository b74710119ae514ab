import { describe, expect, it } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import { DEFAULT_URL_STATE } from "../../src/state/urlState";
import { useAtlasStore } from "../../src/state/store";
import { embedUrl, iframeSnippet, resizeScript } from "../../src/state/links";
import { explorerUrl } from "../../src/state/explorerLinks";
import { ShareButton } from "../../src/components/ShareButton";

const HREF = "https://atlas.example.org/bp/index.html?mode=present&step=4#x";
const state = { ...DEFAULT_URL_STATE, from: 2003, to: 2019, types: ["conference" as const, "som" as const], country: "TUR", step: 4 };

describe("share links and snippets", () => {
  it("links the explorer with the current filters, absolute, on the same path", () => {
    expect(explorerUrl({ ...state, mode: "present" }, HREF)).toBe(
      "https://atlas.example.org/bp/index.html?from=2003&to=2019&type=conference,som&country=TUR",
    );
  });

  it("gives the prerendered page of a chosen chart, in the reader's language, with the filters", () => {
    const url = new URL(embedUrl(state, "timeline", HREF));
    expect(url.pathname).toBe("/bp/embed/timeline.html");
    expect(url.searchParams.get("mode")).toBeNull();
    expect(url.searchParams.get("from")).toBe("2003");
    expect(url.searchParams.get("type")).toBe("conference,som");
    expect(new URL(embedUrl({ ...state, lang: "ru" }, "growth", HREF)).pathname).toBe("/bp/ru/embed/growth.html");
    expect(url.searchParams.get("step")).toBeNull();
    expect(url.hash).toBe("");
  });

  it("writes an iframe snippet that the resize script can find", () => {
    const src = embedUrl(state, "map", HREF);
    const snippet = iframeSnippet(src, "map", 'Where "it" met');
    const doc = new DOMParser().parseFromString(snippet, "text/html");
    const iframe = doc.querySelector("iframe")!;
    expect(iframe.getAttribute("src")).toBe(src);
    expect(iframe.getAttribute("title")).toBe('Where "it" met');
    expect(iframe.getAttribute("data-bp-atlas")).toBe("map");
    expect(iframe.getAttribute("width")).toBe("100%");
  });

  it("gives a short host script that checks origin and message type and sets the height", () => {
    const script = resizeScript("https://atlas.example.org");
    const lines = script.split("\n");
    expect(lines.length).toBeLessThanOrEqual(10);
    expect(script).toContain('e.origin !== "https://atlas.example.org"');
    expect(script).toContain('"bp-atlas:height"');
    expect(script).toContain("iframe[data-bp-atlas]");
    expect(script).toContain("f.contentWindow === e.source");
    expect(script).toContain('f.style.height');
    // The script works: run its body against a fake page.
    const body = script.replace(/<\/?script>/g, "");
    let handler: ((e: unknown) => void) | undefined;
    const frame = { contentWindow: {}, style: { height: "" } };
    new Function("window", "document", body)(
      { addEventListener: (_: string, h: (e: unknown) => void) => (handler = h) },
      { querySelectorAll: () => [frame] },
    );
    handler!({ origin: "https://evil.example", source: frame.contentWindow, data: { type: "bp-atlas:height", height: 10 } });
    expect(frame.style.height).toBe("");
    handler!({ origin: "https://atlas.example.org", source: frame.contentWindow, data: { type: "bp-atlas:height", chart: "map", height: 412.3 } });
    expect(frame.style.height).toBe("413px");
  });
});

describe("ShareButton", () => {
  it("opens a dialog with the link, the iframe for the chosen chart and the script", async () => {
    useAtlasStore.setState({ from: 2003, to: 2019 });
    render(<ShareButton />);
    fireEvent.click(screen.getByRole("button", { name: "Share" }));
    const link = (await screen.findByLabelText("Link to this view")) as HTMLTextAreaElement;
    expect(link.value).toMatch(/^http:\/\/localhost(:\d+)?\/.*\?from=2003&to=2019$/);
    const code = screen.getByLabelText("Embed code") as HTMLTextAreaElement;
    expect(code.value).toContain("/embed/map.html?from=2003&amp;to=2019");
    fireEvent.change(screen.getByLabelText(/^Chart/), { target: { value: "membership" } });
    expect((screen.getByLabelText("Embed code") as HTMLTextAreaElement).value).toContain("/embed/membership.html?from=2003&amp;to=2019");
    expect((screen.getByLabelText(/Resize script/) as HTMLTextAreaElement).value).toContain("bp-atlas:height");
  });
});
