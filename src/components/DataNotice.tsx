// The one notice every view shows above what it still draws when some of its data is missing:
// how many records of which file could not be shown, which ones, and a link to the full list.
import { useEffect, useSyncExternalStore } from "react";
import type { DataProblem } from "../data/problems";
import type { LostCounts } from "../data/useDatasets";
import type { DatasetName } from "../data/datasets";
import { useT } from "../i18n";
import { lostNotes } from "./lostNotes";

type Settled = { status: "loading" } | { status: "error"; problems: DataProblem[] } | { status: "ready"; problems: DataProblem[]; lost: LostCounts };

// Whether the page has the full list the notice can link to (the explorer does; embeds do not).
let lists = 0;
const listeners = new Set<() => void>();
const subscribe = (f: () => void) => (listeners.add(f), () => void listeners.delete(f));
export function useRegisterProblemList(): void {
  useEffect(() => {
    const change = (d: number) => { lists += d; listeners.forEach((f) => f()); };
    change(1);
    return () => change(-1);
  }, []);
}

function lostOf(loaded: Settled): { lost: LostCounts; problems: readonly DataProblem[] } {
  if (loaded.status === "ready") return loaded;
  if (loaded.status === "loading") return { lost: {}, problems: [] };
  // A file the view cannot do without was lost: the view shows its status panel instead.
  const lost: LostCounts = {};
  for (const p of loaded.problems) lost[p.file.replace(/\.json$/, "") as DatasetName] = { setAside: 0, total: 0, unreadable: true };
  return { lost, problems: loaded.problems };
}

/** `of`: the load results the view draws from (its own useDatasets/useEvents values). */
export function DataNotice({ of }: { of: readonly Settled[] }) {
  const t = useT();
  const listShown = useSyncExternalStore(subscribe, () => lists > 0, () => false);
  const lost: LostCounts = {};
  const problems: DataProblem[] = [];
  for (const l of of) {
    const x = lostOf(l);
    Object.assign(lost, x.lost);
    problems.push(...x.problems);
  }
  const notes = lostNotes(lost, problems, t);
  if (!notes.length) return null;
  return (
    <div className="data-notice" role="note">
      <p>
        {notes.join(". ")}.{" "}
        {listShown && <a href="#data-problems">{t("notice.link")}</a>}
      </p>
    </div>
  );
}
