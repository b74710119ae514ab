// The explorer's full list of data problems (id="data-problems", where every view's notice
// links): each record set aside and each file that could not be read, across all datasets, as
// `npm run data:check` prints them. Shown only when there is something to list; the list's code
// loads only then.
import { Suspense } from "react";
import { preloadable } from "./preloadable";
import { DATASET_NAMES } from "../data/datasets";
import { useDatasets } from "../data/useDatasets";
import { useRegisterProblemList } from "./DataNotice";

const ProblemSection = preloadable(() => import("./ProblemList"));
/** The list's code, for a render that cannot wait for it (the build's). */
export const preloadProblemList = ProblemSection.preload;
const NONE: never[] = [];

export function DataProblems() {
  const loaded = useDatasets(NONE, DATASET_NAMES);
  useRegisterProblemList();
  if (loaded.status !== "ready" || !loaded.problems.length) return null;
  return (
    <Suspense fallback={null}>
      <ProblemSection problems={loaded.problems} />
    </Suspense>
  );
}
