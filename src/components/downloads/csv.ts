// CSV and file names for downloads.
import { csvFormat } from "d3-dsv";
import { FIRST_YEAR, LAST_YEAR, type Filters } from "../../domain";

export type CsvValue = string | number | boolean | null | undefined | Date;
export type CsvRow = Record<string, CsvValue>;

/**
 * A text cell that a spreadsheet would run as a formula gets a leading apostrophe (OWASP's
 * CSV-injection advice); numbers, including negative ones, are left alone.
 */
function safeCell(v: CsvValue): CsvValue {
  if (typeof v !== "string") return v;
  return /^[=+@\t\r]/.test(v) || /^-(?![\d.])/.test(v) ? `'${v}` : v;
}

export function toCsv(rows: readonly CsvRow[], columns?: string[]): string {
  const cleaned = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, safeCell(v)])));
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return csvFormat(cleaned as Record<string, string>[], cols);
}

function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** "budapest-process-participation_1991-2024_type-som_2026-11-23.csv" */
export function fileName(chart: string, filters: Partial<Filters>, date: Date = new Date(), ext = "csv"): string {
  const from = filters.from ?? FIRST_YEAR;
  const to = filters.to ?? LAST_YEAR;
  const parts = [`budapest-process-${slug(chart)}`, `${from}-${to}`];
  if (filters.types?.length) parts.push(`type-${filters.types.map(slug).join("+")}`);
  if (filters.region) parts.push(`region-${slug(filters.region)}`);
  if (filters.country) parts.push(`country-${slug(filters.country)}`);
  parts.push(isoDay(date));
  return `${parts.join("_")}.${ext.replace(/^\./, "")}`;
}

/** Saves a Blob through a temporary <a download>; the object URL is released afterwards. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 2000);
}
