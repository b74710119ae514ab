/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { icuMessages } from "./src/i18n/icuPlugin.ts";

// The built app loads scripts, styles, data and the basemap from its own origin only, so a
// strict policy costs nothing and stops injected script. Dev keeps Vite's inline HMR preamble.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Leaflet and React set inline style attributes for positioning.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "atlas-content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" },
    ],
  };
}

export default defineConfig({
  // Relative asset URLs let the same build run from any folder of any static host;
  // `vite build --base /some/path/` still works for hosts that want absolute URLs.
  base: "./",
  plugins: [react(), contentSecurityPolicy(), icuMessages()],
  build: {
    target: "es2022",
    sourcemap: false,
    // Read by scripts/prerender.ts (each prerendered chart's stylesheets), then removed.
    manifest: true,
    // Every browser the atlas supports preloads modules natively; the polyfill (with its
    // MutationObserver) was script every entry downloaded for nobody.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      // embed.html is the template of the prerendered embed pages (scripts/prerender.ts).
      input: { main: "index.html", embed: "embed.html" },
      output: {
        // Many small shared chunks compress worse than a few larger ones: group what every
        // entry loads at start with the chart toolkit (no entry loads one without the other),
        // and the membership charts. What only one view uses goes with it, not into the core
        // every map-less embed must fit in its 125 KB.
        codeSplitting: {
          groups: [
            // Vite's helper for dynamic imports on its own, so an entry that only imports later
            // (the prerendered embeds') does not pull the core chunk in before the first paint.
            { name: "preload", test: /vite[\\/]preload-helper|modulepreload-polyfill/, priority: 3 },
            // Likewise the height messages and the wait for the reader, which those pages start
            // before anything else loads.
            { name: "height", test: /src[\\/](domain[\\/]embed|shells[\\/]embed[\\/]height|shells[\\/]pageReady)\.ts/, priority: 3 },
            // Only the map's basemap is read with useQuery (the datasets are read from the query
            // cache directly): the query observer and the hook around it go with the basemap,
            // not into the core every map-less embed loads.
            { name: "basemapData", test: /node_modules[\\/]@tanstack[\\/](query-core[\\/]build[\\/]modern[\\/]queryObserver|react-query[\\/]build[\\/]modern[\\/](useBaseQuery|useQuery|errorBoundaryUtils|suspense|QueryErrorResetBoundary|IsRestoringProvider))\.js|node_modules[\\/](topojson-client[\\/]|world-atlas[\\/]countries-110m\.json)|src[\\/]views[\\/]map[\\/]basemapData/, priority: 3, includeDependenciesRecursively: false },
            // The record schemas and their validator stay out: only a file the build did not
            // validate (edited since, or in development) needs them (src/data/queries.ts).
            { name: "core", test: /node_modules[\\/](react|react-dom|scheduler|@tanstack|zustand|zod|intl-messageformat|@formatjs)[\\/]|src[\\/](domain|state[\\/](?!links|urlSync)|data(?![\\/](validate|schemas)\.)|i18n[\\/](index|en)\.ts|components[\\/]LazyView|shells[\\/](ThemeRoot|earlyChoices))|node_modules[\\/](d3-(scale(?![\\/]src[\\/](sequential|pow)\.)|array|interpolate|color|format)|internmap|memoize-one)[\\/]|src[\\/](selectors[\\/](?!story|statesInProcess|clusters|places)|views[\\/]useEvents|components[\\/](ChartFrame|ChartSvg|ViewDrawn|Legend|axis|DataTable|Sources|StatusPanel|palette|useSize|downloads[\\/](ChartDownloads|DownloadMenu))|i18n[\\/](format|countryNames|alpha2))/, priority: 2 },
            // The map's own scales (square-root and sequential) beside its colour scale, not in
            // the chart toolkit every map-less embed loads.
            { name: "mapScales", test: /node_modules[\\/]d3-scale[\\/]src[\\/](sequential|pow)\.|src[\\/]views[\\/]map[\\/]mapScales/, priority: 3, includeDependenciesRecursively: false },
            // The explorer's membership panel in one file, with the growth chart it imports; the
            // presenter, which has no byte budget, then loads all three for its growth chart.
            { name: "membership", test: /src[\\/]views[\\/]membership[\\/](MembershipCharts|PerYearChart|ParticipationChart)/, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    environment: "jsdom",
    include: ["tests/**/*.test.{ts,tsx}", "src/**/*.test.{ts,tsx}"],
    setupFiles: ["tests/setup.ts"],
    css: false,
    testTimeout: 60_000,
  },
});
