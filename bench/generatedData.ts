// A large valid dataset for the benchmark and the browser tests: the app must stay usable at
// 20,000 meetings over 400 places. Seeded, so every run sees the same data.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** `count` valid meetings over `placeCount` places (the real places plus generated ones), the same for the same arguments. */
export function generatedData(count: number, placeCount: number, dataDir: string) {
  const places = JSON.parse(readFileSync(join(dataDir, "data/places.json"), "utf8")) as { id: string; country: string }[];
  const countries = (JSON.parse(readFileSync(join(dataDir, "data/countries.json"), "utf8")) as { id: string; kind: string }[])
    .filter((c) => c.kind === "state")
    .map((c) => c.id);
  const src = [{ source: "booklet-30-years", quote: "Budapest Process" }];
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const all = [...places] as Record<string, unknown>[];
  for (let i = all.length; i < placeCount; i++) {
    all.push({
      id: `gen-place-${i}`,
      name: `Place ${i}`,
      country: countries[i % countries.length],
      lat: +(30 + rnd() * 35).toFixed(3),
      lon: +(-10 + rnd() * 90).toFixed(3),
      coordinates: "general knowledge",
      sources: src,
    });
  }
  const types = ["som", "working-group", "thematic", "preparatory", "consultation", "joint", "training", "study-visit", "launch"];
  const meetings = Array.from({ length: count }, (_, i) => {
    const y = 1991 + Math.floor(rnd() * 34);
    const m = String(1 + Math.floor(rnd() * 12)).padStart(2, "0");
    const d = String(1 + Math.floor(rnd() * 28)).padStart(2, "0");
    return {
      id: `gen-meeting-${i}`,
      title: `Generated meeting ${i}`,
      type: types[i % types.length],
      date: { start: `${y}-${m}-${d}`, precision: "day" },
      format: "in-person",
      place: (all[Math.floor(rnd() * all.length)] as { id: string }).id,
      figures: [],
      sources: src,
    };
  });
  return { meetings: JSON.stringify(meetings), places: JSON.stringify(all), count };
}
