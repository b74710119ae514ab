// The CSV rows of each membership chart from the same state modules the charts draw from, for
// a download made without the chart on the page.
import { EVENT_KINDS, type Filters } from "../../domain";
import type { Conference, Conflict, Country, Meeting, Place } from "../../data/schemas";
import { toEvents } from "../../selectors/events";
import { filterEvents } from "../../selectors/filterEvents";
import type { CsvRow } from "../../components/downloads/csv";
import { growthRows } from "./growthState";
import { participationRows } from "./participationState";
import { perYearRows } from "./perYearState";

export interface MembershipRowData { conferences: Conference[]; meetings: Meeting[]; places: Place[]; countries: Country[]; conflicts: Conflict[] }

export function membershipRows(chart: "growth" | "participation" | "per-year" | "membership", data: MembershipRowData, filters: Filters): CsvRow[] {
  switch (chart) {
    case "growth":
      return growthRows(data);
    case "per-year": {
      const regionOf = new Map(data.countries.map((c) => [c.id, c.region]));
      const events = filterEvents(toEvents(data.conferences, data.meetings, data.places), { ...filters, from: 1900, to: 2100 }, regionOf);
      return perYearRows(events, filters.from, filters.to, EVENT_KINDS);
    }
    default:
      return participationRows(data, filters.from, filters.to);
  }
}
