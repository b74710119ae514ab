// The derived table on the real datasets: what counts, from when, and that the count only
// steps down where a state's documented end says so.
import { describe, expect, it } from "vitest";
import { loadRealData } from "../../tests/fixtures";
import { countsByYear, statesInProcess, type StateRow } from "./statesInProcess";

const data = loadRealData();
const rows = statesInProcess(data);
const years = countsByYear(rows, 1991, 2024);
const row = (id: string) => rows.find((r) => r.country.id === id)!;
const countIn = (year: number) => years.find((y) => y.year === year)!.total;
const listedYear = (r: StateRow) => r.evidence.find((e) => e.how === "participating")?.year;

describe("statesInProcess", () => {
  it("counts a state that chaired or hosted before it was listed from that earlier year", () => {
    expect(row("TUR").first).toMatchObject({ how: "co-chair", year: 2003 });
    expect(listedYear(row("TUR"))).toBe(2023);
    expect(row("NOR").first).toMatchObject({ how: "host", year: 1996, record: "som-1996-oslo" });
    expect(row("NOR").first!.quote).toBe("Oslo in 1996");
    expect(row("SRB").first).toMatchObject({ how: "host", year: 2015, record: "wg-2015-belgrade" });
    expect(row("SRB").first!.inferred).toBeDefined();
    for (const id of ["TUR", "NOR", "SRB", "MKD"]) expect(row(id).first!.year).toBeLessThan(listedYear(row(id))!);
  });

  it("dates the hosts and chairs the sources date, and leaves the rest undated", () => {
    expect(Object.fromEntries(["BEL", "HRV", "SVK", "SVN", "SWE"].map((id) => [id, [row(id).first!.how, row(id).first!.year]]))).toEqual({
      BEL: ["chair", 2003], HRV: ["chair", 1997], SVK: ["co-chair", 2003], SVN: ["chair", 1997], SWE: ["chair", 2021],
    });
    // Russia is only in the booklet's undated list of places: in the table, never in a year's count.
    expect(row("RUS")).toMatchObject({ status: "undated", first: undefined });
    expect(years.every((y) => y.total <= rows.filter((r) => r.status === "participating").length)).toBe(true);
  });

  it("keeps states invited as participating or observer apart and never counts them", () => {
    expect(rows.filter((r) => r.status === "observer").map((r) => r.country.id).sort()).toEqual(["CHN", "IND"]);
    const y2012 = years.find((y) => y.year === 2012)!;
    expect(y2012.observers).toBe(7);
    expect(countIn(2012)).toBe(countIn(2009));
    // Afghanistan counts from the first meeting a document names its delegation at, not from the 2010 invitation.
    expect(row("AFG").first).toMatchObject({ how: "present", year: 2015 });
    expect(row("AFG").observerFrom).toMatchObject({ how: "invited-participating-or-observer", year: 2010 });
  });

  it("never drops a year-over-year count without a documented end", () => {
    for (let i = 1; i < years.length; i++) {
      const drop = years[i - 1].total - years[i].total;
      if (drop <= 0) continue;
      const ended = years[i].ended;
      expect(ended.length, `${years[i].year}`).toBe(drop);
      for (const id of ended) expect(row(id).country.kind).toBe("historic-state");
    }
    expect(years.find((y) => y.year === 1992)!.ended.sort()).toEqual(["SUN", "YUG"]);
  });

  it("lists every state of countries.json that has dated evidence", () => {
    const dated = data.countries.filter((c) => c.kind !== "group" && c.events.some((e) => e.year !== undefined));
    const counted = new Set(rows.filter((r) => r.first || r.observerFrom).map((r) => r.country.id));
    for (const c of dated) expect(counted.has(c.id), c.id).toBe(true);
    expect(rows.some((r) => r.country.kind === "group")).toBe(false);
  });

  it("counts EU members the texts name only through the group from the group's listing", () => {
    expect(row("FIN").first).toMatchObject({ how: "group", via: "EUMS", year: 2023 });
    expect(row("AUT").first!.how).toBe("berlin-1991");
  });

  it("gives the counts the chart draws", () => {
    expect([1991, 2003, 2013, 2024].map(countIn)).toEqual([26, 42, 42, 56]);
  });
});
