// Beside the map: the chosen place's events, each with its date, kind, figures and sources.
import { useLanguage, useT } from "../../i18n";
import type { MessageKey } from "../../i18n/en";
import { formatEventDate } from "../../i18n/format";
import { eventTitle } from "../../selectors/events";
import type { PlaceSummary } from "../../selectors/places";
import { Figures } from "../../components/Figures";
import { Sources } from "../../components/Sources";

export function PlacePanel({ summary, selectedEvent, onClose, onSelectEvent }: {
  summary: PlaceSummary;
  selectedEvent: string | null;
  onClose: () => void;
  onSelectEvent?: (eventId: string) => void;
}) {
  const t = useT();
  const lang = useLanguage();
  const headingId = `map-panel-${summary.place.id}`;
  return (
    <aside className="map-panel" aria-labelledby={headingId}>
      <div className="map-panel__head">
        <h4 id={headingId}>{t("map.panel.label", { place: summary.place.name })}</h4>
        <button type="button" className="map-panel__close" onClick={onClose} aria-label={t("map.panel.close")}>×</button>
      </div>
      <ol className="map-panel__events">
        {summary.events.map((e) => {
          const current = e.id === selectedEvent;
          return (
            <li key={e.id} className={current ? "map-event map-event--selected" : "map-event"}>
              <p className="map-event__date">
                {formatEventDate(e.date, lang)} · {t(`kind.${e.kind}` as MessageKey)}
                {e.status === "planned" && <> · {t("status.planned")}</>}
              </p>
              {onSelectEvent ? (
                <button type="button" className="map-event__title" aria-pressed={current} onClick={() => onSelectEvent(e.id)}>
                  {eventTitle(e, lang)}
                </button>
              ) : (
                <p className="map-event__title">{eventTitle(e, lang)}</p>
              )}
              <Figures figures={e.figures} className="map-event__figures" />
              <Sources refs={e.sources} compact label={t("map.panel.sources")} />
            </li>
          );
        })}
      </ol>
    </aside>
  );
}
