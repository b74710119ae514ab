// The presenter (mode=present): clicker and keyboard navigation, the "k / M" counter and step=k
// in the URL, chronological order, resuming from the URL, black-out and typed step numbers.
import { test, expect } from "./fixtures";
import type { Page } from "@playwright/test";

test.use({ reducedMotion: "reduce" });

const counter = (page: Page) => page.locator(".presenter__counter");
const stepParam = (page: Page) => new URL(page.url()).searchParams.get("step");

/** Opens the presenter and returns the number of steps. */
async function openPresenter(page: Page, query = ""): Promise<number> {
  await page.goto(`/?mode=present${query}`);
  await expect(counter(page)).toHaveText(/^\d+ \/ \d+$/);
  await expect(page.locator(".presenter__stage h2.step__title")).toBeVisible();
  const total = Number((await counter(page).textContent())!.split("/")[1]);
  expect(total).toBeGreaterThan(5);
  return total;
}

/** The counter reads "k / total" and the URL carries step=k (no parameter for step 1). */
async function expectStep(page: Page, k: number, total: number): Promise<void> {
  await expect(counter(page)).toHaveText(`${k} / ${total}`);
  await expect.poll(() => stepParam(page)).toBe(k === 1 ? null : String(k));
}

test("keys move through the steps; counter and URL follow", async ({ page }) => {
  const total = await openPresenter(page);
  await expectStep(page, 1, total);
  const forward = ["PageDown", "ArrowRight", "Space", "ArrowDown"];
  for (const [i, key] of forward.entries()) {
    await page.keyboard.press(key);
    await expectStep(page, i + 2, total);
  }
  const back = ["PageUp", "ArrowLeft", "ArrowUp"];
  for (const [i, key] of back.entries()) {
    await page.keyboard.press(key);
    await expectStep(page, 4 - i, total);
  }
  await page.keyboard.press("End");
  await expectStep(page, total, total);
  await page.keyboard.press("PageDown");
  await expectStep(page, total, total);
  await page.keyboard.press("Home");
  await expectStep(page, 1, total);
  await page.keyboard.press("PageUp");
  await expectStep(page, 1, total);
});

test("steps are in chronological order", async ({ page }) => {
  const total = await openPresenter(page);
  const years: number[] = [];
  const titles = new Set<string>();
  for (let k = 1; k <= total; k++) {
    if (k > 1) await page.keyboard.press("PageDown");
    await expect(counter(page)).toHaveText(`${k} / ${total}`);
    const date = page.locator(".presenter__stage time.step__date");
    const iso = (await date.getAttribute("datetime"))!;
    const year = Number(iso.slice(0, 4));
    expect(await date.textContent(), `step ${k} shows its year`).toContain(String(year));
    years.push(year);
    titles.add((await page.locator(".presenter__stage h2.step__title").textContent())!);
  }
  expect(titles.size, "every step has its own title").toBe(total);
  for (let i = 1; i < years.length; i++) {
    expect(years[i], `step ${i + 1} (${years[i]}) after step ${i} (${years[i - 1]})`).toBeGreaterThanOrEqual(years[i - 1]);
  }
  expect(years[0]).toBe(1991);
});

test("step=5 resumes; B blacks out and back; a typed digit jumps", async ({ page }) => {
  const total = await openPresenter(page, "&step=5");
  await expectStep(page, 5, total);
  const title5 = await page.locator(".presenter__stage h2.step__title").textContent();

  await page.keyboard.press("b");
  const blackout = page.locator(".presenter__blackout");
  await expect(blackout).toBeVisible();
  const viewport = page.viewportSize()!;
  const box = (await blackout.boundingBox())!;
  expect(box.x).toBeLessThanOrEqual(0);
  expect(box.y).toBeLessThanOrEqual(0);
  expect(box.width).toBeGreaterThanOrEqual(viewport.width);
  expect(box.height).toBeGreaterThanOrEqual(viewport.height);
  // It is the topmost thing at the centre of the screen, and it is black.
  const top = await page.evaluate(([w, h]) => document.elementFromPoint(w / 2, h / 2)?.closest(".presenter__blackout") !== null, [viewport.width, viewport.height]);
  expect(top).toBe(true);
  expect(await blackout.evaluate((el) => getComputedStyle(el).backgroundColor)).toMatch(/^rgba?\(0, 0, 0(, 1)?\)$/);
  await page.keyboard.press("B");
  await expect(blackout).toHaveCount(0);
  await expectStep(page, 5, total);
  await expect(page.locator(".presenter__stage h2.step__title")).toHaveText(title5!);

  // A digit alone jumps after the typing pause; digits then Enter jump at once.
  await page.keyboard.press("3");
  await expect(page.locator(".presenter__digits")).toHaveText("3");
  await expectStep(page, 3, total);
  await expect(page.locator(".presenter__digits")).toHaveCount(0);
  const two = String(Math.min(total, 12));
  for (const d of two) await page.keyboard.press(d);
  await page.keyboard.press("Enter");
  await expectStep(page, Number(two), total);

  // And the step survives a reload.
  await page.reload();
  await expectStep(page, Number(two), total);
});

// A step and the map place and year that follow from it are one history entry.
test("one step is one history entry: Back returns to the previous step", async ({ page }) => {
  const total = await openPresenter(page);
  await page.keyboard.press("PageDown");
  await expectStep(page, 2, total);
  await page.keyboard.press("PageDown");
  await expectStep(page, 3, total);
  await page.goBack();
  await expectStep(page, 2, total);
  await page.goForward();
  await expectStep(page, 3, total);
});

// The handout: printing the presenter gives the whole chronology with sources, no controls.
test("print: the chronology of every step with its sources, and none of the stage or controls", async ({ page }) => {
  const total = await openPresenter(page, "&step=4");
  await page.emulateMedia({ media: "print" });
  const items = page.locator(".chronology .chronology__item");
  await expect(items).toHaveCount(total);
  await expect(items.first()).toBeVisible();
  await expect(page.locator(".chronology h2")).toBeVisible();
  for (const hidden of [".presenter__stage", ".presenter__controls"]) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
  // Every conference in the handout cites its source with a quote.
  const conferences = page.locator(".chronology .chronology__item--conference");
  expect(await conferences.count()).toBeGreaterThanOrEqual(7);
  for (const item of await conferences.all()) await expect(item.locator("q").first()).toBeVisible();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  // More than one page: the chronology is printed, not only the first screen.
  expect((pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(1);
});

test("at 1920×1080 every step's text, map and chart end above the controls; a long step goes to two columns beside the map", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const total = await openPresenter(page);
  let long = 0;
  for (let k = 1; k <= total; k++) {
    if (k > 1) await page.keyboard.press("PageDown");
    await expectStep(page, k, total);
    await expect(page.locator(".presenter__map .leaflet-container")).toBeVisible();
    const { textBottom, visualsBottom, controlsTop, isLong, growth } = await page.evaluate(() => ({
      textBottom: document.querySelector(".presenter__text")!.getBoundingClientRect().bottom,
      visualsBottom: document.querySelector(".presenter__visuals")!.getBoundingClientRect().bottom,
      controlsTop: document.querySelector(".presenter__controls")!.getBoundingClientRect().top,
      isLong: document.querySelector(".presenter__stage")!.hasAttribute("data-long"),
      growth: !!document.querySelector(".presenter__growth"),
    }));
    expect(textBottom, `step ${k}: text ends above the controls`).toBeLessThanOrEqual(controlsTop + 1);
    expect(visualsBottom, `step ${k}: map and chart end above the controls`).toBeLessThanOrEqual(controlsTop + 1);
    expect(growth, `step ${k}: the growth chart shows unless the step is long`).toBe(!isLong);
    if (isLong) long++;
  }
  // The 2019 conference (five figures with their sources) needs the long layout; most steps do not.
  expect(long).toBeGreaterThan(0);
  expect(long).toBeLessThan(total / 2);
});

test("on a phone held upright the stage stacks and scrolls: every step keeps its growth chart", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const total = await openPresenter(page);
  for (let k = 1; k <= total; k++) {
    if (k > 1) await page.keyboard.press("PageDown");
    await expectStep(page, k, total);
    await expect(page.locator(".presenter__stage")).not.toHaveAttribute("data-long");
    await expect(page.locator(".presenter__growth")).toHaveCount(1);
  }
});
