// Light or dark: what the URL may ask for and what the views draw with (the URL may also ask
// for nothing, and then the reader's system setting decides).
export const THEMES = ["light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
