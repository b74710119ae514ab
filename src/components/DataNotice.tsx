// The one notice every view shows above what it still draws when some of its data is missing:
// how many records of which file could not be shown, which ones, and a link to the full list.
// Its words and code load only when something is missing.
import { Suspense, useEffect, useSyncExternalStore } from "react";
import { preloadable } from "./preloadable";
import type { DataProblem } from "../data/problems";
import type { LostCounts } from "../data/useDatasets";
import type { DatasetName } from "../data/datasets";

/** A load result as useDatasets and useEvents give it. */
export type NoticeSource = { status: "loading" } | { status: "error"; problems: DataProblem[] } | { status: "ready"; problems: DataProblem[]; lost: LostCounts };

const NoticeText = preloadable(() => import("./DataNoticeText"));
/** The notice's words and code, for a render that cannot wait for them (the build's). */
export const preloadNotice = NoticeText.preload;

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

/** `of`: the load results the view draws from (its own useDatasets/useEvents values). */
export function DataNotice({ of }: { of: readonly NoticeSource[] }) {
  const linked = useSyncExternalStore(subscribe, () => lists > 0, () => false);
  const lost: LostCounts = {};
  const problems: DataProblem[] = [];
  for (const l of of) {
    if (l.status === "loading") continue;
    problems.push(...l.problems);
    if (l.status === "ready") Object.assign(lost, l.lost);
    // A file the view cannot do without was lost: the view shows its status panel instead.
    else for (const p of l.problems) lost[p.file.replace(/\.json$/, "") as DatasetName] = { setAside: 0, total: 0, unreadable: true };
  }
  if (!Object.keys(lost).length) return null;
  return (
    <Suspense fallback={null}>
      <NoticeText lost={lost} problems={problems} linked={linked} />
    </Suspense>
  );
}
