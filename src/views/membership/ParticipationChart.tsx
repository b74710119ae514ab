// The participation chart wired to the data and the filters: computes participationState and
// hands it to the props-only ParticipationView.
import { useMemo, type ReactNode } from "react";
import { useDatasets } from "../../data/useDatasets";
import { useAtlasStore } from "../../state/store";
import { useT, useLanguage } from "../../i18n";
import { DataNotice, LoadStatus } from "../../components/StatusPanel";
import { useWidth } from "../../components/useSize";
import { useSourceTitles } from "../../components/Sources";
import { participationState } from "./participationState";
import { ParticipationView } from "./ParticipationView";
import { StateRows } from "./csvNotes";

const NEEDED = ["conferences", "conflicts", "places"] as const;
const select = (id: string) => useAtlasStore.getState().select(id);

export function ParticipationChart({ interactive = true, toolbar }: { interactive?: boolean; toolbar?: ReactNode }) {
  const t = useT();
  const lang = useLanguage();
  const loaded = useDatasets(NEEDED);
  const [ref, width] = useWidth<HTMLDivElement>();
  // The same element while the load result is the same: the frame keeps its notice unredrawn.
  const notice = useMemo(() => <DataNotice of={[loaded]} />, [loaded]);
  const from = useAtlasStore((s) => s.from);
  const to = useAtlasStore((s) => s.to);
  const selected = useAtlasStore((s) => s.selected);
  const titles = useSourceTitles();
  if (loaded.status !== "ready") return <LoadStatus loaded={loaded} />;
  const state = participationState(loaded.data, { from, to, selected }, width);
  return (
    <StateRows chart="participation" rows={state.csv}>
      <ParticipationView state={state} t={t} lang={lang} titles={titles} toolbar={toolbar} notice={notice} bodyRef={ref} onSelect={interactive ? select : undefined} />
    </StateRows>
  );
}
