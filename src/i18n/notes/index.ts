// "How this is counted" texts per language, each its own chunk, fetched on first use.
import type { Chart, Language } from "../../domain";

/** Every chart but the membership panel, which is three charts with their own notes. */
export type CountedChart = Exclude<Chart, "membership">;

const LOADERS: Record<Language, () => Promise<Record<CountedChart, string>>> = {
  en: () => import("./en").then((m) => m.notes),
  ru: () => import("./ru").then((m) => m.notes),
};

export const loadNotes = (lang: Language) => LOADERS[lang]();
