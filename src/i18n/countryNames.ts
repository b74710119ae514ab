// Country names from the platform (Intl.DisplayNames) in the chosen language; historic states
// and groups, which have no current region code, keep the name the data gives.
import type { Country } from "../data/schemas";
import { useLanguage } from "./index";
import { ALPHA3_TO_ALPHA2 } from "./alpha2";

const cache = new Map<string, Intl.DisplayNames | null>();

export function countryName(country: Pick<Country, "id" | "name">, lang: string): string {
  const a2 = ALPHA3_TO_ALPHA2[country.id];
  if (!a2) return country.name;
  if (!cache.has(lang)) {
    try { cache.set(lang, new Intl.DisplayNames([lang], { type: "region" })); } catch { cache.set(lang, null); }
  }
  return cache.get(lang)?.of(a2) ?? country.name;
}

export function useCountryName() {
  const lang = useLanguage();
  return (c: Pick<Country, "id" | "name">) => countryName(c, lang);
}
