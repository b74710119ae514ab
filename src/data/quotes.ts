// Finds every quote a dataset cites, so the check can look each one up in its seed file.
import type { DatasetName, Datasets } from "./datasets";

export interface CitedQuote {
  dataset: DatasetName;
  record: string;
  field: string;
  source: string;
  quote: string;
}

export function citedQuotes(data: Partial<Datasets>): CitedQuote[] {
  const out: CitedQuote[] = [];
  for (const [dataset, records] of Object.entries(data) as [DatasetName, any[]][]) {
    for (const r of records) {
      const lists: [string, any[] | undefined][] = [
        ["sources", r.sources],
        ["figures", r.figures],
        ["events", r.events],
        ["values", r.values],
      ];
      for (const [field, list] of lists) {
        list?.forEach((s, i) => {
          if (s && typeof s.quote === "string") {
            out.push({ dataset, record: r.id, field: `${field}.${i}`, source: s.source, quote: s.quote });
          }
        });
      }
    }
  }
  return out;
}

/** Line breaks and runs of spaces differ between a quote and its OCR'd source; nothing else may. */
export function normaliseForQuote(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
