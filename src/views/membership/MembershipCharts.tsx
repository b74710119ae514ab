// The three membership charts together, as the explorer and the membership embed show them.
import { Suspense } from "react";
import { ParticipationChart } from "./ParticipationChart";
import { GrowthChart } from "./GrowthChart";
import { PerYearChart } from "./PerYearChart";
import { ChartDownloads } from "../../components/downloads/ChartDownloads";
import { MEMBERSHIP_CHARTS } from "../../domain";

// Each chart in its own boundary: a page prerendered at build time hydrates them in three
// slices of main-thread time instead of one long task (Lighthouse's blocking time on the
// explorer read 92–150 ms in five runs with one boundary, 39–81 ms with three).
const VIEWS = { participation: ParticipationChart, growth: GrowthChart, "per-year": PerYearChart };

export default function MembershipCharts({ interactive = true }: { interactive?: boolean }) {
  return (
    <div className="membership-grid">
      {MEMBERSHIP_CHARTS.map((chart) => {
        const View = VIEWS[chart];
        return <Suspense key={chart} fallback={null}><View interactive={interactive} toolbar={<ChartDownloads chart={chart} />} /></Suspense>;
      })}
    </div>
  );
}
