import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { translator } from "../../i18n";
import { DEFAULT_FILTERS, type Filters } from "../../state/urlState";
import { csvParse } from "d3-dsv";
import { interpolateBlues } from "d3-scale-chromatic";
import { toCsv } from "../../components/downloads/csv";
import { countryColourScale } from "./mapScales";
import { boundsOfPlaces, mapFiltered, mapState, mapStateOf, type MapDatasets } from "./mapState";
import { mapBase } from "./mapBase";
import { toEvents } from "../../selectors/events";
import { filterEvents } from "../../selectors/filterEvents";

const read = (name: string) => JSON.parse(readFileSync(`public/data/${name}.json`, "utf8"));
const data: MapDatasets = { conferences: read("conferences"), meetings: read("meetings"), places: read("places"), countries: read("countries") };
const en = { theme: "light" as const, lang: "en" as const, t: translator("en") };
const stateFor = (f: Partial<Filters> = {}) => mapStateOf(data, { ...DEFAULT_FILTERS, ...f }, en);

describe("mapState on the bundled datasets", () => {
  const all = stateFor();

  it("knows every named place and counts Budapest's events", () => {
    expect(all.places).toHaveLength(18);
    expect(all.stats.get("budapest")).toEqual({ count: 4, conference: true });
    expect(all.stats.get("istanbul")?.count).toBe(13);
    expect(all.summaries[0].place.id).toBe("istanbul");
  });

  it("draws markers in one order whatever the filters: busiest over all years first", () => {
    expect(stateFor({ from: 2000, to: 2005 }).drawOrder).toEqual(all.drawOrder);
    expect(all.drawOrder.get("istanbul")).toBe(0);
    expect(all.drawOrder.get("istanbul")!).toBeLessThan(all.drawOrder.get("budapest")!);
    expect([...all.drawOrder.values()].sort((a, b) => a - b)).toEqual(all.places.map((_, i) => i));
  });

  it("labels markers and list rows starting with the place's name", () => {
    const budapest = all.markers.find((m) => m.id === "budapest")!;
    expect(budapest.label).toBe("Budapest, 4 events");
    expect(budapest.hidden).toBe(false);
    expect(all.placeRows.map((r) => r.label).slice(0, 3)).toEqual(["Ankara, 3 events", "Antalya, 2 events", "Belgrade, 1 event"]);
  });

  it("shades Turkey, the busiest host, with the darkest stop and leaves non-hosts unshaded", () => {
    expect(all.countryCounts.get("TUR")).toBe(all.legend.max);
    expect(all.countryFill.get("TUR")).toBe(all.legend.stops.at(-1));
    expect(all.countryFill.get("HUN")).toBe(countryColourScale(all.legend.max, "light")(all.countryCounts.get("HUN")));
    expect(all.countryFill.has("FRA")).toBe(false);
  });

  it("rings the places of ministerial conferences", () => {
    expect([...all.conferencePlaces].sort()).toEqual(["berlin", "budapest", "istanbul", "prague", "rhodes"]);
  });

  it("lists the events that have no city, and keeps Perth out of the first view", () => {
    expect(all.offMap.virtual).toBe(3);
    expect(all.offMap.unplaced).toBe(15);
    expect(all.offMap.rows).toHaveLength(18);
    expect(all.offMap.summary).toBe("3 virtual meetings and 15 events without a stated city");
    const [[south, west], [north, east]] = all.initialBounds;
    expect(west).toBeGreaterThan(-30);
    expect(east).toBeLessThan(100);
    expect(south).toBeGreaterThan(30);
    expect(north).toBeCloseTo(59.91, 1);
  });

  it("gives one CSV row per event in the selection", () => {
    expect(all.rows()).toHaveLength(62);
    expect(all.rows().find((r) => r.place === "Budapest" && r.kind === "conference")).toMatchObject({ country: "HUN" });
    expect(csvParse(toCsv(all.rows())).filter((r) => r.format === "virtual")).toHaveLength(3);
  });

  it("follows the filters: markers out of the selection hide, counts shrink", () => {
    const early = stateFor({ to: 1999 });
    expect(early.places).toHaveLength(18);
    expect(early.markers.find((m) => m.id === "islamabad")?.hidden).toBe(true);
    expect(early.placeRows.length).toBeLessThan(all.placeRows.length);
    expect(early.rows().every((r) => Number(String(r.date_start).slice(0, 4)) <= 1999)).toBe(true);
  });

  it("frames a set of places by their bounds", () => {
    expect(boundsOfPlaces(all, ["islamabad", "budapest"])).toEqual([[33.68, 19.04], [47.5, 73.05]]);
    expect(boundsOfPlaces(all, [])).toBeUndefined();
  });

  it("draws dark-theme colours in the dark theme", () => {
    const dark = mapStateOf(data, DEFAULT_FILTERS, { ...en, theme: "dark" });
    expect(dark.palette.land).toBe("#3a3e45");
    expect(dark.countryFill.get("TUR")).not.toBe(all.countryFill.get("TUR"));
  });
});

describe("mapState split into the data's part and the filters' part", () => {
  it("keeps the per-data part across filter changes and gives the same state as one call", () => {
    const events = toEvents(data.conferences, data.meetings, data.places);
    const input = { events, countries: data.countries, ...en };
    const base = mapBase(input);
    expect(mapBase(input)).toBe(base);
    const regions = new Map(data.countries.map((c) => [c.id, c.region]));
    const early = filterEvents(events, { ...DEFAULT_FILTERS, to: 1999 }, regions);
    const late = filterEvents(events, { ...DEFAULT_FILTERS, from: 2010 }, regions);
    const [a, b] = [mapFiltered(base, early, en.t), mapFiltered(base, late, en.t)];
    expect(b.places).toBe(a.places);
    expect(b.initialBounds).toBe(a.initialBounds);
    expect(b.palette).toBe(a.palette);
    expect(b.drawOrder).toBe(a.drawOrder);
    // An off-map row is made once per event, whichever filter shows it.
    const shared = a.offMap.rows.filter((r) => b.offMap.rows.some((x) => x.id === r.id));
    for (const r of shared) expect(b.offMap.rows.find((x) => x.id === r.id)).toBe(r);
    const { rows: _a, ...whole } = mapState({ ...input, filtered: late });
    const { rows: _b, ...split } = b;
    expect(split).toEqual(whole);
  });
});

describe("country shading", () => {
  it("uses exactly d3's Blues ramp, from the theme's part of it", () => {
    const colour = countryColourScale(19, "light");
    expect(colour(1)).toBe(interpolateBlues(0.35));
    expect(colour(19)).toBe(interpolateBlues(0.9));
    expect(countryColourScale(19, "dark")(19)).toBe(interpolateBlues(0.2));
  });
});
