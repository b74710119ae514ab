// Participating states over time, from the membership events in countries.json. A state
// counts from the first year a document places it in the Process; where that year is
// inferred (from a phase, or a publication date), the count says so.
import type { Country, Region } from "../data/schemas";

/** Event kinds that place a state inside the dialogue (hosting or chairing alone has no year). */
const ENTRY_KINDS = new Set(["berlin-1991", "invited", "participating", "present"]);

export interface StateEntry {
  country: Country;
  year: number;
  inferred: boolean;
  /** Last year the state is counted: historic states end with the year they ceased to exist. */
  until: number;
}

export interface MembershipYear {
  year: number;
  total: number;
  inferred: number;
  byRegion: Partial<Record<Region, number>>;
}

// The Soviet Union and Yugoslavia took part in Berlin in 1991; their successor states count
// from their own documented events.
const HISTORIC_LAST_YEAR: Record<string, number> = { SUN: 1991, YUG: 1991 };

export function stateEntries(countries: Country[]): StateEntry[] {
  const out: StateEntry[] = [];
  for (const country of countries) {
    if (country.kind === "group") continue;
    const entries = country.events
      .filter((e) => ENTRY_KINDS.has(e.kind) && e.year !== undefined)
      .sort((a, b) => a.year! - b.year!);
    const first = entries[0];
    if (!first) continue;
    out.push({
      country,
      year: first.year!,
      inferred: first.inferred !== undefined,
      until: country.kind === "historic-state" ? HISTORIC_LAST_YEAR[country.id] ?? first.year! : Infinity,
    });
  }
  return out.sort((a, b) => a.year - b.year || a.country.name.localeCompare(b.country.name));
}

export function membershipOverTime(entries: StateEntry[], from: number, to: number): MembershipYear[] {
  const years: MembershipYear[] = [];
  for (let year = from; year <= to; year++) {
    const row: MembershipYear = { year, total: 0, inferred: 0, byRegion: {} };
    for (const e of entries) {
      if (e.year > year || e.until < year) continue;
      row.total++;
      if (e.inferred) row.inferred++;
      row.byRegion[e.country.region] = (row.byRegion[e.country.region] ?? 0) + 1;
    }
    years.push(row);
  }
  return years;
}

/** Everything the data holds about one country, for the country panel. */
export function countryProfile(country: Country, entries: StateEntry[]) {
  const entry = entries.find((e) => e.country.id === country.id);
  return { country, entry, events: [...country.events].sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999)) };
}
