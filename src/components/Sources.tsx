// A citation: which document says it, and the exact words. Quotes are text, never HTML.
import { useQuery } from "@tanstack/react-query";
import { datasetQuery } from "../data/queries";
import type { SourceRef } from "../data/schemas";

export function useSourceTitles(): Map<string, string> {
  const { data } = useQuery(datasetQuery("sources"));
  return new Map((data ?? []).map((s) => [s.id, `${s.title} (${s.period})`]));
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
