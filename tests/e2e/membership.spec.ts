// The membership charts in Chromium: the growth chart's table lists states with their first
// documented year and how, the "How this is counted" note opens, and a figure the sources
// disagree on links to its disagreement.
import { test, expect } from "./fixtures";

test.beforeEach(async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "States documented as taking part, by first year in the sources" })).toBeVisible({ timeout: 15_000 });
});

test("the growth chart's table gives each state's first documented year, how, and the quote", async ({ page }) => {
  const growth = page.getByRole("figure", { name: "States documented as taking part, by first year in the sources" });
  await growth.getByText("Show the numbers as a table").click();
  const table = growth.getByRole("table");
  const norway = table.getByRole("row", { name: /^Norway/ });
  await expect(norway.getByRole("cell").nth(2)).toHaveText("1996");
  await expect(norway).toContainText("Hosted a meeting");
  await expect(norway).toContainText("Oslo in 1996");
  const turkey = table.getByRole("row", { name: /^Türkiye/ });
  await expect(turkey.getByRole("cell").nth(2)).toHaveText("2003");
  await expect(turkey).toContainText("Co-chaired");
  const china = table.getByRole("row", { name: /^China/ });
  await expect(china).toContainText("not counted: invited in 2010 as participating or observer state");
  await expect(growth.getByRole("img")).toHaveAttribute("aria-label", /^By 2024, 56 states are documented as taking part/);
});

test("the 'How this is counted' note opens under the chart and says what is not counted", async ({ page }) => {
  const growth = page.getByRole("figure", { name: "States documented as taking part, by first year in the sources" });
  const note = growth.getByText("How this is counted");
  await note.click();
  await expect(growth.getByText(/Funding a project does not count/)).toBeVisible();
  const perYear = page.getByRole("figure", { name: "Meetings per year: held, planned and other items" });
  await perYear.getByText("How this is counted").click();
  await expect(perYear.getByText(/drawn as a range under the bars/)).toBeVisible();
});

test("a figure the sources disagree on links to its disagreement", async ({ page }) => {
  const participation = page.getByRole("figure", { name: "Participation figures at each ministerial conference, by kind" });
  // The 2019 figures are in two disagreements; each link names its own after the visible label.
  const countries = participation.getByRole("link", { name: /^Sources disagree: see the disagreement: 46 countries: / });
  await expect(countries).toHaveCount(2);
  await expect(participation.getByRole("link", { name: "Sources disagree: see the disagreement: 46 countries: Participation in the 6th Ministerial Conference (Istanbul, 2019)", exact: true }))
    .toHaveAttribute("href", "#conflict-conflict-2019-participation");
  await expect(participation.getByRole("link", { name: 'Sources disagree: see the disagreement: 46 countries: "countries and 10s": IOs or ten?', exact: true }))
    .toHaveAttribute("href", "#conflict-conflict-ios-ocr");
  await expect(participation.getByRole("link", { name: /^Sources disagree: see the disagreement: 62 countries and organisations: Participation in the 6th/ })).toHaveAttribute("href", "#conflict-conflict-2019-participation");
  await expect(participation.getByText(/Not drawn as attendance: 26 countries in 1993/)).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 720 });
  await participation.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath("membership.png"), fullPage: true });
});
