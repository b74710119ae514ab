// "Where the sources disagree": every conflict record with its kind, each statement with its
// document and exact words, and the reading the atlas uses. Each entry is a link target
// (#conflict-…) for the marks in the charts. Text from the data is rendered as text only.
import { useEffect } from "react";
import { useT } from "../../i18n";
import "../../i18n/conflicts";
import { useDatasets } from "../../data/useDatasets";
import { LoadStatus } from "../StatusPanel";
import { useSourceTitles } from "../Sources";
import { conflictAnchor } from "../../selectors/conflicts";

const NEEDED = ["conflicts"] as const;

export default function ConflictList({ hash }: { hash: string }) {
  const t = useT();
  const loaded = useDatasets(NEEDED);
  const titles = useSourceTitles();
  const ready = loaded.status === "ready";
  // The list arrives after the browser looked for the anchor, so bring the named entry into view.
  useEffect(() => {
    const target = ready && hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (target) {
      target.scrollIntoView?.({ block: "start" });
      target.focus({ preventScroll: true });
    }
  }, [ready, hash]);
  if (loaded.status !== "ready") return <LoadStatus loaded={loaded} />;
  return (
    <>
      <p>{t("conflicts.count", { n: loaded.data.conflicts.length })}</p>
      <ol className="conflicts__list">
        {loaded.data.conflicts.map((c) => (
          <li key={c.id} id={conflictAnchor(c.id)} tabIndex={-1} className="conflicts__item">
            <h4 className="conflicts__subject">
              {c.subject} <span className="conflicts__kind">({t(`conflicts.kind.${c.kind}`)})</span>
            </h4>
            <ul className="sources">
              {c.values.map((v, i) => (
                <li key={i}>
                  {v.value}. <span className="sources__doc">{titles.get(v.source) ?? v.source}</span>: <q className="sources__quote">{v.quote}</q>
                </li>
              ))}
            </ul>
            <p className="conflicts__resolution"><strong>{t("conflicts.resolution")}:</strong> {c.resolution}</p>
            {c.note && <p className="conflicts__note">{c.note}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
