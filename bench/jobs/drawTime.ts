// Time from navigation to drawn, in fresh contexts, optionally under CPU throttling.
import type { Bench, Drawn } from "../shared/browser";
import { explorerDrawn, freshContext } from "../shared/browser";
import { median, ms } from "../shared/stats";

export const RUNS = 5;

export async function timeToDraw(bench: Bench, url: string, drawn: Drawn, throttle: number): Promise<number[]> {
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
    await ctx.close();
  }
  return times;
}

/** The explorer under 4x CPU throttling, printed. */
export async function drawTimeJob(bench: Bench): Promise<{ throttle: number; median: number; runs: number[] }> {
  const drawTimes = await timeToDraw(bench, "/", explorerDrawn, 4);
  console.log(`\nExplorer drawn (4x CPU throttling): median ${ms(median(drawTimes))} of [${drawTimes.map((t) => t.toFixed(0)).join(", ")}]`);
  return { throttle: 4, median: median(drawTimes), runs: drawTimes };
}
