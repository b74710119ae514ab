// The participation chart's state on the real datasets: one lane per kind, no figure of one kind
// drawn with another, conflicts linked, and the foreword's 1993 figure kept out of attendance.
import { describe, expect, it } from "vitest";
import { loadRealData } from "../../../tests/fixtures";
import { participationGeometry, participationState, participationView } from "./participationState";

const data = loadRealData();
const s = participationState(data, { from: 1991, to: 2024, selected: null }, 800);
const bars = s.lanes.flatMap((l) => l.bars.map((b) => ({ lane: l.kind, ...b })));

describe("participationState", () => {
  it("draws each kind of figure in its own lane with its own scale", () => {
    expect(s.lanes.map((l) => l.kind)).toEqual(expect.arrayContaining(["countries", "countries-and-organisations", "organisations"]));
    for (const b of bars) expect(b.figure.kind).toBe(b.lane);
    const tops = s.lanes.map((l) => l.top);
    expect(new Set(tops).size).toBe(tops.length);
  });

  it("shows both 2019 values and links each to its conflict", () => {
    const y2019 = bars.filter((b) => b.conference === "mc-2019-istanbul" && ["countries", "countries-and-organisations"].includes(b.figure.kind));
    expect(y2019.map((b) => [b.figure.kind, b.figure.value])).toEqual([["countries", 46], ["countries-and-organisations", 62]]);
    for (const b of y2019) expect(b.conflicts.map((c) => c.id)).toContain("conflict-2019-participation");
    expect(s.conflicts.map((c) => c.id)).toContain("conflict-2019-participation");
  });

  it("does not draw the 1993 figure about who initiated the Process as attendance", () => {
    expect(bars.some((b) => b.conference === "mc-1993-budapest")).toBe(false);
    const initiated = data.conferences.find((c) => c.id === "mc-1993-budapest")!.figures.filter((f) => /initiat/i.test(f.quote));
    expect(s.notAttendance.map((r) => r.figure)).toEqual(initiated);
    expect(s.csv.filter((r) => r.conference === "mc-1993-budapest").every((r) => r.attendance === false)).toBe(true);
  });

  it("fades conferences outside the years and keeps the CSV to them", () => {
    const narrow = participationState(data, { from: 2003, to: 2013, selected: "mc-2013-istanbul" }, 800);
    expect(narrow.columns.filter((c) => !c.out).map((c) => c.year)).toEqual([2003, 2013]);
    expect(narrow.columns.find((c) => c.selected)!.id).toBe("mc-2013-istanbul");
    expect(new Set(narrow.csv.map((r) => r.year))).toEqual(new Set([2003, 2013]));
    expect(narrow.latest).toMatchObject({ year: 2013 });
  });

  it("derives the drawing once per data and width, and a filter change only picks columns", () => {
    const g = participationGeometry(data, 800);
    expect(participationGeometry(data, 800)).toBe(g);
    expect(participationGeometry(data, 640)).not.toBe(g);
    const a = participationView(participationGeometry(data, 800), { from: 1991, to: 2010, selected: null });
    const b = participationView(participationGeometry(data, 800), { from: 2003, to: 2024, selected: null });
    expect(b.lanes).toBe(a.lanes);
    expect(b.notAttendance).toBe(a.notAttendance);
    const byId = (st: typeof a) => new Map(st.columns.map((c) => [c.id, c]));
    const [ca, cb] = [byId(a), byId(b)];
    for (const [id, c] of cb) expect(c === ca.get(id)).toBe(c.out === ca.get(id)!.out && c.selected === ca.get(id)!.selected);
    // The same result as the whole derivation in one call.
    expect(participationState(data, { from: 2003, to: 2024, selected: null }, 800)).toEqual(b);
  });
});
