// The presenter's own story (steps, title, end and their bad values), choosing steps in the
// overview, two windows driving each other, and a talk that survives the network dropping.
import { test, expect } from "./fixtures";
import { STORY, counter, expectStageDrawn, expectStep, openPresenter, stageTitle } from "./presenterPage";

test.use({ reducedMotion: "reduce" });

const notice = (page: import("@playwright/test").Page) => page.getByRole("status").filter({ hasText: /could not be read/ });

test("steps=1,4,7-9 with a title and a closing slide: that story, in that order, text only, kept on reload", async ({ page }) => {
  const title = "Thirty years of <b>dialogue</b>";
  const total = await openPresenter(page, `&steps=1,4,7-9&title=${encodeURIComponent(title)}&end=${encodeURIComponent("Thank you")}`);
  expect(total).toBe(7);
  const expected = [title, ...[1, 4, 7, 8, 9].map((n) => STORY[n - 1].title), "Thank you"];
  for (const [i, heading] of expected.entries()) {
    if (i > 0) await page.keyboard.press("n");
    await expectStep(page, i + 1, total);
    await expect(stageTitle(page)).toHaveText(heading);
  }
  await expect(page.locator(".presenter__stage b")).toHaveCount(0);
  await expect(notice(page)).toHaveCount(0);
  await page.keyboard.press("Home");
  await page.keyboard.press("n");
  await expectStep(page, 2, total);
  await page.reload();
  await expectStep(page, 2, total);
  await expect(stageTitle(page)).toHaveText(STORY[0].title);
});

for (const [query, names] of [
  ["&steps=0,99", "steps"], ["&steps=2-x", "steps"], ["&steps=3,3", "steps"], ["&title=%20%20", "title"],
  [`&end=${"x".repeat(161)}`, "end"], ["&steps=&title=&end=", "steps, title, end"],
] as const) {
  test(`a bad story link (${query.slice(0, 30)}) shows the full story with a small notice`, async ({ page }) => {
    const total = await openPresenter(page, query);
    expect(total).toBe(STORY.length);
    await expect(notice(page)).toContainText(`(${names})`);
    await expect(stageTitle(page)).toHaveText(STORY[0].title);
  });
}

test("the overview chooses steps and copies the link to that story", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openPresenter(page, `&title=${encodeURIComponent("Our talk")}`);
  await page.keyboard.press("o");
  const overview = page.getByRole("dialog", { name: "Overview (O)" });
  for (const n of [1, 2, 6]) await overview.getByRole("checkbox", { name: `Include step ${n}`, exact: true }).uncheck();
  const link = await overview.getByRole("textbox", { name: "Link to the chosen steps" }).inputValue();
  expect(new URLSearchParams(new URL(link).hash.slice(1)).get("steps")).toBe("3-5,7-11");
  await overview.getByRole("button", { name: "Copy link" }).click();
  await expect(overview.getByRole("status")).toHaveText("Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await page.goto(link);
  await expect(counter(page)).toHaveText(`1 / ${1 + 8}`);
  await expect(stageTitle(page)).toHaveText("Our talk");
});

test("two windows: the speaker view drives the stage and the stage drives the speaker view", async ({ page, context }) => {
  const total = await openPresenter(page);
  const speaker = await context.newPage();
  await speaker.goto("/?mode=present#view=notes");
  await expect(speaker.getByRole("heading", { level: 1, name: "Speaker view" })).toBeVisible();
  const speakerStep = speaker.getByLabel(/^Step \d+ of \d+$/);
  const istanbul = STORY.findIndex((s) => s.id === "mc-2019-istanbul") + 1;
  for (let k = 2; k <= istanbul; k++) {
    await speaker.keyboard.press("PageDown");
    await expect(speakerStep).toHaveText(`${k} / ${total}`);
    await expectStep(page, k, total);
  }
  // The speaker sees every figure with its source and words; the stage, three with short labels.
  const now = speaker.getByRole("region", { name: "Now" });
  await expect(now.locator(".figure")).toHaveCount(STORY[istanbul - 1].figures.length);
  await expect(now.locator(".figure q").first()).toBeVisible();
  await expect(page.locator(".presenter__stage .figure")).toHaveCount(3);
  await expect(speaker.getByRole("complementary")).toContainText(STORY[istanbul].title);
  await expect(speaker.getByRole("timer")).toHaveText(/^\d\d:\d\d$/);
  // And back: the stage's keys move the speaker view.
  await page.keyboard.press("p");
  await expect(speakerStep).toHaveText(`${istanbul - 1} / ${total}`);
  await page.keyboard.press("End");
  await expect(speakerStep).toHaveText(`${total} / ${total}`);
  await expect(speaker.getByRole("complementary")).toContainText("End of the presentation");
});

test("once open, the talk runs with the network gone: every step draws with no error", async ({ page, context }) => {
  const total = await openPresenter(page);
  await expectStageDrawn(page);
  await expect(page.locator(".presenter__map .leaflet-container")).toBeVisible();
  await page.waitForLoadState("networkidle");
  const requested: string[] = [];
  await context.route("**/*", (route) => {
    requested.push(route.request().url());
    return route.abort("internetdisconnected");
  });
  await context.setOffline(true);
  for (let k = 1; k <= total; k++) {
    if (k > 1) await page.keyboard.press("PageDown");
    await expect(counter(page)).toHaveText(`${k} / ${total}`);
    await expectStageDrawn(page);
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect(page.locator(".presenter__map .leaflet-container")).toBeVisible();
  }
  await page.keyboard.press("o");
  await expect(page.getByRole("dialog", { name: "Overview (O)" })).toBeVisible();
  expect(requested).toEqual([]);
});
