// timelineState on the real datasets: what the timeline draws, where, what it fades, and the
// rows of its table and CSV, in each layout.
import { describe, expect, it } from "vitest";
import { loadRealData } from "../../../tests/fixtures";
import { toEvents } from "../../selectors/events";
import { filterEvents } from "../../selectors/filterEvents";
import { translator } from "../../i18n";
import { DEFAULT_FILTERS } from "../../state/urlState";
import { textWidth } from "./timelineLayout";
import { timelineState, type TextSpec, type TimelineState } from "./timelineState";
import { stripState } from "./stripState";
import * as binning from "./timelineBins";

const data = loadRealData();
const events = toEvents(data.conferences, data.meetings, data.places);
const t = translator("en");
const base = { events, phases: data.phases, lang: "en" as const, t };
const state = (width: number, from = 1991, to = 2024) => timelineState({ ...base, width, filters: { ...DEFAULT_FILTERS, from, to } });

/** Estimated boxes of every text the state places (ticks are relative to their tick). */
function textBoxes(s: TimelineState): { text: string; x0: number; x1: number; y0: number; y1: number }[] {
  const k = s.fontSize / 12;
  const box = (spec: TextSpec, px: number, size: number, dx = 0, dy = 0) => {
    const w = textWidth(spec.text, px * k);
    size *= k;
    const x = spec.x + dx - (spec.anchor === "end" ? w : spec.anchor === "middle" ? w / 2 : 0);
    const y = spec.y + dy;
    return spec.rotate
      ? { text: spec.text, x0: spec.x + dx - size, x1: spec.x + dx + 3, y0: y - w / 2, y1: y + w / 2 }
      : { text: spec.text, x0: x, x1: x + w, y0: y - size, y1: y + 3 };
  };
  return [
    ...s.phases.map((p) => box(p.label, 6.2, 11)),
    ...s.milestones.flatMap((m) => [box(m.city, 7.8, 12), ...(m.figure ? [box(m.figure, 6.6, 11)] : [])]),
    ...s.axis.ticks.map((tk) => box(tk.label, 6.6, 11, tk.x, tk.y)),
  ];
}

function overlaps(s: TimelineState): string[] {
  const boxes = textBoxes(s);
  const out: string[] = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
    if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) out.push(`${a.text} × ${b.text}`);
  }));
  return out;
}

describe("timelineState, wide", () => {
  const s = state(960);

  it("draws the four phases and the seven ministerial conferences across 1991–2024", () => {
    expect(s.layout).toBe("horizontal");
    expect(s.phases.map((p) => p.id)).toEqual(["phase-1", "phase-2", "phase-3", "phase-4"]);
    expect(s.milestones.map((m) => m.city.text)).toEqual([
      "Berlin 1991", "Budapest 1993", "Prague 1997", "Rhodes 2003", "Istanbul 2013", "Istanbul 2019", "Budapest 2024",
    ]);
    // 1991–2025 over 936 px from x = 12: Berlin, October 1991, sits 0.79 of a year in.
    expect(s.milestones[0].dot.x).toBeCloseTo(12 + ((9.5 / 12) / 34) * 936, 6);
    expect(s.milestones[0].dot.x).toBeCloseTo(33.79, 2);
    // The last phase runs to the end of the axis.
    const last = s.phases[3].band;
    expect(last.x + last.width).toBeCloseTo(948, 6);
    expect(s.axis.ticks.map((tk) => tk.year)).toEqual([1995, 2000, 2005, 2010, 2015, 2020, 2025]);
  });

  it("puts Berlin 1991 and Budapest 1993 on different label rows", () => {
    const [berlin, budapest] = s.milestones;
    expect(berlin.city.y).toBe(48);
    expect(budapest.city.y).toBe(79);
    expect(overlaps(s)).toEqual([]);
    expect(overlaps(state(480))).toEqual([]);
  });

  it("draws one mark per meeting in its kind's lane", () => {
    expect(s.marks).toHaveLength(data.meetings.length);
    expect(s.lanes.map((l) => l.kind)).toEqual(["som", "working-group", "thematic", "preparatory", "consultation", "joint", "training", "study-visit", "launch"]);
    const som = s.lanes.find((l) => l.kind === "som")!;
    expect(s.marks!.filter((m) => m.kind === "som").every((m) => m.y === som.line[1])).toBe(true);
    expect(s.binPaths).toBeNull();
  });

  it("names each milestone by its visible label first, then title and date", () => {
    expect(s.milestones[0].name).toBe("Berlin 1991, 27 countries, Berlin Ministerial Conference, October 1991");
    for (const m of s.milestones) expect(m.name.startsWith(`${m.city.text}, `)).toBe(true);
    const mark = s.marks!.find((m) => m.id === data.meetings[0].id)!;
    expect(mark.name).toMatch(/, \w+/);
  });
});

describe("timelineState, filtered to 2000–2010", () => {
  const s = state(960, 2000, 2010);
  const kept = filterEvents(events, { ...DEFAULT_FILTERS, from: 2000, to: 2010 });

  it("fades every conference but Rhodes 2003 and every meeting outside the years", () => {
    expect(s.milestones.filter((m) => !m.out).map((m) => m.id)).toEqual(["mc-2003-rhodes"]);
    const shown = s.marks!.filter((m) => !m.out);
    expect(shown.map((m) => m.id).sort()).toEqual(kept.filter((e) => e.kind !== "conference").map((e) => e.id).sort());
    expect(shown).toHaveLength(6);
    expect(s.summary).toBe("7 events between 2000 and 2010, including 1 ministerial conference.");
  });

  it("draws the picked years over the chart, from 2000 to the end of 2010", () => {
    expect(s.selection!.x).toBeCloseTo(s.scale(2000), 6);
    expect(s.selection!.x + s.selection!.width).toBeCloseTo(s.scale(2011), 6);
  });

  it("has a table row and a CSV row for each kept event", async () => {
    const rows = s.rows();
    expect(rows.map((r) => r.id)).toEqual(kept.map((e) => e.id));
    const rhodes = rows.find((r) => r.id === "mc-2003-rhodes")!;
    expect(rhodes).toMatchObject({ title: "Rhodes Ministerial Conference", kind: "Ministerial conference", place: "Rhodes" });
    // Intl's range format puts thin spaces around the dash.
    expect(rhodes.date).toMatch(/^June 25\s–\s26, 2003$/u);
    const csv = await s.csv();
    expect(csv).toHaveLength(7);
    expect(csv.find((r) => r.id === "mc-2003-rhodes")).toMatchObject({ kind: "conference", date_start: "2003-06-25", date_end: "2003-06-26", place: "Rhodes" });
  });
});

describe("timelineState with thousands of meetings", () => {
  // The real meetings 40 times over: 2,200 marks, above MAX_SINGLE_MARKS.
  const many = events.flatMap((e) => (e.kind === "conference" ? [e] : Array.from({ length: 40 }, (_, i) => ({ ...e, id: `${e.id}-${i}` }))));
  const input = { ...base, events: many, width: 960, filters: { ...DEFAULT_FILTERS, from: 2000, to: 2010 } };

  it("waits for the binning code rather than drawing thousands of marks", () => {
    const s = timelineState(input);
    expect(s.marks).toBeNull();
    expect(s.awaitingBins).toBe(true);
    expect(s.binPaths).toBeNull();
  });

  it("draws bins, one path per kind and state, with a note of how many meetings they hold", () => {
    const s = timelineState({ ...input, binning });
    expect(s.awaitingBins).toBe(false);
    expect(s.binnedNote).toBe(`${(2200).toLocaleString("en")} meetings are drawn in bins a few pixels wide; the table lists each one.`);
    const paths = s.binPaths!;
    expect(new Set(paths.map((p) => `${p.kind}|${p.out}`)).size).toBe(paths.length);
    // Meetings of 2000–2010 keep their kinds' bins drawn in full; the launches all fall later.
    expect(paths.filter((p) => !p.out).map((p) => p.kind).sort()).toEqual(["joint", "som", "thematic", "working-group"]);
    expect(paths.find((p) => p.kind === "launch")!.out).toBe(true);
  });
});

describe("timelineState on phones", () => {
  for (const width of [320, 360, 390]) {
    it(`runs down the page at ${width} px with no two labels overlapping and none past the edge`, () => {
      const s = state(width);
      expect(s.layout).toBe("vertical");
      expect(overlaps(s)).toEqual([]);
      for (const b of textBoxes(s)) {
        expect(b.x0, b.text).toBeGreaterThanOrEqual(0);
        expect(b.x1, b.text).toBeLessThanOrEqual(width);
      }
      expect(s.height).toBeGreaterThan(34 * 20);
    });
  }

  it("places each year 20 px below the one before, and each label at or below its date", () => {
    const s = state(360);
    expect(s.scale(2001) - s.scale(2000)).toBe(20);
    for (const m of s.milestones) expect(m.city.y).toBeGreaterThanOrEqual(m.dot.y + 4);
    // Budapest 1993 is pushed below Berlin 1991's two lines.
    expect(s.milestones[1].city.y - s.milestones[0].figure!.y).toBeGreaterThanOrEqual(16);
  });

  it("turns the phase names to run along their bands", () => {
    const s = state(360);
    expect(s.phases.map((p) => [p.label.text, p.label.rotate])).toEqual([["Phase 1", true], ["Phase 2", true], ["Phase 3", true], ["Phase 4", true]]);
  });
});

describe("stripState", () => {
  const strip = (highlight: string | number | null) => stripState({ ...base, width: 1600, fontSize: 24, highlight });

  it("takes as many label rows as the stage's width needs", () => {
    const wide = stripState({ ...base, width: 1920, fontSize: 24 });
    const narrow = stripState({ ...base, width: 1000, fontSize: 18 });
    expect(new Set(wide.milestones.map((m) => m.city.y)).size).toBe(2);
    expect(new Set(narrow.milestones.map((m) => m.city.y)).size).toBe(3);
    expect(overlaps(narrow)).toEqual([]);
    expect(overlaps(wide)).toEqual([]);
    expect(narrow.height).toBeGreaterThan(wide.height * (18 / 24));
  });

  it("shows every phase and conference of 1991–2024 and no meetings", () => {
    const s = strip(null);
    expect(s.variant).toBe("strip");
    expect(s.phases).toHaveLength(4);
    expect(s.milestones).toHaveLength(7);
    expect(s.marks).toEqual([]);
    expect(s.lanes).toEqual([]);
    expect(s.progress).toBeNull();
    expect(s.milestones.every((m) => !m.out)).toBe(true);
    expect(overlaps(s)).toEqual([]);
  });

  it("highlights a conference by id or year and emphasises the years up to it", () => {
    const s = strip("mc-2003-rhodes");
    expect(s.milestones.filter((m) => m.current).map((m) => m.id)).toEqual(["mc-2003-rhodes"]);
    const rhodes = s.milestones.find((m) => m.id === "mc-2003-rhodes")!;
    expect(s.progress!.x).toBe(12);
    expect(s.progress!.x + s.progress!.width).toBeCloseTo(rhodes.dot.x, 6);
    expect(strip(2013).milestones.filter((m) => m.current).map((m) => m.id)).toEqual(["mc-2013-istanbul"]);
  });

  it("shortens a phase title that is wider than its band to whole words and an ellipsis, its name whole", () => {
    const s = stripState({ ...base, width: 1824, fontSize: 24, highlight: null });
    const [p1, p2] = s.phases;
    expect(p1.label.text).toBe("Phase 1: The Budapest Group of Senior…");
    expect(p2.label.text).toBe("Phase 2: Eastward…");
    for (const p of s.phases) {
      // What shows is where the accessible name starts (WCAG 2.5.3), and it ends inside its band.
      expect(p.name.startsWith(p.label.text.replace(/…$/, ""))).toBe(true);
      expect(p.label.x + textWidth(p.label.text, 24 * 0.6)).toBeLessThan(p.band.x + p.band.width);
    }
    expect(p1.name).toBe("Phase 1: The Budapest Group of Senior Officials, 1991–2003");
  });

  it("highlights a phase and emphasises the years up to its start", () => {
    const s = strip("phase-2");
    expect(s.phases.filter((p) => p.current).map((p) => p.id)).toEqual(["phase-2"]);
    expect(s.progress!.x + s.progress!.width).toBeCloseTo(s.scale(2003), 6);
    expect(s.phases[1].name).toBe("Phase 2: Eastward geographic expansion, 2003–2010");
  });
});
