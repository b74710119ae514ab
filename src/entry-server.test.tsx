// @vitest-environment node
// The build-time render of an embed and of the explorer: the drawings, tables and credits are in the HTML.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PAGE_CHARTS, renderEmbed, renderExplorer, type DatasetTexts } from "./entry-server";
import { textFingerprint } from "./data/fingerprint";

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

describe("renderExplorer", () => {
  it("writes the default view: header, filter bar, timeline, membership charts and the static map, none of it ready", async () => {
    const page = await renderExplorer("en", texts);
    expect(page.html).not.toMatch(/<script|<template|status--loading|status--error|<!--\$[?!]/);
    expect(page.html).toMatch(/<h1>Budapest Process Atlas<\/h1>/);
    expect(page.html).toMatch(/class="filter-bar"/);
    expect(page.html.match(/class="tl-mark/g)?.length).toBeGreaterThan(40);
    for (const chart of ["timeline", "participation", "growth", "per-year"]) expect(page.html).toMatch(new RegExp(`<figure class="chart" data-chart="${chart}"`));
    expect(page.html.match(/class="static-map__marker"/g)?.length).toBeGreaterThan(10);
    // The views are ready once the browser has hydrated them, never in the HTML.
    expect(page.html.match(/data-ready="false"/g)).toHaveLength(3);
    expect(page.html).not.toMatch(/data-ready="true"/);
    expect(page.datasets).toEqual(expect.arrayContaining(["places", "conferences", "meetings", "phases", "countries"]));
    // One fingerprint per file read, of that file's text: the browser hydrates only the same files.
    expect(page.fingerprints).toEqual(page.datasets.map((n) => textFingerprint(texts[n]!)));
    // Every shipped file validates with no problem: the browser need not check them again.
    expect(page.validated).toEqual(page.fingerprints);
  });

  it("leaves a file with a record set aside out of the list the browser need not validate", async () => {
    const edited = texts.conferences!.replace('"ordinal": 1,', '"ordinal": "first",');
    const page = await renderEmbed({ chart: "timeline", lang: "en" }, { ...texts, conferences: edited });
    const conferences = page.datasets.indexOf("conferences");
    expect(page.fingerprints[conferences]).toBe(textFingerprint(edited));
    expect(page.validated).not.toContain(textFingerprint(edited));
    expect(page.validated).toHaveLength(page.fingerprints.length - 1);
  });

  it("sets a bad record aside as the browser does: the page says what could not be shown, lists the problem, and draws the rest", async () => {
    // A place whose latitude is a word: the place, and the meeting held there, cannot be drawn.
    const places = JSON.parse(texts.places!) as { id: string; lat: unknown }[];
    places.find((p) => p.id === "prague")!.lat = "north";
    const edited = JSON.stringify(places);
    const page = await renderExplorer("en", { ...texts, places: edited });
    const dist = (await renderExplorer("en", texts)).html;
    expect(page.html).not.toMatch(/<script|<template|status--loading|<!--\$[?!]/);
    expect(page.html).toMatch(/1 of 18 places could not be shown \(prague\)/);
    expect(page.html).toMatch(/<section id="data-problems"/);
    expect(page.html).toMatch(/<td><code>places\.json<\/code><\/td><td><code>prague<\/code><\/td><td><code>lat<\/code><\/td>/);
    // Every other place is still on the map, and the page is to be validated in the browser.
    expect(page.html.match(/class="static-map__marker"/g)?.length).toBeGreaterThan(10);
    expect(page.html).not.toMatch(/aria-label="Prague, \d+ events?"/);
    expect(dist).toMatch(/aria-label="Prague, \d+ events?"/);
    expect(page.validated).not.toContain(textFingerprint(edited));
    expect(page.validated).toHaveLength(page.fingerprints.length - 1);
  });

  it("says the same in an embed", async () => {
    const places = JSON.parse(texts.places!) as { id: string; lat: unknown }[];
    places.find((p) => p.id === "prague")!.lat = "north";
    const page = await renderEmbed({ chart: "map", lang: "en" }, { ...texts, places: JSON.stringify(places) });
    expect(page.html).not.toMatch(/<script|<template|status--loading/);
    expect(page.html).toMatch(/1 of 18 places could not be shown \(prague\)/);
  });
});
