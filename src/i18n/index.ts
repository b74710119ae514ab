// Picks the language (URL, then browser, then English) and translates interface strings.
// English ships with the app; every other language is its own chunk, loaded when chosen, so
// readers of one language do not download the others.
import { useEffect, useMemo } from "react";
import { create } from "zustand";
import { useAtlasStore } from "../state/store";
import { LANGUAGES, type Language } from "../domain";
import { en, type MessageKey, type Messages } from "./en";

// One file per language, registered here and in LANGUAGES (src/data/schemas.ts).
export const MESSAGE_LOADERS: Record<Language, () => Promise<Messages>> = {
  en: async () => en,
  ru: () => import("./ru").then((m) => m.ru),
};

const loaded = new Map<Language, Messages>([["en", en]]);
/** Bumped when a language arrives, so components that translate render again. */
const useLoadedLanguages = create<{ version: number }>(() => ({ version: 0 }));

export async function loadLanguage(lang: Language): Promise<Messages> {
  let messages = loaded.get(lang);
  if (!messages) {
    messages = await MESSAGE_LOADERS[lang]();
    loaded.set(lang, messages);
    useLoadedLanguages.setState((s) => ({ version: s.version + 1 }));
  }
  return messages;
}

export function browserLanguage(langs: readonly string[] = typeof navigator === "undefined" ? [] : navigator.languages ?? []): Language {
  for (const l of langs) {
    const base = l.toLowerCase().split("-")[0];
    if ((LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return "en";
}

let fromBrowser: Language | undefined;

/** The URL's language, else the browser's (read once: it is asked on every render). */
export function resolveLanguage(fromUrl: Language | null): Language {
  return fromUrl ?? (fromBrowser ??= browserLanguage());
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Translates with the language's messages once loaded (English until then). */
export function translator(lang: Language): Translate {
  const messages = loaded.get(lang) ?? en;
  return (key, vars) => {
    const template = messages[key] ?? en[key];
    return vars ? template.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? `{${name}}`)) : template;
  };
}

export function useLanguage(): Language {
  return resolveLanguage(useAtlasStore((s) => s.lang));
}

export function useT(): Translate {
  const lang = useLanguage();
  const version = useLoadedLanguages((s) => s.version);
  useEffect(() => {
    if (!loaded.has(lang)) void loadLanguage(lang);
  }, [lang]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => translator(lang), [lang, version]);
}

export { LANGUAGE_NAMES } from "./languages";
