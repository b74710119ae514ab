// What a download lacks: the files behind a chart joined as the views join them, and the line
// the CSV and the image carry when records were set aside. Loaded with the first download.
import type { QueryClient } from "@tanstack/react-query";
import { fileOf, type DatasetName, type Datasets } from "../data/datasets";
import { combine, type LostCounts, type Settled } from "../data/integrity";
import { DatasetError, type DataProblem } from "../data/problems";
import { datasetQuery } from "../data/queries";
import { asDatasetFile } from "../data/datasetFile";
import type { Translate } from "../i18n";
import "../i18n/problems";
import { lostNotes } from "./lostNotes";

export interface Incomplete {
  lost: LostCounts;
  problems: DataProblem[];
}

/** The line a download carries when its chart's files lost records; undefined when complete. */
export function incompleteNote({ lost, problems }: Incomplete, files: readonly DatasetName[], t: Translate): string | undefined {
  const own: LostCounts = {};
  for (const f of files) if (lost[f]) own[f] = lost[f];
  const notes = lostNotes(own, problems, t);
  return notes.length ? t("download.incomplete", { notes: notes.join("; ") }) : undefined;
}

/** The files from the query cache (fetched if need be), joined as the views join them; a file
 *  lost whole stands as no records. */
export async function loadSettled<N extends DatasetName>(client: QueryClient, names: readonly N[]): Promise<{ data: Pick<Datasets, N> } & Incomplete> {
  const files = await Promise.all(names.map((name) => client.ensureQueryData(datasetQuery(name)).then(
    (file): Settled => ({ name, file: asDatasetFile(file) }),
    (e: unknown): Settled => ({ name, lostWith: e instanceof DatasetError ? e.problems : [{ file: fileOf(name), message: String(e) }] }),
  )));
  const { data, lost, problems } = combine(files);
  const empty = Object.fromEntries(names.map((n) => [n, []]));
  return { data: { ...empty, ...data } as Pick<Datasets, N>, lost, problems };
}
