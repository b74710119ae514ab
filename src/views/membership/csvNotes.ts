// A chart's CSV ends with a notes row saying how the chart is counted, so the file keeps the
// caveats the chart shows beside it.
import type { CsvRow } from "../../components/downloads/csv";

export function withNotes(rows: readonly CsvRow[], note: string): CsvRow[] {
  const first = Object.keys(rows[0] ?? { note: "" })[0];
  return [...rows, { [first]: "note", note }];
}
