// Each interface language's name in that language (endonym), for the language switch.
// The atlas's own languages are named here: building Intl.DisplayNames costs tens of
// milliseconds on a slow phone, on every page that shows the switch. A language added without
// an entry here is named by the platform (Intl.DisplayNames), so it needs no entry to work.
import { LANGUAGES, type Language } from "../domain";

const NAMES: Partial<Record<Language, string>> = { en: "English", ru: "Русский" };

export function endonym(lang: Language): string {
  const fixed = NAMES[lang];
  if (fixed) return fixed;
  try {
    const name = new Intl.DisplayNames([lang], { type: "language" }).of(lang);
    if (name && name !== lang) return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    // a runtime without display names: the code stands for the language
  }
  return lang;
}

let names: Record<Language, string> | undefined;

/** Every interface language by its own name. */
export function languageNames(): Record<Language, string> {
  return (names ??= Object.fromEntries(LANGUAGES.map((l) => [l, endonym(l)])) as Record<Language, string>);
}
