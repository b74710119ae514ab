// What a view or a download is missing, as short sentences in the reader's language:
// "1 of 7 conferences could not be shown (berlin-1991)". Shared by the notice and the downloads.
import { DATASET_NAMES, fileOf, type DatasetName } from "../data/datasets";
import type { LostCounts } from "../data/integrity";
import type { DataProblem } from "../data/problems";
import type { Translate } from "../i18n";

const NAMED = 3;
// The files a view draws from have a noun ("1 of 7 conferences"); the others go by file name.
const NOUNS = new Set<DatasetName>(["conferences", "meetings", "places", "countries", "phases", "conflicts"]);
type Noun = "conferences" | "meetings" | "places" | "countries" | "phases" | "conflicts";

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
    const records = NOUNS.has(name) ? t(`dataset.${name as Noun}`) : file;
    notes.push(l.unreadable
      ? t("notice.unreadable", { file, records })
      : t("notice.setAside", { count: l.setAside, total: l.total, records, ids: namedRecords(file, problems, t) }));
  }
  return notes;
}
