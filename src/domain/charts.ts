// The charts the atlas draws, by the id the URL, the embeds and the downloads use.
export const CHARTS = ["map", "timeline", "membership", "participation", "growth", "per-year"] as const;
export type Chart = (typeof CHARTS)[number];

/** The charts of the membership panel (the explorer's, and the membership embed), in order. */
export const MEMBERSHIP_CHARTS = ["participation", "growth", "per-year"] as const satisfies readonly Chart[];

/** How many charts a chart's view draws: the membership panel holds three. */
export function chartsIn(chart: Chart): number {
  return chart === "membership" ? MEMBERSHIP_CHARTS.length : 1;
}

/** The ways the atlas is shown: the explorer, the presenter and an embedded chart. */
export const MODES = ["explore", "present", "embed"] as const;
export type Mode = (typeof MODES)[number];
