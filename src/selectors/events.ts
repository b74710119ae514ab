// Conferences and meetings as one chronological list of events, the shape every view draws.
import type { Conference, EventDate, Figure, Language, Meeting, Place, SourceRef } from "../data/schemas";
import { compareIds, dateParts, translated, type EventKind } from "../domain";

export interface AtlasEvent {
  id: string;
  kind: EventKind;
  title: string;
  translations?: Meeting["translations"];
  date: EventDate;
  /** Year the event starts in, and the last year it may fall in (year ranges for undated items). */
  year: number;
  endYear: number;
  /** Position on a continuous time axis, in fractional years. */
  time: number;
  format: Meeting["format"];
  place?: Place;
  /** Host country: the place's country, or the country the text names alone. */
  country?: string;
  status: "held" | "planned";
  figures: Figure[];
  sources: SourceRef[];
  summary?: string;
  conference?: Conference;
  meeting?: Meeting;
}

/** The event's title in `lang` where the data has one, else as the documents give it. */
export function eventTitle(e: AtlasEvent, lang: Language): string {
  return translated(e, "title", lang);
}

export { dateParts };

/** Middle of the stated period: an event dated only by year sits mid-year, not on 1 January. */
export function timeOf(date: EventDate): number {
  const [y, m, d] = dateParts(date.start);
  if (m === undefined) return y + 0.5;
  if (d === undefined) return y + (m - 0.5) / 12;
  return y + (m - 1) / 12 + (d - 0.5) / 365;
}

export function toEvents(conferences: Conference[], meetings: Meeting[], places: Place[]): AtlasEvent[] {
  const placeById = new Map(places.map((p) => [p.id, p]));
  const events: AtlasEvent[] = [];
  for (const c of conferences) {
    const place = placeById.get(c.place);
    events.push({
      id: c.id, kind: "conference", title: c.title, translations: c.translations, date: c.date,
      year: dateParts(c.date.start)[0], endYear: dateParts(c.date.end ?? c.date.start)[0], time: timeOf(c.date),
      format: "in-person", place, country: place?.country, status: "held", figures: c.figures, sources: c.sources,
      summary: c.outcome, conference: c,
    });
  }
  for (const m of meetings) {
    const place = m.place ? placeById.get(m.place) : undefined;
    events.push({
      id: m.id, kind: m.type, title: m.title, translations: m.translations, date: m.date,
      year: dateParts(m.date.start)[0], endYear: dateParts(m.date.end ?? m.date.start)[0], time: timeOf(m.date),
      format: m.format, place, country: place?.country ?? m.country, status: m.status ?? "held",
      figures: m.figures, sources: m.sources, summary: m.summary, meeting: m,
    });
  }
  return events.sort((a, b) => a.time - b.time || compareIds(a.id, b.id));
}
