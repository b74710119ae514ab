// The browser side every job shares: a fresh context that keeps everything on this machine,
// and the moments the explorer and an embed count as drawn.
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { StaticServer } from "./server";

/** What a job gets: the browser, the app's server, and the record of refused requests. */
export interface Bench {
  browser: Browser;
  site: StaticServer;
  /** Requests to any other host, refused and noted. */
  blocked: string[];
}

export async function freshContext(bench: Bench): Promise<BrowserContext> {
  const { origin } = bench.site;
  const ctx = await bench.browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: "block" });
  // Nothing leaves the machine: any other host is refused and noted.
  await ctx.route(
    (u) => !u.href.startsWith(origin) && !/^(data|blob|about):/.test(u.href),
    async (route) => {
      bench.blocked.push(route.request().url());
      await route.abort("blockedbyclient");
    },
  );
  return ctx;
}

export type Drawn = (page: Page, timeout?: number) => Promise<number>;

/** The explorer has drawn every view: three sections marked data-ready="true". Before the
 *  sections carry the mark (none on the page once it has settled), the heading counts instead.
 *  Returns the page's performance.now() at that moment. */
export const explorerDrawn: Drawn = async (page, timeout = 60_000) => {
  const ready = page.waitForFunction(
    () => (document.querySelectorAll('[data-ready="true"]').length >= 3 ? performance.now() : false),
    null,
    { polling: "raf", timeout },
  );
  try {
    return (await (await ready).jsonValue()) as number;
  } catch (e) {
    if (await page.locator("[data-ready]").count()) throw e;
    const h1 = await page.waitForFunction(() => (document.querySelector("h1") ? performance.now() : false), null, { timeout: 5_000 });
    return (await h1.jsonValue()) as number;
  }
};

/** An embed has drawn its chart: an svg, a Leaflet container or a data-ready mark. */
export const embedDrawn: Drawn = async (page, timeout = 60_000) => {
  const handle = await page.waitForFunction(
    () =>
      document.querySelector('[data-ready="true"], #root svg, #root .leaflet-container, #root [role=alert]')
        ? performance.now()
        : false,
    null,
    { polling: "raf", timeout },
  );
  return (await handle.jsonValue()) as number;
};
