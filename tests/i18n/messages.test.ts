// Every registered language has every English key, non-empty, valid ICU with the same
// arguments, and is actually translated (apart from a short allow-list of strings that stay as
// they are); counts take every plural form the language has.
import { beforeAll, describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import { compileCatalogue } from "../../src/i18n/icuPlugin";
import { en, type MessageKey, type Messages } from "../../src/i18n/en";
import { enPresent } from "../../src/i18n/en.present";
import { enCite } from "../../src/i18n/en.cite";
import { enConflicts } from "../../src/i18n/en.conflicts";
import { enProblems } from "../../src/i18n/en.problems";
import { enExplorer } from "../../src/i18n/en.explorer";
import { enMap } from "../../src/i18n/en.map";
import { enTimeline } from "../../src/i18n/en.timeline";
import { enMembership } from "../../src/i18n/en.membership";
import { MESSAGE_LOADERS, loadLanguage, browserLanguage, translator } from "../../src/i18n";
import { endonym, languageNames } from "../../src/i18n/languages";
import { LANGUAGES, type Language } from "../../src/data/schemas";

/** Keys whose value may equal the English one in every language: formats, file types, pure placeholders. */
const SAME_AS_ENGLISH = new Set<MessageKey>(["download.png", "download.svg", "download.csv", "present.counter"]);

/** The argument names a message reads, each once, sorted. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      names.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const o of Object.values(el.options)) walk(o.value);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return [...names].sort();
}
/** Every English string: the shared catalogue and each part that loads with its shell, view or dialog. */
const EN: Messages = { ...en, ...enPresent, ...enProblems, ...enCite, ...enConflicts, ...enExplorer, ...enMap, ...enTimeline, ...enMembership };
const keys = Object.keys(EN) as MessageKey[];
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
    expect(languageNames().en).toBe("English");
    expect(languageNames().ru).toBe("Русский");
    expect(Object.keys(languageNames()).sort()).toEqual([...LANGUAGES].sort());
  });

  it("names a language without a fixed entry from the platform", () => {
    expect(endonym("de" as Language)).toBe("Deutsch");
    expect(endonym("xx" as Language)).toBe("xx");
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
      expect(Object.keys(messages).filter((k) => !(k in EN))).toEqual([]);
    });

    it("reads the same arguments as English in every message", () => {
      const wrong = keys.filter((k) => argumentsOf(messages[k] as string).join() !== argumentsOf(EN[k]).join());
      expect(wrong).toEqual([]);
    });

    it("gives every plural all the forms the language has", () => {
      const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const missing: string[] = [];
      const walk = (key: string, els: MessageFormatElement[]) => {
        for (const el of els) {
          if (el.type !== TYPE.plural && el.type !== TYPE.select) continue;
          if (el.type === TYPE.plural) for (const f of forms) if (!(f in el.options)) missing.push(`${key}: ${el.value} lacks ${f}`);
          for (const o of Object.values(el.options)) walk(key, o.value);
        }
      };
      for (const k of keys) walk(k, parse(messages[k] as string, { ignoreTag: true }));
      expect(missing).toEqual([]);
    });
  });

  describe.each(others)("%s is translated", (lang) => {
    it("differs from English except for the allow-list", () => {
      const untranslated = keys.filter((k) => !SAME_AS_ENGLISH.has(k) && MESSAGES[lang][k] === EN[k]);
      expect(untranslated).toEqual([]);
    });
  });
});

describe("translator", () => {
  it("fills placeholders in Russian", () => {
    const t = translator("ru");
    expect(t("filters.remove", { what: "Турция" })).toBe("Турция: убрать этот фильтр");
    expect(t("present.counterLong", { n: 3, total: 12 })).toBe("Шаг 3 из 12");
  });

  it("leaves an unfilled placeholder visible", () => {
    expect(translator("ru")("phase.label", {})).toBe("Этап {n}");
  });

  it("takes the Russian plural form for 1, 2, 5 and 21", () => {
    const t = translator("ru");
    const count = (n: number) => t("timeline.summary", { count: n, conferences: n, from: 1991, to: 2024 });
    expect(count(1)).toBe("С 1991 по 2024 год — 1 мероприятие, в том числе 1 министерская конференция.");
    expect(count(2)).toBe("С 1991 по 2024 год — 2 мероприятия, в том числе 2 министерские конференции.");
    expect(count(5)).toBe("С 1991 по 2024 год — 5 мероприятий, в том числе 5 министерских конференций.");
    expect(count(21)).toBe("С 1991 по 2024 год — 21 мероприятие, в том числе 21 министерская конференция.");
    expect(t("filters.count", { shown: 1, total: 21 })).toBe("1 из 21 мероприятия");
    expect(t("filters.count", { shown: 12345, total: 12345 })).toBe(`${new Intl.NumberFormat("ru").format(12345)} из ${new Intl.NumberFormat("ru").format(12345)} мероприятий`);
  });

  it("takes the English singular and plural", () => {
    const t = translator("en");
    expect(t("map.place", { place: "Istanbul", count: 1 })).toBe("Istanbul, 1 event");
    expect(t("map.place", { place: "Istanbul", count: 1234 })).toBe("Istanbul, 1,234 events");
  });

  it("formats the build's syntax trees as it formats the source strings", () => {
    for (const lang of LANGUAGES) {
      const compiled = compileCatalogue(MESSAGES[lang]);
      for (const key of ["timeline.summary", "filters.count", "chart.showTable", "download.svg.title"] as const) {
        const vars = { count: 22, conferences: 3, from: 1991, to: 2024, shown: 4, total: 25 };
        const fromTree = typeof compiled[key] === "string" ? compiled[key] : new IntlMessageFormat(compiled[key], lang).format(vars);
        expect(fromTree).toBe(translator(lang)(key, vars));
      }
    }
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
