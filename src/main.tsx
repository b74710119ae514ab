// Entry: reads the mode from the URL and loads only the shell it needs, so an embed that
// shows no map never downloads Leaflet; or hydrates the explorer the build drew into the page.
import { StrictMode, lazy } from "react";
import { LazyView } from "./components/LazyView";
import { createRoot } from "react-dom/client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { parseUrlState } from "./state/urlState";
import { startUrlSync } from "./state/urlSync";
import { useAtlasStore } from "./state/store";
import { ThemeRoot } from "./shells/ThemeRoot";
import { trustBuildValidation } from "./data/fingerprint";
import { loadLanguage, resolveLanguage } from "./i18n";
import "./styles.css";

// The explorer, likewise: its filters, settings and sharing strings are no embed's download.
const Explorer = lazy(() => Promise.all([import("./shells/Explorer"), import("./i18n/explorer")]).then(([shell]) => shell));
// The presenter brings its own strings, which the explorer's readers never download.
const Presenter = lazy(() => Promise.all([import("./shells/Presenter"), import("./i18n/present")]).then(([shell]) => shell));
const Embed = lazy(() => import("./shells/Embed"));

const queryClient = new QueryClient();
const { mode } = parseUrlState(window.location.search);
// The benchmark drives filters directly; only a URL with `bench` exposes the hook. Read it
// before the URL is normalised, which drops unknown parameters.
if (new URLSearchParams(window.location.search).has("bench")) {
  (window as unknown as { __atlas: unknown }).__atlas = { setYearRange: useAtlasStore.getState().setYearRange };
}
const root = document.getElementById("root")!;
const lang = resolveLanguage(parseUrlState(window.location.search).lang);
// index.html holds the explorer's default view, drawn at build time in one language
// (scripts/prerender.ts): the explorer in that language hydrates it; any other mode or
// language is drawn here instead, and the page's head script has kept the markup hidden.
const prerendered = root.dataset.page === "explorer";
if (prerendered && mode === "explore" && lang === root.dataset.lang) {
  // Shown whatever the head script guessed: this is the page the address asks for.
  document.documentElement.removeAttribute("data-prerender");
  const { hydrateExplorer } = await import("./shells/explorer/hydrate");
  await hydrateExplorer(root, queryClient, startUrlSync);
} else {
  if (prerendered) {
    // The presenter and the other languages read the same files the build checked.
    trustBuildValidation((root.dataset.validated ?? "").split(","));
    root.replaceChildren();
    for (const a of ["data-page", "data-lang", "data-datasets", "data-fingerprints", "data-validated"]) root.removeAttribute(a);
  }
  startUrlSync();
  // The chosen language's strings arrive before the first paint, so nobody sees English flash.
  await loadLanguage(lang).catch(() => undefined);
  document.documentElement.removeAttribute("data-prerender");

  const Shell = mode === "present" ? Presenter : mode === "embed" ? Embed : Explorer;

  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ThemeRoot>
          <LazyView loading={null}>
            <Shell />
          </LazyView>
        </ThemeRoot>
      </QueryClientProvider>
    </StrictMode>,
  );
}
