// Entry: reads the mode from the URL and loads only the shell it needs, so an embed that
// shows no map never downloads Leaflet.
import { StrictMode, lazy } from "react";
import { LazyView } from "./components/LazyView";
import { createRoot } from "react-dom/client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { parseUrlState } from "./state/urlState";
import { startUrlSync } from "./state/urlSync";
import { useAtlasStore } from "./state/store";
import { ThemeRoot } from "./shells/ThemeRoot";
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
startUrlSync();

// The chosen language's strings arrive before the first paint, so nobody sees English flash.
await loadLanguage(resolveLanguage(parseUrlState(window.location.search).lang)).catch(() => undefined);

const Shell = mode === "present" ? Presenter : mode === "embed" ? Embed : Explorer;

createRoot(document.getElementById("root")!).render(
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
