// The map on phones and before its script: the static SVG map is in place before Leaflet loads,
// Leaflet takes over in the same box without moving anything, the basemap covers the frame at
// phone widths, and markers are named by the text a reader sees.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, waitForApp } from "./fixtures";
import type { Locator, Page } from "@playwright/test";

type Box = { x: number; y: number; width: number; height: number };

const canvas = (page: Page) => page.locator(".atlas-map__canvas").first();
const staticMap = (page: Page) => page.getByRole("region", { name: /^Map of the places/ }).locator("svg.static-map");

/** Holds the live map's code until the returned function is called. */
async function holdLeaflet(page: Page): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/LeafletMap-[^/]+\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** The smallest box around every country shape drawn in `scope`. */
async function shapesBox(scope: Locator): Promise<Box> {
  return scope.evaluateAll((paths) => {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const p of paths) {
      const r = p.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      x0 = Math.min(x0, r.left); y0 = Math.min(y0, r.top); x1 = Math.max(x1, r.right); y1 = Math.max(y1, r.bottom);
    }
    return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  });
}

function expectCovers(outer: Box, inner: Box, what: string) {
  expect(outer.x, `${what}: left edge`).toBeLessThanOrEqual(inner.x + 1);
  expect(outer.y, `${what}: top edge`).toBeLessThanOrEqual(inner.y + 1);
  expect(outer.x + outer.width, `${what}: right edge`).toBeGreaterThanOrEqual(inner.x + inner.width - 1);
  expect(outer.y + outer.height, `${what}: bottom edge`).toBeGreaterThanOrEqual(inner.y + inner.height - 1);
}

/**
 * Fails on a shape drawn across most of the world, as a ring crossing the 180th meridian is
 * when drawn point to point (a band across the map). The world's width in pixels comes from two
 * markers of known longitude: Istanbul (28.98° E) and Islamabad (73.05° E).
 */
async function expectNoBand(map: Locator, shapes: Locator) {
  const [ix] = await centre(map.getByRole("img", { name: /^Istanbul,/ }));
  const [px] = await centre(map.getByRole("img", { name: /^Islamabad,/ }));
  const world = ((px - ix) / (73.05 - 28.98)) * 360;
  const widest = await shapes.evaluateAll((ps) => Math.max(...ps.map((p) => p.getBoundingClientRect().width)));
  expect(widest, "widest country shape, against the world's width").toBeLessThan(world * 0.6);
}

async function centre(l: Locator): Promise<[number, number]> {
  const b = (await l.boundingBox())!;
  return [b.x + b.width / 2, b.y + b.height / 2];
}

for (const width of [320, 360, 390]) {
  for (const [name, url] of [["map embed", "/?mode=embed&chart=map"], ["explorer", "/"]] as const) {
    test(`${name} at ${width}px: static map first, then Leaflet in the same box, the basemap covering the frame`, async ({ page }) => {
      await page.setViewportSize({ width, height: 780 });
      const release = await holdLeaflet(page);
      await page.goto(url);

      // Before Leaflet: an SVG with the country shapes and the markers, nothing of Leaflet.
      await expect(staticMap(page).locator("path").first()).toBeAttached();
      expect(await staticMap(page).locator("path").count()).toBeGreaterThan(40);
      await expect(staticMap(page).getByRole("img", { name: "Istanbul, 13 events" })).toBeAttached();
      await expect(page.locator(".leaflet-container")).toHaveCount(0);
      await canvas(page).scrollIntoViewIfNeeded();
      const frame = (await canvas(page).boundingBox())!;
      expectCovers((await staticMap(page).boundingBox())!, frame, "static map element");
      // A prerendered map was framed for a 640 px box at build time; once the page has hydrated
      // it is framed for its own box, as the live map will be.
      await waitForApp(page);
      await expect.poll(async () => {
        const shapes = await shapesBox(staticMap(page).locator("path"));
        return shapes.y + shapes.height >= frame.y + frame.height - 1 && shapes.x + shapes.width >= frame.x + frame.width - 1;
      }).toBe(true);
      expectCovers(await shapesBox(staticMap(page).locator("path")), frame, "static country shapes");
      await expectNoBand(staticMap(page), staticMap(page).locator("path"));
      const staticIstanbul = await centre(staticMap(page).getByRole("img", { name: /^Istanbul/ }));

      // A pointer on the map asks for the live map; it replaces the static one in place.
      await canvas(page).hover();
      release();
      await expect(page.locator(".leaflet-container")).toBeVisible();
      await expect(page.locator("svg.static-map")).toHaveCount(0);
      const live = page.locator(".leaflet-overlay-pane path.atlas-marker:not(.atlas-marker--hidden)");
      await expect.poll(() => live.count()).toBeGreaterThan(10);
      expect(await canvas(page).boundingBox(), "the box keeps its place and size").toEqual(frame);
      const liveIstanbul = await centre(page.getByRole("img", { name: /^Istanbul, 13 events/ }));
      expect(Math.abs(liveIstanbul[0] - staticIstanbul[0]), "no sideways jump").toBeLessThanOrEqual(1);
      expect(Math.abs(liveIstanbul[1] - staticIstanbul[1]), "no vertical jump").toBeLessThanOrEqual(1);
      await expect.poll(() => page.locator(".leaflet-overlay-pane path:not(.atlas-marker)").count()).toBeGreaterThan(40);
      const liveShapes = page.locator(".leaflet-overlay-pane path:not(.atlas-marker)");
      expectCovers(await shapesBox(liveShapes), frame, "live country shapes");
      await expectNoBand(page.locator(".leaflet-overlay-pane"), liveShapes);

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, "horizontal overflow").toBeLessThanOrEqual(0);
    });
  }
}

test("a marker's accessible name starts with the label its tooltip shows; the list's buttons too", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("section#view-map")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
  // The live map loads when the reader reaches for it.
  await page.locator("#view-map .atlas-map__canvas").hover({ position: { x: 2, y: 2 } });
  const marker = page.locator("#view-map path.atlas-marker:not(.atlas-marker--hidden)").first();
  await expect(marker).toBeAttached();
  await marker.scrollIntoViewIfNeeded();
  await marker.hover({ force: true });
  const shown = (await page.locator(".leaflet-tooltip").textContent())!;
  expect(shown).toMatch(/^\S.*, \d+ events?$/);
  expect(await marker.getAttribute("role")).toBe("img");
  expect(await marker.getAttribute("aria-label")).toMatch(new RegExp(`^${shown.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  const place = shown.split(",")[0];
  const button = page.getByRole("navigation", { name: "Places on the map" }).getByRole("button", { name: new RegExp(`^${place},`) });
  expect((await button.textContent())!.startsWith(place)).toBe(true);
});

test("the attribution is one small line without Leaflet's flag", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/?mode=embed&chart=map");
  const line = page.locator(".leaflet-control-attribution");
  await expect(line).toHaveText("Country outlines: Natural Earth");
  await expect(line.locator("svg, a")).toHaveCount(0);
  expect((await line.boundingBox())!.height).toBeLessThanOrEqual(18);
});

for (const theme of ["light", "dark"] as const) {
  test(`axe: the static map before Leaflet, ${theme} theme, has no serious violation`, async ({ page }) => {
    await holdLeaflet(page);
    await page.goto(`/?mode=embed&chart=map&theme=${theme}`);
    await expect(staticMap(page).getByRole("img", { name: "Istanbul, 13 events" })).toBeAttached();
    const results = await new AxeBuilder({ page }).include(".atlas-map").analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
  });
}

test("before Leaflet loads, the SVG download is the static map: shapes and markers", async ({ page }) => {
  await holdLeaflet(page);
  await page.goto("/?mode=embed&chart=map");
  await expect(staticMap(page).getByRole("img", { name: "Istanbul, 13 events" })).toBeAttached();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /SVG/ }).click()]);
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(download.suggestedFilename()).toMatch(/^budapest-process-map_1991-2024_.*\.svg$/);
  expect(text.match(/<circle/g)?.length).toBeGreaterThanOrEqual(17);
  expect(text.match(/<path/g)?.length).toBeGreaterThan(40);
});
