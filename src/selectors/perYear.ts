// Meetings per year, told apart: meetings held (by kind), meetings only planned, and items that
// are not meetings (launches of projects and bodies). Items a source dates only by a reporting
// period (a file of 2019–2020 news, a "2015-2016" series) are grouped by that period, never put
// in a year.
import type { Conflict } from "../data/schemas";
import type { EventKind } from "../domain";
import type { AtlasEvent } from "./events";

export type ItemClass = "held" | "planned" | "other";

export interface YearRow {
  year: number;
  /** Every item counted in the year (held, planned and other). */
  total: number;
  held: number;
  planned: number;
  other: number;
  /** Held meetings by kind. */
  byKind: Partial<Record<EventKind, number>>;
}

export interface PeriodRow extends Omit<YearRow, "year"> {
  from: number;
  to: number;
  items: AtlasEvent[];
}

/** A planned date a source gives for a record held at another date. */
export interface Moved { event: AtlasEvent; plannedYear: number; conflict: string; planned: string }

export function itemClass(e: AtlasEvent): ItemClass {
  if (e.status === "planned") return "planned";
  return e.kind === "launch" ? "other" : "held";
}

/** Dated only by a period: the date says so (`basis: "reporting-period"`), or it is a span of whole years. */
export function isPeriodDated(e: AtlasEvent): boolean {
  if ((e.date as { basis?: string }).basis === "reporting-period") return true;
  return e.endYear > e.year && e.date.precision === "year";
}

function add(row: Omit<YearRow, "year">, e: AtlasEvent) {
  const c = itemClass(e);
  row.total++;
  row[c]++;
  if (c === "held") row.byKind[e.kind] = (row.byKind[e.kind] ?? 0) + 1;
}

const empty = (): Omit<YearRow, "year"> => ({ total: 0, held: 0, planned: 0, other: 0, byKind: {} });

export function eventsPerYear(events: AtlasEvent[], from: number, to: number): YearRow[] {
  const rows: YearRow[] = [];
  for (let year = from; year <= to; year++) rows.push({ year, ...empty() });
  for (const e of events) {
    if (isPeriodDated(e)) continue;
    const row = rows[e.year - from];
    if (row) add(row, e);
  }
  return rows;
}

export function eventsPerPeriod(events: AtlasEvent[]): PeriodRow[] {
  const byPeriod = new Map<string, PeriodRow>();
  for (const e of events) {
    if (!isPeriodDated(e)) continue;
    const key = `${e.year}-${e.endYear}`;
    const row: PeriodRow = byPeriod.get(key) ?? { from: e.year, to: e.endYear, items: [], ...empty() };
    row.items.push(e);
    add(row, e);
    byPeriod.set(key, row);
  }
  return [...byPeriod.values()].sort((a, b) => a.from - b.from || a.to - b.to);
}

/** Records a conflict says were first planned for another year ("Planned for October 2018"). */
export function movedItems(events: AtlasEvent[], conflicts: Conflict[]): Moved[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  return conflicts.flatMap((c) => {
    const event = byId.get(c.record);
    if (!event || c.field !== "date") return [];
    return c.values.flatMap((v) => {
      const m = /^planned\b.*?\b(\d{4})\b/i.exec(v.value);
      return m && Number(m[1]) !== event.year ? [{ event, plannedYear: Number(m[1]), conflict: c.id, planned: v.value }] : [];
    });
  });
}

export function kindsPresent(rows: readonly Pick<YearRow, "byKind">[]): EventKind[] {
  const kinds = new Set<EventKind>();
  for (const r of rows) for (const k of Object.keys(r.byKind) as EventKind[]) kinds.add(k);
  return [...kinds];
}
