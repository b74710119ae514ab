// Every registered language has every English key, non-empty, with the same {placeholders},
// and is actually translated (apart from a short allow-list of strings that stay as they are).
import { beforeAll, describe, expect, it } from "vitest";
import { en, type MessageKey, type Messages } from "../../src/i18n/en";
import { MESSAGE_LOADERS, loadLanguage, browserLanguage, translator } from "../../src/i18n";
import { LANGUAGE_NAMES } from "../../src/i18n/languages";
import { LANGUAGES } from "../../src/data/schemas";

/** Keys whose value may equal the English one in every language: formats, file types, pure placeholders. */
const SAME_AS_ENGLISH = new Set<MessageKey>(["download.png", "download.svg", "download.csv", "present.counter"]);

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(en) as MessageKey[];
const others = LANGUAGES.filter((l) => l !== "en");
const MESSAGES = {} as Record<(typeof LANGUAGES)[number], Messages>;

beforeAll(async () => {
  for (const l of LANGUAGES) MESSAGES[l] = await loadLanguage(l);
});

describe("message catalogues", () => {
  it("registers a catalogue for every language in LANGUAGES, and only those", () => {
    expect(Object.keys(MESSAGE_LOADERS).sort()).toEqual([...LANGUAGES].sort());
  });

  it("has an endonym for every language", () => {
    expect(LANGUAGE_NAMES.en).toBe("English");
    expect(LANGUAGE_NAMES.ru).toBe("Русский");
    for (const l of LANGUAGES) expect(LANGUAGE_NAMES[l]).toBeTruthy();
  });

  describe.each(LANGUAGES)("%s", (lang) => {
    let messages: Record<string, unknown>;
    beforeAll(() => {
      messages = MESSAGES[lang] as Record<string, unknown>;
    });

    it("has every English key as a non-empty string", () => {
      const missing = keys.filter((k) => typeof messages[k] !== "string" || (messages[k] as string).trim() === "");
      expect(missing).toEqual([]);
    });

    it("has no key English lacks", () => {
      expect(Object.keys(messages).filter((k) => !(k in en))).toEqual([]);
    });

    it("keeps the same {placeholders} as English in every message", () => {
      const wrong = keys.filter((k) => typeof messages[k] === "string" && placeholders(messages[k] as string).join() !== placeholders(en[k]).join());
      expect(wrong).toEqual([]);
    });
  });

  describe.each(others)("%s is translated", (lang) => {
    it("differs from English except for the allow-list", () => {
      const untranslated = keys.filter((k) => !SAME_AS_ENGLISH.has(k) && MESSAGES[lang][k] === en[k]);
      expect(untranslated).toEqual([]);
    });
  });
});

describe("translator", () => {
  it("fills placeholders in Russian", () => {
    const t = translator("ru");
    expect(t("filters.remove", { what: "Турция" })).toBe("Убрать фильтр: Турция");
    expect(t("present.counterLong", { n: 3, total: 12 })).toBe("Шаг 3 из 12");
  });

  it("leaves an unfilled placeholder visible", () => {
    expect(translator("ru")("phase.label", {})).toBe("Этап {n}");
  });
});

describe("browserLanguage", () => {
  it("takes the first supported base language", () => {
    expect(browserLanguage(["ru-RU", "en"])).toBe("ru");
    expect(browserLanguage(["de", "ru"])).toBe("ru");
  });

  it("falls back to English", () => {
    expect(browserLanguage(["de"])).toBe("en");
    expect(browserLanguage([])).toBe("en");
  });
});
