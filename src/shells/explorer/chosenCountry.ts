// The country the explorer's filters name, as its record: the filter bar's chip, the country
// field's placeholder and the country panel all show it.
import type { Country } from "../../data/schemas";
import { useDatasets } from "../../data/useDatasets";
import { useAtlasStore } from "../../state/store";

const COUNTRIES = ["countries"] as const;

/** The chosen country's record; undefined while none is chosen or the countries load, null when
 *  no country has the chosen code. */
export function useChosenCountry(): Country | null | undefined {
  const id = useAtlasStore((s) => s.country);
  const loaded = useDatasets(COUNTRIES);
  if (!id || loaded.status !== "ready") return undefined;
  return loaded.data.countries.find((c) => c.id === id) ?? null;
}
