// One stage for any room: at the five projector sizes every step's text is whole, inside the
// window, clear of the controls, at least 24 canvas pixels and clear of other text; the map frames
// every place of the step; the stage's timeline highlights the step on stage.
import { test, expect } from "./fixtures";
import { STORY, expectStageDrawn, expectStep, layoutProblems, openPresenter } from "./presenterPage";

test.use({ reducedMotion: "reduce" });

const SIZES = [[1024, 768], [1280, 720], [1366, 768], [1920, 1080], [3840, 2160]] as const;

for (const [width, height] of SIZES) {
  test(`${width}×${height}: every step is fully readable`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const total = await openPresenter(page);
    const failures: string[] = [];
    for (let k = 1; k <= total; k++) {
      if (k > 1) await page.keyboard.press("PageDown");
      await expectStep(page, k, total);
      await expectStageDrawn(page);
      const problems = await layoutProblems(page);
      if (problems.length) failures.push(`step ${k}: ${problems.map((p) => `"${p.text}" ${p.problem}`).join("; ")}`);
    }
    console.log(`${width}×${height}: ${total - failures.length}/${total} steps clean`);
    expect(failures).toEqual([]);
  });
}

test("800×600: still usable, every step whole and inside the window", async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  const total = await openPresenter(page);
  for (let k = 1; k <= total; k++) {
    if (k > 1) await page.keyboard.press("n");
    await expectStep(page, k, total);
    const box = (await page.locator(".presenter__canvas").boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(801);
    expect(box.y + box.height).toBeLessThanOrEqual(601);
  }
});

test("the map frames every place of every step, phase 3's Silk Routes cities included", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const total = await openPresenter(page);
  expect(STORY.find((s) => s.id === "phase-3")!.places.map((p) => p.id)).toEqual(expect.arrayContaining(["islamabad", "tehran", "erbil"]));
  // The live map, which takes over from the static one when the browser is idle.
  await expect(page.locator(".presenter__map .leaflet-container")).toBeVisible();
  for (let k = 1; k <= total; k++) {
    if (k > 1) await page.keyboard.press("ArrowRight");
    await expectStep(page, k, total);
    const step = STORY[k - 1];
    const map = (await page.locator(".presenter__map .leaflet-container").boundingBox())!;
    for (const place of step.places) {
      const marker = page.locator(".presenter__map .leaflet-container").getByRole("img", { name: new RegExp(`^${place.name},`) });
      await expect(marker, `step ${k}: ${place.name}`).toBeVisible();
      await expect.poll(async () => {
        const b = (await marker.boundingBox())!;
        const [cx, cy] = [b.x + b.width / 2, b.y + b.height / 2];
        return cx >= map.x && cx <= map.x + map.width && cy >= map.y && cy <= map.y + map.height;
      }, `step ${k} (${step.id}): ${place.name} is inside the map`).toBe(true);
    }
  }
});

test("the stage's timeline highlights the step on stage, and a mark jumps to its step", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const total = await openPresenter(page);
  const strip = page.getByRole("navigation", { name: /^Timeline of the talk/ });
  for (let k = 1; k <= total; k++) {
    if (k > 1) await page.keyboard.press("Space");
    await expectStep(page, k, total);
    const step = STORY[k - 1];
    const current = strip.locator('[aria-current="step"]');
    await expect(current).toHaveCount(1);
    const name = step.kind === "phase" ? new RegExp(`^Phase ${step.number}\\b`) : new RegExp(`^${step.place!.name} ${step.year}\\b`);
    await expect(current).toHaveAccessibleName(name);
  }
  const rhodes = STORY.findIndex((s) => s.id === "mc-2003-rhodes") + 1;
  await strip.getByRole("button", { name: /^Rhodes 2003/ }).click();
  await expectStep(page, rhodes, total);
  await expect(strip.locator('[aria-current="step"]')).toHaveAccessibleName(/^Rhodes 2003/);
});
