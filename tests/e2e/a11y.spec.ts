// Accessibility: the current axe-core with its full rule set (every rule axe runs by default,
// none switched off, no tag filter) on every entry of the app: the explorer, each embed and
// every presenter step, each in the light and the dark theme. No serious or critical violation
// allowed; each entry's figures are printed for the record.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, waitForApp } from "./fixtures";
import { CHARTS } from "../../src/state/urlState";

const THEMES = ["light", "dark"] as const;

/** Runs axe and returns the serious and critical violations, printing the figures of every impact. */
async function audit(page: Page, entry: string): Promise<string[]> {
  const { violations, passes } = await new AxeBuilder({ page }).analyze();
  const count = (impact: string) => violations.filter((v) => v.impact === impact).reduce((n, v) => n + v.nodes.length, 0);
  console.log(`axe ${entry}: critical ${count("critical")}, serious ${count("serious")}, moderate ${count("moderate")}, minor ${count("minor")} (rules passed: ${passes.length})${violations.map((v) => `; ${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`).join("")}`);
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${entry}: ${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes.slice(0, 4).map((n) => n.target.join(" ")).join(" | ")})`);
}

/** Waits until the page's views have drawn: explorer sections marked ready, else an svg, a map or an alert. */
async function drawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[data-ready="true"]').length >= 3 ||
      (!document.querySelector(".explorer") && !!document.querySelector("svg, [role=alert], .leaflet-container")),
    null,
    { timeout: 15_000 },
  );
  await page.waitForLoadState("networkidle");
}

const PAGES = [
  { name: "explorer", url: "/?" },
  ...CHARTS.map((c) => ({ name: `embed ${c}`, url: `/?mode=embed&chart=${c}&` })),
];

for (const theme of THEMES) {
  for (const p of PAGES) {
    test(`axe: ${p.name}, ${theme}`, async ({ page }) => {
      await page.goto(`${p.url}theme=${theme}`);
      if (p.name === "explorer") await waitForApp(page);
      await drawn(page);
      expect(await audit(page, `${p.name}, ${theme}`)).toEqual([]);
    });
  }

  test(`axe: every presenter step, ${theme}`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(`/?mode=present&theme=${theme}`);
    const counter = page.locator(".presenter__counter");
    await expect(counter).toHaveText(/^1 \/ \d+$/);
    const total = Number((await counter.textContent())!.split("/")[1]);
    const bad: string[] = [];
    for (let k = 1; k <= total; k++) {
      if (k > 1) await page.keyboard.press("PageDown");
      await expect(counter).toHaveText(`${k} / ${total}`);
      await drawn(page);
      bad.push(...(await audit(page, `presenter step ${k} of ${total}, ${theme}`)));
    }
    expect(bad).toEqual([]);
  });
}
