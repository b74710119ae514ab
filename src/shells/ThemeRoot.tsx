// Applies theme and language to the document: the URL's theme wins, else the reader's setting.
import { useEffect, type ReactNode } from "react";
import { useResolvedTheme } from "../state/theme";
import { useLanguage } from "../i18n";

export function ThemeRoot({ children }: { children: ReactNode }) {
  const theme = useResolvedTheme();
  const lang = useLanguage();
  useEffect(() => {
    // Only when it changes: setting even the same value makes the browser restyle the whole
    // page (every :lang() match is re-checked), ~40 ms at 4x CPU throttling on a page that
    // has just hydrated with the language and theme its head script already set.
    const root = document.documentElement;
    if (root.dataset.theme !== theme) root.dataset.theme = theme;
    if (root.lang !== lang) root.lang = lang;
  }, [theme, lang]);
  return <>{children}</>;
}
