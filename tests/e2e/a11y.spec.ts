// Accessibility: axe on every entry of the app (explorer, presenter, each embed) in the light
// and the dark theme; no serious or critical violation allowed.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, waitForApp } from "./fixtures";
import { CHARTS } from "../../src/state/urlState";

const PAGES: { name: string; url: string; heading: boolean }[] = [
  { name: "explorer", url: "/?", heading: true },
  { name: "presenter", url: "/?mode=present", heading: false },
  ...CHARTS.map((c) => ({ name: `embed ${c}`, url: `/?mode=embed&chart=${c}`, heading: false })),
];
// Every page in both themes: contrast is checked against the colours each theme really uses.
const ENTRIES = PAGES.flatMap((p) => (["light", "dark"] as const).map((theme) => ({ ...p, name: `${p.name}, ${theme}`, url: `${p.url}${p.url.endsWith("?") ? "" : "&"}theme=${theme}` })));

for (const entry of ENTRIES) {
  test(`axe: ${entry.name}`, async ({ page }) => {
    await page.goto(entry.url);
    if (entry.heading) await waitForApp(page);
    else await expect(page.locator("#root > *").first()).toBeVisible();
    // Wait for the views to draw: sections marked data-ready, else an svg or an alert.
    await page
      .waitForFunction(
        () =>
          document.querySelectorAll('[data-ready="true"]').length >= 3 ||
          (!document.querySelector(".explorer") && !!document.querySelector("svg, [role=alert], .leaflet-container")),
        null,
        { timeout: 15_000 },
      );
    await page.waitForLoadState("networkidle");
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    const report = bad.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")})`);
    expect(report, `axe violations on ${entry.url}`).toEqual([]);
  });
}
