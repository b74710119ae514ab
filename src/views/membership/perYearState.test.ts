// The per-year chart's state on the real datasets: held, planned and other items apart, and
// period-dated items as ranges, never in a year.
import { describe, expect, it } from "vitest";
import { loadRealData } from "../../../tests/fixtures";
import { toEvents } from "../../selectors/events";
import { isPeriodDated } from "../../selectors/perYear";
import { perYearState } from "./perYearState";

const data = loadRealData();
const events = toEvents(data.conferences, data.meetings, data.places);
const s = perYearState({ events, acrossYears: events, conflicts: data.conflicts }, { from: 1991, to: 2024 }, 800);
const column = (y: number) => s.columns.find((c) => c.year === y)!;

describe("perYearState", () => {
  it("counts held meetings, planned meetings and other items apart", () => {
    const planned = data.meetings.filter((m) => m.status === "planned");
    expect(s.columns.reduce((n, c) => n + c.row.planned, 0) + s.periods.reduce((n, p) => n + p.row.planned, 0)).toBe(planned.length);
    expect(column(2018).row).toMatchObject({ held: 0, planned: 4 });
    expect(column(2018).planned!.height).toBeGreaterThan(0);
    const launches = data.meetings.filter((m) => m.type === "launch").length;
    expect(s.columns.reduce((n, c) => n + c.other, 0) + s.periods.reduce((n, p) => n + p.row.other, 0)).toBe(launches);
    for (const c of s.columns) expect(c.row.byKind.launch).toBeUndefined();
  });

  it("draws period-dated items as ranges and never in a year", () => {
    const periodItems = events.filter(isPeriodDated);
    expect(periodItems.map((e) => e.id)).toEqual(expect.arrayContaining(["consultation-2015-relec-poland", "study-visit-georgia", "wg-skopje-joint"]));
    expect(s.periods.reduce((n, p) => n + p.row.total, 0)).toBe(periodItems.length);
    for (const p of s.periods) expect(p.x2).toBeGreaterThan(p.x1);
    expect(s.rows.map((r) => r.label)).toEqual(expect.arrayContaining(["2015–2016", "2015–2017", "2019–2020"]));
    const inYears = s.columns.reduce((n, c) => n + c.row.total, 0);
    expect(inYears + periodItems.length).toBe(events.length);
  });

  it("shows where the 6th Ministerial Conference, first planned for 2018, moved", () => {
    expect(s.moved.map((m) => [m.moved.event.id, m.moved.plannedYear])).toContainEqual(["mc-2019-istanbul", 2018]);
  });

  it("gives the table and CSV the same rows, in order, years and periods together", () => {
    const narrow = perYearState({ events, acrossYears: events, conflicts: data.conflicts }, { from: 2015, to: 2016 }, 800);
    expect(narrow.csv.map((r) => r.year)).toEqual(["2015", "2015–2016", "2015–2017", "2016"]);
    expect(narrow.rows.map((r) => r.label)).toEqual(narrow.csv.filter((r) => Number(r.total) > 0).map((r) => r.year));
    expect(narrow.summary).toMatchObject({ from: 2015, to: 2016 });
  });

  it("keeps the drawing's pieces across a year change, and a column's object while it is not faded in or out", () => {
    const a = perYearState({ events, acrossYears: events, conflicts: data.conflicts }, { from: 2000, to: 2010 }, 800);
    const b = perYearState({ events, acrossYears: events, conflicts: data.conflicts }, { from: 2005, to: 2015 }, 800);
    expect(b.y).toBe(a.y);
    expect(b.ticks).toBe(a.ticks);
    expect(b.moved).toBe(a.moved);
    const col = (st: typeof a, y: number) => st.columns.find((c) => c.year === y)!;
    expect(col(b, 2007)).toBe(col(a, 2007));
    expect(col(b, 1995)).toBe(col(a, 1995));
    expect(col(b, 2003)).not.toBe(col(a, 2003));
    expect([col(a, 2003).out, col(b, 2003).out]).toEqual([false, true]);
    expect(col(b, 2012)).toMatchObject({ year: 2012, out: false });
    expect(b.summary.count).toBe(events.filter((e) => e.endYear >= 2005 && e.year <= 2015).length);
    expect(a.summary.count).toBe(events.filter((e) => e.endYear >= 2000 && e.year <= 2010).length);
  });
});
