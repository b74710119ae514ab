// Pick a country by typing its name: filters every view to what it hosted and opens its profile.
import { memo, useId, useState } from "react";
import { useDatasets } from "../../data/useDatasets";
import { useAtlasStore } from "../../state/store";
import { useT } from "../../i18n";
import { useCountryName } from "../../i18n/countryNames";

// Memoised: it has no props, so the filter bar's re-renders on each filter change skip it.
export const CountrySearch = memo(function CountrySearch() {
  const t = useT();
  const listId = useId();
  const loaded = useDatasets(["countries"]);
  const country = useAtlasStore((s) => s.country);
  const nameOf = useCountryName();
  const [text, setText] = useState("");
  const countries = loaded.status === "ready" ? loaded.data.countries.filter((c) => c.kind !== "group") : [];
  const options = countries.map((c) => ({ id: c.id, name: nameOf(c) })).sort((a, b) => a.name.localeCompare(b.name));
  // While typing (or picking from the list) only a whole name matches: a code would match early,
  // "Bel" + "arus" taking Belgium (BEL) on the way. A code counts when Enter is pressed.
  const pick = (value: string, byCode = false) => {
    setText(value);
    const wanted = value.trim();
    const match = options.find((o) => o.name.toLowerCase() === wanted.toLowerCase() || (byCode && o.id === wanted.toUpperCase()));
    if (match) {
      useAtlasStore.getState().setCountry(match.id);
      setText("");
    }
  };
  return (
    <label className="country-search">
      {t("filters.country")}{" "}
      <input type="search" list={listId} value={text} placeholder={country ? options.find((o) => o.id === country)?.name : t("filters.countryPlaceholder")}
        onChange={(e) => pick(e.target.value)} onKeyDown={(e) => e.key === "Enter" && pick(text, true)} autoComplete="off" />
      <datalist id={listId}>
        {options.map((o) => <option key={o.id} value={o.name} />)}
      </datalist>
    </label>
  );
});
