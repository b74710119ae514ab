// Embeds in a host page: each chart draws inside an iframe at a phone and a desktop width,
// reports its height to the host, and the map-less charts never load the map's code or shapes.
import { test, expect } from "./fixtures";
import { PREVIEW_ORIGIN } from "./chromium";

const HOST = `${PREVIEW_ORIGIN}/__host.html`;
const MAP_ASSETS = /leaflet|MapView|countries-110m/i;

function hostPage(chart: string, width: number): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host page</title></head>
<body style="margin:0">
<script>
  window.__heights = [];
  window.addEventListener("message", function (e) {
    if (e.data && e.data.type === "bp-atlas:height") window.__heights.push({ chart: e.data.chart, height: e.data.height, origin: e.origin });
  });
</script>
<iframe id="embed" src="/?mode=embed&chart=${chart}" title="Embedded chart" style="border:0;width:${width}px;height:600px"></iframe>
</body></html>`;
}

const DRAWN: Record<string, string> = {
  map: ".leaflet-container path.atlas-marker",
  timeline: 'figure[data-chart="timeline"] svg',
  membership: 'figure[data-chart="per-year"] svg',
};

for (const chart of ["map", "timeline", "membership"] as const) {
  for (const width of [320, 1200]) {
    test(`${chart} embed at ${width}px draws and reports its height`, async ({ page }) => {
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      await page.route(HOST, (route) => route.fulfill({ contentType: "text/html", body: hostPage(chart, width) }));
      await page.goto(HOST);

      const frame = page.frameLocator("#embed");
      await expect(frame.locator(`main.embed[data-chart="${chart}"]`)).toBeVisible();
      await expect(frame.locator(DRAWN[chart]).first()).toBeVisible({ timeout: 15_000 });
      if (chart === "membership") {
        for (const c of ["participation", "growth", "per-year"]) await expect(frame.locator(`figure[data-chart="${c}"] svg`)).toBeVisible();
      }
      await expect(frame.locator(".embed__source")).toBeVisible();

      // The host hears the height of this chart, positive, from the app's origin.
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __heights: { chart: string; height: number }[] }).__heights.length))
        .toBeGreaterThan(0);
      const heights = await page.evaluate(() => (window as unknown as { __heights: { chart: string; height: number; origin: string }[] }).__heights);
      for (const h of heights) {
        expect(h.chart).toBe(chart);
        expect(h.origin).toBe(PREVIEW_ORIGIN);
      }
      expect(heights.some((h) => h.height > 100), JSON.stringify(heights)).toBe(true);

      // The drawing fits the frame: no sideways scrolling inside the iframe.
      const f = page.frame({ url: /mode=embed/ })!;
      const overflow = await f.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow inside the ${width}px frame`).toBeLessThanOrEqual(0);

      if (chart !== "map") {
        await page.waitForLoadState("networkidle");
        expect(requests.filter((u) => MAP_ASSETS.test(u)), "map code or shapes loaded by a map-less embed").toEqual([]);
      } else {
        expect(requests.some((u) => /countries-110m/.test(u))).toBe(true);
      }
    });
  }
}
