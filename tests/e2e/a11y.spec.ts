// Accessibility: axe on every entry of the app; no serious or critical violation allowed.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, waitForApp } from "./fixtures";

const ENTRIES: { name: string; url: string; heading: boolean }[] = [
  { name: "explorer", url: "/?", heading: true },
  { name: "explorer, dark theme", url: "/?theme=dark", heading: true },
  { name: "presenter", url: "/?mode=present", heading: false },
  { name: "embed map", url: "/?mode=embed&chart=map", heading: false },
  { name: "embed timeline", url: "/?mode=embed&chart=timeline", heading: false },
  { name: "embed membership", url: "/?mode=embed&chart=membership", heading: false },
];

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
