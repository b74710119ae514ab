// Applies theme and language to the document: the URL's theme wins, else the reader's setting.
import { useEffect, type ReactNode } from "react";
import { useResolvedTheme } from "../state/theme";
import { useLanguage } from "../i18n";

export function ThemeRoot({ children }: { children: ReactNode }) {
  const theme = useResolvedTheme();
  const lang = useLanguage();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = lang;
  }, [theme, lang]);
  return <>{children}</>;
}
