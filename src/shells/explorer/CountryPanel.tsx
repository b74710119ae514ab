// What the data holds for the chosen country: when it took part or was invited, what it
// hosted, and each statement's source.
import { useAtlasStore } from "../../state/store";
import { useT, useLanguage } from "../../i18n";
import { formatEventDate } from "../../i18n/format";
import { useCountryName } from "../../i18n/countryNames";
import { useChosenCountry } from "./chosenCountry";
import { useEvents } from "../../views/useEvents";
import { eventTitle } from "../../selectors/events";
import { lazy, Suspense } from "react";
import "../../i18n/membership";

const FirstDocumented = lazy(() => import("../../views/membership/FirstDocumented"));

export function CountryPanel() {
  const hosted = useEvents().filtered ?? [];
  const t = useT();
  const lang = useLanguage();
  const nameOf = useCountryName();
  const id = useAtlasStore((s) => s.country);
  const country = useChosenCountry();
  if (country === undefined) return null;
  if (country === null) return <p className="country-panel" role="status">{t("country.unknown", { id: id! })}</p>;
  const events = [...country.events].sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999));
  return (
    <section className="country-panel" aria-labelledby="country-panel-title">
      <h2 id="country-panel-title">{nameOf(country)}</h2>
      <Suspense fallback={null}><FirstDocumented id={country.id} /></Suspense>
      {country.note && <p className="country-panel__note">{country.note}</p>}
      <ul className="country-panel__events">
        {events.map((e, i) => (
          <li key={i}>
            <strong>{t(`membership.${e.kind}`)}</strong>{e.year ? ` ${e.year}` : ""}{e.inferred ? ` (${t("growth.inferred")}: ${e.inferred})` : ""}
            <span className="event-details__cite"> — {e.source}: <q>{e.quote}</q></span>
          </li>
        ))}
      </ul>
      <h3>{t("country.hosted", { n: hosted.length })}</h3>
      <ul className="country-panel__hosted">
        {hosted.map((e) => (
          <li key={e.id}>
            <button type="button" className="link-button" onClick={() => useAtlasStore.getState().select(e.id)}>
              {formatEventDate(e.date, lang)} — {eventTitle(e, lang)}{e.place ? `, ${e.place.name}` : ""}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
