// How the browser suite and the benchmark start Debian's Chromium (no browser download, no
// background traffic, nothing that needs a GPU), and where the suite serves the built app.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

// PREVIEW_PORT lets two checkouts run their suites side by side on one machine.
export const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4173);
export const PREVIEW_ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;
