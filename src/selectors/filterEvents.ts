// The one place where filters meet events; every view draws from its output.
import type { Filters } from "../domain";
import type { AtlasEvent } from "./events";

/**
 * `regionOf` maps a host country to its region group; without it (countries.json missing or
 * broken) the region filter cannot apply and is ignored rather than hiding everything.
 */
export function filterEvents(events: AtlasEvent[], f: Filters, regionOf?: ReadonlyMap<string, string>): AtlasEvent[] {
  const types = f.types.length ? new Set<string>(f.types) : null;
  const region = f.region && regionOf ? f.region : null;
  return events.filter(
    (e) =>
      e.endYear >= f.from &&
      e.year <= f.to &&
      (types === null || types.has(e.kind)) &&
      (f.country === null || e.country === f.country) &&
      (region === null || (e.country !== undefined && regionOf!.get(e.country) === region)),
  );
}
