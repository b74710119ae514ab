// Each interface language's name in that language (endonym), for the language switch.
// Taken from the platform (Intl.DisplayNames) so a new language needs no entry here; the
// fixed names below only guard against a runtime without that data.
import { LANGUAGES, type Language } from "../domain";

const FALLBACK: Partial<Record<Language, string>> = { en: "English", ru: "Русский" };

export function endonym(lang: Language): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: "language" }).of(lang);
    if (name && name !== lang) return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    // fall through
  }
  return FALLBACK[lang] ?? lang;
}

export const LANGUAGE_NAMES: Record<Language, string> = Object.fromEntries(
  LANGUAGES.map((l) => [l, endonym(l)]),
) as Record<Language, string>;
