import { describe, expect, it } from "vitest";
import { binMarks, labelRows } from "../../src/views/timeline/timelineLayout";
import type { AtlasEvent } from "../../src/selectors/events";

const ev = (id: string, kind: AtlasEvent["kind"], time: number) => ({ id, kind, time }) as AtlasEvent;

describe("binMarks", () => {
  it("groups marks by kind and pixel bucket and counts those the filter keeps", () => {
    const events = [ev("a", "som", 2000.01), ev("b", "som", 2000.02), ev("c", "training", 2000.01), ev("d", "som", 2010)];
    const bins = binMarks(events, (t) => (t - 2000) * 10, new Set(["a", "d"]));
    expect(bins).toHaveLength(3);
    const first = bins.find((b) => b.kind === "som" && b.x === 0)!;
    expect(first).toMatchObject({ count: 2, shown: 1 });
    expect(bins.find((b) => b.kind === "training")).toMatchObject({ count: 1, shown: 0 });
  });
});

describe("labelRows", () => {
  it("puts overlapping labels on different rows and reuses a row once it is free", () => {
    expect(labelRows([0, 50, 300], [120, 120, 120], 3)).toEqual([0, 1, 0]);
  });
});
