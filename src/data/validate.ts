// Validates one dataset file: JSON shape, each record against its schema, unique ids.
// Records are checked one by one so that an error names the record, not just the file.
import { DATASETS, fileOf, type DatasetName, type RecordOf } from "./datasets";
import type { DataProblem } from "./problems";

const MAX_PROBLEMS = 50;

export type Validated<N extends DatasetName> =
  | { ok: true; records: RecordOf<N>[] }
  | { ok: false; problems: DataProblem[] };

export function validateDataset<N extends DatasetName>(name: N, json: unknown): Validated<N> {
  const file = fileOf(name);
  if (!Array.isArray(json)) {
    return { ok: false, problems: [{ file, message: "expected a JSON array of records" }] };
  }
  const schema = DATASETS[name];
  const problems: DataProblem[] = [];
  const records: RecordOf<N>[] = [];
  const seen = new Map<string, number>();
  json.forEach((raw, index) => {
    if (problems.length >= MAX_PROBLEMS) return;
    const rawId = raw && typeof raw === "object" && typeof (raw as { id?: unknown }).id === "string"
      ? (raw as { id: string }).id
      : undefined;
    const record = rawId ?? `#${index}`;
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues.slice(0, 5)) {
        problems.push({ file, record, field: issue.path.join(".") || undefined, message: issue.message });
      }
      return;
    }
    const value = result.data as RecordOf<N>;
    const recordId = (value as { id: string }).id;
    const first = seen.get(recordId);
    if (first !== undefined) {
      problems.push({ file, record: recordId, field: "id", message: `duplicate id (first at #${first})` });
      return;
    }
    seen.set(recordId, index);
    records.push(value);
  });
  return problems.length ? { ok: false, problems } : { ok: true, records };
}

/** Parses text as JSON, turning a syntax error into a problem that names the file. */
export function parseJson(name: DatasetName, text: string): { ok: true; json: unknown } | { ok: false; problems: DataProblem[] } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (e) {
    return { ok: false, problems: [{ file: fileOf(name), message: `malformed JSON: ${(e as Error).message}` }] };
  }
}
