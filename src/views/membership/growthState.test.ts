// The growth chart's state on the real datasets: what it draws and the rows of its table and CSV.
import { describe, expect, it } from "vitest";
import { loadRealData } from "../../../tests/fixtures";
import { growthState } from "./growthState";

const data = loadRealData();
const all = growthState(data, { to: 2024, country: null }, 800);

describe("growthState", () => {
  it("counts the documented states per year and keeps invited observers apart", () => {
    const at = (y: number) => all.years.find((d) => d.year === y)!;
    expect([1991, 2003, 2013, 2024].map((y) => at(y).total)).toEqual([26, 42, 42, 56]);
    expect(at(2013).observers).toBe(7);
    expect(at(2024).observers).toBe(2);
    expect(all.areas.map((a) => a.key)).toEqual(["eu-efta", "south-east-europe", "eastern-europe-caucasus", "central-asia", "silk-routes", "other"]);
    expect(all.observerPath).toMatch(/^M/);
  });

  it("marks the step where the Soviet Union and Yugoslavia end", () => {
    expect(all.steps).toHaveLength(1);
    expect(all.steps[0]).toMatchObject({ year: 1992, ended: ["SUN", "YUG"] });
  });

  it("gives one table and CSV row per state, with its first year, how and quote", () => {
    expect(all.rows.length).toBe(data.countries.filter((c) => c.kind !== "group").length);
    expect(all.csv.length).toBe(all.rows.length);
    expect(all.csv.find((r) => r.state_id === "TUR")).toMatchObject({
      first_year: 2003, how: "co-chair", source: "booklet-30-years", status: "participating",
      quote: "endorsed as Co-chair of the Budapest Process after the Rhodes Ministerial Conference in 2003",
    });
    expect(all.csv.find((r) => r.state_id === "CHN")).toMatchObject({ status: "observer", first_year: "", observer_or_participating_invited: 2010 });
    expect(all.csv.find((r) => r.state_id === "SUN")).toMatchObject({ first_year: 1991, counted_until: 1991 });
  });

  it("veils the years after the chosen end and marks the chosen country's first year", () => {
    const s = growthState(data, { to: 2010, country: "NOR" }, 800);
    expect(s.last.year).toBe(2010);
    expect(s.veil!.width).toBeGreaterThan(0);
    expect(s.marker!.row.first).toMatchObject({ year: 1996, how: "host" });
    expect(all.veil).toBeUndefined();
  });
});
