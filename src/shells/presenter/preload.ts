// Safe when the venue's network drops: once the stage has drawn its first slide, every chunk and
// dataset a later slide needs is fetched (lazy chunks by import(), datasets into the query
// cache, which keeps them for the whole session), so no step waits on the network mid-talk.
import type { QueryClient } from "@tanstack/react-query";
import { DATASET_NAMES } from "../../data/datasets";
import { datasetQuery } from "../../data/queries";
import { loadGrowthChart, loadStageMap } from "./SlideView";
import { loadStrip } from "./StageTimeline";

export function preloadPresenter(client: QueryClient): Promise<PromiseSettledResult<unknown>[]> {
  return Promise.allSettled([
    loadStageMap(),
    // The live map replaces the static one when the browser is idle: its code too.
    import("../../views/map/LeafletMap"),
    loadGrowthChart(),
    loadStrip(),
    ...DATASET_NAMES.map((name) => client.prefetchQuery(datasetQuery(name))),
  ]);
}
