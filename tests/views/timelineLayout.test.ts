import { describe, expect, it } from "vitest";
import { labelRows } from "../../src/views/timeline/timelineLayout";
import { binMarks, binPaths, shownPerBin } from "../../src/views/timeline/timelineBins";
import type { AtlasEvent } from "../../src/selectors/events";

const ev = (id: string, kind: AtlasEvent["kind"], time: number) => ({ id, kind, time }) as AtlasEvent;

describe("binMarks", () => {
  const events = [ev("a", "som", 2000.01), ev("b", "som", 2000.02), ev("c", "training", 2000.01), ev("d", "som", 2010)];
  const marks = binMarks(events, (t) => (t - 2000) * 10);

  it("groups marks by kind and pixel bucket", () => {
    expect(marks.bins).toHaveLength(3);
    expect(marks.bins.find((b) => b.kind === "som" && b.x === 0)).toMatchObject({ count: 2 });
    expect(marks.bins.find((b) => b.kind === "training")).toMatchObject({ count: 1 });
  });

  it("counts per bin the events the filter keeps", () => {
    const shown = shownPerBin(marks, [events[0], events[3]]);
    expect([...shown]).toEqual([1, 0, 1]);
  });

  it("draws one path per kind and state, every bin once", () => {
    const shown = shownPerBin(marks, [events[0], events[3]]);
    const paths = binPaths(marks, shown, (k) => (k === "som" ? 100 : 200));
    expect(paths.map((p) => `${p.kind}:${p.out}`).sort()).toEqual(["som:false", "training:true"]);
    const som = paths.find((p) => p.kind === "som")!;
    expect(som.d).toBe("M-2,102h4v12h-4zM98,102h4v12h-4z");
    expect(paths.find((p) => p.kind === "training")!.d).toBe("M-2,202h4v12h-4z");
  });
});

describe("labelRows", () => {
  it("puts overlapping labels on different rows and reuses a row once it is free", () => {
    expect(labelRows([0, 50, 300], [120, 120, 120], 3)).toEqual([0, 1, 0]);
  });
});
