// Bytes each entry downloads before it is drawn and the network is idle, from the server's
// record of what it served.
import type { Bench, Drawn } from "../shared/browser";
import { embedDrawn, explorerDrawn, freshContext } from "../shared/browser";
import { kb, KB } from "../shared/stats";
import type { Served } from "../shared/server";

export const BYTE_BUDGET = {
  explorerJs: 185 * KB,
  maplessEmbedJs: 125 * KB,
};
const MAP_ONLY = /leaflet|MapView|countries-110m/i;

export interface Bytes {
  entry: string;
  url: string;
  jsGzip: number;
  cssGzip: number;
  jsonGzip: number;
  otherGzip: number;
  totalGzip: number;
  totalRaw: number;
  files: string[];
  mapFiles: string[];
}

export async function measureBytes(bench: Bench, entry: string, url: string, drawn: Drawn): Promise<Bytes> {
  const ctx = await freshContext(bench);
  const page = await ctx.newPage();
  bench.site.takeServed();
  await page.goto(bench.site.origin + url, { waitUntil: "networkidle" });
  // Bytes of a page that never drew would pass any budget: a failed draw fails the run.
  await drawn(page).catch((e: Error) => {
    throw new Error(`${entry} (${url}) did not draw, so its bytes mean nothing: ${e.message.split("\n")[0]}`);
  });
  await page.waitForLoadState("networkidle");
  const served = bench.site.takeServed();
  await ctx.close();
  const sum = (f: (s: Served) => boolean) => served.filter(f).reduce((a, s) => a + s.gzip, 0);
  const isJs = (s: Served) => /\.m?js$/.test(s.path);
  const isCss = (s: Served) => s.path.endsWith(".css");
  const isJson = (s: Served) => s.path.endsWith(".json");
  return {
    entry,
    url,
    jsGzip: sum(isJs),
    cssGzip: sum(isCss),
    jsonGzip: sum(isJson),
    otherGzip: sum((s) => !isJs(s) && !isCss(s) && !isJson(s)),
    totalGzip: sum(() => true),
    totalRaw: served.reduce((a, s) => a + s.raw, 0),
    files: served.map((s) => s.path),
    mapFiles: served.map((s) => s.path).filter((p) => MAP_ONLY.test(p)),
  };
}

/** A prerendered embed page: what it fetches before the reader reaches for it (its chart is in
 *  the HTML), and in all once it has hydrated. */
export interface PageBytes { page: string; beforeInteraction: Bytes; hydrated: { jsGzip: number; totalGzip: number; files: string[] } }

async function measurePage(bench: Bench, path: string): Promise<PageBytes> {
  const beforeInteraction = await measureBytes(bench, path, path, embedDrawn);
  const ctx = await freshContext(bench);
  const page = await ctx.newPage();
  bench.site.takeServed();
  await page.goto(bench.site.origin + path, { waitUntil: "networkidle" });
  await page.getByRole("heading", { level: 1 }).hover();
  await page.locator('#root[data-hydrated="true"]').waitFor({ timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  const served = bench.site.takeServed();
  await ctx.close();
  const sum = (f: (s: Served) => boolean) => served.filter(f).reduce((a, s) => a + s.gzip, 0);
  return {
    page: path,
    beforeInteraction,
    hydrated: { jsGzip: sum((s) => /\.m?js$/.test(s.path)), totalGzip: sum(() => true), files: served.map((s) => s.path) },
  };
}

const MAPLESS_CHARTS = ["timeline", "membership", "participation", "growth", "per-year"];

/** The prerendered pages of the map-less charts, printed beside the embed routes' figures; a page
 *  whose hydrated script is over the map-less budget is added to `failures`. */
export async function pageBytesJob(bench: Bench, failures: string[]): Promise<PageBytes[]> {
  const pages: PageBytes[] = [];
  for (const chart of MAPLESS_CHARTS) pages.push(await measurePage(bench, `/embed/${chart}.html`));
  console.log("\nPrerendered embed pages (gzip): before the reader reaches for the chart, and once hydrated");
  console.table(pages.map((p) => ({
    page: p.page,
    "JS before": kb(p.beforeInteraction.jsGzip),
    "total before": kb(p.beforeInteraction.totalGzip),
    "JS hydrated": kb(p.hydrated.jsGzip),
    "total hydrated": kb(p.hydrated.totalGzip),
  })));
  for (const p of pages) {
    if (p.hydrated.jsGzip > BYTE_BUDGET.maplessEmbedJs) failures.push(`${p.page} hydrated JS ${kb(p.hydrated.jsGzip)} > ${kb(BYTE_BUDGET.maplessEmbedJs)}`);
  }
  return pages;
}

const ENTRIES: [string, string, Drawn][] = [
  ["explorer", "/", explorerDrawn],
  ["presenter", "/?mode=present", embedDrawn],
  ["embed map", "/?mode=embed&chart=map", embedDrawn],
  ...MAPLESS_CHARTS.map((chart): [string, string, Drawn] => [`embed ${chart}`, `/?mode=embed&chart=${chart}`, embedDrawn]),
];

/** Every entry's bytes, printed; the budgets missed are added to `failures`. */
export async function bytesJob(bench: Bench, failures: string[]): Promise<Bytes[]> {
  const bytes: Bytes[] = [];
  for (const [name, url, drawn] of ENTRIES) bytes.push(await measureBytes(bench, name, url, drawn));

  console.log("\nBytes downloaded before interactive (gzip, level 9)");
  console.table(
    bytes.map((b) => ({
      entry: b.entry,
      JS: kb(b.jsGzip),
      CSS: kb(b.cssGzip),
      JSON: kb(b.jsonGzip),
      other: kb(b.otherGzip),
      total: kb(b.totalGzip),
      files: b.files.length,
    })),
  );
  const explorer = bytes[0];
  if (explorer.jsGzip > BYTE_BUDGET.explorerJs) failures.push(`explorer JS ${kb(explorer.jsGzip)} > ${kb(BYTE_BUDGET.explorerJs)}`);
  for (const b of bytes.filter((b) => MAPLESS_CHARTS.some((c) => b.entry === `embed ${c}`))) {
    if (b.jsGzip > BYTE_BUDGET.maplessEmbedJs) failures.push(`${b.entry} JS ${kb(b.jsGzip)} > ${kb(BYTE_BUDGET.maplessEmbedJs)}`);
    if (b.mapFiles.length) failures.push(`${b.entry} downloaded map-only files: ${b.mapFiles.join(", ")}`);
    console.log(`${b.entry}: map-only files requested: ${b.mapFiles.length ? b.mapFiles.join(", ") : "none"}`);
  }
  return bytes;
}
