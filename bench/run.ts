// Benchmark of the built app (run `npm run build` first): bytes per entry, time to draw the
// explorer under 4x CPU throttling, filter latency on real and generated data, and a side by
// side with TimelineJS and Lighthouse. Prints a table, writes bench/results.json, exits non-zero
// when a prerendered page's HTML or the explorer's script is over its budget (and, with --strict, when a byte or time
// budget is missed). Each job is its own
// module in bench/jobs; this file runs them in order and writes what they found.
import { existsSync, writeFileSync } from "node:fs";
import { cpus, totalmem, platform, release, arch } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/e2e/chromium";
import type { Bench } from "./shared/browser";
import { DIST, ROOT, startServer } from "./shared/server";
import { BYTE_BUDGET, bytesJob, pageBytesJob } from "./jobs/bytes";
import { drawTimeJob } from "./jobs/drawTime";
import { LATENCY_BUDGET, filterLatencyJob } from "./jobs/filterLatency";
import { peersJob } from "./jobs/peers";
import { lighthouseJob, pageHtmlBytes } from "./jobs/lighthouse";

const STRICT = process.argv.includes("--strict");
const BUDGET = { ...BYTE_BUDGET, ...LATENCY_BUDGET };

async function main() {
  if (!existsSync(join(DIST, "index.html"))) {
    console.error("bench: dist/ is missing; run `npm run build` first");
    process.exit(2);
  }
  const site = await startServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // The same flags as the browser suite. Latency is timed to the end of the painting frame,
    // not to a later frame, so the frame clock needs no unthrottling (which kept the renderer
    // producing frames flat out, competing for the two cores with the work being measured).
    args: CHROMIUM_ARGS,
  });
  const bench: Bench = { browser, site, blocked: [] };
  const failures: string[] = [];
  const warnings: string[] = [];
  try {
    // Byte budgets are exact (the same files on any machine), so a miss fails the run: the
    // explorer's, and every map-less embed's, as a route and as a prerendered page once hydrated.
    const bytes = await bytesJob(bench, failures);
    const prerenderedBytes = await pageBytesJob(bench, failures);
    const explorerDrawMs = await drawTimeJob(bench);
    const timeMiss: string[] = [];
    const latency = await filterLatencyJob(bench, timeMiss);
    (STRICT ? failures : warnings).push(...timeMiss);
    const comparison = await peersJob(bench, bytes, warnings);
    // Lighthouse beside the TimelineJS page the peers job wrote; its goals are printed, not enforced.
    const lighthouse = await lighthouseJob();
    warnings.push(...lighthouse.misses);
    const pageHtml = pageHtmlBytes(failures);

    const results = {
      date: new Date().toISOString(),
      machine: {
        cpu: cpus()[0]?.model ?? "unknown",
        cores: cpus().length,
        memoryGB: +(totalmem() / 2 ** 30).toFixed(1),
        os: `${platform()} ${release()} ${arch()}`,
        node: process.version,
        chromium: browser.version(),
      },
      budgets: BUDGET,
      bytes,
      prerenderedBytes,
      explorerDrawMs,
      filterLatency: latency,
      timelinejs: comparison,
      lighthouse: lighthouse.figures,
      prerenderedHtmlGzip: pageHtml,
      blockedRequests: [...new Set(bench.blocked)],
      failures,
      warnings,
    };
    writeFileSync(join(ROOT, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");
    console.log("\nwrote bench/results.json");
  } finally {
    await browser.close();
    site.server.close();
  }
  for (const w of warnings) console.log(`budget (not enforced without --strict): ${w}`);
  if (failures.length) {
    for (const f of failures) console.error(`BUDGET MISSED: ${f}`);
    process.exit(1);
  }
  console.log("bench: all enforced budgets met");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
