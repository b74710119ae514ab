// The keys presenters already know (reveal.js, PowerPoint), each tested in Chromium, and the
// controls that get out of the way.
import { test, expect } from "./fixtures";
import { counter, expectStep, openPresenter } from "./presenterPage";

test.use({ reducedMotion: "reduce" });

test("N, Space, PageDown and → go on; P, PageUp and ← go back; Home and End", async ({ page }) => {
  const total = await openPresenter(page);
  const forward = ["n", "N", "Space", "PageDown", "ArrowRight", "ArrowDown"];
  for (const [i, key] of forward.entries()) {
    await page.keyboard.press(key);
    await expectStep(page, i + 2, total);
  }
  const back = ["p", "P", "PageUp", "ArrowLeft", "ArrowUp"];
  for (const [i, key] of back.entries()) {
    await page.keyboard.press(key);
    await expectStep(page, forward.length + 1 - (i + 1), total);
  }
  await page.keyboard.press("End");
  await expectStep(page, total, total);
  await page.keyboard.press("n");
  await expectStep(page, total, total);
  await page.keyboard.press("Home");
  await expectStep(page, 1, total);
  await page.keyboard.press("p");
  await expectStep(page, 1, total);
});

test("B and . black the screen out and back; W whites it out; the step stays", async ({ page }) => {
  const total = await openPresenter(page, "&step=4");
  const screen = page.getByRole("status").filter({ hasText: /The screen is/ });
  const viewport = page.viewportSize()!;
  for (const [key, again, colour] of [["b", "B", "rgb(0, 0, 0)"], [".", ".", "rgb(0, 0, 0)"], ["w", "W", "rgb(255, 255, 255)"]] as const) {
    await page.keyboard.press(key);
    await expect(screen).toBeVisible();
    const box = (await screen.boundingBox())!;
    expect([box.x, box.y, box.width, box.height]).toEqual([0, 0, viewport.width, viewport.height]);
    expect(await screen.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(colour);
    const onTop = await page.evaluate(([w, h]) => document.elementFromPoint(w / 2, h / 2)?.getAttribute("role"), [viewport.width, viewport.height]);
    expect(onTop).toBe("status");
    await page.keyboard.press(again);
    await expect(screen).toHaveCount(0);
    await expectStep(page, 4, total);
  }
});

test("G, a number and Enter jump to that step; a number alone jumps after a pause", async ({ page }) => {
  const total = await openPresenter(page);
  await page.keyboard.press("g");
  await page.keyboard.press("9");
  await expect(page.getByRole("status").filter({ hasText: "Go to step 9" })).toBeVisible();
  await page.keyboard.press("Enter");
  await expectStep(page, 9, total);
  await page.keyboard.press("3");
  await expectStep(page, 3, total);
});

test("O and Esc open the overview: arrow keys and Enter pick a step; O and Esc close it", async ({ page }) => {
  const total = await openPresenter(page, "&step=2");
  for (const [open, close] of [["o", "O"], ["Escape", "Escape"]]) {
    await page.keyboard.press(open);
    const overview = page.getByRole("dialog", { name: "Overview (O)" });
    await expect(overview).toBeVisible();
    await expect(overview.getByRole("button", { name: /^2 / })).toBeFocused();
    await page.keyboard.press(close);
    await expect(overview).toHaveCount(0);
    await expectStep(page, 2, total);
  }
  await page.keyboard.press("o");
  const overview = page.getByRole("dialog", { name: "Overview (O)" });
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowDown");
  await expect(overview.getByRole("button", { name: /^7 / })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(overview).toHaveCount(0);
  await expectStep(page, 7, total);
});

test("? opens the key help as a modal dialog that keeps focus inside; Esc closes it and focus returns", async ({ page }) => {
  await openPresenter(page);
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard and clicker" });
  await expect(help).toBeVisible();
  expect(await help.evaluate((d) => d.tagName === "DIALOG" && d.matches(":modal"))).toBe(true);
  await expect(help.getByRole("button", { name: "Close" })).toBeFocused();
  for (const key of ["Tab", "Tab", "Shift+Tab", "Tab"]) {
    await page.keyboard.press(key);
    expect(await help.evaluate((d) => d.contains(document.activeElement) || document.activeElement === document.body)).toBe(true);
  }
  // The keys are listed, with autoplay on A: P goes back, as on a clicker.
  await expect(help.getByRole("definition")).toContainText(["Next step", "Previous step", "Start or stop autoplay"]);
  await expect(help.locator("dt", { hasText: /^A$/ })).toHaveCount(1);
  await page.keyboard.press("Escape");
  await expect(help).toHaveCount(0);
});

test("F enters full screen and leaves it", async ({ page }) => {
  await openPresenter(page);
  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press("F");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
});

test("A starts autoplay (the next step comes after the interval) and stops it", async ({ page }) => {
  const total = await openPresenter(page, "", "#interval=5");
  await page.keyboard.press("a");
  const pause = page.getByRole("button", { name: "Pause autoplay (A)" });
  await expect(pause).toHaveAttribute("aria-pressed", "true");
  await expect(counter(page)).toHaveText(`2 / ${total}`, { timeout: 8000 });
  await page.keyboard.press("A");
  await expect(page.getByRole("button", { name: "Autoplay (A)" })).toHaveAttribute("aria-pressed", "false");
});

test("S opens the speaker view in its own window", async ({ page, context }) => {
  await openPresenter(page, "&step=3");
  const [speaker] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("s")]);
  await expect(speaker.getByRole("heading", { level: 1, name: "Speaker view" })).toBeVisible();
  await expect(speaker.getByLabel(/^Step \d+ of \d+$/)).toHaveText(/^3 \//);
});

test("the controls fade after 3 s without the pointer moving and come back on a move or on focus", async ({ page }) => {
  await openPresenter(page);
  const controls = page.getByRole("navigation", { name: "Presentation controls" });
  const opacity = () => controls.evaluate((el) => getComputedStyle(el).opacity);
  await page.mouse.move(200, 200);
  await expect.poll(opacity).toBe("1");
  await expect.poll(opacity, { timeout: 6000 }).toBe("0");
  await page.mouse.move(300, 300);
  await expect.poll(opacity).toBe("1");
  await expect.poll(opacity, { timeout: 6000 }).toBe("0");
  await controls.getByRole("button", { name: /^Next/ }).focus();
  await expect.poll(opacity).toBe("1");
  // They sit in a band of their own: the slide and its timeline end above them.
  const top = (await controls.boundingBox())!.y;
  for (const region of [page.locator(".presenter__stage"), page.getByRole("navigation", { name: /^Timeline of the talk/ })]) {
    const b = (await region.boundingBox())!;
    expect(b.y + b.height).toBeLessThanOrEqual(top + 1);
  }
});
