import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conflictLines, statesNumber, unsupportedValues } from "./support";
import { DATASET_NAMES, fileOf, type Datasets } from "./datasets";
import type { Meeting } from "./schemas";

const real = Object.fromEntries(
  DATASET_NAMES.map((n) => [n, JSON.parse(readFileSync(`public/data/${fileOf(n)}`, "utf8"))]),
) as Datasets;

const meeting = (over: Partial<Meeting>): Meeting => ({
  id: "wg-test",
  title: "Working group meeting, Sofia",
  type: "working-group",
  date: { start: "2016-03-17", end: "2016-03-18", precision: "day" },
  format: "in-person",
  place: "sofia",
  figures: [],
  sources: [{ source: "news-list-2015-2017", quote: "Sofia, 17-18 March 2015" }],
  ...over,
});
const places = real.places;

describe("unsupportedValues", () => {
  it("fails a date whose year is in no quote of the record", () => {
    const found = unsupportedValues({ places, meetings: [meeting({})] });
    expect(found).toEqual([
      { dataset: "meetings", record: "wg-test", field: "date", message: "year 2016 is in no quote of the record and the date has no `inferred` reason" },
    ]);
  });

  it("accepts the same year when the date says why it is inferred", () => {
    const date = { start: "2016-03-17", end: "2016-03-18", precision: "day" as const, basis: "context" as const, inferred: "the item follows one of 2016" };
    expect(unsupportedValues({ places, meetings: [meeting({ date })] })).toEqual([]);
  });

  it("fails a date with a basis but no reason, and a reporting period without an end", () => {
    const found = unsupportedValues({
      places,
      meetings: [
        meeting({ date: { start: "2015", end: "2017", precision: "year", basis: "context" } }),
        meeting({ id: "wg-two", date: { start: "2015", precision: "year", basis: "reporting-period", inferred: "the news list's period" } }),
      ],
    });
    expect(found.map((u) => `${u.record}: ${u.message}`)).toEqual([
      "wg-test: a date with basis \"context\" and no `inferred` reason",
      "wg-two: a date known only by its reporting period and no end",
    ]);
  });

  it("fails a month and a place that no quote names, and a figure not in its quote", () => {
    const found = unsupportedValues({
      places,
      meetings: [meeting({
        date: { start: "2015-04", precision: "month" },
        place: "ankara",
        figures: [{ value: 31, kind: "countries", source: "news-list-2015-2017", quote: "thirty countries" }],
      })],
    });
    expect(found.map((u) => `${u.field}: ${u.message.split(" is")[0]}`)).toEqual([
      "date: month April 2015",
      "place: place \"Ankara\"",
      "figures.0: figure 31 (countries)",
    ]);
  });

  it("reads numbers in words and with thousands separators", () => {
    expect(statesNumber("over seventy-five senior officials", 75)).toBe(true);
    expect(statesNumber("Fifteen employees", 15)).toBe(true);
    expect(statesNumber("4.000.000 EUR", 4_000_000)).toBe(true);
    expect(statesNumber("in 2015-2016", 2016)).toBe(true);
    expect(statesNumber("120 applications", 12)).toBe(false);
  });

  it("finds no unsupported value in the bundled data", () => {
    expect(unsupportedValues(real)).toEqual([]);
  });
});

// The seed documents sit beside the checkout, where CI's `data:check --sources ../shared/seeds` reads them.
// A worktree sits one level deeper than a clone, hence the second candidate.
const SEEDS = [process.env.SEEDS_DIR, "../shared/seeds", "../../shared/seeds"].find((d) => d && existsSync(d)) ?? "";

describe("conflicts in the bundled data", () => {
  const seeds = new Map(
    SEEDS ? real.sources.map((s) => [s.id, readFileSync(`${SEEDS}/${s.file}`, "utf8").replace(/\s+/g, " ")]) : [],
  );
  it("are at least 30, each with a kind, a resolution and two or more values", () => {
    expect(real.conflicts.length).toBeGreaterThanOrEqual(30);
    for (const c of real.conflicts) {
      expect(c.kind, c.id).toMatch(/^(count|date|planned-vs-held|duration|ordinal|list|naming|ocr|span|ambiguity)$/);
      expect(c.resolution.length, c.id).toBeGreaterThan(10);
      expect(c.values.length, c.id).toBeGreaterThanOrEqual(2);
    }
  });

  it.skipIf(!SEEDS)("quote every value from its seed document", () => {
    for (const c of real.conflicts) {
      for (const v of c.values) expect(seeds.get(v.source), `${c.id}: ${v.quote}`).toContain(v.quote.replace(/\s+/g, " ").trim());
    }
  });

  it("are named one per line in the check's report", () => {
    const lines = conflictLines(real.conflicts);
    expect(lines).toHaveLength(real.conflicts.length + 1);
    expect(lines[0]).toMatch(new RegExp(`^${real.conflicts.length} conflicts between the sources \\(count \\d+`));
    expect(lines).toContain("  conflict-2013-ordinal [ordinal] Ordinal of the 2013 Istanbul Ministerial Conference: The atlas numbers the 2013 Istanbul conference 5th, which fits 6th for 2019 and 7th for 2024.");
  });
});
