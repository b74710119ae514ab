// Shared steps of the presenter's browser tests: open the stage, read and wait for the step, and
// the layout check that fails on any text cut off, off screen, under the controls or on top of
// other text (by bounding boxes of every text node and SVG text on the stage).
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { readFileSync } from "node:fs";
import { buildStory, type StoryStep } from "../../src/selectors/story";

// The bundled files as served (the suite runs from the project's root).
const read = (name: string) => JSON.parse(readFileSync(`public/data/${name}.json`, "utf8"));
/** The full story as the app builds it from the bundled datasets. */
export const STORY: StoryStep[] = buildStory(read("conferences"), read("phases"), read("places"), read("meetings"));

export const counter = (page: Page) => page.getByRole("navigation", { name: "Presentation controls" }).getByLabel(/^Step \d+ of \d+$/);
export const stageTitle = (page: Page) => page.locator(".presenter__stage").getByRole("heading", { level: 2 });
export const stepParam = (page: Page) => new URL(page.url()).searchParams.get("step");

/** Opens the presenter and returns the number of slides. */
export async function openPresenter(page: Page, query = "", hash = ""): Promise<number> {
  await page.goto(`/?mode=present${query}${hash}`);
  await expect(counter(page)).toHaveText(/^\d+ \/ \d+$/);
  await expect(stageTitle(page)).toBeVisible();
  return Number((await counter(page).textContent())!.split("/")[1]);
}

/** The counter reads "k / total" and the URL carries step=k (no parameter for step 1). */
export async function expectStep(page: Page, k: number, total: number): Promise<void> {
  await expect(counter(page)).toHaveText(`${k} / ${total}`);
  await expect.poll(() => stepParam(page)).toBe(k === 1 ? null : String(k));
}

/** Waits until the stage's map, chart and timeline strip have drawn. */
export async function expectStageDrawn(page: Page): Promise<void> {
  await expect(page.locator(".presenter__map .atlas-map__canvas").locator("svg.static-map, .leaflet-container").first()).toBeVisible();
  await expect(page.locator(".presenter__growth svg").first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: /^Timeline of the talk/ }).locator("svg")).toBeVisible();
}

export interface LayoutProblem { text: string; problem: string }

/** Every text on the stage that is clipped, outside the window, under the controls, smaller than
 *  24 canvas pixels, or overlapping another text. */
export function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector(".presenter__canvas")!;
    // One canvas pixel of tolerance, in window pixels.
    const tol = Math.max(1, Number(canvas.getAttribute("data-scale") ?? 1));
    const controls = document.querySelector("nav.presenter__controls")!.getBoundingClientRect();
    const vw = window.innerWidth, vh = window.innerHeight;
    const out: { text: string; problem: string }[] = [];
    type Item = { text: string; rects: DOMRect[]; inControls: boolean };
    const items: Item[] = [];
    const walker = document.createTreeWalker(canvas, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent!.trim();
      const el = n.parentElement!;
      if (!text || el.closest("title, style, option, script") || !el.checkVisibility({ opacityProperty: false, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const rects = [...range.getClientRects()].filter((r) => r.width > 1 && r.height > 1);
      // A label for screen readers only sits in a 1-pixel box by design.
      const srOnly = (() => { for (let a: Element | null = el; a && a !== canvas; a = a.parentElement) { const b = a.getBoundingClientRect(); if (b.width <= tol && b.height <= tol) return true; } return false; })();
      if (!rects.length || srOnly) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 23.5) out.push({ text, problem: `font ${size}px` });
      items.push({ text, rects, inControls: el.closest("nav.presenter__controls") !== null });
      for (const r of rects) {
        if (r.left < -tol || r.top < -tol || r.right > vw + tol || r.bottom > vh + tol) out.push({ text, problem: "outside the window" });
        if (!el.closest("nav.presenter__controls") && r.bottom > controls.top + tol && r.top < controls.bottom - tol && r.right > controls.left && r.left < controls.right) {
          out.push({ text, problem: "under the controls" });
        }
        for (let a: Element | null = el; a && a !== canvas.parentElement; a = a.parentElement) {
          const s = getComputedStyle(a);
          if (s.overflowX === "visible" && s.overflowY === "visible") continue;
          const b = a.getBoundingClientRect();
          if (r.left < b.left - tol || r.right > b.right + tol || r.top < b.top - tol || r.bottom > b.bottom + tol) {
            out.push({ text, problem: `clipped by ${a.tagName.toLowerCase()}.${a.getAttribute("class") ?? ""}` });
            break;
          }
        }
      }
    }
    // Text boxes include the font's ascent and descent, which tight line heights let touch: an
    // overlap counts when it covers a quarter of the smaller line.
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        for (const a of items[i].rects) {
          for (const b of items[j].rects) {
            const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (w > 2 * tol && h > Math.max(2 * tol, 0.25 * Math.min(a.height, b.height))) {
              out.push({ text: `${items[i].text} / ${items[j].text}`, problem: "overlaps" });
            }
          }
        }
      }
    }
    return out;
  });
}
