// The URL contract: every shareable piece of state as query parameters. Parsing never throws;
// a value that is unknown or malformed falls back to its default, silently. The parameters are
// read with zod, the app's schema library, so each one's rule is declared next to its default.
import { z } from "zod/mini";
import {
  CHARTS, DEFAULT_FILTERS, EVENT_KINDS, FIRST_YEAR, LANGUAGES, LAST_YEAR, MODES, REGIONS, THEMES,
  type Chart, type Filters, type Language, type Mode, type Theme,
} from "../domain";

// The vocabulary moved to src/domain; re-exported while modules still import it from here.
export { CHARTS, DEFAULT_FILTERS, EVENT_KINDS, FIRST_YEAR, LAST_YEAR, MODES, THEMES };
export type { Chart, EventKind, Filters, Mode, Theme } from "../domain";

export interface UrlState extends Filters {
  mode: Mode;
  chart: Chart;
  theme: Theme | null;
  lang: Language | null;
  /** Presenter step, 1-based as shown to the audience. */
  step: number;
  /** Selected record id (conference or meeting). */
  selected: string | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  ...DEFAULT_FILTERS,
  mode: "explore",
  chart: "map",
  theme: null,
  lang: null,
  step: 1,
  selected: null,
};

// One schema per parameter, each read on its own: a bad value loses only itself and its
// default stands. Values arrive trimmed; one longer than any real parameter is not read at all.
const MAX_PARAM_LENGTH = 400;
const pattern = (re: RegExp) => z.string().check(z.regex(re));
const year = pattern(/^\d{4}$/).check(z.refine((y) => Number(y) >= FIRST_YEAR && Number(y) <= LAST_YEAR));

const PARAMS = {
  from: year,
  to: year,
  /** Comma-separated kinds; unknown ones are dropped when read. */
  type: z.string(),
  country: pattern(/^[A-Z]{3,4}$/),
  region: z.enum(REGIONS),
  mode: z.enum(MODES),
  chart: z.enum(CHARTS),
  theme: z.enum(THEMES),
  lang: z.enum(LANGUAGES),
  step: pattern(/^(?!0+$)\d{1,3}$/),
  selected: pattern(/^[a-z0-9][a-z0-9-]{0,80}$/),
};
type Params = { [K in keyof typeof PARAMS]?: z.output<(typeof PARAMS)[K]> };

/** The parameters that are present and keep their rule; the others are left out. */
export function readParams(search: string): Params {
  const query = new URLSearchParams(search);
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(PARAMS)) {
    const value = query.get(key);
    const read = value !== null && value.length <= MAX_PARAM_LENGTH ? schema.safeParse(value.trim()) : undefined;
    if (read?.success) out[key] = read.data;
  }
  return out as Params;
}

export function parseUrlState(search: string): UrlState {
  const p = readParams(search);
  let from = p.from ? Number(p.from) : FIRST_YEAR;
  let to = p.to ? Number(p.to) : LAST_YEAR;
  // A range that runs backwards is not guessed at: the whole span is shown.
  if (from > to) [from, to] = [FIRST_YEAR, LAST_YEAR];
  const requested = new Set((p.type ?? "").split(",").map((t) => t.trim()));
  const types = EVENT_KINDS.filter((k) => requested.has(k));
  return {
    from,
    to,
    // Every kind is the same as none chosen, and is written as none.
    types: types.length === EVENT_KINDS.length ? [] : types,
    country: p.country ?? null,
    region: p.region ?? null,
    mode: p.mode ?? "explore",
    chart: p.chart ?? "map",
    theme: p.theme ?? null,
    lang: p.lang ?? null,
    step: p.step ? Number(p.step) : 1,
    selected: p.selected ?? null,
  };
}

/** Writes only what differs from the defaults, in a stable order, so equal states give equal URLs. */
export function serializeUrlState(state: Partial<UrlState>): string {
  const s = { ...DEFAULT_URL_STATE, ...state };
  const params = new URLSearchParams();
  if (s.mode !== "explore") params.set("mode", s.mode);
  if (s.mode === "embed") params.set("chart", s.chart);
  if (s.from !== FIRST_YEAR) params.set("from", String(s.from));
  if (s.to !== LAST_YEAR) params.set("to", String(s.to));
  if (s.types.length) params.set("type", [...s.types].sort((a, b) => EVENT_KINDS.indexOf(a) - EVENT_KINDS.indexOf(b)).join(","));
  if (s.region) params.set("region", s.region);
  if (s.country) params.set("country", s.country);
  if (s.selected) params.set("selected", s.selected);
  if (s.mode === "present" && s.step !== 1) params.set("step", String(s.step));
  if (s.theme) params.set("theme", s.theme);
  if (s.lang) params.set("lang", s.lang);
  const out = params.toString().replace(/%2C/g, ",");
  return out ? `?${out}` : "";
}
