// PNG, SVG and CSV downloads, in the explorer (every chart has its buttons) and in the map embed:
// real files, the PNG at twice the chart's size, the SVG self-describing, the CSV the chart's rows.
import { readFileSync } from "node:fs";
import { csvParse } from "d3-dsv";
import { test, expect } from "./fixtures";
import type { Locator, Page, TestInfo } from "@playwright/test";

const TITLE: Record<string, string> = {
  timeline: "The Budapest Process, 1991–2024",
  "per-year": "Budapest Process meetings per year",
  map: "Where the Budapest Process met",
};
const SOURCE = "Source: Budapest Process Secretariat (ICMPD) documents, compiled by the Budapest Process Atlas";
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const conferences = JSON.parse(readFileSync("public/data/conferences.json", "utf8")) as unknown[];
const meetings = JSON.parse(readFileSync("public/data/meetings.json", "utf8")) as unknown[];

/** Clicks a download button and returns the saved file and its suggested name. */
async function download(page: Page, scope: Locator, info: TestInfo, format: "PNG" | "SVG" | "CSV"): Promise<{ name: string; bytes: Buffer }> {
  const label = { PNG: "Download the chart as a PNG image", SVG: "Download the chart as an SVG vector image", CSV: "Download the chart's numbers as a CSV table" }[format];
  const button = scope.getByRole("button", { name: format, exact: true });
  await expect(button).toHaveAccessibleDescription(label);
  const [dl] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const name = dl.suggestedFilename();
  const path = info.outputPath(name);
  await dl.saveAs(path);
  expect(await dl.failure()).toBeNull();
  return { name, bytes: readFileSync(path) };
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), "PNG signature").toBe(true);
  expect(bytes.subarray(12, 16).toString("ascii"), "first chunk is IHDR").toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Parses the SVG in the page; returns its text with tspans joined by spaces. */
async function svgText(page: Page, svg: string): Promise<string> {
  expect(svg).toMatch(/<svg[\s>]/);
  const parsed = await page.evaluate((src) => {
    const doc = new DOMParser().parseFromString(src, "image/svg+xml");
    return {
      error: doc.getElementsByTagName("parsererror").length > 0,
      root: doc.documentElement.localName,
      title: doc.querySelector("svg > title")?.textContent ?? "",
      text: [...doc.querySelectorAll("tspan")].map((t) => t.textContent).join(" "),
    };
  }, svg);
  expect(parsed.error, "SVG parses").toBe(false);
  expect(parsed.root).toBe("svg");
  return `${parsed.title}\n${parsed.text}`;
}

function csvRows(bytes: Buffer) {
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  return csvParse(text);
}

/** Opens a page, waits for the chart's drawing and returns the chart's download scope. */
async function open(page: Page, url: string, scope: string, drawn: string): Promise<Locator> {
  await page.goto(url);
  const root = page.locator(scope);
  // A page drawn at build time works once it has hydrated: its views say so (data-ready).
  await expect(page.locator('[data-ready="false"]')).toHaveCount(0, { timeout: 20_000 });
  // The live map loads when the reader reaches for it (a pointer on the map's corner).
  if (drawn.includes("atlas-marker")) await root.locator(".atlas-map__canvas").hover({ position: { x: 2, y: 2 } });
  await expect(root.locator(drawn).first()).toBeVisible({ timeout: 15_000 });
  await expect(root.getByRole("group", { name: "Download" })).toBeVisible();
  return root;
}

test("explorer timeline: PNG at 2×, SVG with title and source, CSV with the table's rows", async ({ page }, info) => {
  const scope = await open(page, "/?from=2000&to=2012", 'figure[data-chart="timeline"]', ".chart__body svg");
  const chartWidth = await page.locator('figure[data-chart="timeline"] .chart__body svg').evaluate((el) => el.getBoundingClientRect().width);

  const png = await download(page, scope, info, "PNG");
  expect(png.name).toMatch(/^budapest-process-timeline_2000-2012_\d{4}-\d{2}-\d{2}\.png$/);
  const size = pngSize(png.bytes);
  expect(size.width, `PNG ${size.width}px for a ${chartWidth}px chart`).toBeGreaterThanOrEqual(2 * Math.floor(chartWidth));
  expect(size.height).toBeGreaterThan(0);
  expect(png.bytes.length, "PNG has content").toBeGreaterThan(5_000);

  const svg = await download(page, scope, info, "SVG");
  expect(svg.name).toMatch(/^budapest-process-timeline_2000-2012_.*\.svg$/);
  const text = await svgText(page, svg.bytes.toString("utf8"));
  expect(text).toContain(TITLE.timeline);
  expect(text).toContain(SOURCE);
  expect(text).toContain("2000–2012");

  const csv = await download(page, scope, info, "CSV");
  expect(csv.name).toMatch(/^budapest-process-timeline_2000-2012_.*\.csv$/);
  const rows = csvRows(csv.bytes);
  expect(rows.columns).toEqual(expect.arrayContaining(["id", "kind", "title", "date_start", "place", "sources"]));
  await page.locator('figure[data-chart="timeline"] details.chart__table summary').click();
  await page.locator('figure[data-chart="timeline"] details.chart__table table tbody tr').first().waitFor();
  const tableRows = await page.locator('figure[data-chart="timeline"] details.chart__table table tbody tr').count();
  expect(tableRows).toBeGreaterThan(0);
  expect(rows.length).toBe(tableRows);
  for (const r of rows) expect(Number(r.date_start!.slice(0, 4))).toBeGreaterThanOrEqual(2000);
});

test("explorer per-year: PNG at 2×, CSV one row per year matching the table's totals", async ({ page }, info) => {
  const scope = await open(page, "/", 'figure[data-chart="per-year"]', ".chart__body svg");
  const chartWidth = await page.locator('figure[data-chart="per-year"] .chart__body svg').evaluate((el) => el.getBoundingClientRect().width);
  const png = await download(page, scope, info, "PNG");
  expect(png.name).toMatch(/^budapest-process-per-year_1991-2024_.*\.png$/);
  expect(pngSize(png.bytes).width).toBeGreaterThanOrEqual(2 * Math.floor(chartWidth));

  const svg = await download(page, scope, info, "SVG");
  const text = await svgText(page, svg.bytes.toString("utf8"));
  expect(text).toContain(TITLE["per-year"]);
  expect(text).toContain(SOURCE);

  const csv = await download(page, scope, info, "CSV");
  expect(csv.name).toMatch(/^budapest-process-per-year_1991-2024_.*\.csv$/);
  const rows = csvRows(csv.bytes);
  // The table lists only years with events; the CSV lists every year of the range, zeros included.
  await page.locator('figure[data-chart="per-year"] details.chart__table summary').click();
  await page.locator('figure[data-chart="per-year"] details.chart__table table').waitFor();
  const table = await page.locator('figure[data-chart="per-year"] details.chart__table table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("td")].slice(0, 2).map((td) => Number(td.textContent))),
  );
  const nonZero = rows.filter((r) => Number(r.total) > 0).map((r) => [Number(r.year), Number(r.total)]);
  expect(nonZero).toEqual(table);
  // One row per year, then the reporting periods that some items are dated by instead of a year,
  // then how the chart is counted.
  const counted = rows.filter((r) => r.year !== "note");
  expect(counted.filter((r) => /^\d{4}$/.test(r.year!)).length).toBe(2024 - 1991 + 1);
  expect(counted.filter((r) => /^\d{4}–\d{4}$/.test(r.year!)).map((r) => r.year)).toEqual(["2015–2016", "2015–2017", "2019–2020"]);
  expect(rows.at(-1)).toMatchObject({ year: "note", note: expect.stringMatching(/^Meetings held are counted in the year they start/) });
  expect(counted.reduce((s, r) => s + Number(r.total), 0)).toBe(conferences.length + meetings.length);
});

test("map embed: PNG at 2× the map, SVG with title and source, CSV one row per event", async ({ page }, info) => {
  const scope = await open(page, "/?mode=embed&chart=map", "main.embed", ".leaflet-container path.atlas-marker");
  const mapWidth = await page.locator(".leaflet-container").evaluate((el) => el.getBoundingClientRect().width);
  const png = await download(page, scope, info, "PNG");
  expect(png.name).toMatch(/^budapest-process-map_1991-2024_.*\.png$/);
  expect(pngSize(png.bytes).width).toBeGreaterThanOrEqual(2 * Math.floor(mapWidth));

  const svg = await download(page, scope, info, "SVG");
  const src = svg.bytes.toString("utf8");
  const text = await svgText(page, src);
  expect(text).toContain(TITLE.map);
  expect(text).toContain(SOURCE);
  expect(src).toContain("atlas-marker");
  // The country shapes are in the image too, behind the markers, not only the markers.
  const markersDrawn = await page.locator(".leaflet-container path.atlas-marker").count();
  const paths = src.match(/<path\b[^>]*>/g) ?? [];
  expect(paths.length - markersDrawn, "country shapes in the SVG").toBeGreaterThan(150);
  expect(paths.findIndex((p) => p.includes("atlas-marker")), "markers drawn after (above) the shapes").toBeGreaterThan(150);

  const csv = await download(page, scope, info, "CSV");
  expect(csv.name).toMatch(/^budapest-process-map_1991-2024_.*\.csv$/);
  const rows = csvRows(csv.bytes);
  expect(rows.length).toBe(conferences.length + meetings.length);
  expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
});

test("explorer map after a year change: the SVG holds the places shown, not those the filter hides", async ({ page }, info) => {
  const scope = await open(page, "/", "#view-map", "path.atlas-marker");
  const shown = page.locator("#view-map path.atlas-marker:not(.atlas-marker--hidden)");
  const all = await shown.count();
  await page.getByLabel(/^From/).selectOption("2015");
  await page.getByLabel(/^to/).selectOption("2017");
  await expect.poll(() => shown.count()).toBeLessThan(all);
  const inRange = await shown.count();
  expect(await page.locator("#view-map path.atlas-marker--hidden").count(), "places out of range are kept, hidden").toBeGreaterThan(0);
  const src = (await download(page, scope, info, "SVG")).bytes.toString("utf8");
  expect(src.match(/<path\b[^>]*atlas-marker/g) ?? []).toHaveLength(inRange);
});
