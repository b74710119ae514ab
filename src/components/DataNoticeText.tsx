// The words of the data notice: loaded by DataNotice when a view's data lacks something.
import "../i18n/problems";
import type { DataProblem } from "../data/problems";
import type { LostCounts } from "../data/integrity";
import { useT } from "../i18n";
import { lostNotes } from "./lostNotes";

export default function DataNoticeText({ lost, problems, linked }: { lost: LostCounts; problems: readonly DataProblem[]; linked: boolean }) {
  const t = useT();
  return (
    <div className="data-notice" role="note">
      <p>
        {lostNotes(lost, problems, t).join(". ")}.{" "}
        {linked && <a href="#data-problems">{t("notice.link")}</a>}
      </p>
    </div>
  );
}
