// The embed shell (mode=embed&chart=…): one chart for a journalist's page, with its title, a
// one-line description, the source line and a link to the full atlas with the same filters.
// No app chrome; fills any width from 300 px; tells the host page its height.
import { useContext, useEffect, useRef } from "react";
import { useShallow } from "zustand/react/shallow";
import { useAtlasStore, urlStateOf } from "../state/store";
import { useT } from "../i18n";
import { LazyView } from "../components/LazyView";
import { ChartDownloads } from "../components/downloads/ChartDownloads";
import { CiteButton } from "../components/cite/CiteButton";
import { TablesInHtml } from "../components/ChartFrame";
import { DefaultChartWidth } from "../components/useSize";
import { ChartHeadingLevel } from "../components/headingLevel";
import { EMBED_CHARTS, LoadedChart } from "./embed/charts";
import { startHeightMessages } from "./embed/height";
import { explorerHref, explorerUrl } from "../state/explorerLinks";
import "./embed/embed.css";

/** A prerendered chart is drawn for a phone: scaled down on a narrower one, and redrawn at
 *  its box's width once hydrated, in a box of the same height. */
const PAGE_CHART_WIDTH = 400;

/** `prerendered`: the page was written at build time (embed/<chart>.html), so links are relative
 *  to the app's root and the same on the build machine and in the browser. */
export default function Embed({ prerendered = false }: { prerendered?: boolean }) {
  const t = useT();
  const state = useAtlasStore(useShallow(urlStateOf));
  const { chart } = state;
  const body = useRef<HTMLDivElement>(null);
  // A prerendered page's own script posts its height from the start.
  useEffect(() => (prerendered ? undefined : startHeightMessages(chart)), [chart, prerendered]);

  const ChartView = useContext(LoadedChart) ?? EMBED_CHARTS[chart];
  const href = prerendered ? explorerHref(state) : explorerUrl(state, window.location.href);
  // The membership embed holds three charts, each with its own downloads.
  // Charts drawn in a ChartFrame bring their own "Cite this"; the map does not.
  const toolbar = chart === "membership" ? undefined : <><ChartDownloads chart={chart} />{chart === "map" && <CiteButton chart="map" title={t("embed.title.map")} />}</>;

  return (
    <main className={`embed embed--${chart}${chart === "membership" ? "" : " embed--single"}`} data-chart={chart}>
      <h1 className="embed__title">{t(`embed.title.${chart}`)}</h1>
      <p className="embed__desc">{t(`embed.desc.${chart}`)}</p>
      <div className="embed__chart" ref={body}>
        <TablesInHtml value={prerendered}>
          <DefaultChartWidth value={prerendered ? PAGE_CHART_WIDTH : 640}>
            <ChartHeadingLevel value={2}>
              <LazyView>
                <ChartView interactive toolbar={toolbar} />
              </LazyView>
            </ChartHeadingLevel>
          </DefaultChartWidth>
        </TablesInHtml>
      </div>
      <footer className="embed__footer">
        <p className="embed__source">{t("embed.source")}</p>
        <a className="embed__link" href={href} target="_blank" rel="noopener">{t("embed.explore")} ↗</a>
      </footer>
    </main>
  );
}
