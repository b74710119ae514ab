// The presenter (mode=present): the story in chronological order, resuming from step=k, one
// history entry per step, the printed handout and the phone fallback. Keys, fit, the presenter's
// own story, two windows and offline are in presenter-keys, presenter-fit and presenter-story.
import { test, expect } from "./fixtures";
import { STORY, counter, expectStep, openPresenter, stageTitle } from "./presenterPage";

test.use({ reducedMotion: "reduce" });

test("steps are in chronological order, each with its own title and year", async ({ page }) => {
  const total = await openPresenter(page);
  expect(total).toBe(STORY.length);
  const years: number[] = [];
  for (let k = 1; k <= total; k++) {
    if (k > 1) await page.keyboard.press("PageDown");
    await expectStep(page, k, total);
    await expect(stageTitle(page)).toHaveText(STORY[k - 1].title);
    const date = page.locator(".presenter__stage header time");
    const year = Number((await date.getAttribute("datetime"))!.slice(0, 4));
    await expect(date).toContainText(String(year));
    years.push(year);
  }
  expect(years[0]).toBe(1991);
  for (let i = 1; i < years.length; i++) expect(years[i], `step ${i + 1}`).toBeGreaterThanOrEqual(years[i - 1]);
});

test("step=5 resumes, typed digits jump, and the step survives a reload", async ({ page }) => {
  const total = await openPresenter(page, "&step=5");
  await expectStep(page, 5, total);
  await page.keyboard.press("1");
  await page.keyboard.press("0");
  await page.keyboard.press("Enter");
  await expectStep(page, 10, total);
  await page.reload();
  await expectStep(page, 10, total);
});

test("one step is one history entry, and the explorer's filters stay out of the presenter's URL", async ({ page }) => {
  const total = await openPresenter(page);
  await page.keyboard.press("PageDown");
  await expectStep(page, 2, total);
  await page.keyboard.press("PageDown");
  await expectStep(page, 3, total);
  for (const name of ["selected", "from", "to"]) expect(new URL(page.url()).searchParams.get(name)).toBeNull();
  await page.goBack();
  await expectStep(page, 2, total);
  await page.goForward();
  await expectStep(page, 3, total);
});

test("print: the chronology of every step with all its figures and sources, and none of the stage", async ({ page }) => {
  const total = await openPresenter(page, "&step=4");
  await page.emulateMedia({ media: "print" });
  const items = page.locator(".chronology .chronology__item");
  await expect(items).toHaveCount(total);
  await expect(page.getByRole("heading", { level: 2, name: /^Chronology/ })).toBeVisible();
  await expect(page.locator(".presenter__canvas")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Presentation controls" })).toBeHidden();
  // The 2019 conference's five figures are all in the handout, each with its quote.
  const istanbul = items.filter({ hasText: "6th Ministerial Conference" });
  await expect(istanbul.locator(".figure")).toHaveCount(STORY.find((s) => s.id === "mc-2019-istanbul")!.figures.length);
  for (const item of await items.filter({ has: page.locator(".figure") }).all()) await expect(item.locator("q").first()).toBeVisible();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect((pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(1);
});

for (const [width, height] of [[360, 740], [390, 844]] as const) {
  test(`on a ${width} px phone held upright the stage flows as a page: every step keeps its map and growth chart`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const total = await openPresenter(page);
    for (let k = 1; k <= total; k++) {
      if (k > 1) await page.keyboard.press("PageDown");
      await expectStep(page, k, total);
      const growth = page.getByRole("group", { name: "Participating states up to this year" });
      const map = page.getByRole("group", { name: "Map of the meeting place" });
      await expect(growth).toBeVisible();
      await expect(map).toBeVisible();
      // No canvas scaling: type stays at phone size, and nothing runs off the side.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // By their boxes: each within the page's width, one below the other.
      const [g, m] = [(await growth.boundingBox())!, (await map.boundingBox())!];
      for (const box of [g, m]) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
      }
      expect(g.y >= m.y + m.height - 0.5 || m.y >= g.y + g.height - 0.5, `step ${k}: map and growth chart overlap`).toBe(true);
    }
    await expect(counter(page)).toBeVisible();
  });
}
