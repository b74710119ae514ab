// Loads the datasets one view needs and checks the references among them. The result is a
// value (loading, problems, or data) that the view hands to the shared status panel.
import { useMemo } from "react";
import { useQueries } from "@tanstack/react-query";
import type { DatasetName, Datasets } from "./datasets";
import { datasetQuery } from "./queries";
import { referenceProblems } from "./integrity";
import { DatasetError, type DataProblem } from "./problems";

export type Loaded<N extends DatasetName> =
  | { status: "loading" }
  | { status: "error"; problems: DataProblem[] }
  | { status: "ready"; data: Pick<Datasets, N> };

export function useDatasets<N extends DatasetName>(names: readonly N[]): Loaded<N> {
  const results = useQueries({ queries: names.map((n) => datasetQuery(n)) });
  const key = results.map((r) => r.dataUpdatedAt + ":" + r.status).join("|");
  return useMemo((): Loaded<N> => {
    const problems: DataProblem[] = [];
    for (const [i, r] of results.entries()) {
      if (r.error) {
        problems.push(
          ...(r.error instanceof DatasetError
            ? r.error.problems
            : [{ file: `${names[i]}.json`, message: String(r.error.message) }]),
        );
      }
    }
    if (problems.length) return { status: "error", problems };
    if (results.some((r) => r.data === undefined)) return { status: "loading" };
    const data = Object.fromEntries(names.map((n, i) => [n, results[i].data])) as Pick<Datasets, N>;
    const refs = referenceProblems(data);
    return refs.length ? { status: "error", problems: refs } : { status: "ready", data };
    // `key` captures every change of the query results that matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, names.join(",")]);
}
