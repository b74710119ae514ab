// The tree of the prerendered explorer (dist/index.html), the same at build time and in the
// browser, so that hydration finds exactly what the server wrote. The store starts from the
// default view in the page's language on both sides; the address's filters come after.
import { useCallback, useMemo, useRef, useState } from "react";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { useAtlasStore } from "../../state/store";
import { DEFAULT_URL_STATE, type UrlState } from "../../state/urlState";
import type { Language } from "../../domain";
import { ThemeRoot } from "../ThemeRoot";
import Explorer, { ExplorerSettling } from "../Explorer";

/** The views whose drawing makes the page drawn (their sections' ids). */
const VIEWS = ["view-map", "view-timeline", "view-membership"];

export function explorerPageState(lang: Language): UrlState {
  return { ...DEFAULT_URL_STATE, lang };
}

/** Puts the page's state in the store. Zustand's hooks read the store's initial state while
 *  rendering on the server and while hydrating, so that is set too. */
export function seedExplorer(lang: Language): void {
  const state = explorerPageState(lang);
  Object.assign(useAtlasStore.getInitialState(), state);
  useAtlasStore.setState(state);
}

export function ExplorerDocument({ client, onDrawn }: {
  client: QueryClient;
  /** Runs once every view has hydrated and drawn; the page is settled when it resolves. */
  onDrawn?: () => Promise<void>;
}) {
  const [settled, setSettled] = useState(false);
  const drawn = useRef(new Set<string>());
  const viewDrawn = useCallback((view: string) => {
    if (drawn.current.has(view)) return;
    drawn.current.add(view);
    if (VIEWS.every((v) => drawn.current.has(v))) void (onDrawn?.() ?? Promise.resolve()).finally(() => setSettled(true));
  }, [onDrawn]);
  const settling = useMemo(() => ({ settled, onDrawn: viewDrawn }), [settled, viewDrawn]);
  return (
    <QueryClientProvider client={client}>
      <ThemeRoot>
        <ExplorerSettling value={settling}>
          <Explorer />
        </ExplorerSettling>
      </ThemeRoot>
    </QueryClientProvider>
  );
}
