// A dataset file as the page holds it: its usable records, the problems of those set aside, and
// the reading of text the build already validated. Record-by-record validation, which needs the
// schemas, is validate.ts.
import { fileOf, type DatasetName, type RecordOf } from "./datasets";
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

/** The one fault that loses a whole file besides unreadable JSON. */
export function notAnArray(name: DatasetName, json: unknown): { ok: false; problems: DataProblem[] } {
  return { ok: false, problems: [{ file: fileOf(name), message: `expected a JSON array of records, found ${json === null ? "null" : typeof json}` }] };
}

/** Parses text as JSON, turning a syntax error into a problem that names the file. */
export function parseJson(name: DatasetName, text: string): { ok: true; json: unknown } | { ok: false; problems: DataProblem[] } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (e) {
    return { ok: false, problems: [{ file: fileOf(name), message: `malformed JSON: ${(e as Error).message}` }] };
  }
}

/** Text the build validated with no problem (the same bytes, by fingerprint.ts): its records as
 *  they are. Anything else the page is served goes through readDataset (validate.ts). */
export function readValidated<N extends DatasetName>(name: N, text: string): Validated<N> {
  const parsed = parseJson(name, text);
  if (!parsed.ok) return parsed;
  if (!Array.isArray(parsed.json)) return notAnArray(name, parsed.json);
  return { ok: true, records: parsed.json as RecordOf<N>[], problems: [], total: parsed.json.length };
}
