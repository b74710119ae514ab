// Lighthouse on the pages readers open (mobile, simulated throttling, the default config):
// the explorer, the presenter, each prerendered embed, and the TimelineJS page beside them in
// the same run. Served gzip-compressed, as static hosts do. One run per page keeps the job to
// a few minutes on two cores; the figures move by a few percent between runs.
//
// Run by bench/run.ts (after the peers job has written the TimelineJS page), or alone after a
// build: `npx tsx bench/jobs/lighthouse.ts` (merges its figures into bench/results.json).
import { createServer, type Server } from "node:http";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../tests/e2e/chromium";
import { DIST, ROOT, TL_PAGE, fileFor } from "../shared/server";

export interface LighthousePage {
  name: string;
  path: string;
}

export interface LighthouseFigures {
  name: string;
  path: string;
  /** 0–100. */
  performance: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /** This page's largest paint over TimelineJS's in the same run (embeds only). */
  lcpVsTimelineJs?: number;
  error?: string;
}

/** The embeds' goals from the issue that asked for them; printed beside the figures, not enforced. */
export const LIGHTHOUSE_GOALS = { embedPerformance: 95, embedLcpMs: 1600, embedCls: 0.02, explorerLcpMs: 2500, explorerTbtMs: 200, presenterLcpMs: 2500 };

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** A static host that compresses what it sends: each file gzipped once, then from memory. */
export function startGzipServer(fileFor: (urlPath: string) => string | null): Promise<{ server: Server; origin: string }> {
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const file = fileFor(req.url ?? "/");
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    let body = cache.get(file);
    if (!body) cache.set(file, (body = gzipSync(readFileSync(file), { level: 9 })));
    res.writeHead(200, {
      "content-type": MIME[extname(file)] ?? "application/octet-stream",
      "content-encoding": "gzip",
      "cache-control": "no-cache",
    });
    res.end(body);
  });
  return new Promise((ok) =>
    server.listen(0, "127.0.0.1", () => {
      const addr = server.address();
      ok({ server, origin: `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}` });
    }),
  );
}

/** The pages: explorer, presenter, every prerendered embed found in dist/, and TimelineJS. */
export function lighthousePages(dist: string, timelinePage: string | null): LighthousePage[] {
  const pages: LighthousePage[] = [
    { name: "explorer", path: "/" },
    { name: "presenter", path: "/?mode=present" },
  ];
  for (const chart of ["map", "timeline", "membership", "participation", "growth", "per-year"]) {
    if (existsSync(join(dist, "embed", `${chart}.html`))) pages.push({ name: `embed ${chart}`, path: `/embed/${chart}.html` });
  }
  if (timelinePage) pages.push({ name: "TimelineJS", path: timelinePage });
  return pages;
}

async function audit(url: string, port: number): Promise<Omit<LighthouseFigures, "name" | "path">> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
  const lhr = result?.lhr;
  if (!lhr) throw new Error("no report");
  const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const error = lhr.runtimeError?.message ?? lhr.runWarnings.find((w) => /did not paint|NO_LCP/i.test(w));
  return {
    performance: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
    lcpMs: num("largest-contentful-paint"),
    tbtMs: num("total-blocking-time"),
    cls: num("cumulative-layout-shift"),
    fcpMs: num("first-contentful-paint"),
    ...(error ? { error } : {}),
  };
}

export async function runLighthouse(origin: string, pages: LighthousePage[]): Promise<LighthouseFigures[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_ARGS, "--headless=new"],
    logLevel: "error",
  });
  const out: LighthouseFigures[] = [];
  try {
    for (const page of pages) {
      try {
        out.push({ name: page.name, path: page.path, ...(await audit(origin + page.path, chrome.port)) });
      } catch (e) {
        out.push({ name: page.name, path: page.path, performance: NaN, lcpMs: NaN, tbtMs: NaN, cls: NaN, fcpMs: NaN, error: (e as Error).message.split("\n")[0] });
      }
    }
  } finally {
    chrome.kill();
  }
  const tl = out.find((p) => p.name === "TimelineJS");
  for (const p of out) if (tl && p.name.startsWith("embed ")) p.lcpVsTimelineJs = p.lcpMs / tl.lcpMs;
  return out;
}

export function printLighthouse(figures: LighthouseFigures[]): string[] {
  const s = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : "n/a");
  console.log("\nLighthouse 13, mobile, simulated throttling, gzip-served (one run per page)");
  console.table(figures.map((f) => ({
    page: f.name,
    performance: f.performance,
    LCP: s(f.lcpMs),
    TBT: Number.isFinite(f.tbtMs) ? `${Math.round(f.tbtMs)} ms` : "n/a",
    CLS: Number.isFinite(f.cls) ? f.cls.toFixed(3) : "n/a",
    "LCP ÷ TimelineJS": f.lcpVsTimelineJs?.toFixed(2) ?? "",
    note: f.error ?? "",
  })));
  const G = LIGHTHOUSE_GOALS;
  const misses: string[] = [];
  for (const f of figures) {
    if (f.name.startsWith("embed ")) {
      if (!(f.performance >= G.embedPerformance)) misses.push(`${f.name}: performance ${f.performance} < ${G.embedPerformance}`);
      if (!(f.lcpMs <= G.embedLcpMs)) misses.push(`${f.name}: LCP ${s(f.lcpMs)} > ${s(G.embedLcpMs)}`);
      if (f.lcpVsTimelineJs !== undefined && !(f.lcpVsTimelineJs <= 0.5)) misses.push(`${f.name}: LCP ${f.lcpVsTimelineJs.toFixed(2)} of TimelineJS's > 0.5`);
      if (!(f.cls <= G.embedCls)) misses.push(`${f.name}: CLS ${f.cls.toFixed(3)} > ${G.embedCls}`);
    }
    if (f.name === "explorer" && !(f.lcpMs <= G.explorerLcpMs)) misses.push(`explorer: LCP ${s(f.lcpMs)} > ${s(G.explorerLcpMs)}`);
    if (f.name === "explorer" && !(f.tbtMs <= G.explorerTbtMs)) misses.push(`explorer: TBT ${Math.round(f.tbtMs)} ms > ${G.explorerTbtMs} ms`);
    if (f.name === "presenter" && !(f.lcpMs <= G.presenterLcpMs)) misses.push(`presenter: LCP ${s(f.lcpMs)} > ${s(G.presenterLcpMs)}`);
  }
  return misses;
}

/** A prerendered embed page's own HTML (chart, table and all) stays under this, gzip. */
export const PAGE_HTML_BUDGET = 60_000;

/** Each prerendered page's HTML, gzip; a page over the budget is a failure. */
export function pageHtmlBytes(failures: string[]): { page: string; gzip: number }[] {
  const pages = lighthousePages(DIST, null).filter((p) => p.name.startsWith("embed "));
  const ru = pages.map((p) => ({ ...p, path: `/ru${p.path}` }));
  const out = [...pages, ...ru].flatMap((p) => {
    const file = join(DIST, p.path);
    return existsSync(file) ? [{ page: p.path.slice(1), gzip: gzipSync(readFileSync(file), { level: 9 }).length }] : [];
  });
  console.log("\nPrerendered embed pages, HTML gzip: " + out.map((o) => `${o.page} ${(o.gzip / 1000).toFixed(1)} KB`).join(", "));
  for (const o of out) if (o.gzip > PAGE_HTML_BUDGET) failures.push(`${o.page} HTML ${(o.gzip / 1000).toFixed(1)} KB > ${PAGE_HTML_BUDGET / 1000} KB gzip`);
  return out;
}

/** The job as bench/run.ts calls it. */
export async function lighthouseJob(): Promise<{ figures: LighthouseFigures[]; misses: string[] }> {
  const { server, origin } = await startGzipServer(fileFor);
  try {
    const tlPage = existsSync(join(TL_PAGE, "index.html")) ? "/tlpage/index.html" : null;
    if (!tlPage) console.log("lighthouse: no TimelineJS page (the peers job writes it), so no side by side");
    const figures = await runLighthouse(origin, lighthousePages(DIST, tlPage));
    return { figures, misses: printLighthouse(figures) };
  } finally {
    server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { figures, misses } = await lighthouseJob();
  const file = join(ROOT, "bench/results.json");
  const results = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  writeFileSync(file, JSON.stringify({ ...results, lighthouse: { date: new Date().toISOString(), figures, misses } }, null, 2) + "\n");
  for (const m of misses) console.log(`goal (not enforced): ${m}`);
  console.log("wrote bench/results.json (lighthouse)");
}
