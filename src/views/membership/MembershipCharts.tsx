// The three membership charts together, as the explorer and the membership embed show them.
import { ParticipationChart } from "./ParticipationChart";
import { GrowthChart } from "./GrowthChart";
import { PerYearChart } from "./PerYearChart";

export default function MembershipCharts({ interactive = true }: { interactive?: boolean }) {
  return (
    <div className="membership-grid">
      <ParticipationChart interactive={interactive} />
      <GrowthChart interactive={interactive} />
      <PerYearChart interactive={interactive} />
    </div>
  );
}
