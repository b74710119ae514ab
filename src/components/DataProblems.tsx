// The explorer's full list of data problems (id="data-problems", where every view's notice
// links): each record set aside and each file that could not be read, across all datasets, as
// `npm run data:check` prints them. Shown only when there is something to list.
import { DATASET_NAMES } from "../data/datasets";
import { useDatasets } from "../data/useDatasets";
import { useT } from "../i18n";
import { useRegisterProblemList } from "./DataNotice";
import { ProblemList } from "./ProblemList";

const NONE: never[] = [];

export function DataProblems() {
  const t = useT();
  const loaded = useDatasets(NONE, DATASET_NAMES);
  useRegisterProblemList();
  if (loaded.status !== "ready" || !loaded.problems.length) return null;
  return (
    <section id="data-problems" className="data-problems" aria-labelledby="data-problems-title" tabIndex={-1}>
      <h2 id="data-problems-title">{t("problems.title")}</h2>
      <p>{t("problems.intro")}</p>
      <ProblemList problems={loaded.problems} caption={t("problems.caption", { n: loaded.problems.length })} />
    </section>
  );
}
