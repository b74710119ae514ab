// Details of the hovered or selected event: date, place, figures, and every source quote.
import { eventTitle, type AtlasEvent } from "../../selectors/events";
import { useT, useLanguage } from "../../i18n";
import { formatEventDate } from "../../i18n/format";
import { Sources } from "../../components/Sources";
import { Figures } from "../../components/Figures";

export function EventDetails({ event: e, level = 4 }: { event: AtlasEvent; level?: 3 | 4 }) {
  const t = useT();
  const lang = useLanguage();
  const title = eventTitle(e, lang);
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <section className="event-details" aria-live="polite" aria-label={t("details.label")}>
      <Heading>{title}</Heading>
      <p className="event-details__meta">
        {t(`kind.${e.kind}`)} · {formatEventDate(e.date, lang)} · {e.place?.name ?? t(e.format === "virtual" ? "place.virtual" : "place.unstated")}
        {e.status === "planned" && <> · {t("status.planned")}</>}
      </p>
      {e.date.note && <p className="event-details__note">{e.date.note}</p>}
      <Figures figures={e.figures} className="event-details__figures" />
      <Sources refs={e.sources} compact />
    </section>
  );
}
