// The one fixture every browser test uses. It fails the test on:
//  - any console error (unless the test declares it expected with `guard.allowConsole(/.../)`),
//  - any uncaught page error,
//  - any request to a host other than the preview server (such requests are also aborted),
//  - any dialog (alert/confirm/prompt) the page opens.
import { test as base, expect, type Page } from "@playwright/test";
import { PREVIEW_ORIGIN } from "./chromium";

const LOCAL = /^(data|blob|about|chrome-error|devtools):/;

export interface Guard {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  dialogs: string[];
  /** Declares console errors matching `re` as expected in this test (e.g. a deliberate 404). */
  allowConsole(re: RegExp): void;
}

export function isLocal(url: string): boolean {
  if (LOCAL.test(url)) return true;
  try {
    return new URL(url).origin === PREVIEW_ORIGIN;
  } catch {
    return false;
  }
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, context }, use) => {
      const allowed: RegExp[] = [];
      const guard: Guard = {
        consoleErrors: [],
        pageErrors: [],
        foreignRequests: [],
        dialogs: [],
        allowConsole: (re) => void allowed.push(re),
      };
      await context.route(
        (url) => !isLocal(url.href),
        async (route) => {
          guard.foreignRequests.push(route.request().url());
          await route.abort("blockedbyclient");
        },
      );
      context.on("request", (req) => {
        const url = req.url();
        if (!isLocal(url) && !guard.foreignRequests.includes(url)) guard.foreignRequests.push(url);
      });
      page.on("console", (msg) => {
        if (msg.type() !== "error") return;
        const text = msg.text();
        const loc = msg.location()?.url ?? "";
        const full = loc ? `${text} (${loc})` : text;
        if (!allowed.some((re) => re.test(full))) guard.consoleErrors.push(full);
      });
      page.on("pageerror", (err) => guard.pageErrors.push(`${err.name}: ${err.message}`));
      page.on("dialog", async (d) => {
        guard.dialogs.push(`${d.type()}: ${d.message()}`);
        await d.dismiss().catch(() => {});
      });

      await use(guard);

      expect(guard.pageErrors, "uncaught page errors").toEqual([]);
      expect(guard.consoleErrors, "console errors").toEqual([]);
      expect(guard.foreignRequests, "requests to other hosts").toEqual([]);
      expect(guard.dialogs, "dialogs opened").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the first screen is up and answers: the page heading is visible and, on the
 *  prerendered explorer (whose heading shows before its script runs), the page has hydrated. A
 *  page the browser draws drops the prerendered markup's marks. */
export async function waitForApp(page: Page): Promise<void> {
  await expect(page.locator("h1").first()).toBeVisible();
  await expect(page.locator('#root:not([data-page]), #root[data-hydrated="true"]')).toHaveCount(1, { timeout: 20_000 });
}
