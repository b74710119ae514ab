// Validates one dataset file record by record: a record that fails its schema, repeats an id or
// carries a date that is not on the calendar is set aside with a named problem, and every other
// record is kept. Only a file that cannot be read at all (not JSON, not an array) is lost whole.
import { DATASET_SCHEMAS } from "./schemas";
import { fileOf, type DatasetName, type RecordOf } from "./datasets";
import { notAnArray, parseJson, type Validated } from "./datasetFile";
import type { DataProblem } from "./problems";

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
  if (!Array.isArray(json)) return notAnArray(name, json);
  const schema = DATASET_SCHEMAS[name];
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

/** Text of a file to its usable records: the one path both the app and the data check take. */
export function readDataset<N extends DatasetName>(name: N, text: string): Validated<N> {
  const parsed = parseJson(name, text);
  return parsed.ok ? validateDataset(name, parsed.json) : parsed;
}
