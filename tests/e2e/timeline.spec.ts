// The timeline on phones, in the explorer and in its embed: years run down the page, no two
// text boxes overlap, nothing scrolls sideways; each mark's accessible name starts with the
// text it shows; headings do not skip a level.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, waitForApp } from "./fixtures";
import type { Locator, Page } from "@playwright/test";
import { overlapping, type Box } from "./boxes";

const PAGES = [
  ["explorer", "/"],
  ["embed", "/?mode=embed&chart=timeline"],
] as const;

/** The part of the page the timeline sits in, with the heading above it: the explorer's section, the embed's main. */
const scopeOf = (page: Page, where: string) =>
  where === "explorer" ? page.getByRole("region", { name: "How it unfolded" }) : page.getByRole("main");

const chartOf = (page: Page) => page.getByRole("group", { name: "Timeline 1991–2024" });

interface TextBox extends Box { text: string }

async function textBoxes(chart: Locator): Promise<TextBox[]> {
  return chart.locator("text").evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      const text = el.textContent ?? "";
      return { name: text, text, x: r.left, y: r.top, w: r.width, h: r.height };
    }),
  );
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

for (const [where, url] of PAGES) {
  for (const width of [320, 360, 390]) {
    test(`${where} at ${width} px: the timeline runs down the page, no text overlaps, nothing scrolls sideways`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(url);
      await waitForApp(page);
      // The explorer's HTML holds both of the timeline's drawings until its script has
      // measured the box and kept one: look once the page has hydrated.
      await expect(page.locator('[data-ready="false"]')).toHaveCount(0, { timeout: 20_000 });
      const chart = chartOf(page);
      await expect(chart.getByRole("button", { name: /^Berlin 1991, / })).toBeVisible({ timeout: 15_000 });

      const boxes = await textBoxes(chart);
      // Phases, years and the seven conferences with their figures, all drawn.
      expect(boxes.map((b) => b.text)).toEqual(expect.arrayContaining(["Phase 1", "Phase 4", "1995", "2020", "Berlin 1991", "Budapest 2024"]));
      expect(overlapping(boxes)).toEqual([]);
      for (const b of boxes) {
        expect(b.x, `"${b.text}" starts inside the page`).toBeGreaterThanOrEqual(0);
        expect(b.x + b.w, `"${b.text}" ends inside the page`).toBeLessThanOrEqual(width);
      }
      // Years run down the page: 2020 is drawn below 1995, at about the same x.
      const y1995 = boxes.find((b) => b.text === "1995")!;
      const y2020 = boxes.find((b) => b.text === "2020")!;
      expect(y2020.y - y1995.y).toBeCloseTo(25 * 20, -1);
      expect(Math.abs(y2020.x + y2020.w - (y1995.x + y1995.w))).toBeLessThan(1);

      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll, `scrollWidth ${scroll} > clientWidth ${client}`).toBeLessThanOrEqual(client);
    });
  }

  for (const width of [1024, 1366]) {
    test(`${where} at ${width} px: years run across the page and no text overlaps`, async ({ page }) => {
      await page.setViewportSize({ width, height: 768 });
      await page.goto(url);
      await waitForApp(page);
      // As above: the prerendered page holds both drawings until it has hydrated.
      await expect(page.locator('[data-ready="false"]')).toHaveCount(0, { timeout: 20_000 });
      const chart = chartOf(page);
      await expect(chart.getByRole("button", { name: /^Berlin 1991, / })).toBeVisible({ timeout: 15_000 });
      const boxes = await textBoxes(chart);
      const y1995 = boxes.find((b) => b.text === "1995")!;
      const y2020 = boxes.find((b) => b.text === "2020")!;
      expect(y2020.x).toBeGreaterThan(y1995.x + 100);
      expect(y2020.y).toBeCloseTo(y1995.y, 0);
      expect(overlapping(boxes)).toEqual([]);
    });
  }

  test(`${where}: every timeline mark that shows text is named starting with that text`, async ({ page }) => {
    await page.goto(url);
    await waitForApp(page);
    const chart = chartOf(page);
    await expect(chart.getByRole("button", { name: /^Berlin 1991, / })).toBeVisible({ timeout: 15_000 });
    const shown = await chart.getByRole("button").evaluateAll((els) =>
      els.map((el) => el.textContent!.trim()).filter(Boolean),
    );
    expect(shown).toHaveLength(7);
    expect(shown[0]).toBe("Berlin 1991");
    for (const text of shown) {
      // getByRole matches on the computed accessible name.
      await expect(chart.getByRole("button", { name: new RegExp(`^${escapeRe(text)}(, |$)`) }), text).toHaveCount(1);
    }
    // And the checker that flagged the timeline before agrees.
    const axe = await new AxeBuilder({ page }).include('figure[data-chart="timeline"]').withRules(["label-content-name-mismatch"]).analyze();
    expect(axe.passes.map((r) => r.id)).toEqual(["label-content-name-mismatch"]);
    expect(axe.violations).toEqual([]);
  });

  test(`${where}: headings around the timeline do not skip a level`, async ({ page }) => {
    await page.goto(url);
    await waitForApp(page);
    const chart = chartOf(page);
    const berlin = chart.getByRole("button", { name: /^Berlin 1991, / });
    await berlin.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Berlin Ministerial Conference" })).toBeVisible();
    const levels = await scopeOf(page, where).getByRole("heading").evaluateAll((hs) => hs.map((h) => Number(h.tagName.slice(1))));
    expect(levels).toEqual(where === "explorer" ? [2, 3, 4] : [1, 2, 3]);
  });
}
