// Loads the datasets one view needs and checks the references among them. The result is a
// value (loading, problems, or data) that the view hands to the shared status panel.
//
// TanStack Query fetches, validates (in the query function) and caches every file; this hook
// reads that cache directly instead of through an observer per view. The views re-render on
// every filter change, and an observer per view re-ran its option defaults and re-subscribed
// each time, about a millisecond per change for nothing: the files do not change after load.
import { useCallback, useEffect, useMemo, useSyncExternalStore } from "react";
import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { fileOf, type DatasetName, type Datasets } from "./datasets";
import { datasetQuery } from "./queries";
import { referenceProblems } from "./integrity";
import { DatasetError, type DataProblem } from "./problems";

export type Loaded<N extends DatasetName> =
  | { status: "loading" }
  | { status: "error"; problems: DataProblem[] }
  | { status: "ready"; data: Pick<Datasets, N> };

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

export function useDatasets<N extends DatasetName>(names: readonly N[]): Loaded<N> {
  const client = useQueryClient();
  const key = names.join(",");
  const subscribe = useCallback(
    (onChange: () => void) => client.getQueryCache().subscribe((e) => {
      if (e.query.queryKey[0] === "dataset" && names.includes(e.query.queryKey[1] as N)) onChange();
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key]);

  return useMemo((): Loaded<N> => {
    const problems: DataProblem[] = [];
    const data: Partial<Pick<Datasets, N>> = {};
    let pending = false;
    for (const n of names) {
      const s = queryOf(client, n)?.state;
      if (s?.status === "error") {
        const error = s.error;
        problems.push(...(error instanceof DatasetError ? error.problems : [{ file: fileOf(n), message: String((error as Error | null)?.message) }]));
      } else if (s?.status === "success") {
        (data as Record<string, unknown>)[n] = s.data;
      } else {
        pending = true;
      }
    }
    if (problems.length) return { status: "error", problems };
    if (pending) return { status: "loading" };
    const ready = data as Pick<Datasets, N>;
    const refs = referenceProblems(ready);
    return refs.length ? { status: "error", problems: refs } : { status: "ready", data: ready };
    // `version` captures every change of the query results that matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, client, key]);
}
