// Loads the datasets one view needs and checks the references among them. The result is a
// value the view draws from: loading; an error when a file it cannot do without is lost; or
// ready, with every usable record, the problems of the records set aside and a count of them.
//
// TanStack Query fetches, validates (in the query function) and caches every file; this hook
// reads that cache directly instead of through an observer per view. The views re-render on
// every filter change, and an observer per view re-ran its option defaults and re-subscribed
// each time, about a millisecond per change for nothing: the files do not change after load.
import { useCallback, useEffect, useMemo, useSyncExternalStore } from "react";
import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { fileOf, type DatasetName, type Datasets } from "./datasets";
import { datasetQuery } from "./queries";
import { combine, type LostCounts, type Settled } from "./integrity";
import { DatasetError, type DataProblem } from "./problems";
import { asDatasetFile, type DatasetFile } from "./datasetFile";

export type { LostCounts, Settled };

export type Loaded<N extends DatasetName, O extends DatasetName = never> =
  | { status: "loading" }
  | { status: "error"; problems: DataProblem[] }
  | { status: "ready"; data: Pick<Datasets, N> & Partial<Pick<Datasets, O>>; problems: DataProblem[]; lost: LostCounts };

// One combined result per set of files and their arrays: every view that asks for the same
// files gets the same arrays, so the selectors memoised on them are shared across views.
const combined = new Map<string, { inputs: unknown[]; result: ReturnType<typeof combine> }>();
function combineCached(key: string, files: Settled[]): ReturnType<typeof combine> {
  const inputs = files.map((f) => ("file" in f ? f.file : f.lostWith));
  const hit = combined.get(key);
  if (hit && hit.inputs.length === inputs.length && hit.inputs.every((x, i) => x === inputs[i])) return hit.result;
  const result = combine(files);
  combined.set(key, { inputs, result });
  return result;
}

const queryOf = (client: QueryClient, name: DatasetName) => client.getQueryCache().get(datasetQuery(name).queryHash ?? "");

/** Changes exactly when one of the files' results does. */
function versionOf(client: QueryClient, names: readonly DatasetName[]): string {
  let v = "";
  for (const n of names) {
    const s = queryOf(client, n)?.state;
    v += s ? `${s.status}:${s.dataUpdatedAt}:${s.errorUpdatedAt}|` : "none|";
  }
  return v;
}

/**
 * `names` are the files the view cannot draw without: losing one whole is an error. `optional`
 * files may be lost whole; they are then absent from `data` and named in `problems`.
 */
export function useDatasets<N extends DatasetName, O extends DatasetName = never>(
  required: readonly N[],
  optional: readonly O[] = [],
): Loaded<N, O> {
  const client = useQueryClient();
  const names: readonly (N | O)[] = optional.length ? [...required, ...optional] : required;
  const key = `${required.join(",")}|${optional.join(",")}`;
  const subscribe = useCallback(
    (onChange: () => void) => client.getQueryCache().subscribe((e) => {
      if (e.query.queryKey[0] === "dataset" && names.includes(e.query.queryKey[1] as N | O)) onChange();
    }),
    [client, key],
  );
  // The same snapshot at build time and while hydrating: the prerendered pages fill the cache first.
  const snapshot = () => versionOf(client, names);
  const version = useSyncExternalStore(subscribe, snapshot, snapshot);

  // Start each file's one fetch. A file that failed stays failed until the page reloads:
  // retrying only delays the message, and the error stays on screen instead of flickering.
  useEffect(() => {
    for (const n of names) {
      const s = queryOf(client, n)?.state;
      if (!s || (s.status === "pending" && s.fetchStatus === "idle")) void client.prefetchQuery(datasetQuery(n));
    }
  }, [client, key]);

  return useMemo((): Loaded<N, O> => {
    const files: Settled[] = [];
    const missing: DataProblem[] = [];
    let pending = false;
    for (const n of names) {
      const s = queryOf(client, n)?.state;
      if (s?.status === "error") {
        const error = s.error;
        const lostWith = error instanceof DatasetError ? error.problems : [{ file: fileOf(n), message: String((error as Error | null)?.message) }];
        files.push({ name: n, lostWith });
        if ((required as readonly string[]).includes(n)) missing.push(...lostWith);
      } else if (s?.status === "success") {
        files.push({ name: n, file: asDatasetFile(s.data as DatasetFile) });
      } else {
        pending = true;
      }
    }
    if (missing.length) return { status: "error", problems: missing };
    if (pending) return { status: "loading" };
    const { data, problems, lost } = combineCached(key, files);
    return { status: "ready", data: data as Pick<Datasets, N> & Partial<Pick<Datasets, O>>, problems, lost };
    // `version` captures every change of the query results that matters here.
  }, [version, client, key]);
}
