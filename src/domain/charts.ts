// The charts the atlas draws, by the id the URL, the embeds and the downloads use.
export const CHARTS = ["map", "timeline", "membership", "participation", "growth", "per-year"] as const;
export type Chart = (typeof CHARTS)[number];

/** The ways the atlas is shown: the explorer, the presenter and an embedded chart. */
export const MODES = ["explore", "present", "embed"] as const;
export type Mode = (typeof MODES)[number];
