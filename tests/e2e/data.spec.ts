// The data behind the atlas: a conflict marked in a chart is found in the list of
// disagreements, the whole dataset downloads as one zip with real CSV tables, and "Cite this"
// cites the exact view.
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { csvParse } from "d3-dsv";
import { test, expect, waitForApp } from "./fixtures";
import { PREVIEW_ORIGIN } from "./chromium";

test("a conflict marked in the participation chart is in the list of disagreements, with both values and the reading used", async ({ page }) => {
  await page.goto("/");
  // The prerendered page answers a click once hydrated.
  await waitForApp(page);
  const chart = page.locator('figure[data-chart="participation"]');
  await expect(chart.locator("svg")).toBeVisible({ timeout: 15_000 });
  // The chart marks the 2019 conference, whose sources disagree.
  await chart.getByText(/The documents give different participation figures/).click();
  await expect(chart.getByText("Participation in the 6th Ministerial Conference (Istanbul, 2019)")).toBeVisible();

  // The same conflict, by its anchor, opens the list and comes into view.
  await page.goto("/#conflict-conflict-2019-participation");
  const entry = page.locator("#conflict-conflict-2019-participation");
  await expect(entry).toBeInViewport({ timeout: 15_000 });
  await expect(entry.getByRole("heading", { name: "Participation in the 6th Ministerial Conference (Istanbul, 2019) (count)" })).toBeVisible();
  await expect(entry).toContainText("46 participating countries, the European Commission, European institutions and 10 regional and international organisations.");
  await expect(entry).toContainText("62 countries and international organisations.");
  await expect(entry).toContainText("The atlas uses: Both figures are shown apart");
  const conflicts = JSON.parse(readFileSync("public/data/conflicts.json", "utf8")) as unknown[];
  await expect(page.getByRole("heading", { name: "Where the sources disagree" })).toBeVisible();
  await expect(page.getByText(`${conflicts.length} disagreements. Each statement is quoted`)).toBeVisible();
  await expect(page.locator(".conflicts__list > li")).toHaveCount(conflicts.length);
});

test("the list of disagreements opens by keyboard", async ({ page }) => {
  await page.goto("/");
  const summary = page.locator("details.conflicts > summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#conflict-conflict-2013-ordinal")).toContainText("5th Ministerial Conference.");
});

test("Download all data (zip): every JSON, CSV tables with the real records, the dictionary and the licence", async ({ page }, info) => {
  await page.goto("/");
  // Every view has drawn, so no late render moves the link while it is clicked.
  await expect(page.locator('[data-ready="true"]')).toHaveCount(3, { timeout: 20_000 });
  const link = page.getByRole("link", { name: "Download all data (zip)" });
  const [dl] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(dl.suggestedFilename()).toBe("budapest-process-atlas-data.zip");
  const path = info.outputPath("data.zip");
  await dl.saveAs(path);
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  expect(Object.keys(files)).toEqual(expect.arrayContaining(["json/conferences.json", "json/meetings.json", "csv/meetings.csv", "README.md", "LICENSE-DATA.txt"]));
  const conferences = csvParse(strFromU8(files["csv/conferences.csv"]));
  expect(conferences).toHaveLength(7);
  expect(conferences.map((c) => `${c.ordinal} ${c["date.start"]} ${c.place}`)).toEqual([
    "1 1991-10 berlin", "2 1993-02-15 budapest", "3 1997 prague", "4 2003-06-25 rhodes",
    "5 2013-04-19 istanbul", "6 2019-02-19 istanbul", "7 2024-11-11 budapest",
  ]);
  const meetings = csvParse(strFromU8(files["csv/meetings.csv"]));
  expect(meetings.find((m) => m.id === "training-istanbul-molsa")).toMatchObject({ "date.start": "2019", "date.end": "2020", "date.basis": "reporting-period" });
  expect(strFromU8(files["LICENSE-DATA.txt"])).toContain("CC BY 4.0");
});

test("Cite this gives the URL of the view, an APA-like citation and BibTeX", async ({ page }) => {
  await page.goto("/?from=2000&to=2019");
  await waitForApp(page);
  const chart = page.locator('figure[data-chart="participation"]');
  await expect(chart.locator("svg")).toBeVisible({ timeout: 15_000 });
  const button = chart.getByRole("button", { name: "Cite this" });
  await button.click();
  const dialog = page.getByRole("dialog", { name: "Cite: Participation figures at each ministerial conference, by kind" });
  await expect(dialog).toBeVisible();
  const url = await page.evaluate(() => location.href);
  expect(url.startsWith(`${PREVIEW_ORIGIN}/?`)).toBe(true);
  expect(url).toContain("from=2000");
  await expect(dialog.getByLabel("URL of this view")).toHaveValue(url);
  await expect(dialog.getByLabel("Citation")).toHaveValue(
    new RegExp(`^Budapest Process Atlas\\. \\(2024\\)\\. Participation figures at each ministerial conference, by kind \\[Data visualisation\\]\\. .* ${url.replace(/[.?*+^$()[\]{}|\\]/g, "\\$&")}$`),
  );
  await expect(dialog.getByLabel("BibTeX")).toHaveValue(/^@misc\{budapestprocessatlas_participation_2024,/);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test("Cite this in the map embed cites the embed's own URL", async ({ page }) => {
  await page.goto("/?mode=embed&chart=map&from=2015&to=2017");
  const button = page.getByRole("button", { name: "Cite this" });
  await expect(button).toHaveCount(1, { timeout: 15_000 });
  await button.click();
  const dialog = page.getByRole("dialog", { name: "Cite: Where the Budapest Process met" });
  const url = await page.evaluate(() => location.href);
  expect(url).toContain("mode=embed");
  await expect(dialog.getByLabel("URL of this view")).toHaveValue(url);
  await expect(dialog.getByLabel("BibTeX")).toHaveValue(/^@misc\{budapestprocessatlas_map_2024,/);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});
