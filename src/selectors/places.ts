// Groups events by where they happened: markers for places, counts for countries, and the
// events that have no point on a map (virtual, unstated, country-only).
import type { Place } from "../data/schemas";
import type { AtlasEvent } from "./events";

export interface PlaceSummary {
  place: Place;
  events: AtlasEvent[];
  hasConference: boolean;
}

export interface EventsByPlace {
  places: PlaceSummary[];
  virtual: AtlasEvent[];
  /** In-person or unstated events whose city the texts do not give. */
  unplaced: AtlasEvent[];
}

export function eventsByPlace(events: AtlasEvent[]): EventsByPlace {
  const byPlace = new Map<string, PlaceSummary>();
  const virtual: AtlasEvent[] = [];
  const unplaced: AtlasEvent[] = [];
  for (const e of events) {
    if (e.format === "virtual") virtual.push(e);
    else if (!e.place) unplaced.push(e);
    else {
      let s = byPlace.get(e.place.id);
      if (!s) byPlace.set(e.place.id, (s = { place: e.place, events: [], hasConference: false }));
      s.events.push(e);
      if (e.kind === "conference") s.hasConference = true;
    }
  }
  // Ties by name in code-point order: stable across languages, and cheap at hundreds of places.
  const places = [...byPlace.values()].sort((a, b) => b.events.length - a.events.length || (a.place.name < b.place.name ? -1 : a.place.name > b.place.name ? 1 : 0));
  return { places, virtual, unplaced };
}

/** Events hosted per country (alpha-3), for shading the basemap. */
export function eventsPerCountry(events: AtlasEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) if (e.country && e.format !== "virtual") counts.set(e.country, (counts.get(e.country) ?? 0) + 1);
  return counts;
}
