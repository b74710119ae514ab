// The theme in force: the URL's (kept in the store) wins, else the reader's system setting.
// ThemeRoot writes it to the document for CSS; views that compute colours in script (the
// map's shading) read it here, in the same render as everything else.
import { useSyncExternalStore } from "react";
import type { Theme } from "../domain";
import { useAtlasStore } from "./store";

export type { Theme };

const DARK_QUERY = "(prefers-color-scheme: dark)";

// One query list for the page: the snapshot is read on every render of every view that uses it.
let darkQuery: MediaQueryList | undefined;
const dark = () => (darkQuery ??= window.matchMedia?.(DARK_QUERY));

function subscribeDark(cb: () => void) {
  const mq = dark();
  mq?.addEventListener("change", cb);
  return () => mq?.removeEventListener("change", cb);
}

export function useResolvedTheme(): Theme {
  const fromUrl = useAtlasStore((s) => s.theme);
  const prefersDark = useSyncExternalStore(subscribeDark, () => dark()?.matches ?? false, () => false);
  return fromUrl ?? (prefersDark ? "dark" : "light");
}
