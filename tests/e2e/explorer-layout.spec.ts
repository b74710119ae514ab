// The explorer at the screen sizes its readers and presenters have, checked by bounding boxes:
// the header, the filter bar and the three views never overlap or leave the page, each chart's
// title, buttons and drawing stay inside its frame without covering each other, and no drawn
// text is cut off by its chart's edge.
import type { Page } from "@playwright/test";
import { test, expect, waitForApp } from "./fixtures";
import { inside, overlapping, type Box } from "./boxes";

const SIZES = [
  [1024, 768],
  [1280, 720],
  [1366, 768],
  [1920, 1080],
  [3840, 2160],
] as const;


/** Boxes in page coordinates (so they compare across scrolling). */
async function pageBoxes(page: Page, selector: string): Promise<Box[]> {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      const name = el.id || el.getAttribute("data-chart") || el.getAttribute("aria-label") || (el.textContent ?? "").trim().slice(0, 30) || el.tagName;
      return { name, x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height };
    }),
  );
}

for (const [width, height] of SIZES) {
  test(`explorer at ${width}×${height}: views, frames and chart text laid out without overlap or clipping`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto("/");
    await waitForApp(page);
    for (const id of ["view-map", "view-timeline", "view-membership"]) {
      await expect(page.locator(`section#${id}`)).toHaveAttribute("data-ready", "true");
    }

    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll, `scrollWidth ${scroll} > clientWidth ${client}`).toBeLessThanOrEqual(client);

    const page0: Box = { name: "page", x: 0, y: 0, w: client, h: Number.MAX_SAFE_INTEGER };
    const blocks = await pageBoxes(page, ".app-header, .filter-bar, #view-map, #view-timeline, #view-membership");
    expect(blocks).toHaveLength(5);
    expect(overlapping(blocks)).toEqual([]);
    for (const b of blocks) expect(inside(b, page0), `${b.name} inside the page`).toBe(true);
    // From 1100 px the map stands beside the timeline and the charts; the wide screen is used.
    const [map, timeline] = [blocks.find((b) => b.name === "view-map")!, blocks.find((b) => b.name === "view-timeline")!];
    if (width >= 1100) expect(timeline.x).toBeGreaterThan(map.x + map.w - 1);

    for (const chart of ["timeline", "participation", "growth", "per-year"]) {
      const figure = page.locator(`figure.chart[data-chart="${chart}"]`);
      // Charts out of sight are laid out only when scrolled to (content-visibility).
      await figure.scrollIntoViewIfNeeded();
      await expect(figure.locator(".chart__body svg text").first()).toBeVisible();
      const [frame] = await pageBoxes(page, `figure.chart[data-chart="${chart}"]`);
      const parts = await pageBoxes(page, `figure.chart[data-chart="${chart}"] :is(.chart__title, .chart__toolbar button, .chart__body > * > svg, .chart__body > svg)`);
      expect(parts.length, `${chart}: title, buttons and drawing`).toBeGreaterThanOrEqual(4);
      expect(overlapping(parts), `${chart}: parts overlapping`).toEqual([]);
      for (const p of parts) expect(inside(p, frame), `${chart}: ${p.name} inside its frame`).toBe(true);

      const [svg] = await pageBoxes(page, `figure.chart[data-chart="${chart}"] .chart__body svg`);
      const texts = (await pageBoxes(page, `figure.chart[data-chart="${chart}"] .chart__body svg text`)).filter((t) => t.w > 0 && t.h > 0);
      expect(texts.length).toBeGreaterThan(5);
      const clipped = texts.filter((t) => !inside(t, svg)).map((t) => `"${t.name}"`);
      expect(clipped, `${chart}: text cut off by the chart's edge`).toEqual([]);
    }
  });
}
