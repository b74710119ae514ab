// The presenter's story: one step per phase and one per ministerial conference, in date order.
// When a phase and a conference share a year, the phase comes first: it is the chapter the
// conference opens. Pure, so the presenter, the notes window and the printed chronology agree.
import type { Conference, EventDate, Figure, Language, Meeting, Phase, Place, SourceRef } from "../data/schemas";
import { dateParts, timeOf } from "./events";
import { compareIds } from "../domain";

export type StoryStepKind = "phase" | "conference";

/** How many figures a slide shows large; the rest go to the speaker view and the handout. */
export const STAGE_FIGURES = 3;

export interface StoryStep {
  kind: StoryStepKind;
  id: string;
  /** Year the step is pinned to: the conference's year, or the phase's first year. */
  year: number;
  /** Last year the step covers (the phase's end; the conference's end year). */
  endYear: number;
  title: string;
  place?: Place;
  /** Every place the step is about, for the map to frame: the conference's city; for a phase,
   *  the cities of its conferences and of the meetings held in its years. */
  places: Place[];
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
  const place = placeById.get(c.place);
  return {
    kind: "conference",
    id: c.id,
    year: dateParts(c.date.start)[0],
    endYear: dateParts(c.date.end ?? c.date.start)[0],
    title: c.title,
    place,
    places: place ? [place] : [],
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

function phaseStep(p: Phase, places: Place[]): StoryStep {
  return {
    kind: "phase",
    id: p.id,
    year: p.start,
    endYear: p.end,
    title: p.title,
    places,
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
  return t || compareIds(a.id, b.id);
}

/**
 * Where a phase took place: its conferences' cities and those of the meetings held in its years
 * (a phase's last year is the next one's first, so it belongs to the next, except for the last
 * phase). A joint meeting with another process (the Bali Process in Perth) is that process's
 * ground, not a place the dialogue reached, so it does not widen the frame.
 */
function phasePlaces(p: Phase, last: boolean, conferences: Conference[], meetings: Meeting[], placeById: Map<string, Place>): Place[] {
  const inYears = (date: EventDate) => {
    const y = dateParts(date.start)[0];
    return y >= p.start && (y < p.end || (last && y === p.end));
  };
  const ids = new Set<string>();
  for (const c of conferences) if (c.phase === p.id) ids.add(c.place);
  for (const m of meetings) if (m.place && m.type !== "joint" && m.status !== "planned" && inYears(m.date)) ids.add(m.place);
  return [...ids].flatMap((id) => placeById.get(id) ?? []).sort((a, b) => compareIds(a.id, b.id));
}

export function buildStory(conferences: Conference[], phases: Phase[], places: Place[], meetings: Meeting[] = []): StoryStep[] {
  const placeById = new Map(places.map((p) => [p.id, p]));
  const lastEnd = Math.max(...phases.map((p) => p.end));
  return [
    ...phases.map((p) => phaseStep(p, phasePlaces(p, p.end === lastEnd, conferences, meetings, placeById))),
    ...conferences.map((c) => conferenceStep(c, placeById)),
  ].sort(order);
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
