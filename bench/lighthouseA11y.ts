// `npx tsx bench/lighthouseA11y.ts`: Lighthouse's accessibility score for the explorer, the
// presenter and every embed of the BUILT app (run `npx vite build` first), in Debian's Chromium
// with the browser suite's flags. Prints each score and the failing audits; exit 1 below 100.
import { spawn } from "node:child_process";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { CHROMIUM_ARGS, CHROMIUM_PATH, PREVIEW_ORIGIN, PREVIEW_PORT } from "../tests/e2e/chromium";
import { CHARTS } from "../src/state/urlState";

const PAGES = [
  { name: "explorer", path: "/" },
  { name: "presenter", path: "/?mode=present" },
  ...CHARTS.map((c) => ({ name: `embed ${c}`, path: `/?mode=embed&chart=${c}` })),
];

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no preview server at ${url}`);
}

const server = spawn("npx", ["vite", "preview", "--port", String(PREVIEW_PORT), "--strictPort", "--host", "127.0.0.1"], { stdio: "ignore" });
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_ARGS, "--headless=new"] });
let worst = 100;
try {
  await waitForServer(PREVIEW_ORIGIN);
  for (const page of PAGES) {
    const result = await lighthouse(`${PREVIEW_ORIGIN}${page.path}`, { port: chrome.port, onlyCategories: ["accessibility"], logLevel: "error" });
    const lhr = result!.lhr;
    const score = Math.round((lhr.categories.accessibility.score ?? 0) * 100);
    worst = Math.min(worst, score);
    const failing = Object.values(lhr.audits).filter((a) => a.score === 0 && a.scoreDisplayMode === "binary").map((a) => a.id);
    console.log(`lighthouse a11y ${page.name}: ${score}${failing.length ? ` (failing: ${failing.join(", ")})` : ""}`);
  }
} finally {
  chrome.kill();
  server.kill();
}
process.exit(worst === 100 ? 0 : 1);
