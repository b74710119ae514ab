// Hand-made events and phases for the timeline's render tests: two conferences, three
// meetings, two phases, in the shapes the selectors produce.
import type { Phase } from "../../data/schemas";
import type { AtlasEvent } from "../../selectors/events";
import { timeOf } from "../../selectors/events";

const place = (id: string, name: string) => ({ id, name, country: "DEU", lat: 52, lon: 13, sources: [] }) as unknown as AtlasEvent["place"];

function event(id: string, kind: AtlasEvent["kind"], title: string, start: string, city: string, countries?: number): AtlasEvent {
  const date = { start, precision: start.length === 4 ? "year" : start.length === 7 ? "month" : "day" } as AtlasEvent["date"];
  const year = Number(start.slice(0, 4));
  return {
    id, kind, title, date, year, endYear: year, time: timeOf(date), format: "in-person", place: place(city.toLowerCase(), city),
    status: "held", sources: [{ source: "doc", quote: "q" }] as AtlasEvent["sources"],
    figures: countries ? ([{ kind: "countries", value: countries, source: "doc", quote: "q" }] as AtlasEvent["figures"]) : [],
  };
}

export const handMadeEvents: AtlasEvent[] = [
  event("c-berlin", "conference", "Berlin Ministerial Conference", "1991-10", "Berlin", 27),
  event("m-som-1995", "som", "Senior Officials Meeting", "1995-05-02", "Vienna"),
  event("c-rhodes", "conference", "Rhodes Ministerial Conference", "2003-06-25", "Rhodes", 43),
  event("m-wg-2008", "working-group", "Working group on return", "2008", "Prague"),
  event("m-som-2012", "som", "Senior Officials Meeting", "2012-03-01", "Ankara"),
];

export const handMadePhases = [
  { id: "p-1", number: 1, title: "Beginnings", start: 1991, end: 2003, summary: "", sources: [] },
  { id: "p-2", number: 2, title: "Expansion", start: 2003, end: 2024, summary: "", sources: [] },
] as unknown as Phase[];
