// The per-year chart wired to the events under the current filters: computes perYearState and
// hands it to the props-only PerYearView.
import { useMemo, type ReactNode } from "react";
import { useEvents } from "../useEvents";
import { useDatasets } from "../../data/useDatasets";
import { useAtlasStore } from "../../state/store";
import { useT, useLanguage } from "../../i18n";
import { DataNotice, LoadStatus } from "../../components/StatusPanel";
import { useWidth } from "../../components/useSize";
import { perYearState } from "./perYearState";
import { PerYearView } from "./PerYearView";
import { StateRows } from "./csvNotes";

const CONFLICTS = ["conflicts"] as const;
const pick = (year: number) => useAtlasStore.getState().setYearRange(year, year);

export function PerYearChart({ interactive = true, toolbar }: { interactive?: boolean; toolbar?: ReactNode }) {
  const t = useT();
  const lang = useLanguage();
  const { loaded, acrossYears, filters, events } = useEvents();
  // Not a hard dependency: without conflicts.json only the moved-meeting marks are missing.
  const withConflicts = useDatasets(CONFLICTS);
  const [ref, width] = useWidth<HTMLDivElement>();
  // The same element while the load result is the same: the frame keeps its notice unredrawn.
  const notice = useMemo(() => <DataNotice of={[loaded]} />, [loaded]);
  if (loaded.status !== "ready" || !events || !acrossYears) return <LoadStatus loaded={loaded} />;
  const conflicts = withConflicts.status === "ready" ? withConflicts.data.conflicts : undefined;
  const state = perYearState({ events, acrossYears, conflicts }, filters, width);
  return (
    <StateRows chart="per-year" rows={state.csv}>
      <PerYearView state={state} t={t} lang={lang} toolbar={toolbar} notice={notice} bodyRef={ref} onPickYear={interactive ? pick : undefined} />
    </StateRows>
  );
}
