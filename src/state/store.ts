// The one store of shared state: filters and selection that link every view, plus the
// shell-level settings that the URL carries. Views subscribe to the slices they read.
import { create } from "zustand";
import { FIRST_YEAR, LAST_YEAR, type EventKind } from "../domain";
import { DEFAULT_URL_STATE, type UrlState } from "./urlState";

export interface AtlasState extends UrlState {
  hovered: string | null;
  setYearRange: (from: number, to: number) => void;
  toggleType: (kind: EventKind) => void;
  setTypes: (kinds: EventKind[]) => void;
  setCountry: (country: string | null) => void;
  setRegion: (region: UrlState["region"]) => void;
  select: (id: string | null) => void;
  hover: (id: string | null) => void;
  setStep: (step: number) => void;
  setTheme: (theme: UrlState["theme"]) => void;
  setLang: (lang: UrlState["lang"]) => void;
  resetFilters: () => void;
  /** Replaces the URL-held state at once (initial load, back/forward). */
  applyUrlState: (state: UrlState) => void;
}

const clampYear = (y: number) => Math.min(LAST_YEAR, Math.max(FIRST_YEAR, Math.round(y)));

export const useAtlasStore = create<AtlasState>()((set) => ({
  ...DEFAULT_URL_STATE,
  hovered: null,
  setYearRange: (from, to) => {
    const a = clampYear(Math.min(from, to));
    const b = clampYear(Math.max(from, to));
    set({ from: a, to: b });
  },
  toggleType: (kind) =>
    set((s) => ({ types: s.types.includes(kind) ? s.types.filter((t) => t !== kind) : [...s.types, kind] })),
  setTypes: (types) => set({ types }),
  setCountry: (country) => set({ country }),
  setRegion: (region) => set({ region }),
  select: (selected) => set({ selected }),
  hover: (hovered) => set({ hovered }),
  setStep: (step) => set({ step: Math.max(1, Math.round(step)) }),
  setTheme: (theme) => set({ theme }),
  setLang: (lang) => set({ lang }),
  resetFilters: () =>
    set({ from: FIRST_YEAR, to: LAST_YEAR, types: [], country: null, region: null, selected: null }),
  applyUrlState: (state) => set({ ...state }),
}));

/** For tests: back to defaults, as the zustand testing guide recommends before each test. */
export function resetAtlasStore(): void {
  useAtlasStore.setState({ ...DEFAULT_URL_STATE, hovered: null });
}

export function urlStateOf(s: AtlasState): UrlState {
  return {
    from: s.from, to: s.to, types: s.types, country: s.country, region: s.region, mode: s.mode, chart: s.chart,
    theme: s.theme, lang: s.lang, step: s.step, selected: s.selected,
  };
}
