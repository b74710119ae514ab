// Properties of the one filter every view draws from, over generated filters on the real data.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadRealData } from "../fixtures";
import { EVENT_KINDS, FIRST_YEAR, LAST_YEAR, REGIONS, type Filters } from "../../src/domain";
import { toEvents, type AtlasEvent } from "../../src/selectors/events";
import { filterEvents } from "../../src/selectors/filterEvents";
import { eventsPerYear } from "../../src/selectors/perYear";

const data = loadRealData();
const events = toEvents(data.conferences, data.meetings, data.places);
const regionOf = new Map(data.countries.map((c) => [c.id, c.region]));
const hosts = [...new Set(events.flatMap((e) => (e.country ? [e.country] : [])))];

const year = fc.integer({ min: FIRST_YEAR, max: LAST_YEAR });
const filters: fc.Arbitrary<Filters> = fc
  .record({
    years: fc.tuple(year, year),
    types: fc.subarray([...EVENT_KINDS]),
    country: fc.option(fc.constantFrom(...hosts, "XXX"), { nil: null }),
    region: fc.option(fc.constantFrom(...REGIONS), { nil: null }),
  })
  .map(({ years: [a, b], ...rest }) => ({ ...rest, from: Math.min(a, b), to: Math.max(a, b) }));

/** The filter's rule, stated independently of its implementation. */
function keeps(e: AtlasEvent, f: Filters): boolean {
  const overlaps = e.endYear >= f.from && e.year <= f.to;
  const kind = f.types.length === 0 || f.types.includes(e.kind);
  const country = f.country === null || e.country === f.country;
  const region = f.region === null || (e.country !== undefined && regionOf.get(e.country) === f.region);
  return overlaps && kind && country && region;
}

describe("filterEvents, over generated filters", () => {
  it("keeps exactly the events that meet every filter, in their order", () => {
    fc.assert(fc.property(filters, (f) => {
      expect(filterEvents(events, f, regionOf)).toEqual(events.filter((e) => keeps(e, f)));
    }), { numRuns: 200 });
  });

  it("gives a subset when the year range narrows", () => {
    fc.assert(fc.property(filters, year, (f, y) => {
      const wide = new Set(filterEvents(events, f, regionOf));
      const narrow = filterEvents(events, { ...f, from: Math.max(f.from, Math.min(y, f.to)) }, regionOf);
      expect(narrow.every((e) => wide.has(e))).toBe(true);
    }), { numRuns: 100 });
  });

  it("treats every kind chosen as no kind chosen", () => {
    fc.assert(fc.property(filters, (f) => {
      expect(filterEvents(events, { ...f, types: [...EVENT_KINDS] }, regionOf)).toEqual(filterEvents(events, { ...f, types: [] }, regionOf));
    }), { numRuns: 50 });
  });

  it("ignores the region without the countries file, rather than hiding everything", () => {
    fc.assert(fc.property(filters, (f) => {
      expect(filterEvents(events, f)).toEqual(filterEvents(events, { ...f, region: null }, regionOf));
    }), { numRuns: 50 });
  });

  it("counts per year add up to the events the filter keeps (single-year events)", () => {
    fc.assert(fc.property(filters, (f) => {
      const kept = filterEvents(events, f, regionOf).filter((e) => e.year === e.endYear);
      const rows = eventsPerYear(kept, FIRST_YEAR, LAST_YEAR);
      expect(rows.reduce((n, r) => n + r.total, 0)).toBe(kept.length);
    }), { numRuns: 50 });
  });
});
