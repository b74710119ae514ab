// The growth chart wired to the data and the filters: reads them, computes growthState and
// hands it to the props-only GrowthView.
import { useMemo, type ReactNode } from "react";
import { useDatasets } from "../../data/useDatasets";
import { useAtlasStore } from "../../state/store";
import { useT, useLanguage } from "../../i18n";
import { DataNotice, LoadStatus } from "../../components/StatusPanel";
import { useWidth } from "../../components/useSize";
import memoizeOne from "memoize-one";
import type { StateDatasets } from "../../selectors/statesInProcess";
import type { Country } from "../../data/schemas";
import { growthState } from "./growthState";
import { StateRows } from "./csvNotes";
import { GrowthView } from "./GrowthView";

const NEEDED = ["countries"] as const;
const DATING = ["meetings", "conferences", "places"] as const;

const NO_RECORDS = { meetings: [], conferences: [], places: [] };
const datasetsOf = memoizeOne((countries: Country[], r: Omit<StateDatasets, "countries">) => ({ countries, ...r }));

export function GrowthChart({ toolbar, interactive = true }: { interactive?: boolean; toolbar?: ReactNode }) {
  const t = useT();
  const lang = useLanguage();
  const loaded = useDatasets(NEEDED);
  // Not a hard dependency: without the meetings, hostings the lists leave undated stay undated.
  const dating = useDatasets(DATING);
  const [ref, width] = useWidth<HTMLDivElement>();
  // The same element while the load result is the same: the frame keeps its notice unredrawn.
  const notice = useMemo(() => <DataNotice of={[loaded]} />, [loaded]);
  const to = useAtlasStore((s) => s.to);
  const country = useAtlasStore((s) => s.country);
  if (loaded.status !== "ready") return <LoadStatus loaded={loaded} />;
  const records = dating.status === "ready" ? dating.data : NO_RECORDS;
  const state = growthState(datasetsOf(loaded.data.countries, records), { to, country }, width, interactive ? undefined : 190);
  return (
    <StateRows chart="growth" rows={state.csv}>
      <GrowthView state={state} t={t} lang={lang} toolbar={toolbar} notice={notice} bodyRef={ref} compact={!interactive} />
    </StateRows>
  );
}
