// The tree of a prerendered embed page, the same at build time and in the browser, so that
// hydration finds exactly what the server wrote. The store starts from the page's own state
// (its chart and language, default filters) on both sides; the address's filters come after.
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { useAtlasStore } from "../../state/store";
import { DEFAULT_URL_STATE, type UrlState } from "../../state/urlState";
import { ThemeRoot } from "../ThemeRoot";
import Embed from "../Embed";
import type { PageInfo } from "../../state/links";
import { LoadedChart, type EmbeddedChartProps } from "./charts";
import { useCallback, useEffect, useRef, type ComponentType } from "react";
import { ViewDrawnContext } from "../../components/ViewDrawn";
import { chartsIn } from "../../domain";

export function pageState({ chart, lang }: PageInfo): UrlState {
  return { ...DEFAULT_URL_STATE, mode: "embed", chart, lang };
}

/** Puts the page's state in the store. Zustand's hooks read the store's initial state while
 *  rendering on the server and while hydrating, so that is set too. */
export function seedStore(info: PageInfo): void {
  const state = pageState(info);
  Object.assign(useAtlasStore.getInitialState(), state);
  useAtlasStore.setState(state);
}

export function EmbedDocument({ client, chart, onHydrated, onDrawn }: {
  client: QueryClient;
  chart: ComponentType<EmbeddedChartProps>;
  /** Runs once the page around the chart is React's (effects run after the tree's commit). */
  onHydrated?: () => void;
  /** Runs once every chart on the page has drawn (and so is React's too). */
  onDrawn?: () => void;
}) {
  useEffect(() => onHydrated?.(), []);
  const drawn = useRef(0);
  const report = useCallback((delta: 1 | -1) => {
    drawn.current += delta;
    // Each chart hydrates in a boundary of its own, after the page around it.
    if (delta > 0 && drawn.current === chartsIn(useAtlasStore.getState().chart)) onDrawn?.();
  }, []);
  return (
    <QueryClientProvider client={client}>
      <ThemeRoot>
        <LoadedChart value={chart}>
          <ViewDrawnContext value={report}>
            <Embed prerendered />
          </ViewDrawnContext>
        </LoadedChart>
      </ThemeRoot>
    </QueryClientProvider>
  );
}
