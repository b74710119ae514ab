// One table per dataset: each way a maintainer can break one record (a figure that is a word,
// a coordinate out of range, a date that is not on the calendar, a reference to nothing, a
// repeated id) costs that record only, and the problem names file, record, field and value.
import { describe, expect, it } from "vitest";
import { DATASET_NAMES, fileOf, type DatasetName } from "../../src/data/datasets";
import { combine, type Settled } from "../../src/data/integrity";
import { readDataset } from "../../src/data/validate";
import { readRaw } from "../fixtures";

type Raw = Record<string, any>;
interface Way {
  way: string;
  /** Breaks one record of the file (given as parsed JSON) and returns the id it broke. */
  breakIt: (records: Raw[]) => string;
  field: string;
  message: RegExp;
}

const last = (records: Raw[]) => records[records.length - 1];
const set = (pick: (r: Raw[]) => Raw, change: (r: Raw) => void) => (records: Raw[]) => {
  const r = pick(records);
  change(r);
  return r.id as string;
};
const duplicate: Way = {
  way: "a duplicate id",
  breakIt: (records) => {
    records.push(structuredClone(records[0]));
    return records[0].id;
  },
  field: "id",
  message: /duplicate id: record #\d+ repeats the id of record #0/,
};
const withFigures = (records: Raw[]) => records.find((r) => r.figures?.length)!;

const WAYS: Record<DatasetName, Way[]> = {
  sources: [
    duplicate,
    { way: "a title that is a number", breakIt: set(last, (r) => (r.title = 42)), field: "title", message: /expected string.*found 42/ },
  ],
  places: [
    duplicate,
    { way: "latitude 999", breakIt: set(last, (r) => (r.lat = 999)), field: "lat", message: /found 999/ },
    { way: "an unknown country", breakIt: set(last, (r) => (r.country = "ATL")), field: "country", message: /"ATL", which is not in countries\.json/ },
  ],
  conferences: [
    duplicate,
    { way: "a figure that is a word", breakIt: set(withFigures, (r) => (r.figures[0].value = "many")), field: "figures.0.value", message: /expected number.*found "many"/ },
    { way: "a date that does not parse", breakIt: set(last, (r) => (r.date = { start: "2024-13-40", precision: "day" })), field: "date.start", message: /calendar date, found "2024-13-40"/ },
    { way: "an unknown place", breakIt: set(last, (r) => (r.place = "atlantis")), field: "place", message: /"atlantis", which is not in places\.json/ },
  ],
  meetings: [
    duplicate,
    { way: "a figure that is a word", breakIt: set(withFigures, (r) => (r.figures[0].value = "dozens")), field: "figures.0.value", message: /found "dozens"/ },
    { way: "a date that does not parse", breakIt: set(last, (r) => (r.date = { start: "2019-02-30", precision: "day" })), field: "date.start", message: /found "2019-02-30"/ },
    { way: "an unknown place", breakIt: set((rs) => rs.find((r) => r.place)!, (r) => (r.place = "atlantis")), field: "place", message: /"atlantis"/ },
  ],
  countries: [
    duplicate,
    { way: "a year that is a word", breakIt: set((rs) => rs.find((r) => r.events.some((e: Raw) => e.year))!, (r) => (r.events.find((e: Raw) => e.year).year = "soon")), field: "events", message: /found "soon"/ },
    { way: "an unknown phase", breakIt: set((rs) => rs.find((r) => r.events.some((e: Raw) => e.phase))!, (r) => (r.events.find((e: Raw) => e.phase).phase = "phase-9")), field: "events", message: /"phase-9", which is not in phases\.json/ },
  ],
  phases: [
    duplicate,
    { way: "a start year that is a word", breakIt: set(last, (r) => (r.start = "early")), field: "start", message: /found "early"/ },
    { way: "an unknown source", breakIt: set(last, (r) => (r.sources[0].source = "nowhere")), field: "sources.0.source", message: /"nowhere", which is not in sources\.json/ },
  ],
  workingGroups: [
    duplicate,
    { way: "an unknown chair", breakIt: set((rs) => rs.find((r) => r.chairs.length)!, (r) => (r.chairs[0] = "ATL")), field: "chairs.0", message: /"ATL"/ },
    { way: "a year that is a word", breakIt: set(last, (r) => (r.established = "later")), field: "established", message: /found "later"/ },
  ],
  projects: [
    duplicate,
    { way: "a budget that is a word", breakIt: set(last, (r) => (r.budgetEUR = "lots")), field: "budgetEUR", message: /found "lots"/ },
    { way: "a date that does not parse", breakIt: set(last, (r) => (r.start = "2011-13")), field: "start", message: /found "2011-13"/ },
    { way: "an unknown funder", breakIt: set((rs) => rs.find((r) => r.funders.some((f: string) => f !== "EU"))!, (r) => (r.funders = ["ATL"])), field: "funders.0", message: /"ATL"/ },
  ],
  keyFigures: [
    duplicate,
    { way: "a figure that is a word", breakIt: set(last, (r) => (r.value = "fifty")), field: "value", message: /found "fifty"/ },
  ],
  conflicts: [
    duplicate,
    { way: "an unknown record", breakIt: set(last, (r) => (r.record = "mc-1900-nowhere")), field: "record", message: /"mc-1900-nowhere"/ },
  ],
};

function loadWith(name: DatasetName, text: string | ((records: Raw[]) => void)) {
  const files = DATASET_NAMES.map((n): Settled => {
    let body = JSON.stringify(readRaw(n));
    if (n === name) {
      if (typeof text === "string") body = text;
      else {
        const records = readRaw(n);
        text(records);
        body = JSON.stringify(records);
      }
    }
    const r = readDataset(n, body);
    return r.ok ? { name: n, file: r } : { name: n, lostWith: r.problems };
  });
  return combine(files);
}

const clean = loadWith("sources", () => {});

describe("every dataset keeps its good records when one breaks", () => {
  it("the bundled data has no problem to begin with", () => {
    expect(clean.problems).toEqual([]);
    expect(clean.lost).toEqual({});
  });

  for (const name of DATASET_NAMES) {
    describe(fileOf(name), () => {
      for (const way of WAYS[name]) {
        it(`${way.way}: sets aside that record, names it, keeps the rest`, () => {
          let id = "";
          const result = loadWith(name, (records) => void (id = way.breakIt(records)));
          const named = result.problems.find((p) => p.file === fileOf(name) && p.record === id);
          expect(named).toMatchObject({ file: fileOf(name), record: id });
          expect(named!.field?.startsWith(way.field)).toBe(true);
          expect(named!.message).toMatch(way.message);
          const kept = result.data[name] as { id: string }[];
          const original = clean.data[name] as { id: string }[];
          // A duplicate keeps the first of the two; anything else loses exactly the broken record.
          expect(kept.length).toBe(original.length - (way === duplicate ? 0 : 1));
          expect(result.lost[name]).toEqual({ setAside: 1, total: original.length + (way === duplicate ? 1 : 0) });
          // Records of other files go only when they referred to the one set aside, and say so.
          for (const p of result.problems) if (p !== named) expect(p.message).toMatch(/which was set aside/);
          for (const other of DATASET_NAMES) {
            if (other === name) continue;
            const dropped = new Set(result.problems.filter((p) => p.file === fileOf(other)).map((p) => p.record)).size;
            expect((result.data[other] as unknown[]).length).toBe((clean.data[other] as unknown[]).length - dropped);
          }
        });
      }
    });
  }
});

describe("a file that cannot be read is lost whole and named; the others are untouched", () => {
  const text = JSON.stringify(readRaw("conferences"));
  const truncated = text.slice(0, Math.floor(text.length / 2));

  it("conferences.json cut off mid-file", () => {
    const result = loadWith("conferences", truncated);
    expect(result.problems).toEqual([{ file: "conferences.json", message: expect.stringMatching(/^malformed JSON/) }]);
    expect(result.lost).toEqual({ conferences: { setAside: 0, total: 0, unreadable: true } });
    expect(result.data.conferences).toBeUndefined();
    for (const n of DATASET_NAMES) if (n !== "conferences") expect(result.data[n]).toEqual(clean.data[n]);
  });

  it("an object where the array of records belongs", () => {
    const result = loadWith("phases", JSON.stringify({ phases: readRaw("phases") }));
    expect(result.problems).toEqual([{ file: "phases.json", message: "expected a JSON array of records, found object" }]);
    expect(result.data.phases).toBeUndefined();
    expect(result.data.conferences).toEqual(clean.data.conferences);
  });
});

describe("references are checked to a fixed point", () => {
  it("a place set aside takes the events held there with it, each named", () => {
    const places = readRaw("places");
    const meetings = readRaw("meetings");
    const conferences = readRaw("conferences");
    // The place with the fewest events, so the cascade stays small and countable.
    const uses = (id: string) => meetings.filter((m) => m.place === id).length + conferences.filter((c) => c.place === id).length;
    const place = places.filter((p) => uses(p.id) > 0).sort((a, b) => uses(a.id) - uses(b.id))[0];
    const result = loadWith("places", (records) => void (records.find((p) => p.id === place.id)!.lat = 999));
    const atPlace = meetings.filter((m) => m.place === place.id).map((m) => m.id);
    expect(result.problems[0]).toMatchObject({ file: "places.json", record: place.id, field: "lat" });
    expect(result.problems.slice(1).map((p) => [p.file, p.record, p.field])).toEqual(
      expect.arrayContaining(atPlace.map((id) => ["meetings.json", id, "place"])),
    );
    expect(result.data.meetings).toHaveLength(meetings.length - atPlace.length);
    expect(result.lost.places).toEqual({ setAside: 1, total: places.length });
  });
});
