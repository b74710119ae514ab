// The membership charts at phone widths, wherever a reader meets them: the explorer, the embed
// route, and the prerendered embed pages with and without JavaScript. No two text boxes of a
// chart overlap, none runs off the page, and nothing scrolls sideways. (The timeline has its own
// phone layout and tests in timeline.spec.ts; the map's frame in map.spec.ts.)
import type { Page } from "@playwright/test";
import { test, expect, waitForApp } from "./fixtures";
import { overlapping, type Box } from "./boxes";

const CHARTS = ["participation", "growth", "per-year"] as const;

const PAGES: { name: string; url: string; js: boolean; charts: readonly string[] }[] = [
  { name: "explorer", url: "/", js: true, charts: CHARTS },
  { name: "explorer in Russian", url: "/?lang=ru", js: true, charts: CHARTS },
  { name: "membership embed", url: "/?mode=embed&chart=membership", js: true, charts: CHARTS },
  ...CHARTS.map((c) => ({ name: `${c} embed`, url: `/?mode=embed&chart=${c}`, js: true, charts: [c] })),
  ...["embed/membership.html", "ru/embed/membership.html"].flatMap((path) => [
    { name: `${path} without JavaScript`, url: `/${path}`, js: false, charts: CHARTS },
    { name: `${path} hydrated`, url: `/${path}`, js: true, charts: CHARTS },
  ]),
];

interface TextBox extends Box { chart: string; text: string }

/** Every drawn text of every chart on the page, with its box on screen. */
async function chartTexts(page: Page): Promise<TextBox[]> {
  return page.locator("figure.chart .chart__body svg text").evaluateAll((els) =>
    els
      .map((el) => {
        const r = el.getBoundingClientRect();
        const own = [...el.childNodes].filter((n) => n.nodeName !== "title").map((n) => n.textContent).join("");
        const chart = el.closest("figure.chart")?.getAttribute("data-chart") ?? "?";
        return { chart, text: own, name: `${chart}: ${own}`, x: r.left, y: r.top, w: r.width, h: r.height };
      })
      .filter((b) => b.w > 0 && b.h > 0),
  );
}

for (const p of PAGES) {
  test.describe(p.name, () => {
    if (!p.js) test.use({ javaScriptEnabled: false });
    for (const width of [320, 360, 390]) {
      test(`at ${width} px: no chart text overlaps or leaves the page, nothing scrolls sideways`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(p.url);
        await waitForApp(page);
        for (const chart of p.charts) {
          await expect(page.locator(`figure.chart[data-chart="${chart}"] .chart__body svg text`).first()).toBeVisible({ timeout: 15_000 });
        }
        // The explorer's own HTML is drawn at build time: measure what the hydrated page drew.
        if (p.js) await expect(page.locator('[data-ready="false"]')).toHaveCount(0, { timeout: 20_000 });
        if (p.js && p.url.endsWith(".html")) {
          // Without filters in the address the page hydrates when the reader reaches for it;
          // then the charts are redrawn at their box's own width.
          await page.getByRole("heading", { level: 1 }).hover();
          await expect(page.locator("#root")).toHaveAttribute("data-hydrated", "true", { timeout: 20_000 });
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        }

        const boxes = await chartTexts(page);
        // What each chart must show, so an empty chart cannot pass: the lanes' labels, the axes' years.
        const texts = boxes.map((b) => `${b.chart}:${b.text}`);
        if (p.charts.includes("participation")) expect(texts.filter((t) => t.startsWith("participation:") && /\d{4}/.test(t)).length).toBeGreaterThanOrEqual(7);
        if (p.charts.includes("per-year")) expect(texts).toEqual(expect.arrayContaining(["per-year:1991"]));
        if (p.charts.includes("growth")) expect(texts.some((t) => t.startsWith("growth:") && /^growth:\d+$/.test(t))).toBe(true);

        // Texts of one chart: two charts never share a box.
        expect(overlapping(boxes, (a, b) => a.chart === b.chart)).toEqual([]);
        for (const b of boxes) {
          expect(b.x, `${b.chart}: "${b.text}" starts inside the page`).toBeGreaterThanOrEqual(-0.5);
          expect(b.x + b.w, `${b.chart}: "${b.text}" ends inside the page`).toBeLessThanOrEqual(width + 0.5);
        }
        const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        expect(scroll, `scrollWidth ${scroll} > clientWidth ${client}`).toBeLessThanOrEqual(client);
      });
    }
  });
}
