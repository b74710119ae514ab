// Number formatters that build Intl.NumberFormat only when a number needs it. Building the
// first one loads the locale's number data: ~85 ms at 4× CPU throttling, the largest single
// cost of the explorer's first draw, where every number shown is a count under 1000. Written
// in the interface's languages, such a count is its plain digits, so it needs no formatter.
import type { Language } from "../domain";

/** Languages whose default number format writes 0–999 as ASCII digits (checked against Intl by a test). */
export const PLAIN_SMALL_INTEGERS: ReadonlySet<string> = new Set<Language>(["en", "ru"]);

export interface NumberFormatter {
  format(n: number): string;
}

/** Intl.NumberFormat(locale, options), with counts under 1000 written without it where that is exact. */
export function numberFormat(locale: string | string[] | undefined, options?: Intl.NumberFormatOptions): NumberFormatter {
  let intl: Intl.NumberFormat | undefined;
  const full = (n: number) => (intl ??= new Intl.NumberFormat(locale, options)).format(n);
  if (options !== undefined || typeof locale !== "string" || !PLAIN_SMALL_INTEGERS.has(locale)) return { format: full };
  return { format: (n) => (Number.isInteger(n) && n >= 0 && n < 1000 && !Object.is(n, -0) ? String(n) : full(n)) };
}
