// Every active filter in one bar: year range (keyboard-usable selects), kinds, country,
// a count of what is shown, chips to remove each filter, and one reset.
import { memo } from "react";
import { useAtlasStore } from "../../state/store";
import { EVENT_KINDS, FIRST_YEAR, LAST_YEAR, REGIONS, type EventKind, type Region } from "../../domain";
import { useT } from "../../i18n";
import { KIND_COLOURS } from "../../components/palette";
import { CountrySearch } from "./CountrySearch";
import { useCountryName } from "../../i18n/countryNames";
import { useChosenCountry } from "./chosenCountry";
import { useEvents } from "../../views/useEvents";

/** Its own component: a change of years or country does not touch the ten checkboxes. */
const KindToggles = memo(function KindToggles({ types }: { types: readonly EventKind[] }) {
  const t = useT();
  const { toggleType, setTypes } = useAtlasStore.getState();
  return (
    <fieldset className="filter-bar__kinds">
      <legend>{t("filters.kinds")}</legend>
      {EVENT_KINDS.map((k) => (
        <label key={k} className="kind-toggle">
          <input type="checkbox" checked={types.length === 0 || types.includes(k)}
            onChange={() => (types.length === 0 ? setTypes(EVENT_KINDS.filter((x) => x !== k)) : toggleType(k))} />
          <span className="swatch" style={{ background: KIND_COLOURS[k] }} />
          {t(`kind.${k}`)}
        </label>
      ))}
    </fieldset>
  );
});

// Made once: the same elements every render, so React skips the 34 options of each select.
const YEAR_OPTIONS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i).map((y) => <option key={y} value={y}>{y}</option>);

export function FilterBar() {
  const t = useT();
  const { events, filtered, filters: { from, to, types, country, region } } = useEvents();
  const shown = filtered?.length;
  const total = events?.length;
  const nameOf = useCountryName();
  const chosen = useChosenCountry();
  const countryName = chosen ? nameOf(chosen) : undefined;
  const { setYearRange, setTypes, setCountry, setRegion, resetFilters } = useAtlasStore.getState();
  const active = from !== FIRST_YEAR || to !== LAST_YEAR || types.length > 0 || country !== null || region !== null;
  return (
    <section className="filter-bar" aria-label={t("filters.label")}>
      <div className="filter-bar__row">
        <label>
          {t("filters.from")}{" "}
          <select value={from} onChange={(e) => setYearRange(Number(e.target.value), Math.max(Number(e.target.value), to))}>
            {YEAR_OPTIONS}
          </select>
        </label>
        <label>
          {t("filters.to")}{" "}
          <select value={to} onChange={(e) => setYearRange(Math.min(from, Number(e.target.value)), Number(e.target.value))}>
            {YEAR_OPTIONS}
          </select>
        </label>
        <label>
          {t("filters.region")}{" "}
          <select value={region ?? ""} onChange={(e) => setRegion((e.target.value || null) as Region | null)}>
            <option value="">{t("filters.allRegions")}</option>
            {REGIONS.map((r) => <option key={r} value={r}>{t(`region.${r}`)}</option>)}
          </select>
        </label>
        <CountrySearch />
        <p className="filter-bar__count" data-testid="filter-count" aria-live="polite">
          {shown !== undefined && total !== undefined && t("filters.count", { shown, total })}
        </p>
      </div>
      <KindToggles types={types} />
      {active && (
        <ul className="filter-chips" aria-label={t("filters.active")}>
          {(from !== FIRST_YEAR || to !== LAST_YEAR) && (
            <li><button type="button" onClick={() => setYearRange(FIRST_YEAR, LAST_YEAR)} aria-label={t("filters.remove", { what: `${from}–${to}` })}>{from}–{to} ✕</button></li>
          )}
          {types.length > 0 && (
            <li><button type="button" onClick={() => setTypes([])} aria-label={t("filters.remove", { what: t("filters.kindsCount", { n: types.length }) })}>{t("filters.kindsCount", { n: types.length })} ✕</button></li>
          )}
          {region && (
            <li><button type="button" onClick={() => setRegion(null)} aria-label={t("filters.remove", { what: t(`region.${region}`) })}>{t(`region.${region}`)} ✕</button></li>
          )}
          {country && (
            <li><button type="button" onClick={() => setCountry(null)} aria-label={t("filters.remove", { what: countryName ?? country })}>{countryName ?? country} ✕</button></li>
          )}
          <li><button type="button" className="filter-chips__reset" onClick={resetFilters}>{t("filters.reset")}</button></li>
        </ul>
      )}
    </section>
  );
}
