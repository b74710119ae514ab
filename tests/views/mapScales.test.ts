import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import {
  NUMERIC_TO_ALPHA3, alpha3FromNumeric, boundsOf, countryColourScale, legendStops, mapPalette,
  radiusScale, MIN_RADIUS, MAX_RADIUS,
} from "../../src/views/map/mapScales";

const countries = JSON.parse(readFileSync("public/data/countries.json", "utf8")) as { id: string; kind: string }[];
const world = JSON.parse(readFileSync("node_modules/world-atlas/countries-110m.json", "utf8")) as {
  objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } };
};

describe("alpha3FromNumeric", () => {
  it("maps world-atlas ids, padded or not", () => {
    expect(alpha3FromNumeric("792")).toBe("TUR");
    expect(alpha3FromNumeric("040")).toBe("AUT");
    expect(alpha3FromNumeric(40)).toBe("AUT");
    expect(alpha3FromNumeric("4")).toBe("AFG");
  });

  it("returns undefined for missing, malformed or unlisted ids", () => {
    expect(alpha3FromNumeric(undefined)).toBeUndefined();
    expect(alpha3FromNumeric(null)).toBeUndefined();
    expect(alpha3FromNumeric("")).toBeUndefined();
    expect(alpha3FromNumeric("abc")).toBeUndefined();
    expect(alpha3FromNumeric("1234")).toBeUndefined();
    expect(alpha3FromNumeric("032")).toBeUndefined(); // Argentina: not in countries.json
  });

  it("is limited to countries in countries.json and is one-to-one", () => {
    const ids = new Set(countries.map((c) => c.id));
    for (const a3 of Object.values(NUMERIC_TO_ALPHA3)) expect(ids.has(a3)).toBe(true);
    expect(new Set(Object.values(NUMERIC_TO_ALPHA3)).size).toBe(Object.keys(NUMERIC_TO_ALPHA3).length);
  });

  it("covers every present-day state in countries.json, and the shapes agree by name", () => {
    const listed = new Set(Object.values(NUMERIC_TO_ALPHA3));
    const missing = countries.filter((c) => c.kind === "state" && !listed.has(c.id)).map((c) => c.id);
    expect(missing).toEqual([]);
    const names = new Map(world.objects.countries.geometries.map((g) => [g.id, g.properties.name]));
    // Spot checks against the shapes' own names, to catch a transposed code.
    expect(names.get("792")).toBe("Turkey");
    expect(names.get("586")).toBe("Pakistan");
    expect(names.get("807")).toBe("Macedonia");
    expect(names.get("688")).toBe("Serbia");
    // Every listed code but Liechtenstein and Malta (too small at 1:110m) has a shape.
    const withoutShape = Object.keys(NUMERIC_TO_ALPHA3).filter((n) => !names.has(n));
    expect(withoutShape).toEqual(["438", "470"]);
  });
});

describe("countryColourScale", () => {
  it("is neutral grey for no events and a blue for any hosted event", () => {
    for (const theme of ["light", "dark"] as const) {
      const colour = countryColourScale(19, theme);
      expect(colour(0)).toBe(mapPalette(theme).land);
      expect(colour(undefined)).toBe(mapPalette(theme).land);
      expect(colour(1)).not.toBe(mapPalette(theme).land);
      expect(colour(1)).toMatch(/^rgb\(/);
    }
  });

  it("gets darker with more events in light theme and lighter in dark theme", () => {
    const lum = (c: string) => c.match(/\d+/g)!.map(Number).reduce((a, b) => a + b, 0);
    const light = countryColourScale(19, "light");
    expect(lum(light(1))).toBeGreaterThan(lum(light(4)));
    expect(lum(light(4))).toBeGreaterThan(lum(light(19)));
    const dark = countryColourScale(19, "dark");
    expect(lum(dark(1))).toBeLessThan(lum(dark(19)));
  });

  it("clamps above the maximum and copes with a maximum of 0 or 1", () => {
    const colour = countryColourScale(10, "light");
    expect(colour(50)).toBe(colour(10));
    expect(countryColourScale(1, "light")(1)).toMatch(/^rgb\(/);
    expect(countryColourScale(0, "light")(1)).toMatch(/^rgb\(/);
  });

  it("gives legend stops from the fewest to the most", () => {
    const stops = legendStops(19, "light", 5);
    expect(stops).toHaveLength(5);
    expect(stops[0]).toBe(countryColourScale(19, "light")(1));
    expect(stops[4]).toBe(countryColourScale(19, "light")(19));
  });
});

describe("radiusScale", () => {
  it("makes area proportional to the count, with a minimum clickable size", () => {
    const r = radiusScale(16);
    expect(r(16)).toBeCloseTo(MAX_RADIUS);
    expect(r(4)).toBeCloseTo(MAX_RADIUS / 2);
    expect(r(1)).toBe(Math.max(MIN_RADIUS, MAX_RADIUS / 4));
    expect(r(0)).toBe(MIN_RADIUS);
    expect(r(100)).toBeCloseTo(MAX_RADIUS);
  });

  it("never divides by zero", () => {
    expect(Number.isFinite(radiusScale(0)(0))).toBe(true);
  });
});

describe("boundsOf", () => {
  it("returns the south-west and north-east corners", () => {
    expect(boundsOf([{ lat: 52.5, lon: 13.4 }, { lat: 33.7, lon: 73.1 }, { lat: 41, lon: 29 }])).toEqual([[33.7, 13.4], [52.5, 73.1]]);
  });
  it("is null without points", () => {
    expect(boundsOf([])).toBeNull();
  });
});
