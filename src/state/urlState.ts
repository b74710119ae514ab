// The URL contract: every shareable piece of state as query parameters. Parsing never throws;
// a value that is unknown or malformed falls back to its default, silently.
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

const MAX_PARAM_LENGTH = 400;

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null;
}

function yearIn(raw: string | null): number | null {
  if (raw === null || !/^\d{4}$/.test(raw)) return null;
  const y = Number(raw);
  return y >= FIRST_YEAR && y <= LAST_YEAR ? y : null;
}

export function parseUrlState(search: string): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...DEFAULT_URL_STATE };
  }
  const get = (key: string) => {
    const v = params.get(key);
    return v === null || v.length > MAX_PARAM_LENGTH ? null : v.trim();
  };
  let from = yearIn(get("from")) ?? FIRST_YEAR;
  let to = yearIn(get("to")) ?? LAST_YEAR;
  if (from > to) [from, to] = [FIRST_YEAR, LAST_YEAR];
  const requested = new Set((get("type") ?? "").split(",").map((t) => t.trim()));
  const types = EVENT_KINDS.filter((k) => requested.has(k));
  const country = get("country");
  const stepRaw = get("step");
  const step = stepRaw && /^\d{1,3}$/.test(stepRaw) && Number(stepRaw) >= 1 ? Number(stepRaw) : 1;
  const selected = get("selected");
  return {
    from,
    to,
    types: types.length === EVENT_KINDS.length ? [] : types,
    country: country && /^[A-Z]{3,4}$/.test(country) ? country : null,
    region: oneOf(REGIONS, get("region")),
    mode: oneOf(MODES, get("mode")) ?? "explore",
    chart: oneOf(CHARTS, get("chart")) ?? "map",
    theme: oneOf(THEMES, get("theme")),
    lang: oneOf(LANGUAGES, get("lang")),
    step,
    selected: selected && /^[a-z0-9][a-z0-9-]{0,80}$/.test(selected) ? selected : null,
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
