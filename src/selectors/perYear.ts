// Meetings per year by kind: the rows behind the stacked bar chart and its table.
import type { EventKind } from "../state/urlState";
import type { AtlasEvent } from "./events";

export interface YearRow {
  year: number;
  total: number;
  byKind: Partial<Record<EventKind, number>>;
}

/** Counts an event in the year it starts; undated items with a year range count in their first possible year. */
export function eventsPerYear(events: AtlasEvent[], from: number, to: number): YearRow[] {
  const rows: YearRow[] = [];
  for (let year = from; year <= to; year++) rows.push({ year, total: 0, byKind: {} });
  for (const e of events) {
    const row = rows[e.year - from];
    if (!row) continue;
    row.total++;
    row.byKind[e.kind] = (row.byKind[e.kind] ?? 0) + 1;
  }
  return rows;
}

export function kindsPresent(rows: YearRow[]): EventKind[] {
  const kinds = new Set<EventKind>();
  for (const r of rows) for (const k of Object.keys(r.byKind) as EventKind[]) kinds.add(k);
  return [...kinds];
}
