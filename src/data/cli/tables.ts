// Flattens a dataset's records into CSV tables: one row per record, nested objects as dotted
// columns (date.start, translations.ru.title), lists of values joined with "; ", and lists of
// objects (sources, figures, events, values) as their own table keyed by the record's id.

export type CsvValue = string | number | boolean | null | undefined;
export type CsvRow = Record<string, CsvValue>;

export interface Table {
  name: string;
  rows: CsvRow[];
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

function flattenInto(row: CsvRow, prefix: string, value: Json, children: Map<string, CsvRow[]>, owner: CsvRow): void {
  if (Array.isArray(value)) {
    // An empty list says nothing about whether it holds values or objects; its column (or table)
    // comes from the records whose list has items.
    if (value.length === 0) return;
    if (value.every((v) => v === null || typeof v !== "object")) {
      row[prefix] = value.join("; ");
      return;
    }
    const child = children.get(prefix) ?? [];
    value.forEach((item, i) => {
      const r: CsvRow = { record: owner.id as CsvValue, position: i + 1 };
      flattenInto(r, "", item, children, owner);
      child.push(r);
    });
    children.set(prefix, child);
    return;
  }
  if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) flattenInto(row, prefix ? `${prefix}.${k}` : k, v, children, owner);
    return;
  }
  row[prefix] = value;
}

export function datasetTables(name: string, records: readonly unknown[]): Table[] {
  const rows: CsvRow[] = [];
  const children = new Map<string, CsvRow[]>();
  for (const record of records as { [k: string]: Json }[]) {
    const row: CsvRow = {};
    flattenInto(row, "", record, children, record as CsvRow);
    rows.push(row);
  }
  return [{ name, rows }, ...[...children].map(([key, childRows]) => ({ name: `${name}_${key.replace(/\./g, "_")}`, rows: childRows }))];
}

/** Every column of a table, in the order first seen. */
export function columnsOf(t: Table): string[] {
  return [...new Set(t.rows.flatMap((r) => Object.keys(r)))];
}
