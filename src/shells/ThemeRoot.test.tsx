// ThemeRoot writes the theme and language to <html>, and only when they change: a page whose
// head script set them already is not restyled as a whole when it hydrates.
import { afterEach, describe, expect, it } from "vitest";
import { act, render } from "@testing-library/react";
import { ThemeRoot } from "./ThemeRoot";
import { useAtlasStore } from "../state/store";

const html = document.documentElement;

function attributeWrites(): { names: () => (string | null)[]; stop: () => void } {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((r) => records.push(...r));
  observer.observe(html, { attributes: true });
  const names = () => {
    records.push(...observer.takeRecords());
    return records.map((r) => r.attributeName);
  };
  return { names, stop: () => observer.disconnect() };
}

afterEach(() => {
  useAtlasStore.setState({ theme: null, lang: null });
});

describe("ThemeRoot", () => {
  it("leaves <html> alone when it already has the theme and language", () => {
    html.dataset.theme = "dark";
    html.lang = "ru";
    useAtlasStore.setState({ theme: "dark", lang: "ru" });
    const writes = attributeWrites();
    render(<ThemeRoot><p>Atlas</p></ThemeRoot>);
    expect(writes.names()).toEqual([]);
    writes.stop();
  });

  it("writes a theme or language that changes", () => {
    html.dataset.theme = "light";
    html.lang = "en";
    useAtlasStore.setState({ theme: "light", lang: "en" });
    render(<ThemeRoot><p>Atlas</p></ThemeRoot>);
    const writes = attributeWrites();
    act(() => useAtlasStore.setState({ theme: "dark" }));
    expect(writes.names()).toEqual(["data-theme"]);
    expect(html.dataset.theme).toBe("dark");
    act(() => useAtlasStore.setState({ lang: "ru" }));
    expect(writes.names()).toEqual(["data-theme", "lang"]);
    expect(html.lang).toBe("ru");
    writes.stop();
  });
});
