// The embed shell (mode=embed&chart=…): one chart for a journalist's page, with its title, a
// one-line description, the source line and a link to the full atlas with the same filters.
// No app chrome; fills any width from 300 px; tells the host page its height.
import { useRef } from "react";
import { useShallow } from "zustand/react/shallow";
import { useAtlasStore, urlStateOf } from "../state/store";
import { useT } from "../i18n";
import { LazyView } from "../components/LazyView";
import { ChartDownloads } from "../components/downloads/ChartDownloads";
import { CiteButton } from "../components/cite/CiteButton";
import { ChartHeadingLevel } from "../components/headingLevel";
import { EMBED_CHARTS } from "./embed/charts";
import { useHeightMessages } from "./embed/height";
import { explorerUrl } from "./embed/links";
import "./embed/embed.css";

export default function Embed() {
  const t = useT();
  const state = useAtlasStore(useShallow(urlStateOf));
  const { chart } = state;
  const body = useRef<HTMLDivElement>(null);
  useHeightMessages(chart);

  const ChartView = EMBED_CHARTS[chart];
  const href = explorerUrl(state, window.location.href);
  // The membership embed holds three charts, each with its own downloads.
  // Charts drawn in a ChartFrame bring their own "Cite this"; the map does not.
  const toolbar = chart === "membership" ? undefined : <><ChartDownloads chart={chart} />{chart === "map" && <CiteButton chart="map" title={t("embed.title.map")} />}</>;

  return (
    <main className={`embed embed--${chart}${chart === "membership" ? "" : " embed--single"}`} data-chart={chart}>
      <h1 className="embed__title">{t(`embed.title.${chart}`)}</h1>
      <p className="embed__desc">{t(`embed.desc.${chart}`)}</p>
      <div className="embed__chart" ref={body}>
        <ChartHeadingLevel value={2}>
          <LazyView>
            <ChartView interactive toolbar={toolbar} />
          </LazyView>
        </ChartHeadingLevel>
      </div>
      <footer className="embed__footer">
        <p className="embed__source">{t("embed.source")}</p>
        <a className="embed__link" href={href} target="_blank" rel="noopener">{t("embed.explore")} ↗</a>
      </footer>
    </main>
  );
}
