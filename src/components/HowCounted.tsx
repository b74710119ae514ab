// "How this is counted": what a chart counts, what it leaves out and how complete the sources
// are, one disclosure under every chart frame (and a notes row in its CSV).
import type { Chart } from "../domain";
import { useT } from "../i18n";

export type CountedChart = Exclude<Chart, "membership">;

export function HowCounted({ chart }: { chart: Chart }) {
  const t = useT();
  if (chart === "membership") return null;
  return (
    <details className="how-counted">
      <summary>{t("howCounted.label")}</summary>
      <p>{t(`howCounted.${chart}`)}</p>
    </details>
  );
}
