// Properties of the URL contract over generated input: whatever a link holds, the atlas opens
// on a valid state; and every state it writes reads back as itself.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CHARTS, EVENT_KINDS, FIRST_YEAR, LANGUAGES, LAST_YEAR, MODES, REGIONS, THEMES, type EventKind } from "../../src/domain";
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState, type UrlState } from "../../src/state/urlState";

const KEYS = ["from", "to", "type", "country", "region", "mode", "chart", "theme", "lang", "step", "selected"] as const;

/** Every field within its rule: what the rest of the app may assume of a parsed URL. */
function expectValid(s: UrlState) {
  expect(Number.isInteger(s.from) && Number.isInteger(s.to)).toBe(true);
  expect(FIRST_YEAR <= s.from && s.from <= s.to && s.to <= LAST_YEAR).toBe(true);
  expect(s.types.every((k) => EVENT_KINDS.includes(k))).toBe(true);
  expect(new Set(s.types).size).toBe(s.types.length);
  expect(s.types.length).toBeLessThan(EVENT_KINDS.length);
  expect(s.country === null || /^[A-Z]{3,4}$/.test(s.country)).toBe(true);
  expect(s.region === null || REGIONS.includes(s.region)).toBe(true);
  expect(MODES).toContain(s.mode);
  expect(CHARTS).toContain(s.chart);
  expect(s.theme === null || THEMES.includes(s.theme)).toBe(true);
  expect(s.lang === null || LANGUAGES.includes(s.lang)).toBe(true);
  expect(Number.isInteger(s.step) && s.step >= 1 && s.step <= 999).toBe(true);
  expect(s.selected === null || /^[a-z0-9][a-z0-9-]{0,80}$/.test(s.selected)).toBe(true);
}

// Values near the rules (valid ones, off-by-one years, stray spaces, case) as well as noise.
const nearValue = fc.oneof(
  fc.string(),
  fc.integer({ min: 1900, max: 2100 }).map(String),
  fc.integer({ min: -5, max: 1200 }).map(String),
  fc.constantFrom(...EVENT_KINDS, ...REGIONS, ...MODES, ...CHARTS, ...THEMES, ...LANGUAGES, "TUR", "tur", "RUS ", "a-b-c", ""),
  fc.subarray([...EVENT_KINDS, "bogus", " som "]).map((k) => k.join(",")),
  fc.string({ minLength: 390, maxLength: 420 }),
);
const query = fc.oneof(
  fc.string(),
  fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string()), nearValue).map((d) => `?${new URLSearchParams(d)}`),
);

const kinds = fc.subarray([...EVENT_KINDS]).filter((k) => k.length < EVENT_KINDS.length);
const state: fc.Arbitrary<UrlState> = fc
  .record({
    years: fc.tuple(fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }), fc.integer({ min: FIRST_YEAR, max: LAST_YEAR })),
    types: fc.shuffledSubarray([...EVENT_KINDS]).filter((k) => k.length < EVENT_KINDS.length),
    country: fc.option(fc.stringMatching(/^[A-Z]{3,4}$/), { nil: null }),
    region: fc.option(fc.constantFrom(...REGIONS), { nil: null }),
    mode: fc.constantFrom(...MODES),
    chart: fc.constantFrom(...CHARTS),
    theme: fc.option(fc.constantFrom(...THEMES), { nil: null }),
    lang: fc.option(fc.constantFrom(...LANGUAGES), { nil: null }),
    step: fc.integer({ min: 1, max: 999 }),
    selected: fc.option(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,80}$/), { nil: null }),
  })
  .map(({ years: [a, b], ...rest }) => ({ ...rest, from: Math.min(a, b), to: Math.max(a, b) }));

/** What the URL keeps of a state: the chart only for an embed, the step only for the presenter. */
const kept = (s: UrlState): UrlState => ({
  ...s,
  types: EVENT_KINDS.filter((k) => s.types.includes(k)),
  chart: s.mode === "embed" ? s.chart : DEFAULT_URL_STATE.chart,
  step: s.mode === "present" ? s.step : DEFAULT_URL_STATE.step,
});

describe("URL contract, over generated input", () => {
  it("parses any query string to a valid state", () => {
    fc.assert(fc.property(query, (q) => expectValid(parseUrlState(q))), { numRuns: 400 });
  });

  it("reads back every state it writes", () => {
    fc.assert(fc.property(state, (s) => {
      expect(parseUrlState(serializeUrlState(s))).toEqual(kept(s));
    }), { numRuns: 300 });
  });

  it("writes equal URLs for equal states, whatever the order of the kinds", () => {
    fc.assert(fc.property(state, (s) => {
      expect(serializeUrlState({ ...s, types: [...s.types].reverse() })).toBe(serializeUrlState(s));
    }));
  });

  it("loses only the parameter that is bad", () => {
    const other = fc.constantFrom(...KEYS.filter((k) => k !== "from" && k !== "to"));
    fc.assert(fc.property(state, other, fc.string(), (s, key, junk) => {
      const params = new URLSearchParams(serializeUrlState(s));
      params.set(key, `${junk}\u0000`);
      const parsed = parseUrlState(`?${params}`);
      const { [key === "type" ? "types" : key]: _dropped, ...rest } = parsed;
      const { [key === "type" ? "types" : key]: _was, ...expected } = kept(s);
      expect(rest).toEqual(expected);
    }), { numRuns: 200 });
  });

  it("keeps kinds in one canonical order", () => {
    fc.assert(fc.property(kinds, (k) => {
      const parsed = parseUrlState(`?type=${[...k].reverse().join(",")}`).types;
      expect(parsed).toEqual(EVENT_KINDS.filter((kind: EventKind) => k.includes(kind)));
    }));
  });
});
