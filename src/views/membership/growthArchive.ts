// The growth chart's table as the dataset zip carries it: the same rows as the chart's CSV
// download (one per state, with the first year the sources document it and the quote), so a
// reader of the zip can check every count the chart draws. vite.config.ts hands this to the
// zip's build step, which sits below the views and cannot import them itself.
import { validateDataset } from "../../data/validate";
import type { DerivedTable } from "../../data/cli/archive";
import { growthRows } from "./growthState";

/** Records that do not validate are left out, as the chart leaves them out. */
function valid<N extends "countries" | "meetings" | "conferences" | "places">(name: N, json: unknown) {
  const result = validateDataset(name, json);
  return result.ok ? result.records : [];
}

export function derivedTables(datasets: Record<string, unknown>): DerivedTable[] {
  // The download's rows allow dates; this table has none, and the archive's cells are plain values.
  const rows = growthRows({
    countries: valid("countries", datasets.countries),
    meetings: valid("meetings", datasets.meetings),
    conferences: valid("conferences", datasets.conferences),
    places: valid("places", datasets.places),
  }).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])));
  return [{
    name: "derived_states-in-process",
    description: "The growth chart's table (\"States documented as taking part, by first year in the sources\"), computed by the atlas from countries, meetings, conferences and places: one row per state, with the first year any document shows it taking part and the quote that shows it. The chart counts a state from `first_year` (and, for a historic state, until `counted_until`); observers are listed, never counted.",
    columns: {
      state_id: "ISO 3166-1 alpha-3 code of the state (see countries.csv).",
      state: "Name of the state as used in the atlas.",
      region: "Region, general knowledge.",
      status: "participating (counted from first_year), observer (only invited as participating or observer, never counted) or undated (named, but no document dates its taking part).",
      first_year: "First year any document shows the state taking part; empty when none does.",
      how: "What shows it that year: a membership event kind (berlin-1991, participating, present, host, chair, co-chair, invited, …; see the vocabularies below) or group (counted through a group it belongs to).",
      via_group: "The group (e.g. EUMS) whose listing counts the state, when `how` is group.",
      year_inferred: "Why first_year is inferred, when no quote states it.",
      record: "Id of the record (meeting, conference or country event) that shows it.",
      source: "Id of the source document (see sources.csv).",
      quote: "Exact words from that document.",
      counted_until: "Last year a historic state is counted (the Soviet Union and Yugoslavia: 1991).",
      observer_or_participating_invited: "Year the state was first invited \"as participating or observer\" (the 2010 invitation, which does not say which); not counted.",
    },
    rows,
  }];
}
