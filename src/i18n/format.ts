// Dates, numbers and figures through Intl in the chosen language, at the stated precision.
import type { EventDate, Figure, Language } from "../data/schemas";
import { dateParts } from "../domain";
import { numberFormat, type NumberFormatter } from "./numberFormat";

const cache = new Map<string, Intl.DateTimeFormat>();
function dtf(lang: Language, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(lang, { ...opts, timeZone: "UTC" })));
  return f;
}

function one(value: string, lang: Language): string {
  const [y, m, d] = dateParts(value);
  if (m === undefined) return String(y);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  return d === undefined
    ? dtf(lang, { year: "numeric", month: "long" }).format(date)
    : dtf(lang, { year: "numeric", month: "long", day: "numeric" }).format(date);
}

// Intl formatters are slow to build and to run; the same few dates are shown on every filter
// change, so each formatted date is kept.
const formatted = new Map<string, string>();

/** "19–20 February 2019", "October 1991", "2019–2020": never more precise than the source. */
export function formatEventDate(date: EventDate, lang: Language): string {
  const key = `${lang}|${date.start}|${date.end ?? ""}|${date.precision}`;
  let out = formatted.get(key);
  if (out === undefined) formatted.set(key, (out = formatEventDateUncached(date, lang)));
  return out;
}

function formatEventDateUncached(date: EventDate, lang: Language): string {
  if (!date.end || date.end === date.start) return one(date.start, lang);
  const [y1, m1, d1] = dateParts(date.start);
  const [y2, m2, d2] = dateParts(date.end);
  if (date.precision === "day" && y1 === y2 && m1 === m2 && d1 !== undefined && d2 !== undefined) {
    const start = new Date(Date.UTC(y1, m1! - 1, d1));
    const end = new Date(Date.UTC(y2, m2! - 1, d2));
    // Versions of ICU differ in the spaces around the range's dash (thin, narrow or plain): one
    // kind, so the page written at build time reads the same as the browser's own render.
    return dtf(lang, { year: "numeric", month: "long", day: "numeric" }).formatRange(start, end).replace(/[\u2009\u202f]/g, " ");
  }
  return `${one(date.start, lang)} – ${one(date.end, lang)}`;
}

const numberFormats = new Map<Language, NumberFormatter>();

export function formatNumber(n: number, lang: Language): string {
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = numberFormat(lang)));
  return f.format(n);
}

export function formatFigureValue(f: Pick<Figure, "value" | "qualifier">, lang: Language, overWord: string, aboutWord: string): string {
  const n = formatNumber(f.value, lang);
  return f.qualifier === "over" ? `${overWord} ${n}` : f.qualifier === "about" ? `${aboutWord} ${n}` : n;
}

/** A figure's label: the data's own English wording in English, the kind's translation otherwise. */
export function figureLabel(f: Pick<Figure, "label" | "kind">, lang: Language, kindLabel: (kind: Figure["kind"]) => string): string {
  return lang === "en" && f.label ? f.label : kindLabel(f.kind);
}
