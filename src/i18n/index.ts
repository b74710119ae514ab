// Picks the language (URL, then browser, then English) and translates interface strings.
// English ships with the app; every other language is its own chunk, loaded when chosen, so
// readers of one language do not download the others.
import { useEffect, useMemo } from "react";
import { create } from "zustand";
import { IntlMessageFormat, formatToParts, type Formatters } from "intl-messageformat";
import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { useAtlasStore } from "../state/store";
import { LANGUAGES, type Language } from "../domain";
import { en, type MessageKey, type Messages } from "./en";
import { numberFormat } from "./numberFormat";

/** English, the fallback for every language: the shared strings, plus each shell's as it loads. */
const english: Partial<Messages> = { ...en };

export function addEnglish(part: Partial<Messages>): void {
  Object.assign(english, part);
}

// One file per language, registered here and in LANGUAGES (src/domain/vocabulary.ts).
export const MESSAGE_LOADERS: Record<Language, () => Promise<Messages>> = {
  en: async () => english as Messages,
  ru: () => import("./ru").then((m) => m.ru),
};

const loaded = new Map<Language, Messages>([["en", english as Messages]]);
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

/** A catalogue entry: the ICU text, or (in the built app) its syntax tree or plain literal. */
type Message = string | MessageFormatElement[];

// Formatters per language and key, built on first use: most messages are shown once per page.
/** Made once per arguments: Intl's constructors are slow on a phone. */
function made<A extends unknown[], T>(make: (...args: A) => T): (...args: A) => T {
  const seen = new Map<string, T>();
  return (...args) => {
    const key = JSON.stringify(args);
    let f = seen.get(key);
    if (f === undefined) seen.set(key, (f = make(...args)));
    return f;
  };
}

// Messages are formatted from their syntax trees with these, shared by every message: an
// IntlMessageFormat per message would build its own plural rules and number format and resolve
// its locale again (~70 ms at 4× CPU throttling while the explorer first draws). Messages
// only call `format` on a number format (plural counts and `{n, number}`).
const INTL: Formatters = {
  getNumberFormat: made((locales?: string | string[], opts?: Intl.NumberFormatOptions) => numberFormat(locales, opts) as Intl.NumberFormat),
  getDateTimeFormat: made((...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args)),
  getPluralRules: made((...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args)),
};

/** An argument the caller did not give shows as `{name}` instead of failing the whole render. */
function withPlaceholders(vars: Record<string, string | number> = {}): Record<string, string | number> {
  return new Proxy(vars, { has: () => true, get: (v, name: string) => (name in v ? v[name] : `{${name}}`) });
}

/** A message's syntax tree: made at build time; parsed once here in development and tests. */
const parsed = new Map<string, MessageFormatElement[]>();
function treeOf(message: Message, locale: Language): MessageFormatElement[] {
  if (typeof message !== "string") return message;
  let tree = parsed.get(message);
  if (!tree) parsed.set(message, (tree = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst()));
  return tree;
}

/** Translates with the language's messages once loaded (English until then). */
export function translator(lang: Language): Translate {
  const messages = (loaded.get(lang) ?? english) as Record<MessageKey, Message>;
  const locale = loaded.has(lang) ? lang : "en";
  return (key, vars) => {
    const message = messages[key] ?? (english as Record<MessageKey, Message>)[key] ?? key;
    // Plain text, the common case, needs no formatter.
    if (typeof message === "string" && !message.includes("{") && !message.includes("''")) return message;
    const tree = treeOf(message, locale);
    // Formatting runs Intl (plurals, numbers) each time: a filter change asks for the same few
    // hundred strings again, so each result is kept per message, language and arguments.
    let done = results.get(tree);
    if (!done) results.set(tree, (done = new Map()));
    const args = `${locale}\u0003${argsKey(vars)}`;
    let out = done.get(args);
    if (out === undefined) {
      if (done.size > 2000) done.clear();
      const parts = formatToParts(tree, locale, INTL, IntlMessageFormat.formats, withPlaceholders(vars));
      done.set(args, (out = parts.map((p) => String(p.value)).join("")));
    }
    return out;
  };
}

const results = new WeakMap<MessageFormatElement[], Map<string, string>>();

/** The arguments as a key: a number and the same digits as text format differently (plurals). */
function argsKey(vars: Record<string, string | number> | undefined): string {
  let k = "";
  if (vars) for (const name in vars) { const v = vars[name]; k += `${name}\u0001${typeof v === "number" ? "n" : "s"}${v}\u0002`; }
  return k;
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
  // `version` is not read inside: a language arriving must still give a new translator.
  return useMemo(() => translator(lang), [lang, version]);
}
