// The explorer: map, timeline and membership charts side by side, linked by one set of filters.
import { createContext, lazy, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import { LazyView } from "../components/LazyView";
import { ViewDrawnContext } from "../components/ViewDrawn";
import { useT } from "../i18n";
import { useAtlasStore } from "../state/store";
import Timeline from "../views/timeline/Timeline";
import MembershipCharts from "../views/membership/MembershipCharts";
import { FilterBar } from "./explorer/FilterBar";
import { SettingsMenu } from "./explorer/SettingsMenu";
import { ShareButton } from "../components/ShareButton";
import { ChartDownloads } from "../components/downloads/ChartDownloads";
import { DataSection } from "../components/conflicts/DataSection";
import { CiteButton } from "../components/cite/CiteButton";
import { DataProblems } from "../components/DataProblems";

import { ExplorerMap } from "./explorer/views";
// Shown only once a country is chosen.
const CountryPanel = lazy(() => import("./explorer/CountryPanel").then((m) => ({ default: m.CountryPanel })));

/** A page prerendered at build time is not settled until it has hydrated and applied its
 *  address's filters (shells/explorer/hydrate.tsx); until then no view claims to be ready.
 *  `onDrawn` hears each view that has drawn. */
export const ExplorerSettling = createContext<{ settled: boolean; onDrawn?: (view: string) => void }>({ settled: true });

/** A view's section, marked data-ready once the view has drawn (for the browser tests and the
 *  benchmark). Its view is in its own boundary; a view whose code could not come counts as
 *  done for the page to settle, though not as drawn. */
function ViewSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const [drawn, setDrawn] = useState(0);
  const report = useCallback((delta: 1 | -1) => setDrawn((n) => n + delta), []);
  const { settled, onDrawn } = useContext(ExplorerSettling);
  useEffect(() => {
    if (drawn > 0) onDrawn?.(id);
  }, [drawn > 0, onDrawn, id]);
  return (
    <section id={id} className={`view ${id}`} aria-labelledby={`${id}-title`} data-ready={drawn > 0 && settled}>
      <h2 id={`${id}-title`} className="view__title">{title}</h2>
      <ViewDrawnContext value={report}>
        <LazyView onFailed={() => onDrawn?.(id)}>{children}</LazyView>
      </ViewDrawnContext>
    </section>
  );
}

// Subscribes to nothing that a filter change touches: each view, the filter bar and the country
// panel follow the filters themselves, so the shell and its static parts do not re-render.
export default function Explorer() {
  const t = useT();
  const hasCountry = useAtlasStore((s) => s.country !== null);
  return (
    <div className="explorer">
      <a className="skip-link" href="#view-map">{t("app.skip")}</a>
      <header className="app-header">
        <div>
          <h1>{t("app.title")}</h1>
          <p className="app-header__tagline">{t("app.tagline")}</p>
        </div>
        <SettingsMenu>
          <ShareButton />
        </SettingsMenu>
      </header>
      <LazyView loading={null}>
        <FilterBar />
      </LazyView>
      {hasCountry && (
        <LazyView loading={null}>
          <CountryPanel />
        </LazyView>
      )}
      <main className="explorer__grid">
        <ViewSection id="view-map" title={t("view.map")}>
          {/* Leaflet (about 45 KB) loads when the reader reaches for the map; the static map,
              its markers and the list of places serve until then. */}
          <ExplorerMap load="interaction" toolbar={<><ChartDownloads chart="map" /><CiteButton chart="map" title={t("embed.title.map")} /></>} />
        </ViewSection>
        <ViewSection id="view-timeline" title={t("view.timeline")}>
          <Timeline toolbar={<ChartDownloads chart="timeline" />} />
        </ViewSection>
        <ViewSection id="view-membership" title={t("view.membership")}>
          <MembershipCharts />
        </ViewSection>
      </main>
      <LazyView loading={null}>
        <DataSection />
        <DataProblems />
      </LazyView>
      <footer className="app-footer">
        <p>{t("app.footer")}</p>
      </footer>
    </div>
  );
}
