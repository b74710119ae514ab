// Hydrates the explorer prerendered into index.html: loads the files the page was drawn from,
// hydrates (the shell at once, each view in its own boundary after it, so no single task holds
// the main thread for long), then applies the address's filters, theme and language and starts
// keeping the address in step with the filters, as a page drawn in the browser does.
import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import type { QueryClient } from "@tanstack/react-query";
import { datasetQuery } from "../../data/queries";
import { loadLanguage } from "../../i18n";
import "../../i18n/explorer";
import { parseUrlState, serializeUrlState } from "../../state/urlState";
import { useAtlasStore, urlStateOf } from "../../state/store";
import { LANGUAGES, type Language } from "../../domain";
import { worldQuery } from "../../views/map/basemapData";
import { ExplorerDocument, seedExplorer } from "./ExplorerDocument";
import { preloadViews } from "./views";
import { HydratingBuildHtml, rootList, servedAsBuilt } from "../../components/buildHtml";
import { trustBuildValidation } from "../../data/fingerprint";
import { takeEarlyChoices } from "../earlyChoices";

/** `startUrlSync` is the entry's (src/state/urlSync.ts), passed in so that its module stays in the
 *  entry's own file rather than in one more file every page of index.html requests. */
export async function hydrateExplorer(root: HTMLElement, client: QueryClient, startUrlSync: () => void): Promise<void> {
  const lang = root.dataset.lang as Language;
  if (!LANGUAGES.includes(lang)) throw new Error(`hydrateExplorer: the page's language (${lang}) is not one of the atlas's`);
  const files = rootList(root, "datasets");
  seedExplorer(lang);
  trustBuildValidation(rootList(root, "validated"));
  await Promise.all([
    // The map's code, in hand before hydrating, so its view hydrates in the same pass as the
    // others instead of suspending once and waiting for a retry. (Its failure is the map's to
    // show, in its place: the view then loads it again.)
    preloadViews().catch(() => undefined),
    loadLanguage(lang),
    ...files.map((n) => client.prefetchQuery(datasetQuery(n))),
    client.prefetchQuery(worldQuery),
  ]);
  // The address, once every view is React's: a change of state like any other, drawn in the
  // boxes the prerendered views already hold.
  // A reader who chose something before then (a mark, a year) keeps it: it replaces the address.
  const seeded = serializeUrlState(urlStateOf(useAtlasStore.getState()));
  // From here React answers the reader; what they chose before is done again once it has the page.
  const replayEarlyChoices = takeEarlyChoices();
  const applyAddress = async () => {
    replayEarlyChoices();
    const fromUrl = parseUrlState(window.location.search);
    if (fromUrl.lang && fromUrl.lang !== lang) await loadLanguage(fromUrl.lang).catch(() => undefined);
    const now = urlStateOf(useAtlasStore.getState());
    if (serializeUrlState(now) !== seeded) {
      window.history.replaceState(null, "", `${window.location.pathname}${serializeUrlState({ ...now, lang: fromUrl.lang, theme: fromUrl.theme })}${window.location.hash}`);
    }
    startUrlSync();
    // As the prerendered embeds do: the page now answers the reader (read by the browser tests).
    root.dataset.hydrated = "true";
  };
  const page = <ExplorerDocument client={client} onDrawn={applyAddress} />;
  // Where the files served differ from those the page was drawn from (a dataset updated or
  // broken since the build), the page is drawn anew from the files, replacing the HTML once drawn.
  if (!servedAsBuilt(client, root)) {
    createRoot(root).render(<StrictMode>{page}</StrictMode>);
    return;
  }
  hydrateRoot(
    root,
    <StrictMode>
      <HydratingBuildHtml value>{page}</HydratingBuildHtml>
    </StrictMode>,
    {
      // A difference the fingerprints cannot see (an interface string, the reader's browser):
      // React draws that part anew, and this is not an error of the page.
      onRecoverableError: (error) => console.warn("Part of the page differed from its HTML and was drawn anew.", error),
    },
  );
}
