// Theme and language switches; both are part of the URL so a shared link keeps them.
import { useAtlasStore } from "../../state/store";
import { LANGUAGES, type Language } from "../../domain";
import { useT, useLanguage } from "../../i18n";
// Only the explorer names the languages: the names load with it, not with every embed.
import { languageNames } from "../../i18n/languages";
import { useResolvedTheme } from "../../state/theme";
import { serializeUrlState } from "../../state/urlState";


export function SettingsMenu({ children }: { children?: React.ReactNode }) {
  const t = useT();
  const lang = useLanguage();
  const theme = useResolvedTheme();
  const { setTheme, setLang } = useAtlasStore.getState();
  const urlLang = useAtlasStore((s) => s.lang);
  const urlTheme = useAtlasStore((s) => s.theme);
  return (
    <div className="settings">
      {children}
      <button type="button" onClick={() => setTheme(theme === "dark" ? "light" : "dark")} aria-pressed={theme === "dark"}>
        {t("settings.dark")}
      </button>
      <label>
        <span className="visually-hidden">{t("settings.language")}</span>
        <select value={lang} onChange={(e) => setLang(e.target.value as Language)} aria-label={t("settings.language")}>
          {LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{languageNames()[l]}</option>)}
        </select>
      </label>
      <a href={serializeUrlState({ mode: "present", lang: urlLang, theme: urlTheme })} className="button-link">{t("settings.present")}</a>
    </div>
  );
}
