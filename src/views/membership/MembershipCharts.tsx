// The three membership charts together, as the explorer and the membership embed show them.
import { ParticipationChart } from "./ParticipationChart";
import { GrowthChart } from "./GrowthChart";
import { PerYearChart } from "./PerYearChart";
import { ChartDownloads } from "../../components/downloads/ChartDownloads";

export default function MembershipCharts({ interactive = true }: { interactive?: boolean }) {
  return (
    <div className="membership-grid">
      <ParticipationChart interactive={interactive} toolbar={<ChartDownloads chart="participation" />} />
      <GrowthChart interactive={interactive} toolbar={<ChartDownloads chart="growth" />} />
      <PerYearChart interactive={interactive} toolbar={<ChartDownloads chart="per-year" />} />
    </div>
  );
}
