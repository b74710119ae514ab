// Hydrates a prerendered embed page (embed/<chart>.html), whose chart is already in the HTML:
// loads the files the page was drawn from and the chart's code, hydrates, then applies the
// address's filters, theme and language.
import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { QueryClient } from "@tanstack/react-query";
import { datasetQuery } from "../../data/queries";
import { loadLanguage } from "../../i18n";
import { useAtlasStore } from "../../state/store";
import { parseUrlState } from "../../state/urlState";
import { EmbedDocument, seedStore } from "./EmbedDocument";
import { loadChart } from "./charts";
import { CHARTS, LANGUAGES, type Chart, type Language } from "../../domain";
import { HydratingBuildHtml, rootList, servedAsBuilt } from "../../components/buildHtml";
import { trustBuildValidation } from "../../data/fingerprint";
import { takeEarlyChoices } from "../earlyChoices";
import type { PageInfo } from "../../state/links";

/** The page's chart and language, as the build wrote them on its root element. */
function readPageInfo(el: HTMLElement): PageInfo | null {
  const chart = el.dataset.chart as Chart | undefined;
  const lang = el.dataset.lang as Language | undefined;
  if (!chart || !CHARTS.includes(chart) || !lang || !LANGUAGES.includes(lang)) return null;
  return { chart, lang };
}

export async function hydratePage(root: HTMLElement): Promise<void> {
  const page = readPageInfo(root);
  if (!page) return;
  const client = new QueryClient();
  const files = rootList(root, "datasets");
  seedStore(page);
  trustBuildValidation(rootList(root, "validated"));
  const [chart] = await Promise.all([
    loadChart(page.chart),
    loadLanguage(page.lang),
    ...files.map((n) => client.prefetchQuery(datasetQuery(n))),
    // Only the map's page needs the country shapes, and only it should download their code.
    page.chart === "map" ? import("../../views/map/basemapData").then((m) => client.prefetchQuery(m.worldQuery)) : undefined,
  ]);
  // From here React answers the reader; what they did before (the press that woke the page
  // among it) is done again once the chart is React's too, after the address's state.
  const replayEarlyChoices = takeEarlyChoices();
  let addressApplied!: () => void;
  const applied = new Promise<void>((r) => (addressApplied = r));
  // The address's filters, theme and language, once the page is React's: a change of state
  // like any other, drawn in the box the prerendered chart already holds.
  const applyAddress = async () => {
    const fromUrl = parseUrlState(window.location.search);
    // The page's path fixes its chart; its language holds unless the address names another.
    const next = { ...fromUrl, mode: "embed" as const, chart: page.chart, step: 1, lang: fromUrl.lang ?? page.lang };
    if (next.lang !== page.lang) await loadLanguage(next.lang).catch(() => undefined);
    useAtlasStore.getState().applyUrlState(next);
    root.dataset.hydrated = "true";
    addressApplied();
  };
  const embed = <EmbedDocument client={client} chart={chart} onHydrated={() => void applyAddress()} onDrawn={() => void applied.then(replayEarlyChoices)} />;
  // Files changed since the build: the chart is drawn anew from them, not hydrated.
  if (!servedAsBuilt(client, root)) {
    createRoot(root).render(<StrictMode>{embed}</StrictMode>);
    return;
  }
  hydrateRoot(
    root,
    <StrictMode>
      <HydratingBuildHtml value>{embed}</HydratingBuildHtml>
    </StrictMode>,
  );
}
