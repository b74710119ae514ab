// The growth chart on stage: the explorer's GrowthView given the step's year as props, so the
// participating states grow with the talk (the title slide shows the whole period, the closing
// slide too). It reads no filters and writes none.
import { useMemo } from "react";
import { useDatasets } from "../../data/useDatasets";
import { useLanguage, useT } from "../../i18n";
import { LoadStatus } from "../../components/StatusPanel";
import { useWidth } from "../../components/useSize";
import { LAST_YEAR } from "../../state/urlState";
import { growthState } from "../../views/membership/growthState";
import { GrowthView } from "../../views/membership/GrowthView";

const FILES = ["countries", "meetings", "conferences", "places"] as const;

export default function StageGrowth({ year }: { year: number | null }) {
  const t = useT();
  const lang = useLanguage();
  const loaded = useDatasets(FILES);
  const [ref, width] = useWidth<HTMLDivElement>(900);
  const data = loaded.status === "ready" ? loaded.data : undefined;
  const state = useMemo(() => data && growthState(data, { to: year ?? LAST_YEAR, country: null }, width), [data, year, width]);
  if (!state) return <LoadStatus loaded={loaded} />;
  return <GrowthView state={state} t={t} lang={lang} bodyRef={ref} compact />;
}
