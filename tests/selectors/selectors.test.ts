import { describe, expect, it } from "vitest";
import { loadRealData } from "../fixtures";
import { eventTitle, toEvents, timeOf } from "../../src/selectors/events";
import { filterEvents } from "../../src/selectors/filterEvents";
import { eventsByPlace, eventsPerCountry } from "../../src/selectors/places";
import { eventsPerPeriod, eventsPerYear } from "../../src/selectors/perYear";
import { DEFAULT_FILTERS } from "../../src/state/urlState";

const data = loadRealData();
const events = toEvents(data.conferences, data.meetings, data.places);

describe("events", () => {
  it("merges conferences and meetings in date order", () => {
    expect(events).toHaveLength(data.conferences.length + data.meetings.length);
    expect(events[0].id).toBe(data.conferences.find((c) => c.ordinal === 1)!.id);
    for (let i = 1; i < events.length; i++) expect(events[i].time).toBeGreaterThanOrEqual(events[i - 1].time);
  });
  it("places a year-only date mid-year", () => {
    expect(timeOf({ start: "2004", precision: "year" })).toBe(2004.5);
    expect(timeOf({ start: "2016-05-18", precision: "day" })).toBeCloseTo(2016.38, 2);
  });
});

describe("filterEvents", () => {
  it("keeps everything with default filters", () => {
    expect(filterEvents(events, DEFAULT_FILTERS)).toHaveLength(events.length);
  });
  it("narrows by year range, type and country", () => {
    const r = filterEvents(events, { ...DEFAULT_FILTERS, from: 2015, to: 2017 });
    expect(r.length).toBeGreaterThan(5);
    expect(r.every((e) => e.endYear >= 2015 && e.year <= 2017)).toBe(true);
    expect(filterEvents(events, { ...DEFAULT_FILTERS, types: ["conference"] })).toHaveLength(7);
    const tur = filterEvents(events, { ...DEFAULT_FILTERS, country: "TUR" });
    expect(tur.length).toBeGreaterThan(5);
    expect(tur.every((e) => e.country === "TUR")).toBe(true);
  });
});

describe("region filter", () => {
  const regionOf = new Map(data.countries.map((c) => [c.id, c.region]));
  it("keeps events hosted in the region's countries", () => {
    const r = filterEvents(events, { ...DEFAULT_FILTERS, region: "silk-routes" }, regionOf);
    expect(r.length).toBeGreaterThan(3);
    expect(r.every((e) => e.country && regionOf.get(e.country) === "silk-routes")).toBe(true);
  });
  it("is ignored when the countries are not at hand", () => {
    expect(filterEvents(events, { ...DEFAULT_FILTERS, region: "silk-routes" })).toHaveLength(events.length);
  });
});

describe("places", () => {
  it("counts events per place and keeps virtual and unplaced events apart", () => {
    const g = eventsByPlace(events);
    const total = g.places.reduce((n, p) => n + p.events.length, 0) + g.virtual.length + g.unplaced.length;
    expect(total).toBe(events.length);
    expect(g.places[0].place.id).toBe("istanbul");
    expect(g.virtual.length).toBeGreaterThan(0);
    expect(g.virtual.every((e) => !e.place)).toBe(true);
  });
  it("counts events hosted per country, not counting virtual ones", () => {
    const counts = eventsPerCountry(events);
    expect(counts.get("TUR")).toBeGreaterThan(10);
  });
});

describe("eventsPerYear", () => {
  it("has one row per year and, with the period-dated items, sums to the events in range", () => {
    const rows = eventsPerYear(events, 1991, 2024);
    expect(rows).toHaveLength(34);
    const periods = eventsPerPeriod(events).reduce((n, r) => n + r.total, 0);
    expect(rows.reduce((n, r) => n + r.total, 0) + periods).toBe(events.length);
    expect(rows.find((r) => r.year === 1991)!.byKind.conference).toBe(1);
  });
});

describe("eventTitle", () => {
  it("gives the title in the language the data has, else the documents' own", () => {
    const translated = events.find((e) => e.translations?.ru?.title)!;
    expect(eventTitle(translated, "ru")).toBe(translated.translations!.ru!.title);
    expect(eventTitle(translated, "ru")).not.toBe(translated.title);
    expect(eventTitle(translated, "en")).toBe(translated.title);
  });
});
