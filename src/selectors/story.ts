// The presenter's story: one step per phase and one per ministerial conference, in date order.
// When a phase and a conference share a year, the phase comes first: it is the chapter the
// conference opens. Pure, so the presenter, the notes window and the printed chronology agree.
import type { Conference, EventDate, Figure, Language, Phase, Place, SourceRef } from "../data/schemas";
import { dateParts, timeOf } from "./events";

export type StoryStepKind = "phase" | "conference";

export interface StoryStep {
  kind: StoryStepKind;
  id: string;
  /** Year the step is pinned to: the conference's year, or the phase's first year. */
  year: number;
  /** Last year the step covers (the phase's end; the conference's end year). */
  endYear: number;
  title: string;
  place?: Place;
  date: EventDate;
  figures: Figure[];
  /** What the conference adopted, when the texts name it. */
  adopted?: string;
  /** The conference's outcome, or the phase's summary. */
  summary: string;
  /** Why a phase's years are what they are, when the texts leave them to inference. */
  inferred?: string;
  /** Conference ordinal, or phase number. */
  number: number;
  /** The phase a conference belongs to. */
  phase?: string;
  chair?: string;
  translations?: Conference["translations"];
  sources: SourceRef[];
}

function conferenceStep(c: Conference, placeById: Map<string, Place>): StoryStep {
  return {
    kind: "conference",
    id: c.id,
    year: dateParts(c.date.start)[0],
    endYear: dateParts(c.date.end ?? c.date.start)[0],
    title: c.title,
    place: placeById.get(c.place),
    date: c.date,
    figures: c.figures,
    adopted: c.adopted,
    summary: c.outcome,
    number: c.ordinal,
    phase: c.phase,
    chair: c.chair,
    translations: c.translations,
    sources: c.sources,
  };
}

function phaseStep(p: Phase): StoryStep {
  return {
    kind: "phase",
    id: p.id,
    year: p.start,
    endYear: p.end,
    title: p.title,
    date: { start: String(p.start), end: String(p.end), precision: "year" },
    figures: [],
    summary: p.summary,
    inferred: p.inferred,
    number: p.number,
    translations: p.translations,
    sources: p.sources,
  };
}

/** Sort key inside a year: phases first, then conferences by their date. */
function order(a: StoryStep, b: StoryStep): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.kind !== b.kind) return a.kind === "phase" ? -1 : 1;
  const t = a.kind === "conference" ? timeOf(a.date) - timeOf(b.date) : a.number - b.number;
  return t || a.id.localeCompare(b.id);
}

export function buildStory(conferences: Conference[], phases: Phase[], places: Place[]): StoryStep[] {
  const placeById = new Map(places.map((p) => [p.id, p]));
  return [...phases.map(phaseStep), ...conferences.map((c) => conferenceStep(c, placeById))].sort(order);
}

/** Step number (1-based) clamped into the story; 1 for an empty story. */
export function clampStep(step: number, total: number): number {
  if (!Number.isFinite(step) || total < 1) return 1;
  return Math.min(total, Math.max(1, Math.round(step)));
}

export function stepTitle(step: StoryStep, lang: Language): string {
  return step.translations?.[lang]?.title ?? step.title;
}

export function stepSummary(step: StoryStep, lang: Language): string {
  return step.translations?.[lang]?.summary ?? step.summary;
}

/** Every source a step cites, figures first, without repeating a (source, quote) pair. */
export function stepCitations(step: StoryStep): SourceRef[] {
  const seen = new Set<string>();
  const out: SourceRef[] = [];
  for (const r of [...step.figures.map((f) => ({ source: f.source, quote: f.quote })), ...step.sources]) {
    const key = `${r.source}\u0000${r.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}
