// What a view or a download is missing, as short sentences in the reader's language:
// "1 of 7 conferences could not be shown (berlin-1991)". Shared by the notice and the downloads.
import type { QueryClient } from "@tanstack/react-query";
import { DATASET_NAMES, fileOf, type DatasetName, type Datasets } from "../data/datasets";
import { combine, type LostCounts, type Settled } from "../data/integrity";
import { DatasetError, type DataProblem } from "../data/problems";
import { datasetQuery } from "../data/queries";
import type { Translate } from "../i18n";

export interface Incomplete {
  lost: LostCounts;
  problems: DataProblem[];
}

const NAMED = 3;

/** The records of one file that were set aside, the first few by id. */
function namedRecords(file: string, problems: readonly DataProblem[], t: Translate): string {
  const ids = [...new Set(problems.filter((p) => p.file === file && p.record).map((p) => p.record!))];
  const shown = ids.slice(0, NAMED).join(", ");
  return ids.length > NAMED ? `${shown} ${t("notice.more", { n: ids.length - NAMED })}` : shown;
}

export function lostNotes(lost: LostCounts, problems: readonly DataProblem[], t: Translate): string[] {
  const notes: string[] = [];
  for (const name of DATASET_NAMES) {
    const l = lost[name];
    if (!l) continue;
    const file = fileOf(name);
    const records = t(`dataset.${name}` as `dataset.${DatasetName}`);
    notes.push(l.unreadable
      ? t("notice.unreadable", { file, records })
      : t("notice.setAside", { count: l.setAside, total: l.total, records, ids: namedRecords(file, problems, t) }));
  }
  return notes;
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
    (file): Settled => ({ name, file }),
    (e: unknown): Settled => ({ name, lostWith: e instanceof DatasetError ? e.problems : [{ file: fileOf(name), message: String(e) }] }),
  )));
  const { data, lost, problems } = combine(files);
  const empty = Object.fromEntries(names.map((n) => [n, []]));
  return { data: { ...empty, ...data } as Pick<Datasets, N>, lost, problems };
}
