// The timeline embed beside TimelineJS 3 showing the same seven ministerial conferences:
// bytes and time to first render, served from this machine like the atlas.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Bench } from "../shared/browser";
import { embedDrawn } from "../shared/browser";
import { DIST, TL_PAGE } from "../shared/server";
import { kb, median, ms } from "../shared/stats";
import { measureBytes, type Bytes } from "./bytes";
import { timeToDraw } from "./drawTime";

export function writeTimelinePage(): void {
  mkdirSync(TL_PAGE, { recursive: true });
  const conferences = JSON.parse(readFileSync(join(DIST, "data/conferences.json"), "utf8")) as {
    id: string;
    title: string;
    outcome: string;
    date: { start: string; end?: string };
  }[];
  const toDate = (s: string) => {
    const [year, month, day] = s.split("-").map(Number);
    return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
  };
  const data = {
    title: { text: { headline: "Budapest Process", text: "Ministerial conferences 1991–2024" } },
    events: conferences.map((c) => ({
      unique_id: c.id,
      start_date: toDate(c.date.start),
      ...(c.date.end ? { end_date: toDate(c.date.end) } : {}),
      text: { headline: c.title, text: c.outcome },
    })),
  };
  writeFileSync(join(TL_PAGE, "data.js"), `window.TL_DATA = ${JSON.stringify(data)};\n`);
  writeFileSync(
    join(TL_PAGE, "init.js"),
    `window.timeline = new TL.Timeline("timeline", window.TL_DATA, { script_path: location.origin + "/tl/js/", language: "en", ga_measurement_id: null });\n`,
  );
  writeFileSync(
    join(TL_PAGE, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="/tl/css/timeline.css">
<script src="/tl/js/timeline.js"></script></head>
<body style="margin:0"><div id="timeline" style="width:100%;height:600px"></div>
<script src="data.js"></script><script src="init.js"></script></body></html>\n`,
  );
}

export async function timelineDrawn(page: Page, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const tl = document.querySelector(".tl-timeline");
      const slide = document.querySelector(".tl-slide");
      return tl && slide && (tl as HTMLElement).offsetHeight > 0 ? performance.now() : false;
    },
    null,
    { polling: "raf", timeout },
  );
  return (await handle.jsonValue()) as number;
}

/** Printed; a TimelineJS page that never draws is noted in `warnings`, not failed. */
export async function peersJob(bench: Bench, bytes: Bytes[], warnings: string[]) {
  writeTimelinePage();
  const tlBytes = await measureBytes(bench, "TimelineJS", "/tlpage/index.html", timelineDrawn);
  const ourBytes = bytes.find((b) => b.entry === "embed timeline")!;
  // TimelineJS is a comparison, not a gate: if it never draws, note it and carry on.
  const tlTimes = await timeToDraw(bench, "/tlpage/index.html", timelineDrawn, 1).catch((e: Error) => {
    warnings.push(`TimelineJS did not draw: ${e.message.split("\n")[0]}`);
    return [] as number[];
  });
  const ourTimes = await timeToDraw(bench, "/?mode=embed&chart=timeline", embedDrawn, 1);
  const tlBlocked = bench.blocked.filter((u) => u);
  const comparison = {
    ours: { jsGzip: ourBytes.jsGzip, totalGzip: ourBytes.totalGzip, firstRenderMs: median(ourTimes), runs: ourTimes },
    timelinejs: { jsGzip: tlBytes.jsGzip, totalGzip: tlBytes.totalGzip, firstRenderMs: median(tlTimes), runs: tlTimes, files: tlBytes.files },
    ratio: {
      jsGzip: ourBytes.jsGzip / tlBytes.jsGzip,
      totalGzip: ourBytes.totalGzip / tlBytes.totalGzip,
      firstRender: median(ourTimes) / median(tlTimes),
    },
  };
  console.log("\nTimeline embed vs TimelineJS 3 (7 ministerial conferences), medians of 5");
  console.table({
    "JS gzip": { ours: kb(comparison.ours.jsGzip), TimelineJS: kb(comparison.timelinejs.jsGzip), "ours/theirs": comparison.ratio.jsGzip.toFixed(2) },
    "all gzip": { ours: kb(comparison.ours.totalGzip), TimelineJS: kb(comparison.timelinejs.totalGzip), "ours/theirs": comparison.ratio.totalGzip.toFixed(2) },
    "first render": { ours: ms(comparison.ours.firstRenderMs), TimelineJS: ms(comparison.timelinejs.firstRenderMs), "ours/theirs": comparison.ratio.firstRender.toFixed(2) },
  });
  if (tlBlocked.length) console.log(`requests to other hosts were blocked: ${[...new Set(tlBlocked)].join(", ")}`);
  return comparison;
}
