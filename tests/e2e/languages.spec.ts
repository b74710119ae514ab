// Walks every entry of the app in each non-English language: no piece of interface (button,
// label, heading, legend, caption, column, disclosure, aria-label) may show an English string
// from the catalogue. Data titles and quotes stay in English by design, so the check compares
// whole interface texts with whole English messages, not substrings of data.
import { test, expect } from "./fixtures";
import { CHARTS } from "../../src/domain";
import { en } from "../../src/i18n/en";
import { enPresent } from "../../src/i18n/en.present";
import { enExplorer } from "../../src/i18n/en.explorer";
import { enMap } from "../../src/i18n/en.map";
import { enTimeline } from "../../src/i18n/en.timeline";
import { enMembership } from "../../src/i18n/en.membership";

// Whole English messages without arguments (those with arguments never show as written).
const english = new Set(
  Object.values<string>({ ...en, ...enPresent, ...enExplorer, ...enMap, ...enTimeline, ...enMembership })
    // Shared with every language: file formats.
    .filter((v) => !["PNG", "SVG", "CSV"].includes(v) && !v.includes("{")),
);

// Every embeddable chart, so a chart added later is walked too.
const ENTRIES = ["/", "/?mode=present", ...CHARTS.map((c) => `/?mode=embed&chart=${c}`)];

for (const lang of ["ru"]) {
  for (const entry of ENTRIES) {
    test(`no English interface text in ${lang}: ${entry}`, async ({ page }) => {
      const url = `${entry}${entry.includes("?") ? "&" : "?"}lang=${lang}`;
      await page.goto(url);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await page.waitForFunction(() => !!document.querySelector("svg, .leaflet-container, [role=alert]"), null, { timeout: 15_000 });
      // Open every disclosure so tables and lists are walked too, including those of charts that
      // draw later, and wait until every chart's table is drawn into its opened disclosure.
      await page.waitForFunction(() => {
        for (const d of document.querySelectorAll("details")) if (!d.open) d.open = true;
        return [...document.querySelectorAll("details.chart__table")].every((d) => d.querySelector("table"));
      }, null, { timeout: 15_000 });
      const texts: string[] = await page.evaluate(() => {
        const sel = "button, label, h1, h2, h3, h4, legend, summary, th, figcaption, caption, option, p, dt, [aria-label], [placeholder], [title]";
        const out: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>(sel)) {
          out.push((el.innerText ?? "").trim());
          for (const a of ["aria-label", "placeholder", "title"]) {
            const v = el.getAttribute(a);
            if (v) out.push(v.trim());
          }
        }
        return out;
      });
      const leaks = [...new Set(texts.filter((t) => english.has(t)))];
      expect(leaks).toEqual([]);
    });
  }
}
