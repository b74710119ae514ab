import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conflictAnchor, conflictsFor } from "./conflicts";
import type { Conflict } from "../data/schemas";

const conflicts: Conflict[] = JSON.parse(readFileSync("public/data/conflicts.json", "utf8"));

describe("conflictsFor", () => {
  it("finds the conflicts about one record's field", () => {
    expect(conflictsFor(conflicts, "conferences", "mc-2019-istanbul", "figures").map((c) => c.id))
      .toEqual(["conflict-2019-participation", "conflict-ios-ocr"]);
  });
  it("finds every field's conflicts when no field is given", () => {
    expect(conflictsFor(conflicts, "conferences", "mc-2019-istanbul").map((c) => c.field))
      .toEqual(["figures", "adopted", "date", "outcome", "figures"]);
  });
  it("finds none for another dataset's record of the same id", () => {
    expect(conflictsFor(conflicts, "meetings", "mc-2019-istanbul")).toEqual([]);
  });
});

describe("conflictAnchor", () => {
  it("prefixes every id with conflict-, the form views link to", () => {
    expect(conflictAnchor("conflict-2013-ordinal")).toBe("conflict-conflict-2013-ordinal");
    expect(conflictAnchor("c-2019")).toBe("conflict-c-2019");
  });
});
