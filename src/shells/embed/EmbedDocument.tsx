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
import { useEffect, type ComponentType } from "react";

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

export function EmbedDocument({ client, chart, onHydrated }: {
  client: QueryClient;
  chart: ComponentType<EmbeddedChartProps>;
  /** Runs once the whole page is React's (effects run after the tree's commit). */
  onHydrated?: () => void;
}) {
  useEffect(() => onHydrated?.(), []);
  return (
    <QueryClientProvider client={client}>
      <ThemeRoot>
        <LoadedChart value={chart}>
          <Embed prerendered />
        </LoadedChart>
      </ThemeRoot>
    </QueryClientProvider>
  );
}
