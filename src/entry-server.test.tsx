// @vitest-environment node
// The build-time render of an embed: the chart's drawing, its table and credits are in the HTML.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PAGE_CHARTS, renderEmbed, type DatasetTexts } from "./entry-server";

const DATA = join(__dirname, "../public/data");
const texts = Object.fromEntries(
  readdirSync(DATA).filter((f) => f.endsWith(".json")).map((f) => [f.replace(/\.json$/, ""), readFileSync(join(DATA, f), "utf8")]),
) as DatasetTexts;

describe("renderEmbed", () => {
  it("writes the timeline's svg, marks, table and credits", async () => {
    const page = await renderEmbed({ chart: "timeline", lang: "en" }, texts);
    expect(page.html).not.toMatch(/<script|<template|status--loading/);
    expect(page.html).toMatch(/<svg[^>]*class="timeline__svg"/);
    expect(page.html.match(/class="tl-milestone/g)?.length).toBeGreaterThan(5);
    expect(page.html).toMatch(/<table class="data-table">/);
    expect(page.title).toBe("The Budapest Process, 1991–2024");
  });

  it("writes the static map (country shapes and a marker per place) and its list of places", async () => {
    const page = await renderEmbed({ chart: "map", lang: "en" }, texts);
    expect(page.html).toMatch(/<svg class="static-map"/);
    expect(page.html.match(/class="static-map__marker"/g)?.length).toBeGreaterThan(10);
    expect(page.html).toMatch(/<nav class="map-places-nav" aria-label="Places on the map">/);
    expect(page.datasets).toEqual(expect.arrayContaining(["places", "conferences", "meetings"]));
  });

  it("writes every chart in Russian, with nothing left to load", async () => {
    for (const chart of PAGE_CHARTS) {
      const page = await renderEmbed({ chart, lang: "ru" }, texts);
      expect(page.html, chart).not.toMatch(/<script|<template|status--loading|status--error/);
      expect(page.html, chart).toMatch(/<svg/);
      expect(page.title, chart).toMatch(/[А-Яа-яё]{4,}/);
    }
  });
});
