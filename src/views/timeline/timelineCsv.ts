// The timeline's CSV: one row per event the filters keep, with its sources' ids. Loaded on the
// first download, not with the chart.
import type { CsvRow } from "../../components/downloads/csv";
import type { AtlasEvent } from "../../selectors/events";

export function csvRows(kept: readonly AtlasEvent[]): CsvRow[] {
  return kept.map((e) => ({
    id: e.id, kind: e.kind, title: e.title, date_start: e.date.start, date_end: e.date.end ?? "",
    date_precision: e.date.precision, place: e.place?.name ?? "", country: e.country ?? "", format: e.format,
    status: e.status, sources: [...new Set(e.sources.map((s) => s.source))].join(" "),
  }));
}
