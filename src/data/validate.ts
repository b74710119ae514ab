// Validates one dataset file record by record: a record that fails its schema, repeats an id or
// carries a date that is not on the calendar is set aside with a named problem, and every other
// record is kept. Only a file that cannot be read at all (not JSON, not an array) is lost whole.
import { DATASETS, fileOf, type DatasetName, type RecordOf } from "./datasets";
import type { DataProblem } from "./problems";

/** The records a file yields, the problems of those set aside, and how many it held. */
export interface DatasetFile<N extends DatasetName = DatasetName> {
  records: RecordOf<N>[];
  problems: DataProblem[];
  total: number;
  /** Of the text it was read from (fingerprint.ts), when read from a file. */
  fingerprint?: string;
}

const wrapped = new WeakMap<object, DatasetFile>();
/**
 * A cached file as records and problems. Data put into the query cache directly (a build-time
 * render, a test) may be the bare array of records: it stands as a file with no problem, the
 * same object every time so that what is derived from it stays memoised.
 */
export function asDatasetFile(data: DatasetFile | unknown[]): DatasetFile {
  if (!Array.isArray(data)) return data;
  let file = wrapped.get(data);
  if (!file) wrapped.set(data, (file = { records: data as DatasetFile["records"], problems: [], total: data.length }));
  return file;
}

export type Validated<N extends DatasetName> = ({ ok: true } & DatasetFile<N>) | { ok: false; problems: DataProblem[] };

/** Whether "YYYY", "YYYY-MM" or "YYYY-MM-DD" names a real month and day (the schema checks the shape). */
export function isCalendarDate(value: string): boolean {
  const [y, m = 1, d = 1] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The date fields of a record that passed its schema: an event's date, a project's start and end. */
function* dateFields(r: Record<string, unknown>): Iterable<[string, unknown]> {
  const date = r.date as { start?: unknown; end?: unknown } | undefined;
  if (date) yield* [["date.start", date.start], ["date.end", date.end]] as [string, unknown][];
  yield* [["start", r.start], ["end", r.end]] as [string, unknown][];
}

function describeValue(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? "nothing" : s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

/**
 * What the schema expected, in words: zod/mini ships no message locale, so its own text is a
 * bare "Invalid input" unless the schema gave one.
 */
function expectation(zodIssue: object): string {
  const i = zodIssue as { message: string; expected?: string; values?: unknown[]; maximum?: unknown; minimum?: unknown; keys?: string[] };
  if (i.message !== "Invalid input") return i.message;
  if (i.keys) return `unexpected field ${i.keys.join(", ")}`;
  if (i.values) return `expected one of ${i.values.map((v) => JSON.stringify(v)).join(", ")}`;
  if (i.maximum !== undefined) return `expected at most ${i.maximum}`;
  if (i.minimum !== undefined) return `expected at least ${i.minimum}`;
  return `expected ${i.expected ?? "another value"}`;
}

/** The value at a zod issue's path in the raw record, to say what was found. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const k of path) v = v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

export function validateDataset<N extends DatasetName>(name: N, json: unknown): Validated<N> {
  const file = fileOf(name);
  if (!Array.isArray(json)) {
    return { ok: false, problems: [{ file, message: `expected a JSON array of records, found ${json === null ? "null" : typeof json}` }] };
  }
  const schema = DATASETS[name];
  const problems: DataProblem[] = [];
  const records: RecordOf<N>[] = [];
  const seen = new Map<string, number>();
  json.forEach((raw, index) => {
    const rawId = raw && typeof raw === "object" && typeof (raw as { id?: unknown }).id === "string"
      ? (raw as { id: string }).id
      : undefined;
    const record = rawId ?? `#${index}`;
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const found = valueAt(raw, issue.path);
        const message = issue.code === "unrecognized_keys" ? expectation(issue) : `${expectation(issue)}, found ${describeValue(found)}`;
        problems.push({ file, record, field: issue.path.join(".") || undefined, message });
      }
      return;
    }
    const value = result.data as RecordOf<N>;
    const badDates = [...dateFields(value as Record<string, unknown>)].filter(([, v]) => typeof v === "string" && !isCalendarDate(v));
    if (badDates.length) {
      for (const [field, v] of badDates) problems.push({ file, record, field, message: `expected a calendar date, found ${describeValue(v)}` });
      return;
    }
    const recordId = (value as { id: string }).id;
    const first = seen.get(recordId);
    if (first !== undefined) {
      problems.push({ file, record: recordId, field: "id", message: `duplicate id: record #${index} repeats the id of record #${first}` });
      return;
    }
    seen.set(recordId, index);
    records.push(value);
  });
  return { ok: true, records, problems, total: json.length };
}

/** Parses text as JSON, turning a syntax error into a problem that names the file. */
export function parseJson(name: DatasetName, text: string): { ok: true; json: unknown } | { ok: false; problems: DataProblem[] } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (e) {
    return { ok: false, problems: [{ file: fileOf(name), message: `malformed JSON: ${(e as Error).message}` }] };
  }
}

/** Text of a file to its usable records: the one path both the app and the data check take. */
export function readDataset<N extends DatasetName>(name: N, text: string): Validated<N> {
  const parsed = parseJson(name, text);
  return parsed.ok ? validateDataset(name, parsed.json) : parsed;
}

/** Text the build validated with no problem (the same bytes, by fingerprint.ts): its records as
 *  they are. Anything else the page is served goes through readDataset. */
export function readValidated<N extends DatasetName>(name: N, text: string): Validated<N> {
  const parsed = parseJson(name, text);
  if (!parsed.ok) return parsed;
  if (!Array.isArray(parsed.json)) return validateDataset(name, parsed.json);
  return { ok: true, records: parsed.json as RecordOf<N>[], problems: [], total: parsed.json.length };
}
