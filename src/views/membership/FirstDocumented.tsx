// The country panel's "first documented" line, from the same derived table as the growth chart.
// Loaded with the membership charts, not with the explorer's first bytes.
import { useDatasets } from "../../data/useDatasets";
import { useT } from "../../i18n";
import memoizeOne from "memoize-one";
import { statesInProcess } from "../../selectors/statesInProcess";
import { statusText } from "./GrowthView";
import "../../i18n/membership";

const NEEDED = ["countries", "meetings", "conferences", "places"] as const;
const rowsOf = memoizeOne(statesInProcess);

export default function FirstDocumented({ id }: { id: string }) {
  const t = useT();
  const loaded = useDatasets(NEEDED);
  if (loaded.status !== "ready") return null;
  const row = rowsOf(loaded.data).find((r) => r.country.id === id);
  if (!row) return null;
  const e = row.first;
  return (
    <p className="country-panel__first">
      {e
        ? <><strong>{t("country.firstDocumented", { year: e.year, how: t(`membership.${e.how}`) })}</strong>{e.inferred ? ` (${t("growth.inferred")}: ${e.inferred})` : ""} — {e.source}: <q>{e.quote}</q></>
        : t("country.notCounted", { why: statusText(row, t) })}
    </p>
  );
}
