import { describe, expect, it } from "vitest";
import { gridClusters } from "../../src/selectors/clusters";
import { markerSpecs, clusterId, type PlacePoint, type PlaceStat } from "../../src/views/map/markerSpecs";
import { MAX_RADIUS } from "../../src/views/map/mapScales";

const labels = {
  place: (name: string, n: number) => `${name}: ${n}`,
  cluster: (places: number, n: number) => `${places} places: ${n}`,
};
const places: PlacePoint[] = [
  { id: "a", name: "A", lat: 50, lon: 10 },
  { id: "b", name: "B", lat: 50.1, lon: 10.1 },
  { id: "c", name: "C", lat: 40, lon: 30 },
];
const stats = (entries: [string, number, boolean?][]) =>
  new Map<string, PlaceStat>(entries.map(([id, count, conference]) => [id, { count, conference: conference ?? false }]));

describe("gridClusters", () => {
  it("groups points in the same screen cell, and only those", () => {
    const groups = gridClusters([{ id: "a", x: 5, y: 5 }, { id: "b", x: 40, y: 30 }, { id: "c", x: 50, y: 5 }, { id: "d", x: -3, y: 5 }], 44);
    expect(groups.map((g) => g.ids)).toEqual([["a", "b"], ["c"], ["d"]]);
    expect(new Set(groups.map((g) => g.key)).size).toBe(3);
  });
});

describe("markerSpecs", () => {
  it("without groups: one marker per place, hidden where the selection has nothing, largest first", () => {
    const specs = markerSpecs(places, stats([["a", 1], ["c", 9, true]]), null, "5", labels);
    expect(specs.map((s) => [s.id, !!s.hidden])).toEqual([["c", false], ["a", false], ["b", true]]);
    expect(specs[0]).toMatchObject({ conference: true, label: "C: 9", radius: MAX_RADIUS });
    expect(specs[1].radius).toBeLessThan(specs[0].radius);
  });

  it("a group with two places in the selection is one marker at the centre of its places, summing their events", () => {
    const specs = markerSpecs(places, stats([["a", 2], ["b", 3, true], ["c", 1]]), [{ key: "0:0", ids: ["a", "b"] }, { key: "1:1", ids: ["c"] }], "5", labels);
    const shown = specs.filter((s) => !s.hidden);
    expect(shown.map((s) => s.id)).toEqual([clusterId("5", "0:0"), "c"]);
    expect(shown[0]).toMatchObject({ cluster: true, conference: true, label: "2 places: 5", lat: 50.05, lon: 10.05 });
    // The members are there, hidden, so a filter that leaves one of them alone shows it in place.
    expect(specs.filter((s) => s.hidden).map((s) => s.id).sort()).toEqual(["a", "b"]);
  });

  it("a group with one place in the selection draws that place itself; with none, nothing", () => {
    const groups = [{ key: "0:0", ids: ["a", "b"] }, { key: "1:1", ids: ["c"] }];
    const one = markerSpecs(places, stats([["b", 4]]), groups, "5", labels).filter((s) => !s.hidden);
    expect(one.map((s) => [s.id, s.label])).toEqual([["b", "B: 4"]]);
    expect(markerSpecs(places, stats([]), groups, "5", labels).every((s) => s.hidden)).toBe(true);
  });

  it("the group's position does not depend on the filter", () => {
    const groups = [{ key: "0:0", ids: ["a", "b", "c"] }];
    const at = (s: Map<string, PlaceStat>) => markerSpecs(places, s, groups, "5", labels).find((m) => m.cluster)!;
    expect(at(stats([["a", 1], ["b", 1]]))).toMatchObject({ lat: at(stats([["b", 5], ["c", 2]])).lat, lon: at(stats([["b", 5], ["c", 2]])).lon });
  });
});
