// Time from navigation to drawn, in fresh contexts, optionally under CPU throttling.
import type { Page } from "playwright-core";
import type { Bench, Drawn } from "../shared/browser";
import { explorerDrawn, freshContext } from "../shared/browser";
import { median, ms } from "../shared/stats";

export const RUNS = 5;

/** When the page first painted and when its largest element painted, as the page recorded them. */
export interface Paints { firstContentful: number; largestContentful: number }

export async function timeToDraw(bench: Bench, url: string, drawn: Drawn, throttle: number, paints?: Paints[]): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const ctx = await freshContext(bench);
    const page = await ctx.newPage();
    if (throttle > 1) {
      const cdp = await ctx.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    }
    await page.goto(bench.site.origin + url, { waitUntil: "commit" });
    times.push(await drawn(page, 120_000));
    if (paints) paints.push(await paintsOf(page));
    await ctx.close();
  }
  return times;
}

/** Read once drawn: the largest paint so far is the largest the load made (the page stays put). */
function paintsOf(page: Page): Promise<Paints> {
  return page.evaluate(
    () =>
      new Promise<Paints>((resolve) => {
        const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
        new PerformanceObserver((list) => {
          const all = list.getEntries();
          resolve({ firstContentful: fcp, largestContentful: all.length ? all[all.length - 1].startTime : NaN });
        }).observe({ type: "largest-contentful-paint", buffered: true });
        // A page with no largest paint recorded reports none instead of holding the run.
        setTimeout(() => resolve({ firstContentful: fcp, largestContentful: NaN }), 1000);
      }),
  );
}

/**
 * The explorer under 4x CPU throttling, printed: when it is drawn and answers the reader (every
 * view hydrated, the address's filters applied), and, from the same loads, when the reader
 * first sees it painted from its prerendered HTML.
 */
export async function drawTimeJob(bench: Bench): Promise<{ throttle: number; median: number; runs: number[]; painted: Paints }> {
  const paints: Paints[] = [];
  const drawTimes = await timeToDraw(bench, "/", explorerDrawn, 4, paints);
  const painted: Paints = {
    firstContentful: median(paints.map((p) => p.firstContentful)),
    largestContentful: median(paints.map((p) => p.largestContentful)),
  };
  console.log(`\nExplorer drawn (4x CPU throttling): median ${ms(median(drawTimes))} of [${drawTimes.map((t) => t.toFixed(0)).join(", ")}]`);
  console.log(`  painted from its HTML in the same loads: first paint ${ms(painted.firstContentful)}, largest paint ${ms(painted.largestContentful)} (medians)`);
  return { throttle: 4, median: median(drawTimes), runs: drawTimes, painted };
}
