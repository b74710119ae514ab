// The prerendered embed pages (embed/<chart>.html, written by `npm run build`): the chart is in
// the HTML before any script runs, hydration changes nothing on screen and logs no error, the
// address's filters apply afterwards, each page introduces itself through oEmbed, and a host
// page (or amp-iframe) hears its height.
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { PREVIEW_ORIGIN } from "./chromium";

const CHARTS = ["map", "timeline", "membership", "participation", "growth", "per-year"] as const;
/** The chart frames of each page; the map has none of its own (its list of places is its table). */
const FIGURES: Record<(typeof CHARTS)[number], string[]> = {
  map: [],
  timeline: ["timeline"],
  membership: ["participation", "growth", "per-year"],
  participation: ["participation"],
  growth: ["growth"],
  "per-year": ["per-year"],
};

/** Boxes of what a reader sees, rounded to the pixel. */
async function boxes(page: Page): Promise<Record<string, number[]>> {
  return page.evaluate(() => {
    const out: Record<string, number[]> = {};
    const pick = (name: string, el: Element | null) => {
      if (!el) return;
      const r = el.getBoundingClientRect();
      out[name] = [r.x, r.y, r.width, r.height].map(Math.round);
    };
    pick("title", document.querySelector("h1"));
    document.querySelectorAll("figure.chart").forEach((f) => {
      pick(`figure ${f.getAttribute("data-chart")}`, f);
      pick(`svg ${f.getAttribute("data-chart")}`, f.querySelector(".chart__body svg"));
    });
    pick("map", document.querySelector(".atlas-map__canvas"));
    pick("footer", document.querySelector("footer"));
    return out;
  });
}

test.describe("without JavaScript, at 360 px", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  for (const lang of ["en", "ru"] as const) {
    for (const chart of CHARTS) {
      test(`${lang} ${chart}: chart, title, source and table are in the page`, async ({ page }) => {
        await page.goto(`/${lang === "en" ? "" : `${lang}/`}embed/${chart}.html`);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        const title = page.getByRole("heading", { level: 1 });
        await expect(title).toHaveText(lang === "en" ? /\w{4,}/ : /[А-Яа-яё]{4,}/);
        await expect(page).toHaveTitle(new RegExp(`^${(await title.innerText()).replace(/[()]/g, ".")} · `));
        for (const fig of FIGURES[chart]) {
          const figure = page.locator(`figure[data-chart="${fig}"]`);
          const svg = figure.locator(".chart__body svg");
          await expect(svg).toBeVisible();
          // Marks, not an empty frame: bars, areas or milestones with real geometry.
          expect(await svg.locator("rect, path, circle").count()).toBeGreaterThan(5);
          const box = (await svg.boundingBox())!;
          expect(box.width).toBeGreaterThan(250);
          expect(box.x + box.width).toBeLessThanOrEqual(360);
          // The table opens without a script: <details> is the browser's own.
          await figure.locator("summary").filter({ hasText: lang === "en" ? /table/i : /таблиц/i }).click();
          const table = figure.getByRole("table");
          await expect(table).toBeVisible();
          expect(await table.locator("tbody tr").count()).toBeGreaterThan(3);
        }
        if (chart === "map") {
          // The static map: country shapes, a marker per place, and the places as a list.
          const map = page.getByRole("region", { name: lang === "en" ? /^Map of the places/ : /^Карта/ });
          await expect(map).toBeVisible();
          expect(await map.locator("svg path").count()).toBeGreaterThan(50);
          expect(await map.getByRole("img").count()).toBeGreaterThan(10);
          const box = (await map.boundingBox())!;
          expect(box.x + box.width).toBeLessThanOrEqual(360);
          const places = page.getByRole("navigation", { name: lang === "en" ? "Places on the map" : "Места на карте" }).getByRole("listitem");
          expect(await places.count()).toBeGreaterThan(10);
        }
        await expect(page.locator(".embed__source")).toContainText(lang === "en" ? "Source:" : "Источник");
        const back = page.locator("a.embed__link");
        expect(new URL((await back.getAttribute("href"))!, page.url().replace(/(ru\/)?embed\/.*$/, "")).pathname).toBe("/index.html");
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, "horizontal overflow at 360 px").toBeLessThanOrEqual(0);
      });
    }
  }
});

test.describe("with JavaScript", () => {
  for (const width of [360, 1280]) {
    for (const chart of CHARTS) {
      test(`${chart} at ${width}px hydrates in place, with no error and no jump`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        // Hold the page's script until the prerendered page has been measured.
        let release!: () => void;
        const held = new Promise<void>((r) => (release = r));
        await page.route(/\/assets\/embed-[^/]*\.js$/, async (route) => {
          await held;
          await route.continue();
        });
        await page.goto(`/embed/${chart}.html`, { waitUntil: "commit" });
        await expect(page.locator(chart === "map" ? ".atlas-map__static svg" : `figure[data-chart="${FIGURES[chart][0]}"] .chart__body svg`)).toBeVisible();
        // What the reader first sees is painted with the styles (they block the first paint);
        // a measurement taken earlier would see the page unstyled.
        await page.waitForFunction(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((l) => l.disabled || l.sheet));
        const before = await boxes(page);
        release();
        // Without filters in the address the page hydrates when the reader reaches for it.
        await expect.poll(() => page.evaluate(() => performance.getEntriesByType("resource").some((r) => /\/assets\/embed-[^/]*\.js$/.test(r.name)))).toBe(true);
        await page.getByRole("heading", { level: 1 }).hover();
        await expect(page.locator("#root")).toHaveAttribute("data-hydrated", "true", { timeout: 20_000 });
        // Redrawn at the box's own width by now: wait for the resize's frame.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const after = await boxes(page);
        expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
        for (const [name, [x, y, w, h]] of Object.entries(before)) {
          const [x2, y2, w2, h2] = after[name];
          expect([x2, y2, h2], `${name} moved or changed height on hydration`).toEqual([x, y, h]);
          if (!name.startsWith("svg")) expect(w2, `${name} changed width`).toBe(w);
        }
      });
    }
  }

  test("the address's filters and theme apply after hydration", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto("/embed/timeline.html?from=2010&to=2020&theme=dark");
    const figure = page.locator('figure[data-chart="timeline"]');
    await expect(page.locator("#root")).toHaveAttribute("data-hydrated", "true", { timeout: 20_000 });
    await expect(figure.locator("figcaption")).toContainText(/between 2010 and 2020/);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    // Events outside 2010–2020 fade; those inside stay.
    expect(await figure.locator(".tl-mark--out").count()).toBeGreaterThan(10);
    expect(await figure.locator(".tl-mark:not(.tl-mark--out)").count()).toBeGreaterThan(5);
    const back = await page.locator("a.embed__link").getAttribute("href");
    expect(back).toContain("from=2010&to=2020");

    await page.goto("/embed/growth.html?to=2005");
    await expect(page.locator("#root")).toHaveAttribute("data-hydrated", "true", { timeout: 20_000 });
    await expect(page.locator('figure[data-chart="growth"] figcaption')).toContainText(/^(In|By) 2005,/);
  });

  test("without a query the page loads no chart code until the reader reaches for it", async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (r) => { if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname); });
    // The pointer rests below the page, away from the chart.
    await page.setViewportSize({ width: 1280, height: 3000 });
    await page.mouse.move(1270, 2990);
    await page.goto("/embed/growth.html", { waitUntil: "networkidle" });
    expect(scripts.filter((s) => /hydrate|GrowthChart|core/.test(s))).toEqual([]);
    await page.getByRole("heading", { level: 1 }).hover();
    await expect(page.locator("#root")).toHaveAttribute("data-hydrated", "true", { timeout: 20_000 });
    expect(scripts.some((s) => /hydrate/.test(s))).toBe(true);
  });

  // The membership page holds three charts, each hydrating on its own: the press is on the last.
  for (const chart of ["timeline", "membership"]) {
    test(`${chart}: the press that wakes the page is not lost: it is done once the page has hydrated`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      // The hydrating code held until after the press, as on a phone, where it arrives later.
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      await page.route(/\/assets\/hydrate-[^/]+\.js$/, async (route) => {
        await gate;
        await route.continue();
      });
      await page.goto(`/embed/${chart}.html`, { waitUntil: "networkidle" });
      await page.getByRole("button", { name: "Cite this" }).last().click();
      await expect(page.locator("#root")).not.toHaveAttribute("data-hydrated", "true");
      release();
      await expect(page.locator("#root")).toHaveAttribute("data-hydrated", "true", { timeout: 20_000 });
      await expect(page.getByRole("dialog", { name: /^Cite/ })).toBeVisible();
      await expect(page.getByRole("dialog")).toHaveCount(1);
    });
  }

  test("a language in the address replaces the page's", async ({ page }) => {
    await page.goto("/embed/per-year.html?lang=ru");
    await expect(page.locator("#root")).toHaveAttribute("data-hydrated", "true", { timeout: 20_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/[А-Яа-яё]{4,}/);
  });
});

test.describe("oEmbed and AMP", () => {
  for (const lang of ["en", "ru"] as const) {
    for (const chart of CHARTS) {
      test(`${lang} ${chart}: the page links its oEmbed document, whose iframe shows the page`, async ({ page, request }) => {
        const path = `${lang === "en" ? "" : `${lang}/`}embed/${chart}.html`;
        const pageUrl = `${PREVIEW_ORIGIN}/${path}`;
        await page.goto(pageUrl);
        const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
        const href = await link.evaluate((l: HTMLLinkElement) => l.href);
        expect(href).toBe(pageUrl.replace(/\.html$/, ".oembed.json"));
        const res = await request.get(href);
        expect(res.status()).toBe(200);
        const doc = await res.json();
        expect(doc).toMatchObject({ version: "1.0", type: "rich", provider_name: expect.any(String) });
        expect(doc.title).toBe(await page.title());
        expect(doc.width).toBeGreaterThanOrEqual(300);
        expect(doc.height).toBeGreaterThanOrEqual(300);
        const src = /<iframe src="([^"]+)"/.exec(doc.html)?.[1];
        // Relative to the app's folder unless the build was given its public address.
        expect(new URL(src!.replace(/&amp;/g, "&"), `${PREVIEW_ORIGIN}/`).href).toBe(pageUrl);
        expect(doc.html).toContain(`height="${doc.height}"`);
      });
    }
  }

  test("inside an iframe the page posts its height, also as AMP's embed-size message", async ({ page }) => {
    await page.route(`${PREVIEW_ORIGIN}/__amp-host.html`, (route) => route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><head><title>Host</title></head><body>
<script>window.__amp = []; window.addEventListener("message", function (e) {
  if (e.data && e.data.sentinel === "amp") window.__amp.push({ type: e.data.type, height: e.data.height, origin: e.origin });
});</script>
<iframe src="/embed/growth.html" title="Embedded chart" style="border:0;width:360px;height:300px"></iframe></body></html>`,
    }));
    await page.goto("/__amp-host.html");
    await expect.poll(() => page.evaluate(() => (window as unknown as { __amp: unknown[] }).__amp.length), { timeout: 20_000 }).toBeGreaterThan(0);
    const messages = await page.evaluate(() => (window as unknown as { __amp: { type: string; height: number; origin: string }[] }).__amp);
    for (const m of messages) {
      expect(m.type).toBe("embed-size");
      expect(m.origin).toBe(PREVIEW_ORIGIN);
    }
    // The embed is taller than its 300 px frame: the host is told so.
    expect(Math.max(...messages.map((m) => m.height))).toBeGreaterThan(300);
  });
});
