// A chart's CSV comes from its state and ends with a notes row saying how the chart is counted,
// so the file keeps the caveats the chart shows beside it.
import type { ReactNode } from "react";
import { useLanguage } from "../../i18n";
import { loadNotes, type CountedChart } from "../../i18n/notes";
import { LatestRows } from "../../components/downloads/ChartDownloads";
import type { CsvRow } from "../../components/downloads/csv";

export function withNotes(rows: readonly CsvRow[], note: string): CsvRow[] {
  const first = Object.keys(rows[0] ?? { note: "" })[0];
  return [...rows, { [first]: "note", note }];
}

/** Hands the chart's rows, with its note, to the downloads in its toolbar. */
export function StateRows({ chart, rows, children }: { chart: CountedChart; rows: readonly CsvRow[]; children: ReactNode }) {
  const lang = useLanguage();
  return <LatestRows rows={async () => withNotes(rows, (await loadNotes(lang))[chart])}>{children}</LatestRows>;
}
