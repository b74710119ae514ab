import { describe, expect, it } from "vitest";
import { datasetTables } from "./tables";

describe("datasetTables", () => {
  it("flattens nested objects, joins value lists and splits object lists into their own table", () => {
    const tables = datasetTables("conferences", [{
      id: "mc-1",
      date: { start: "1991-10", precision: "month" },
      funders: ["EU", "HUN"],
      figures: [{ value: 27, kind: "countries", source: "b", quote: "27 countries" }],
      sources: [{ source: "b", quote: "In October 1991" }],
    }]);
    expect(tables).toEqual([
      { name: "conferences", rows: [{ id: "mc-1", "date.start": "1991-10", "date.precision": "month", funders: "EU; HUN" }] },
      { name: "conferences_figures", rows: [{ record: "mc-1", position: 1, value: 27, kind: "countries", source: "b", quote: "27 countries" }] },
      { name: "conferences_sources", rows: [{ record: "mc-1", position: 1, source: "b", quote: "In October 1991" }] },
    ]);
  });
});
