// The explorer drawn into index.html at build time: its default view (header, filter bar,
// timeline, membership charts, the static map with its markers) is in the HTML before any
// script runs; with scripts it hydrates in place, with no error and nothing moving, then
// applies the address's filters; the presenter, embeds and other languages never show it.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

const SIZES = [
  { width: 360, height: 740 },
  { width: 1366, height: 768 },
];

/** Holds the app's entry script until the returned function is called. */
async function holdScript(page: Page): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Boxes of the page's parts and views, rounded to the pixel. */
async function boxes(page: Page): Promise<Record<string, number[]>> {
  return page.evaluate(() => {
    const out: Record<string, number[]> = {};
    const pick = (name: string, el: Element | null) => {
      if (!el) return;
      const r = el.getBoundingClientRect();
      out[name] = [r.x, r.y + window.scrollY, r.width, r.height].map(Math.round);
    };
    pick("title", document.querySelector("h1"));
    pick("filter bar", document.querySelector(".filter-bar"));
    for (const id of ["view-map", "view-timeline", "view-membership"]) pick(id, document.getElementById(id));
    pick("map box", document.querySelector(".atlas-map__canvas"));
    document.querySelectorAll("figure.chart").forEach((f) => pick(`figure ${f.getAttribute("data-chart")}`, f));
    pick("data section", document.getElementById("data"));
    return out;
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const size of SIZES) {
    test(`at ${size.width}px the default view is in the page: title, timeline, charts, static map`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Budapest Process Atlas");
      await expect(page.getByTestId("filter-count")).toHaveText(/^\d+ of \d+ events$/);
      // The timeline: a mark per event, in its figure.
      const timeline = page.locator('figure[data-chart="timeline"]');
      await timeline.scrollIntoViewIfNeeded();
      await expect(timeline.locator(".chart__body svg").first()).toBeVisible();
      expect(await timeline.locator(".tl-mark").count()).toBeGreaterThan(40);
      // The membership charts, each with marks of real geometry.
      for (const chart of ["participation", "growth", "per-year"]) {
        const svg = page.locator(`figure[data-chart="${chart}"] .chart__body svg`);
        await svg.scrollIntoViewIfNeeded();
        await expect(svg).toBeVisible();
        expect(await svg.locator("rect, path, circle").count(), `${chart} marks`).toBeGreaterThan(5);
        const box = (await svg.boundingBox())!;
        expect(box.width).toBeGreaterThan(250);
        expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      }
      // The static map: country shapes and a named marker per place; the places as buttons.
      const map = page.getByRole("region", { name: /^Map of the places/ });
      await map.scrollIntoViewIfNeeded();
      await expect(map).toBeVisible();
      expect(await map.locator("svg path").count()).toBeGreaterThan(50);
      expect(await map.locator("circle.static-map__marker").count()).toBeGreaterThan(10);
      await expect(map.getByRole("img", { name: "Istanbul, 13 events" })).toBeAttached();
      const mapBox = (await map.boundingBox())!;
      expect(mapBox.x + mapBox.width).toBeLessThanOrEqual(size.width);
      // Nothing claims to be drawn by the app: no script has run.
      await expect(page.locator('[data-ready="true"]')).toHaveCount(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow at ${size.width} px`).toBeLessThanOrEqual(0);
    });
  }
});

test.describe("with JavaScript", () => {
  for (const size of SIZES) {
    test(`at ${size.width}px it hydrates in place, with no error and no view moving`, async ({ page }) => {
      await page.setViewportSize(size);
      const release = await holdScript(page);
      await page.goto("/", { waitUntil: "commit" });
      await expect(page.locator("#view-timeline .chart__body svg").first()).toBeAttached();
      // Measured as first painted: with its styles (they block the first paint).
      await page.waitForFunction(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((l) => l.disabled || l.sheet));
      await expect(page.locator("[data-ready]").first()).toHaveAttribute("data-ready", "false");
      const before = await boxes(page);
      // The prerendered elements themselves, to tell hydration from drawing anew.
      await page.evaluate(() => {
        const w = window as unknown as { __pre: Element[] };
        w.__pre = [document.querySelector("h1")!, document.querySelector('figure[data-chart="timeline"]')!, document.querySelector('figure[data-chart="growth"]')!, document.querySelector(".atlas-map__canvas")!];
      });
      release();
      for (const id of ["view-map", "view-timeline", "view-membership"]) {
        await expect(page.locator(`section#${id}`)).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
      }
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const kept = await page.evaluate(() => (window as unknown as { __pre: Element[] }).__pre.map((el) => el.isConnected));
      expect(kept, "the prerendered title, timeline, growth chart and map box are the hydrated ones").toEqual([true, true, true, true]);
      const after = await boxes(page);
      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      for (const [name, box] of Object.entries(before)) {
        expect(after[name], `${name} moved or changed size on hydration`).toEqual(box);
      }
      // Leaflet waits for the reader.
      await expect(page.locator(".leaflet-container")).toHaveCount(0);
    });
  }

  test("a table or note the reader opens before the script has run shows its contents once it has", async ({ page }) => {
    const release = await holdScript(page);
    await page.goto("/", { waitUntil: "commit" });
    const growth = page.getByRole("figure", { name: "States documented as taking part, by first year in the sources" });
    const perYear = page.getByRole("figure", { name: "Meetings per year: held, planned and other items" });
    await growth.getByText("Show the numbers as a table").click();
    await perYear.getByText("How this is counted").click();
    await expect(page.locator("#root")).not.toHaveAttribute("data-hydrated", "true");
    release();
    await expect(page.locator("#root")).toHaveAttribute("data-hydrated", "true", { timeout: 20_000 });
    const norway = growth.getByRole("table").getByRole("row", { name: /^Norway/ });
    await expect(norway.getByRole("cell").nth(2)).toHaveText("1996");
    await expect(perYear.getByText(/drawn as a range under the bars/)).toBeVisible();
  });

  test("what the reader changes or presses before the script has run is done once it has", async ({ page }) => {
    const release = await holdScript(page);
    await page.goto("/", { waitUntil: "commit" });
    await page.getByRole("combobox", { name: "From", exact: true }).selectOption("2000");
    await page.getByRole("checkbox", { name: "Ministerial conference" }).uncheck();
    await page.getByRole("combobox", { name: "Country", exact: true }).fill("Iran");
    await page.getByRole("button", { name: "Share", exact: true }).click();
    await expect(page.locator("#root")).not.toHaveAttribute("data-hydrated", "true");
    release();
    await expect(page.locator("#root")).toHaveAttribute("data-hydrated", "true", { timeout: 20_000 });
    const search = new URL(page.url()).searchParams;
    expect(search.get("from")).toBe("2000");
    expect(search.get("country")).toBe("IRN");
    expect(search.get("type")?.split(",")).not.toContain("conference");
    expect(search.get("type")?.split(",")).toContain("som");
    // Each choice made once: the box stays unticked, the year stays, the share dialog is open.
    await expect(page.getByRole("checkbox", { name: "Ministerial conference" })).not.toBeChecked();
    await expect(page.getByRole("combobox", { name: "From", exact: true })).toHaveValue("2000");
    await expect(page.getByRole("dialog", { name: /^Share/ })).toBeVisible();
    await expect(page.getByRole("list", { name: "Active filters" })).toContainText("Iran");
  });

  test("a dataset changed since the build: the page is drawn anew from the file served, no stale name left", async ({ page }) => {
    // The first conference renamed: its title is only in the timeline milestones' accessible
    // names, attributes that hydrating the build's HTML would leave as they were.
    const conferences = JSON.parse(readFileSync("public/data/conferences.json", "utf8")) as { title: string }[];
    const built = conferences[0].title;
    conferences[0].title = `${built} (renamed since the build)`;
    await page.route("**/data/conferences.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(conferences) }));
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
    await page.goto("/", { waitUntil: "commit" });
    await page.locator("h1").waitFor();
    await page.evaluate(() => ((window as unknown as { __h1: Element }).__h1 = document.querySelector("h1")!));
    await expect(page.locator("#root")).toHaveAttribute("data-hydrated", "true", { timeout: 20_000 });
    const timeline = page.locator('figure[data-chart="timeline"]');
    await expect(timeline.locator('[aria-label*="(renamed since the build)"]').first()).toBeAttached();
    await expect(page.locator(`[aria-label*="${built},"]`)).toHaveCount(0);
    // Drawn anew, not hydrated: the build's heading was replaced.
    expect(await page.evaluate(() => (window as unknown as { __h1: Element }).__h1.isConnected)).toBe(false);
    // The edited file, and only it, was validated record by record, with the schemas loaded for it.
    expect(scripts.filter((u) => /\/validate-[\w-]+\.js$/.test(u))).toHaveLength(1);
  });

  test("files the build validated are read as they are: the record schemas are never loaded", async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
    await page.goto("/");
    await expect(page.locator("#root")).toHaveAttribute("data-hydrated", "true", { timeout: 20_000 });
    await expect(page.locator('section[id^="view-"][data-ready="true"]')).toHaveCount(3);
    expect(scripts.some((u) => /\/core-[\w-]+\.js$/.test(u))).toBe(true);
    expect(scripts.filter((u) => /\/validate-[\w-]+\.js$/.test(u))).toEqual([]);
  });

  test("the address's filters apply after hydration", async ({ page }) => {
    await page.goto("/?from=2000&to=2010&type=conference,som");
    for (const id of ["view-map", "view-timeline", "view-membership"]) {
      await expect(page.locator(`section#${id}`)).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
    }
    await expect(page.getByRole("combobox", { name: "From", exact: true })).toHaveValue("2000");
    await expect(page.getByRole("combobox", { name: "to", exact: true })).toHaveValue("2010");
    await expect(page.getByTestId("filter-count")).toHaveText(/^\d+ of \d+ events$/);
    const [shown, total] = (await page.getByTestId("filter-count").innerText()).match(/\d+/g)!.map(Number);
    expect(shown).toBeLessThan(total);
    expect(await page.locator('figure[data-chart="timeline"] .tl-mark--out').count()).toBeGreaterThan(10);
    expect(new URL(page.url()).search).toBe("?from=2000&to=2010&type=conference,som");
  });

  test("another language never shows the English page first, and its filters apply", async ({ page }) => {
    const release = await holdScript(page);
    await page.goto("/?from=2000&to=2010&lang=ru", { waitUntil: "commit" });
    await expect(page.locator("#root h1")).toBeAttached();
    await expect(page.locator("#root")).toBeHidden();
    release();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/[А-Яа-яё]{4,}/);
    await expect(page.locator(".filter-bar select").first()).toHaveValue("2000");
    for (const id of ["view-map", "view-timeline", "view-membership"]) {
      await expect(page.locator(`section#${id}`)).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
    }
    expect(await page.locator('figure[data-chart="timeline"] .tl-mark--out').count()).toBeGreaterThan(10);
  });

  for (const [name, url, drawn] of [
    ["the presenter", "/?mode=present", ".presenter"],
    ["an embed", "/?mode=embed&chart=timeline", "main.embed"],
  ] as const) {
    test(`${name} never shows the prerendered explorer`, async ({ page }) => {
      const release = await holdScript(page);
      await page.goto(url, { waitUntil: "commit" });
      await expect(page.locator("#root .explorer")).toBeAttached();
      await expect(page.locator("#root")).toBeHidden();
      await expect(page.getByText("Budapest Process Atlas", { exact: true })).toBeHidden();
      release();
      await expect(page.locator(drawn).first()).toBeVisible({ timeout: 20_000 });
      await expect(page.locator(".explorer")).toHaveCount(0);
    });
  }

  test("a keyboard reader reaches the static map and lands on the live map in its place", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("section#view-map")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
    const region = page.getByRole("region", { name: /^Map of the places/ });
    await region.focus();
    await expect(page.locator(".leaflet-container")).toBeFocused({ timeout: 20_000 });
    await expect.poll(() => page.locator("#view-map path.atlas-marker:not(.atlas-marker--hidden)").count()).toBeGreaterThan(10);
  });
});
