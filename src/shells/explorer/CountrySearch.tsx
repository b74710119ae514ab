// Pick a country by typing its name: filters every view to what it hosted and opens its profile.
import { memo, useId, useMemo, useState } from "react";
import { useDatasets } from "../../data/useDatasets";
import { useAtlasStore } from "../../state/store";
import { useLanguage, useT } from "../../i18n";
import { countryName } from "../../i18n/countryNames";
import { useChosenCountry } from "./chosenCountry";
import type { Country, Language } from "../../data/schemas";

/** Every country (groups aside) by the name the language gives it, in the language's order. */
function countryOptions(countries: readonly Country[] | undefined, lang: Language): CountryOption[] {
  // One collator for the list (localeCompare would consult the locale on every comparison).
  const byName = new Intl.Collator(lang).compare;
  return (countries ?? []).filter((c) => c.kind !== "group").map((c) => ({ id: c.id, name: countryName(c, lang) })).sort((a, b) => byName(a.name, b.name));
}

interface CountryOption { id: string; name: string }
const NONE: CountryOption[] = [];

// Memoised: it has no props, so the filter bar's re-renders on each filter change skip it.
export const CountrySearch = memo(function CountrySearch() {
  const t = useT();
  const listId = useId();
  const loaded = useDatasets(["countries"]);
  const lang = useLanguage();
  const [text, setText] = useState("");
  // The suggestions are made when the field is first focused: until then neither the page
  // written at build time nor its first draw carries a list of 140 names that no one has asked for.
  const [asked, setAsked] = useState(false);
  const countries = loaded.status === "ready" ? loaded.data.countries : undefined;
  const options = useMemo(() => (asked ? countryOptions(countries, lang) : NONE), [asked, countries, lang]);
  const chosen = useChosenCountry();
  // While typing (or picking from the list) only a whole name matches: a code would match early,
  // "Bel" + "arus" taking Belgium (BEL) on the way. A code counts when Enter is pressed.
  const pick = (value: string, byCode = false) => {
    setText(value);
    const wanted = value.trim();
    const match = (asked ? options : countryOptions(countries, lang)).find((o) => o.name.toLowerCase() === wanted.toLowerCase() || (byCode && o.id === wanted.toUpperCase()));
    if (match) {
      useAtlasStore.getState().setCountry(match.id);
      setText("");
    }
  };
  return (
    <label className="country-search">
      {t("filters.country")}{" "}
      <input type="search" list={listId} value={text} placeholder={chosen ? countryName(chosen, lang) : t("filters.countryPlaceholder")}
        onFocus={() => setAsked(true)} onChange={(e) => pick(e.target.value)} onKeyDown={(e) => e.key === "Enter" && pick(text, true)} autoComplete="off" />
      <datalist id={listId}>
        {options.map((o) => <option key={o.id} value={o.name} />)}
      </datalist>
    </label>
  );
});
