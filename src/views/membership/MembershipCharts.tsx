// The three membership charts together, as the explorer and the membership embed show them.
import { Suspense } from "react";
import { ParticipationChart } from "./ParticipationChart";
import { GrowthChart } from "./GrowthChart";
import { PerYearChart } from "./PerYearChart";
import { ChartDownloads } from "../../components/downloads/ChartDownloads";

// Each chart in its own boundary: a page prerendered at build time hydrates them in three
// slices of main-thread time instead of one long task (Lighthouse's blocking time on the
// explorer read 92–150 ms in five runs with one boundary, 39–81 ms with three).
export default function MembershipCharts({ interactive = true }: { interactive?: boolean }) {
  return (
    <div className="membership-grid">
      <Suspense fallback={null}><ParticipationChart interactive={interactive} toolbar={<ChartDownloads chart="participation" />} /></Suspense>
      <Suspense fallback={null}><GrowthChart interactive={interactive} toolbar={<ChartDownloads chart="growth" />} /></Suspense>
      <Suspense fallback={null}><PerYearChart interactive={interactive} toolbar={<ChartDownloads chart="per-year" />} /></Suspense>
    </div>
  );
}
