// A citation: which document says it, and the exact words. Quotes are text, never HTML.
import { useMemo } from "react";
import { useDatasets } from "../data/useDatasets";
import type { SourceRef } from "../data/schemas";

const SOURCES = ["sources"] as const;

export function useSourceTitles(): Map<string, string> {
  // Titles are a courtesy: without sources.json the citations show document ids.
  const loaded = useDatasets(SOURCES);
  const sources = loaded.status === "ready" ? loaded.data.sources : undefined;
  // "Title (period)", unless the title already states the period ("news items 2019–2020").
  return useMemo(
    () => new Map(sources?.map((s) => [s.id, s.title.includes(s.period) ? s.title : `${s.title} (${s.period})`])),
    [sources],
  );
}

export function Sources({ refs, compact, label }: { refs: SourceRef[]; compact?: boolean; label?: string }) {
  const titles = useSourceTitles();
  return (
    <ul className={compact ? "sources sources--compact" : "sources"} aria-label={label}>
      {refs.map((r, i) => (
        <li key={i}>
          <span className="sources__doc">{titles.get(r.source) ?? r.source}</span>:{" "}
          <q className="sources__quote">{r.quote}</q>
        </li>
      ))}
    </ul>
  );
}
