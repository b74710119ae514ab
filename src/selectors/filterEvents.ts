// The one place where filters meet events; every view draws from its output.
import type { Filters } from "../state/urlState";
import type { AtlasEvent } from "./events";

export function filterEvents(events: AtlasEvent[], f: Filters): AtlasEvent[] {
  const types = f.types.length ? new Set<string>(f.types) : null;
  return events.filter(
    (e) =>
      e.endYear >= f.from &&
      e.year <= f.to &&
      (types === null || types.has(e.kind)) &&
      (f.country === null || e.country === f.country),
  );
}

/** Same filters but the country: the map keeps other countries' places visible for context. */
export function filterEventsExceptCountry(events: AtlasEvent[], f: Filters): AtlasEvent[] {
  return filterEvents(events, { ...f, country: null });
}
