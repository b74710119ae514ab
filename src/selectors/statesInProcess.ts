// Participation in the Process, documented: for every state, the first year any source places
// it in the Process and how (Berlin 1991, a chair, a co-chair, a meeting it hosted, a delegation
// named at a meeting, the list of participating states, an invitation to join), with the quote.
// Observers, and states invited "as participating or observer" without saying which, are their
// own status and never added to the participating states. The "EU Member States" group is not
// a state: each member counts from the group's listing only where it has no earlier evidence.
import type { Conference, Country, Meeting, MembershipEvent, Region } from "../data/schemas";

export type How = MembershipEvent["kind"] | "group";

export interface Evidence {
  how: How;
  year: number;
  /** Why the year is not stated in the quote itself (a phase, a publication, the meeting's own inferred date). */
  inferred?: string;
  source: string;
  quote: string;
  /** The meeting or conference the year comes from. */
  record?: string;
  /** The group (EU Member States) the listing names in place of the state. */
  via?: string;
}

export type Status = "participating" | "observer" | "undated";

export interface StateRow {
  country: Country;
  status: Status;
  /** The first evidence of taking part (participating status only). */
  first?: Evidence;
  /** The first invitation as observer, or as participating-or-observer, before any participation. */
  observerFrom?: Evidence;
  /** Last year counted: a historic state ends when it ceased to exist. */
  until?: number;
  /** Every dated piece of evidence, earliest first. */
  evidence: Evidence[];
}

export interface CountYear {
  year: number;
  total: number;
  /** States counted this year whose first year is inferred rather than stated. */
  inferred: number;
  byRegion: Partial<Record<Region, number>>;
  /** Invited as observer or as participating-or-observer, not (yet) participating: drawn apart. */
  observers: number;
  /** Historic states counted for the last time the year before: the documented end of a step down. */
  ended: string[];
}

export interface StateDatasets {
  countries: Country[];
  meetings: Meeting[];
  conferences: Conference[];
  places: { id: string; country: string }[];
}

// The Soviet Union was dissolved in December 1991 and Yugoslavia broke up in 1991–1992
// (general knowledge): both are counted for 1991, their successors from their own evidence.
export const HISTORIC_LAST_YEAR: Readonly<Record<string, number>> = { SUN: 1991, YUG: 1991 };

const OBSERVER_KINDS = new Set<How>(["invited-participating-or-observer", "invited-observer", "observer"]);
/** Which evidence to name first when a year has several: the most direct statement. */
const RANK: How[] = ["berlin-1991", "chair", "co-chair", "host", "present", "participating", "invited", "group"];
const rank = (h: How) => (RANK.includes(h) ? RANK.indexOf(h) : RANK.length);

interface DatedRecord { year: number; endYear: number; note?: string; inferred?: string; country?: string; held: boolean; type: string; title: string; id: string }

function datedRecords(data: StateDatasets): Map<string, DatedRecord> {
  const placeCountry = new Map(data.places.map((p) => [p.id, p.country]));
  const out = new Map<string, DatedRecord>();
  const years = (d: { start: string; end?: string }) => [Number(d.start.slice(0, 4)), Number((d.end ?? d.start).slice(0, 4))];
  // Dates may say what part of them is inferred (`inferred`), beside or instead of a note.
  const inferredOf = (d: object) => (d as { inferred?: string }).inferred;
  for (const c of data.conferences) {
    const [year, endYear] = years(c.date);
    out.set(c.id, { id: c.id, year, endYear, note: c.date.note, inferred: inferredOf(c.date), country: placeCountry.get(c.place), held: true, type: "conference", title: c.title });
  }
  for (const m of data.meetings) {
    const [year, endYear] = years(m.date);
    out.set(m.id, {
      id: m.id, year, endYear, note: m.date.note, inferred: inferredOf(m.date), country: (m.place && placeCountry.get(m.place)) ?? m.country,
      held: m.status !== "planned", type: m.type, title: m.title,
    });
  }
  return out;
}

/** A record's year is inferred when its date spans a reporting period or says what is inferred. */
function recordInference(r: DatedRecord): string | undefined {
  if (r.endYear > r.year) return `dated only within ${r.year}–${r.endYear} (${r.title}); counted from ${r.year}`;
  return r.inferred ?? (r.note && /infer|not stated|not dated|period/i.test(r.note) ? r.note : undefined);
}

function dateEvent(e: MembershipEvent, country: Country, records: Map<string, DatedRecord>, byCountry: Map<string, DatedRecord[]>): Evidence | undefined {
  const base = { how: e.kind as How, source: e.source, quote: e.quote, record: e.record };
  if (e.year !== undefined) return { ...base, year: e.year, inferred: e.inferred };
  const record = e.record ? records.get(e.record) : undefined;
  if (record) return record.held ? { ...base, year: record.year, inferred: e.inferred ?? recordInference(record) } : undefined;
  // A hosting named without a date (the booklet's list of places) takes the earliest meeting held in the country.
  if (e.kind !== "host") return undefined;
  const earliest = byCountry.get(country.id)?.[0];
  if (!earliest) return undefined;
  return {
    ...base, record: earliest.id, year: earliest.year,
    inferred: recordInference(earliest) ?? `the list of places gives no year; the earliest meeting held in the country is "${earliest.title}"`,
  };
}

const byYear = (a: Evidence, b: Evidence) => a.year - b.year || Number(!!a.inferred) - Number(!!b.inferred) || rank(a.how) - rank(b.how);

export function statesInProcess(data: StateDatasets): StateRow[] {
  const records = datedRecords(data);
  const byCountry = new Map<string, DatedRecord[]>();
  for (const r of records.values()) {
    if (!r.held || !r.country || r.type === "launch") continue;
    byCountry.set(r.country, [...(byCountry.get(r.country) ?? []), r]);
  }
  for (const list of byCountry.values()) list.sort((a, b) => a.year - b.year || a.endYear - b.endYear);

  const groupEvidence = new Map<string, Evidence[]>();
  for (const g of data.countries.filter((c) => c.kind === "group")) {
    const listed = g.events.flatMap((e) => {
      const d = e.kind === "participating" ? dateEvent(e, g, records, byCountry) : undefined;
      return d ? [{ ...d, how: "group" as const, via: g.id }] : [];
    });
    for (const m of g.members ?? []) groupEvidence.set(m, [...(groupEvidence.get(m) ?? []), ...listed]);
  }

  const rows: StateRow[] = [];
  for (const country of data.countries) {
    if (country.kind === "group") continue;
    const own = country.events.flatMap((e) => dateEvent(e, country, records, byCountry) ?? []);
    const evidence = [...own, ...(groupEvidence.get(country.id) ?? [])].sort(byYear);
    const first = evidence.find((e) => !OBSERVER_KINDS.has(e.how));
    const observer = evidence.find((e) => OBSERVER_KINDS.has(e.how));
    const status: Status = first ? "participating" : observer ? "observer" : "undated";
    rows.push({
      country, status, first, evidence,
      observerFrom: observer && (!first || observer.year < first.year) ? observer : undefined,
      until: country.kind === "historic-state" ? HISTORIC_LAST_YEAR[country.id] ?? first?.year : undefined,
    });
  }
  const order = (r: StateRow) => r.first?.year ?? r.observerFrom?.year ?? 9999;
  const byName = new Intl.Collator("en").compare;
  return rows.sort((a, b) => order(a) - order(b) || byName(a.country.name, b.country.name));
}

export function countsByYear(rows: StateRow[], from: number, to: number): CountYear[] {
  const out: CountYear[] = [];
  for (let year = from; year <= to; year++) {
    const row: CountYear = { year, total: 0, inferred: 0, byRegion: {}, observers: 0, ended: [] };
    for (const r of rows) {
      if (r.until !== undefined && r.until === year - 1) row.ended.push(r.country.id);
      if (r.first && r.first.year <= year && (r.until === undefined || r.until >= year)) {
        row.total++;
        if (r.first.inferred) row.inferred++;
        row.byRegion[r.country.region] = (row.byRegion[r.country.region] ?? 0) + 1;
      } else if (r.observerFrom && r.observerFrom.year <= year) row.observers++;
    }
    out.push(row);
  }
  return out;
}

/** The country panel's "first documented" line. */
export function firstDocumented(rows: StateRow[], id: string): StateRow | undefined {
  return rows.find((r) => r.country.id === id);
}
