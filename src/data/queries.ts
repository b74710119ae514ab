// One query-options factory per dataset: every view that needs a file shares one cache
// entry, one fetch and one validation.
import { queryOptions } from "@tanstack/react-query";
import { fileOf, type DatasetName } from "./datasets";
import { DatasetError } from "./problems";
import { readValidated, type DatasetFile } from "./datasetFile";
import { textFingerprint, validatedByBuild } from "./fingerprint";

/**
 * Far above the real files (tens of KB) and room for 20,000 meetings (~5 MB); stops a
 * runaway file from freezing the page.
 */
export const MAX_DATASET_BYTES = 8_000_000;

export function dataUrl(name: DatasetName): string {
  return `${import.meta.env.BASE_URL}data/${fileOf(name)}`;
}

/**
 * The file's usable records and the problems of those set aside. Throws (a DatasetError, kept
 * as the query's error) only when the file cannot be read at all.
 */
export async function fetchDataset<N extends DatasetName>(name: N, signal?: AbortSignal): Promise<DatasetFile<N>> {
  const file = fileOf(name);
  let response: Response;
  try {
    response = await fetch(dataUrl(name), { signal });
  } catch (e) {
    throw new DatasetError([{ file, message: `could not be loaded (${(e as Error).message})` }]);
  }
  if (!response.ok) {
    throw new DatasetError([{ file, message: `could not be loaded (HTTP ${response.status})` }]);
  }
  const text = await response.text();
  if (text.length > MAX_DATASET_BYTES) {
    const mb = (text.length / 1e6).toFixed(1);
    throw new DatasetError([{ file, message: `is ${mb} MB, over the ${MAX_DATASET_BYTES / 1e6} MB limit for a dataset` }]);
  }
  const fingerprint = textFingerprint(text);
  // Bytes the build validated with no problem are not validated again (~100 ms of the
  // explorer's load at 4x CPU throttling), and their page never loads the schemas; any other
  // text is validated record by record.
  const result = validatedByBuild(fingerprint) ? readValidated(name, text) : (await import("./validate")).readDataset(name, text);
  if (!result.ok) throw new DatasetError(result.problems);
  return { records: result.records, problems: result.problems, total: result.total, fingerprint };
}

function makeDatasetQuery<N extends DatasetName>(name: N) {
  const queryKey = ["dataset", name] as const;
  return queryOptions({
    queryKey,
    // Given, so the views that re-render on every filter change do not hash the key each time.
    queryHash: JSON.stringify(queryKey),
    queryFn: ({ signal }) => fetchDataset(name, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    // A bad file stays bad until the page reloads; retrying only delays the message.
    retry: false,
    // Nor refetch it when another view mounts: the error stays on screen instead of flickering.
    retryOnMount: false,
  });
}

const made = new Map<DatasetName, unknown>();

/** The same options object for a file every time: cheap to hand to a query hook per render. */
export function datasetQuery<N extends DatasetName>(name: N): ReturnType<typeof makeDatasetQuery<N>> {
  let q = made.get(name);
  if (!q) made.set(name, (q = makeDatasetQuery(name)));
  return q as ReturnType<typeof makeDatasetQuery<N>>;
}
