// The explorer on the real datasets: three linked views, the timeline brush, the country search,
// the URL contract (reload, back/forward), keyboard reach and a phone-width layout.
import { test, expect, waitForApp } from "./fixtures";
import type { Page } from "@playwright/test";
import { generatedData } from "../../bench/generatedData";

const count = (page: Page) => page.getByTestId("filter-count");
const markers = (page: Page) => page.locator("#view-map path.atlas-marker:not(.atlas-marker--hidden)");
const perYearSummary = (page: Page) => page.locator('figure[data-chart="per-year"] figcaption.chart__summary');
const fromSelect = (page: Page) => page.getByRole("combobox", { name: "From", exact: true });
const toSelect = (page: Page) => page.getByRole("combobox", { name: "to", exact: true });
const countryPanelHeading = (page: Page) => page.getByRole("heading", { level: 2, name: "Iran" });
const brushSlider = (page: Page) => page.getByRole("slider", { name: /^Year range/ });
const mapPanel = (page: Page) => page.getByRole("complementary", { name: /^Events in / });
const search = (page: Page) => new URL(page.url()).searchParams;

/** The live map loads when the reader reaches for it: a pointer on the map's corner, away
 *  from the markers, as a reader moving to the map would. */
async function reachMap(page: Page): Promise<void> {
  await page.locator("#view-map .atlas-map__canvas").hover({ position: { x: 2, y: 2 } });
}

/** Opens the explorer and waits until all three views are drawn. */
async function openExplorer(page: Page, query = ""): Promise<void> {
  await page.goto(`/${query}`);
  await waitForApp(page);
  for (const id of ["view-map", "view-timeline", "view-membership"]) {
    await expect(page.locator(`section#${id}`)).toHaveAttribute("data-ready", "true");
  }
  await expect(count(page)).toHaveText(/^\d+ of \d+ events$/);
  await reachMap(page);
  await expect.poll(() => markers(page).count()).toBeGreaterThan(10);
}

/** Viewport x of a year on the timeline axis, interpolated between its labelled ticks. */
async function timelineX(page: Page, year: number): Promise<number> {
  const ticks = await page.locator('figure[data-chart="timeline"] .tl-axis g').evaluateAll((gs) =>
    gs.map((g) => {
      const r = g.getBoundingClientRect();
      return { year: Number(g.textContent), x: r.left + r.width / 2 };
    }),
  );
  const sorted = ticks.filter((t) => Number.isFinite(t.year)).sort((a, b) => a.year - b.year);
  expect(sorted.length).toBeGreaterThan(2);
  const hit = sorted.find((t) => t.year === year);
  if (hit) return hit.x;
  const lo = [...sorted].reverse().find((t) => t.year < year)!;
  const hi = sorted.find((t) => t.year > year)!;
  return lo.x + ((year - lo.year) / (hi.year - lo.year)) * (hi.x - lo.x);
}

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((sel) => !!document.activeElement?.matches(sel), selector)) return;
  }
  throw new Error(`Tab never reached ${selector} in ${max} presses`);
}

async function expectFocusVisible(page: Page, what: string): Promise<void> {
  const style = await page.evaluate(() => {
    const el = document.activeElement!;
    const cs = getComputedStyle(el);
    return { outline: cs.outlineStyle, width: cs.outlineWidth, matches: el.matches(":focus-visible") };
  });
  expect(style.matches, `${what} matches :focus-visible`).toBe(true);
  expect(style.outline, `${what} has a visible outline`).not.toBe("none");
  expect(parseFloat(style.width), `${what} outline width`).toBeGreaterThan(0);
}

test("all three views render; the timeline brush filters count, markers, per-year chart and URL", async ({ page }) => {
  await openExplorer(page);
  const before = { count: await count(page).textContent(), markers: await markers(page).count(), summary: await perYearSummary(page).textContent() };
  expect(before.count).toMatch(/^(\d+) of \1 events$/);
  await expect(page.locator('figure[data-chart="participation"] svg')).toBeVisible();
  await expect(page.locator('figure[data-chart="growth"] svg')).toBeVisible();

  const overlay = brushSlider(page);
  await overlay.scrollIntoViewIfNeeded();
  const box = (await overlay.boundingBox())!;
  const y = box.y + box.height / 2;
  const x0 = (await timelineX(page, 2015)) + 2;
  const x1 = (await timelineX(page, 2018)) + 2;
  await page.mouse.move(x0, y);
  await page.mouse.down();
  await page.mouse.move((x0 + x1) / 2, y, { steps: 3 });
  await page.mouse.move(x1, y, { steps: 3 });
  await page.mouse.up();

  await expect.poll(() => search(page).get("from")).toBe("2015");
  expect(search(page).get("to")).toBe("2018");
  await expect(count(page)).not.toHaveText(before.count!);
  const [shown, total] = (await count(page).textContent())!.match(/\d+/g)!.map(Number);
  expect(shown).toBeLessThan(total);
  expect(shown).toBeGreaterThan(0);
  await expect.poll(() => markers(page).count()).toBeLessThan(before.markers);
  await expect(perYearSummary(page)).not.toHaveText(before.summary!);
  await expect(perYearSummary(page)).toContainText("2015–2018");
  await expect(brushSlider(page)).toHaveAttribute("aria-valuetext", "2015–2018");
});

test("country search filters; the URL survives a reload; back and forward restore filters", async ({ page }) => {
  await openExplorer(page);
  const all = (await count(page).textContent())!;
  const allMarkers = await markers(page).count();

  // 1st history entry: a year range through the selects.
  await fromSelect(page).selectOption("2000");
  await expect.poll(() => search(page).get("from")).toBe("2000");
  const ranged = (await count(page).textContent())!;

  // 2nd: a country through the search field.
  const input = page.getByRole("combobox", { name: "Country", exact: true });
  await input.fill("Iran");
  await expect.poll(() => search(page).get("country")).toBe("IRN");
  await expect(countryPanelHeading(page)).toBeVisible();
  await expect(page.getByRole("region", { name: "Iran" }).getByRole("listitem").first()).toBeVisible();
  await expect(count(page)).not.toHaveText(ranged);
  const countryCount = (await count(page).textContent())!;
  const countryMarkers = await markers(page).count();
  expect(countryMarkers).toBeLessThan(allMarkers);
  expect(Number(countryCount.match(/\d+/)![0])).toBeLessThan(Number(ranged.match(/\d+/)![0]));
  await expect(page.getByRole("list", { name: "Active filters" })).toContainText("Iran");

  // Reload: same URL, same filters, same selects.
  const url = page.url();
  await page.reload();
  await waitForApp(page);
  await expect(page.locator("section#view-map")).toHaveAttribute("data-ready", "true");
  expect(page.url()).toBe(url);
  await expect(count(page)).toHaveText(countryCount);
  await expect(fromSelect(page)).toHaveValue("2000");
  await expect(toSelect(page)).toHaveValue("2024");
  await expect(countryPanelHeading(page)).toBeVisible();
  await reachMap(page);
  await expect.poll(() => markers(page).count()).toBe(countryMarkers);

  // Back: the range without the country; back again: everything; forward twice: the country again.
  await page.goBack();
  await expect.poll(() => search(page).get("country")).toBeNull();
  expect(search(page).get("from")).toBe("2000");
  await expect(count(page)).toHaveText(ranged);
  await expect(countryPanelHeading(page)).toHaveCount(0);
  await page.goBack();
  await expect.poll(() => search(page).get("from")).toBeNull();
  await expect(count(page)).toHaveText(all);
  await expect(fromSelect(page)).toHaveValue("1991");
  await expect.poll(() => markers(page).count()).toBe(allMarkers);
  await page.goForward();
  await expect(count(page)).toHaveText(ranged);
  await expect(fromSelect(page)).toHaveValue("2000");
  await page.goForward();
  await expect(count(page)).toHaveText(countryCount);
  await expect(countryPanelHeading(page)).toBeVisible();
});

test("keyboard: Tab reaches the selects, a place button, a timeline mark and the brush, with visible focus", async ({ page }) => {
  await openExplorer(page);
  await page.locator("body").click({ position: { x: 1, y: 1 } });

  await tabTo(page, ".filter-bar select");
  await expectFocusVisible(page, "From select");
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SELECT");
  await expectFocusVisible(page, "To select");

  await tabTo(page, "ul.map-places button");
  await expectFocusVisible(page, "place button");
  const place = (await page.evaluate(() => document.activeElement!.textContent))!;
  await page.keyboard.press("Enter");
  await expect(mapPanel(page)).toBeVisible();
  const placeName = place.replace(/, \d+ events?$/, "");
  await expect(page.getByRole("complementary", { name: `Events in ${placeName}` })).toBeVisible();
  await expect(page.locator("ul.map-places button[aria-pressed=true]")).toHaveCount(1);

  await tabTo(page, "g.tl-mark");
  await expectFocusVisible(page, "timeline mark");
  const label = await page.evaluate(() => document.activeElement!.getAttribute("aria-label"));
  await page.keyboard.press("Enter");
  const mark = page.locator(`g.tl-mark[aria-label="${label!.replace(/"/g, '\\"')}"]`);
  await expect(mark).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => search(page).get("selected")).not.toBeNull();
  const details = page.getByRole("region", { name: "Event details" });
  await expect(details).toBeVisible();
  await expect(details.getByRole("listitem").first()).toBeVisible();
  await expect(details.locator("q.sources__quote").first()).not.toBeEmpty();

  await tabTo(page, "rect.tl-brush__overlay");
  await expectFocusVisible(page, "brush");
  const brush = brushSlider(page);
  await expect(brush).toHaveAttribute("aria-valuetext", "1991–2024");
  // The full range cannot move: Shift+Left narrows it, then plain arrows move it.
  await page.keyboard.press("Shift+ArrowLeft");
  await expect(brush).toHaveAttribute("aria-valuetext", "1991–2023");
  await page.keyboard.press("ArrowRight");
  await expect(brush).toHaveAttribute("aria-valuetext", "1992–2024");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Shift+ArrowLeft");
  await expect(brush).toHaveAttribute("aria-valuetext", "1991–2022");
  await expect.poll(() => search(page).get("to")).toBe("2022");
  await expect(toSelect(page)).toHaveValue("2022");
  // Focus stays on the brush while the range changes.
  expect(await page.evaluate(() => document.activeElement?.matches("rect.tl-brush__overlay"))).toBe(true);
});

test("390×844: no horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openExplorer(page);
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, `scrollWidth ${scroll} > clientWidth ${client}`).toBeLessThanOrEqual(client);
  // Still so with a filter on and a place panel open.
  await page.locator("ul.map-places button").first().click();
  await expect(mapPanel(page)).toBeVisible();
  const after = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(after).toBeLessThanOrEqual(0);
});

test("region filter: keeps the events hosted in that region in every view, survives a reload, and its chip removes it", async ({ page }) => {
  await openExplorer(page);
  const all = (await count(page).textContent())!;
  const allMarkers = await markers(page).count();
  const region = page.getByRole("combobox", { name: "Region", exact: true });
  await region.selectOption("silk-routes");
  await expect.poll(() => search(page).get("region")).toBe("silk-routes");
  await expect(count(page)).not.toHaveText(all);
  await expect.poll(() => markers(page).count()).toBeLessThan(allMarkers);
  // Silk Routes hosts (Islamabad, Tehran, Erbil…) stay; South East and EU hosts go.
  const places = page.locator("ul.map-places button");
  await expect(places.filter({ hasText: "Islamabad" })).toHaveCount(1);
  await expect(places.filter({ hasText: "Budapest" })).toHaveCount(0);
  await expect(places.filter({ hasText: "Belgrade" })).toHaveCount(0);
  await expect(perYearSummary(page)).toContainText(`${(await count(page).textContent())!.match(/\d+/)![0]} of`);
  const regional = (await count(page).textContent())!;

  await page.reload();
  await waitForApp(page);
  await expect(region).toHaveValue("silk-routes");
  await expect(count(page)).toHaveText(regional);

  await page.getByRole("list", { name: "Active filters" }).getByRole("button", { name: /Silk Routes/ }).click();
  await expect.poll(() => search(page).get("region")).toBeNull();
  await expect(count(page)).toHaveText(all);
});

test("map markers: hovering shows the place and its count as text, clicking opens the place's events", async ({ page }) => {
  await openExplorer(page);
  const marker = markers(page).first();
  await marker.scrollIntoViewIfNeeded();
  await marker.hover({ force: true });
  const tooltip = page.locator(".leaflet-tooltip");
  await expect(tooltip).toHaveText(/^.+, \d+ events?$/);
  const place = (await tooltip.textContent())!.replace(/, \d+ events?$/, "");
  await marker.click({ force: true });
  await expect(mapPanel(page).getByRole("heading").first()).toContainText(place);
  await expect(page.locator(".map-panel .map-event").first()).toBeVisible();
});

test("selecting a meeting on the timeline opens its place on the map; deselecting it closes the place again", async ({ page }) => {
  await openExplorer(page);
  const mark = page.locator('figure[data-chart="timeline"] g.tl-mark[role=button]').nth(3);
  await mark.click();
  await expect(mark).toHaveAttribute("aria-pressed", "true");
  await expect(mapPanel(page)).toBeVisible();
  await expect(page.locator(".map-panel .map-event--selected")).toHaveCount(1);
  await mark.click();
  await expect(mark).toHaveAttribute("aria-pressed", "false");
  await expect(mapPanel(page)).toHaveCount(0);
});

test("at 400 places nearby places are drawn as one; selecting one zooms in, and filters still apply", async ({ page }) => {
  const big = generatedData(4_000, 400, "public");
  await page.route("**/data/meetings.json", (r) => r.fulfill({ contentType: "application/json", body: big.meetings }));
  await page.route("**/data/places.json", (r) => r.fulfill({ contentType: "application/json", body: big.places }));
  await page.goto("/");
  await expect(page.locator("section#view-map")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
  await reachMap(page);
  const clusters = page.locator("#view-map path.atlas-marker--cluster:not(.atlas-marker--hidden)");
  await expect.poll(() => clusters.count()).toBeGreaterThan(5);
  expect(await markers(page).count(), "fewer markers than places").toBeLessThan(300);
  await expect(page.locator(".map-legend")).toContainText("places close together");

  const group = clusters.first();
  await group.hover();
  await expect(page.locator(".leaflet-tooltip")).toHaveText(/^\d+ places close together, \d+ events: select to zoom in$/);
  const before = await group.elementHandle();
  await group.click();
  // The groups belong to a zoom level: zooming in replaces them.
  await expect.poll(() => before!.evaluate((el) => el.isConnected)).toBe(false);

  const shown = await markers(page).count();
  await fromSelect(page).selectOption("2020");
  await toSelect(page).selectOption("2020");
  await expect(count(page)).toHaveText(/^\d{1,3} of /);
  await expect.poll(() => markers(page).count()).not.toBe(shown);
});

test("a filter change is announced once: the count is the only live region that changes", async ({ page }) => {
  await openExplorer(page);
  await page.evaluate(() => {
    const w = window as unknown as { __spoke: string[] };
    w.__spoke = [];
    new MutationObserver((records) => {
      for (const r of records) {
        const live = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest("[aria-live]");
        if (live && live.getAttribute("aria-live") !== "off") w.__spoke.push(live.getAttribute("data-testid") ?? live.className);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await fromSelect(page).selectOption("2010");
  await expect(perYearSummary(page)).toContainText("2010–2024");
  const spoke = await page.evaluate(() => [...new Set((window as unknown as { __spoke: string[] }).__spoke)]);
  expect(spoke).toEqual(["filter-count"]);
});
