// A citation: which document says it, and the exact words. Quotes are text, never HTML.
import { memoizeLast } from "../selectors/memo";
import { useQuery } from "@tanstack/react-query";
import { datasetQuery } from "../data/queries";
import type { SourceRef } from "../data/schemas";

const titlesOf = memoizeLast((sources: readonly { id: string; title: string; period: string }[]) =>
  new Map(sources.map((s) => [s.id, `${s.title} (${s.period})`])));
const NO_TITLES = new Map<string, string>();

export function useSourceTitles(): Map<string, string> {
  const { data } = useQuery(datasetQuery("sources"));
  return data ? titlesOf(data) : NO_TITLES;
}

export function Sources({ refs, compact }: { refs: SourceRef[]; compact?: boolean }) {
  const titles = useSourceTitles();
  return (
    <ul className={compact ? "sources sources--compact" : "sources"}>
      {refs.map((r, i) => (
        <li key={i}>
          <span className="sources__doc">{titles.get(r.source) ?? r.source}</span>:{" "}
          <q className="sources__quote">{r.quote}</q>
        </li>
      ))}
    </ul>
  );
}
