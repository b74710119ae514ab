// Picks the language (URL, then browser, then English) and formats text, numbers and dates
// through Intl in that language.
import { useAtlasStore } from "../state/store";
import { LANGUAGES, type Language } from "../data/schemas";
import { en, type MessageKey, type Messages } from "./en";
import { ru } from "./ru";

// One file per language, registered here and in LANGUAGES (src/data/schemas.ts).
const MESSAGES: Record<Language, Messages> = { en, ru };

export function browserLanguage(langs: readonly string[] = typeof navigator === "undefined" ? [] : navigator.languages ?? []): Language {
  for (const l of langs) {
    const base = l.toLowerCase().split("-")[0];
    if ((LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return "en";
}

export function resolveLanguage(fromUrl: Language | null): Language {
  return fromUrl ?? browserLanguage();
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: Language): Translate {
  const messages = MESSAGES[lang];
  return (key, vars) => {
    const template = messages[key] ?? en[key];
    return vars ? template.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? `{${name}}`)) : template;
  };
}

export function useLanguage(): Language {
  return resolveLanguage(useAtlasStore((s) => s.lang));
}

export function useT(): Translate {
  return translator(useLanguage());
}

export { MESSAGES };
export { LANGUAGE_NAMES } from "./languages";
