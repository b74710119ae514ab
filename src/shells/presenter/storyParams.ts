// The presenter's own story from its URL: `steps=1,4,7-9` chooses and orders steps of the full
// story, `title=` adds a title slide before them and `end=` a closing slide after. Parsed with
// zod, the project's schema library, so the rules read as a schema; a value that does not pass
// is dropped and named (the stage shows a small notice) and the rest of the story still runs.
import { z } from "zod/mini";
import type { StoryStep } from "../../selectors/story";

/** Longest title or closing line: a slide, not a page. */
export const MAX_SLIDE_TEXT = 160;

const STEP_TOKEN = /^(\d{1,3})(?:-(\d{1,3}))?$/;

const stepList = z.pipe(
  z.string().check(z.maxLength(200)),
  z.transform((raw, ctx) => {
    const out: number[] = [];
    for (const token of raw.split(",").map((s) => s.trim())) {
      const m = STEP_TOKEN.exec(token);
      if (!m) {
        ctx.issues.push({ code: "custom", message: `not a step or range: "${token}"`, input: raw });
        return z.NEVER;
      }
      const a = Number(m[1]);
      const b = m[2] === undefined ? a : Number(m[2]);
      // A range may run backwards (9-7), for a story told in reverse.
      const dir = a <= b ? 1 : -1;
      for (let n = a; n !== b + dir; n += dir) out.push(n);
    }
    return out;
  }),
);

const slideText = z.pipe(
  z.string(),
  z.transform((raw) => raw.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim()),
).check(z.minLength(1), z.maxLength(MAX_SLIDE_TEXT));

export type StoryParamName = "steps" | "title" | "end";

export interface StoryParams {
  /** 1-based numbers into the full story, in the order to show them; null for all of it. */
  order: number[] | null;
  title: string | null;
  end: string | null;
  /** Parameters given but not usable: the stage says so and goes on without them. */
  problems: StoryParamName[];
}

export interface RawStoryParams {
  steps: string | null;
  title: string | null;
  end: string | null;
}

/** Parses the three parameters against a story of `total` steps. Never throws. */
export function parseStoryParams(raw: RawStoryParams, total: number): StoryParams {
  const problems: StoryParamName[] = [];
  let order: number[] | null = null;
  if (raw.steps !== null) {
    const inStory = z.array(z.number().check(z.int(), z.minimum(1), z.maximum(total))).check(
      z.minLength(1),
      z.refine((list) => new Set(list).size === list.length, "a step is listed twice"),
    );
    const parsed = z.pipe(stepList, inStory).safeParse(raw.steps);
    if (parsed.success) order = parsed.data;
    else problems.push("steps");
  }
  const text = (name: "title" | "end"): string | null => {
    const value = raw[name];
    if (value === null) return null;
    const parsed = slideText.safeParse(value);
    if (parsed.success) return parsed.data;
    problems.push(name);
    return null;
  };
  const title = text("title");
  const end = text("end");
  return { order, title, end, problems };
}

export type Slide =
  | { kind: "step"; id: string; step: StoryStep; /** Its number in the full story. */ number: number }
  | { kind: "title" | "end"; id: "title" | "end"; text: string };

/** The slides to show: the title, the chosen steps in their order, the closing slide. */
export function composeSlides(story: readonly StoryStep[], params: StoryParams): Slide[] {
  const numbers = params.order ?? story.map((_, i) => i + 1);
  const slides: Slide[] = numbers.map((n) => ({ kind: "step", id: story[n - 1].id, step: story[n - 1], number: n }));
  if (params.title) slides.unshift({ kind: "title", id: "title", text: params.title });
  if (params.end) slides.push({ kind: "end", id: "end", text: params.end });
  return slides;
}

/** `1,2,3,5,7,8,9` → `1-3,5,7-9`: the shortest form of a chosen order, for a link to share. */
export function formatStepList(numbers: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    parts.push(j - i >= 2 ? `${numbers[i]}-${numbers[j]}` : numbers.slice(i, j + 1).join(","));
    i = j + 1;
  }
  return parts.join(",");
}
