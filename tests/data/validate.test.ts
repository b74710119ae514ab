import { describe, expect, it } from "vitest";
import { validateDataset, isCalendarDate } from "../../src/data/validate";
import { parseJson, asDatasetFile } from "../../src/data/datasetFile";
import { referenceProblems } from "../../src/data/integrity";
import { loadRealData, readRaw } from "../fixtures";

describe("dataset validation", () => {
  it("accepts every bundled dataset with no dangling reference", () => {
    const data = loadRealData();
    expect(referenceProblems(data)).toEqual([]);
    expect(data.conferences).toHaveLength(7);
    expect(data.meetings.length).toBeGreaterThan(45);
  });

  it("names file, record and field when a record fails its schema", () => {
    const meetings = readRaw("meetings");
    meetings[3] = { ...meetings[3], date: { start: "2016-13", precision: "day" } };
    const r = validateDataset("meetings", meetings);
    if (!r.ok) throw new Error("the file itself is readable");
    expect(r.problems).toEqual([
      { file: "meetings.json", record: meetings[3].id, field: "date.start", message: 'start does not match the stated precision, found "2016-13"' },
    ]);
    expect(r.records).toHaveLength(meetings.length - 1);
    expect(r.total).toBe(meetings.length);
  });

  it("names the index when a record has no id", () => {
    const r = validateDataset("places", [{ name: "Nowhere" }]);
    expect(r.ok && r.problems[0].record).toBe("#0");
    expect(r.ok && r.records).toEqual([]);
  });

  it("reports a duplicate id", () => {
    const places = readRaw("places");
    const r = validateDataset("places", [...places, places[0]]);
    expect(r.ok && r.problems).toEqual([
      { file: "places.json", record: places[0].id, field: "id", message: `duplicate id: record #${places.length} repeats the id of record #0` },
    ]);
    expect(r.ok && r.records).toHaveLength(places.length);
  });

  it("reports malformed JSON with the file name", () => {
    const r = parseJson("meetings", "[{ nope");
    expect(!r.ok && r.problems[0].file).toBe("meetings.json");
    expect(!r.ok && r.problems[0].message).toMatch(/malformed JSON/);
  });

  it("rejects a file that is not an array", () => {
    const r = validateDataset("phases", { records: [] });
    expect(!r.ok && r.problems[0].message).toMatch(/array/);
  });

  it("reports a dangling reference with its field", () => {
    const data = loadRealData();
    const meetings = data.meetings.map((m, i) => (i === 0 ? { ...m, format: "in-person" as const, place: "atlantis" } : m));
    const problems = referenceProblems({ meetings, places: data.places });
    expect(problems).toEqual([
      expect.objectContaining({ file: "meetings.json", record: meetings[0].id, field: "place", message: expect.stringContaining("atlantis") }),
    ]);
  });

  it("keeps conflicting figures side by side: 2019 has both the 46 and the 62", () => {
    const data = loadRealData();
    const c2019 = data.conferences.find((c) => c.date.start.startsWith("2019"))!;
    const values = c2019.figures.map((f) => f.value);
    expect(values).toEqual(expect.arrayContaining([46, 62]));
    expect(data.conflicts.some((c) => c.record === c2019.id)).toBe(true);
  });

  it("takes a bare array put into the cache as a file without problems, the same object each time", () => {
    const records = loadRealData().phases;
    const file = asDatasetFile(records);
    expect(file).toEqual({ records, problems: [], total: records.length });
    expect(asDatasetFile(records)).toBe(file);
    expect(asDatasetFile(file)).toBe(file);
  });

  it("knows the calendar", () => {
    expect(["2024", "2024-02", "2024-02-29", "2023-12-31"].map(isCalendarDate)).toEqual([true, true, true, true]);
    expect(["2023-02-29", "2024-13", "2024-00", "2024-04-31", "2024-01-00"].map(isCalendarDate)).toEqual([false, false, false, false, false]);
  });
});
