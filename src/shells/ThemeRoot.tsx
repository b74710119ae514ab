// Applies theme and language to the document: the URL's theme wins, else the reader's setting.
import { useEffect, useSyncExternalStore, type ReactNode } from "react";
import { useAtlasStore } from "../state/store";
import { useLanguage } from "../i18n";

const DARK_QUERY = "(prefers-color-scheme: dark)";

function subscribeDark(cb: () => void) {
  const mq = window.matchMedia?.(DARK_QUERY);
  mq?.addEventListener("change", cb);
  return () => mq?.removeEventListener("change", cb);
}

export function useResolvedTheme(): "light" | "dark" {
  const fromUrl = useAtlasStore((s) => s.theme);
  const prefersDark = useSyncExternalStore(subscribeDark, () => window.matchMedia?.(DARK_QUERY).matches ?? false, () => false);
  return fromUrl ?? (prefersDark ? "dark" : "light");
}

export function ThemeRoot({ children }: { children: ReactNode }) {
  const theme = useResolvedTheme();
  const lang = useLanguage();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = lang;
  }, [theme, lang]);
  return <>{children}</>;
}
