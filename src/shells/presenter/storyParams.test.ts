import { describe, expect, it } from "vitest";
import { composeSlides, formatStepList, MAX_SLIDE_TEXT, parseStoryParams, type RawStoryParams } from "./storyParams";
import type { StoryStep } from "../../selectors/story";

const none: RawStoryParams = { steps: null, title: null, end: null };
const parse = (raw: Partial<RawStoryParams>, total = 11) => parseStoryParams({ ...none, ...raw }, total);

describe("parseStoryParams", () => {
  it("reads steps, ranges and order", () => {
    expect(parse({ steps: "1,4,7-9" })).toEqual({ order: [1, 4, 7, 8, 9], title: null, end: null, problems: [] });
    expect(parse({ steps: "9-7, 2" }).order).toEqual([9, 8, 7, 2]);
    expect(parse({ steps: "11" }).order).toEqual([11]);
  });

  it("is the full story without parameters", () => {
    expect(parse({})).toEqual({ order: null, title: null, end: null, problems: [] });
  });

  it.each([
    ["", "empty"], ["0", "below the story"], ["12", "past the story"], ["1,,2", "an empty item"], ["a", "not a number"],
    ["1-x", "half a range"], ["3,3", "a repeat"], ["1-3,2", "a repeat inside a range"], ["1.5", "a fraction"],
    ["-2", "a negative"], ["1".repeat(201), "too long"],
  ])("names steps=%j (%s) and falls back to the full story", (steps) => {
    expect(parse({ steps })).toMatchObject({ order: null, problems: ["steps"] });
  });

  it("reads title and closing lines as plain text, collapsing white space and control characters", () => {
    const p = parse({ title: "  Thirty years of\n dialogue ", end: "Thank you <b>all</b>" });
    expect(p.title).toBe("Thirty years of dialogue");
    expect(p.end).toBe("Thank you <b>all</b>");
    expect(p.problems).toEqual([]);
  });

  it("drops an empty or overlong title or closing line and names it", () => {
    expect(parse({ title: "   ", end: "x".repeat(MAX_SLIDE_TEXT + 1) })).toEqual({ order: null, title: null, end: null, problems: ["title", "end"] });
    expect(parse({ title: "x".repeat(MAX_SLIDE_TEXT) }).title).toHaveLength(MAX_SLIDE_TEXT);
  });

  it("keeps the good parameters when one is bad", () => {
    expect(parse({ steps: "2-3", title: "", end: "Questions?" })).toEqual({ order: [2, 3], title: null, end: "Questions?", problems: ["title"] });
  });
});

describe("composeSlides", () => {
  const story = ["a", "b", "c", "d"].map((id) => ({ id }) as StoryStep);
  it("puts the title first, the chosen steps in order, the closing slide last", () => {
    const slides = composeSlides(story, { order: [3, 1], title: "T", end: "E", problems: [] });
    expect(slides.map((s) => s.id)).toEqual(["title", "c", "a", "end"]);
    expect(slides[1]).toMatchObject({ kind: "step", number: 3 });
  });
  it("is every step without a chosen order", () => {
    expect(composeSlides(story, { order: null, title: null, end: null, problems: [] }).map((s) => s.id)).toEqual(["a", "b", "c", "d"]);
  });
});

describe("formatStepList", () => {
  it("writes runs of three or more as ranges and round-trips through the parser", () => {
    expect(formatStepList([1, 2, 3, 5, 7, 8, 9])).toBe("1-3,5,7-9");
    expect(formatStepList([4, 5, 1])).toBe("4,5,1");
    for (const list of [[1, 2, 3, 5, 7, 8, 9], [4, 5, 1], [11, 10, 9]]) {
      expect(parse({ steps: formatStepList(list) }).order).toEqual(list);
    }
  });
});
