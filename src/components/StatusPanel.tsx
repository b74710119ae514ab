// The one place where loading and data problems are shown, in the box the view would fill.
import type { DataProblem } from "../data/problems";
import type { Loaded } from "../data/useDatasets";
import { useT } from "../i18n";
import { ViewDrawn } from "./ViewDrawn";

// Re-exported so a view takes both of its status pieces from one place.
export { DataNotice } from "./DataNotice";

export function StatusPanel({ problems, loading }: { problems?: DataProblem[]; loading?: boolean }) {
  const t = useT();
  if (loading) return <div className="status status--loading" role="status">{t("status.loading")}</div>;
  return (
    <div className="status status--error" role="alert">
      <p className="status__title">{t("status.error.title")}</p>
      <ul className="status__list">
        {problems?.slice(0, 8).map((p, i) => (
          <li key={i}>
            <code>{p.file}</code>
            {p.record && <>, {t("status.problem.record")} <code>{p.record}</code></>}
            {p.field && <>, {t("status.problem.field")} <code>{p.field}</code></>}: {p.message}
          </li>
        ))}
      </ul>
      <p className="status__hint">{t("status.error.hint")}</p>
      <ViewDrawn />
    </div>
  );
}

/** The panel for a dataset load that is not ready yet: loading, or its problems. */
export function LoadStatus({ loaded }: { loaded: Loaded<never> | { status: string; problems?: DataProblem[] } }) {
  return <StatusPanel loading={loaded.status === "loading"} problems={"problems" in loaded ? loaded.problems : []} />;
}
