import { describe, expect, it } from "vitest";
import { buildStory, clampStep, stepCitations, stepSummary, stepTitle } from "../../src/selectors/story";
import { loadRealData } from "../fixtures";

const data = loadRealData();
const steps = buildStory(data.conferences, data.phases, data.places, data.meetings);

describe("presenter story", () => {
  it("has one step per conference and one per phase", () => {
    expect(steps).toHaveLength(data.conferences.length + data.phases.length);
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
  });

  it("runs in date order, a phase before the conference that opens it in the same year", () => {
    expect(steps.map((s) => s.id)).toEqual([
      "phase-1", "mc-1991-berlin", "mc-1993-budapest", "mc-1997-prague",
      "phase-2", "mc-2003-rhodes", "phase-3", "mc-2013-istanbul",
      "phase-4", "mc-2019-istanbul", "mc-2024-budapest",
    ]);
    for (let i = 1; i < steps.length; i++) expect(steps[i].year).toBeGreaterThanOrEqual(steps[i - 1].year);
  });

  it("names the places of every step: a conference's city, a phase's conference and meeting cities", () => {
    const ids = (id: string) => steps.find((s) => s.id === id)!.places.map((p) => p.id);
    for (const s of steps) expect(s.places.length, s.id).toBeGreaterThan(0);
    expect(ids("mc-2003-rhodes")).toEqual(["rhodes"]);
    // Phase 3 reaches the Silk Routes: Islamabad, Tehran and Erbil are framed with Istanbul.
    expect(ids("phase-3")).toEqual(expect.arrayContaining(["islamabad", "tehran", "erbil", "istanbul", "ankara"]));
    // The joint workshop with the Bali Process in Perth does not stretch phase 2 to Australia.
    expect(ids("phase-2")).not.toContain("perth");
    expect(ids("phase-1")).toEqual(expect.arrayContaining(["berlin", "budapest", "prague"]));
  });

  it("orders by date, not input order, and breaks ties phase-first", () => {
    const reversed = buildStory([...data.conferences].reverse(), [...data.phases].reverse(), data.places);
    expect(reversed.map((s) => s.id)).toEqual(steps.map((s) => s.id));
  });

  it("carries place, date, figures, adopted, outcome and sources", () => {
    const istanbul = steps.find((s) => s.id === "mc-2019-istanbul")!;
    expect(istanbul.kind).toBe("conference");
    expect(istanbul.place?.name).toMatch(/Istanbul/);
    expect(istanbul.date.start).toBe("2019-02-19");
    expect(istanbul.figures.length).toBeGreaterThan(0);
    expect(istanbul.adopted).toMatch(/Istanbul Commitments/);
    expect(istanbul.summary).toBe(data.conferences.find((c) => c.id === "mc-2019-istanbul")!.outcome);
    expect(istanbul.sources.length).toBeGreaterThan(0);
    const phase = steps[0];
    expect(phase.kind).toBe("phase");
    expect(phase.place).toBeUndefined();
    expect(phase.date).toEqual({ start: "1991", end: "2003", precision: "year" });
    expect(phase.summary).toBe(data.phases[0].summary);
  });

  it("translates titles and summaries where the data has them", () => {
    expect(stepTitle(steps[1], "ru")).toBe("Берлинская министерская конференция");
    expect(stepTitle(steps[1], "en")).toBe("Berlin Ministerial Conference");
    expect(stepSummary(steps[0], "ru")).not.toBe(steps[0].summary);
  });

  it("clamps steps into the story", () => {
    expect(clampStep(0, 11)).toBe(1);
    expect(clampStep(99, 11)).toBe(11);
    expect(clampStep(NaN, 11)).toBe(1);
    expect(clampStep(3, 0)).toBe(1);
  });

  it("lists each citation once, figures first", () => {
    const c = stepCitations(steps.find((s) => s.id === "mc-2019-istanbul")!);
    expect(new Set(c.map((r) => r.source + r.quote)).size).toBe(c.length);
    expect(c[0].quote).toBe("gathering 46 participating countries");
  });
});
