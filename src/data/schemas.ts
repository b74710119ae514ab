// Record schemas for every dataset in public/data. They are the single source of the app's
// record types (z.infer), so the loader, the data check and the views cannot drift apart.
// zod/mini keeps the validator small enough for the map-less embeds' byte budget.
import { z } from "zod/mini";
// The file extension: the build's dataset-zip plugin loads this module with Vite's config.
import { FIGURE_KINDS, LANGUAGES, MEETING_TYPES, REGIONS } from "../domain/vocabulary.ts";
import type { DatasetName } from "./datasets.ts";

// The vocabulary lives in src/domain; re-exported for the modules that read it with the schemas.
export { LANGUAGES, MEETING_TYPES, REGIONS };
export type { Language } from "../domain/vocabulary.ts";

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, "must be a lower-case slug"));
const text = z.string().check(z.minLength(1, "must not be empty"));
const iso3 = z.string().check(z.regex(/^[A-Z]{3,4}$/, "must be an ISO 3166-1 alpha-3 code"));
const year = z.number().check(z.int(), z.gte(1900), z.lte(2100));

/** A short exact quote from one of the source documents. */
export const SourceRef = z.strictObject({
  source: id,
  quote: z.string().check(z.minLength(4, "quote is too short")),
});
const sources = z.array(SourceRef).check(z.minLength(1, "every record needs at least one source"));

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export const Precision = z.enum(["day", "month", "year"]);

/**
 * What a date rests on when the text does not state all of it.
 * - "reporting-period": the text gives no date at all; `start`–`end` is the reporting period of
 *   the source document (e.g. "2019"–"2020" for the news items 2019–2020). The item happened at
 *   some unknown time within that span: views draw it as a range ("year unknown within
 *   2019–2020"), never as a point, and a count by year must not place it in one year.
 * - "context": part of the date (a year, a month) is inferred from the surrounding text;
 *   `inferred` says from what. Draw it as stated, marked as inferred.
 * Absent: every part of the date is stated in a quote of the record (data:check verifies the
 * years, months and days it can). data:check also requires `inferred` with any basis and an
 * `end` with "reporting-period" (src/data/support.ts: checked there, not in the app's loader).
 */
export const DateBasis = z.enum(["reporting-period", "context"]);

/**
 * A date as precise as the texts allow. `start` and `end` carry exactly the parts the
 * precision names ("2016-05-18" for day, "2023-10" for month, "2019" for year); `note`
 * says how the date reads in the text; `basis` and `inferred` say what is not stated.
 */
export const EventDate = z
  .strictObject({
    start: z.string().check(z.regex(DATE, "must be YYYY, YYYY-MM or YYYY-MM-DD")),
    end: z.optional(z.string().check(z.regex(DATE, "must be YYYY, YYYY-MM or YYYY-MM-DD"))),
    precision: Precision,
    note: z.optional(text),
    basis: z.optional(DateBasis),
    /** Why a value the quotes do not state (year, month, the whole date) is given. */
    inferred: z.optional(text),
  })
  .check(
    z.refine((d) => partsFor(d.precision) === d.start.split("-").length, {
      message: "start does not match the stated precision",
      path: ["start"],
    }),
    z.refine((d) => d.end === undefined || d.end >= d.start, {
      message: "end is before start",
      path: ["end"],
    }),
  );

function partsFor(p: "day" | "month" | "year"): number {
  return p === "day" ? 3 : p === "month" ? 2 : 1;
}

export const FigureKind = z.enum(FIGURE_KINDS);

/** One stated number with its own source: figures are never merged across sources. */
export const Figure = z.strictObject({
  value: z.number().check(z.nonnegative()),
  qualifier: z.optional(z.enum(["over", "about"])),
  kind: FigureKind,
  label: z.optional(text),
  source: id,
  quote: z.string().check(z.minLength(4, "quote is too short")),
  /** Set when the quote states the number but not as this kind of figure; says why it is used. */
  inferred: z.optional(text),
});

const translations = z.optional(
  z.partialRecord(z.enum(LANGUAGES), z.strictObject({ title: z.optional(text), summary: z.optional(text) })),
);

export const Source = z.strictObject({
  id,
  title: text,
  publisher: text,
  period: text,
  file: z.string().check(z.regex(/^[\w.-]+\.txt$/, "must be a seed file name")),
  description: z.optional(text),
});

export const Place = z.strictObject({
  id,
  name: text,
  country: iso3,
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
  coordinates: z.literal("general knowledge"),
  sources,
});

export const Conference = z.strictObject({
  id,
  ordinal: z.number().check(z.int(), z.positive()),
  title: text,
  date: EventDate,
  place: id,
  chair: z.optional(text),
  figures: z.array(Figure),
  adopted: z.optional(text),
  outcome: text,
  phase: id,
  translations,
  sources,
});

export const MeetingType = z.enum(MEETING_TYPES);

export const Meeting = z
  .strictObject({
    id,
    title: text,
    type: MeetingType,
    date: EventDate,
    format: z.enum(["in-person", "virtual", "unstated"]),
    place: z.optional(id),
    /** Why the place is given when no quote of the record names it. */
    placeInferred: z.optional(text),
    /** Set when the text names only the country, not the city. */
    country: z.optional(iso3),
    status: z.optional(z.enum(["held", "planned"])),
    figures: z.array(Figure),
    workingGroup: z.optional(id),
    project: z.optional(id),
    summary: z.optional(text),
    translations,
    sources,
  })
  .check(
    z.refine((m) => m.format !== "in-person" || m.place !== undefined || m.country !== undefined, {
      message: "an in-person meeting needs a place or a country",
      path: ["place"],
    }),
    z.refine((m) => m.format !== "virtual" || m.place === undefined, {
      message: "a virtual meeting has no place",
      path: ["place"],
    }),
  );

export const Region = z.enum(REGIONS);

export const MembershipEventKind = z.enum([
  "berlin-1991",
  "invited",
  "participating",
  "present",
  "host",
  "chair",
  "co-chair",
  /** Invited "to become new participating and observer states" without saying which: not counted as participating. */
  "invited-participating-or-observer",
  "invited-observer",
  "observer",
]);

export const MembershipEvent = z.strictObject({
  kind: MembershipEventKind,
  year: z.optional(year),
  phase: z.optional(id),
  /** What the year rests on when the text gives only a phase or a context. */
  inferred: z.optional(text),
  /** The meeting or conference the event is about (an id in meetings.json or conferences.json): a hosting with no year takes its date. */
  record: z.optional(id),
  source: id,
  quote: z.string().check(z.minLength(4, "quote is too short")),
});

export const Country = z.strictObject({
  id: iso3,
  name: text,
  kind: z.enum(["state", "historic-state", "group"]),
  region: Region,
  /** Group members (EU Member States) or successor states (Soviet Union, Yugoslavia). */
  members: z.optional(z.array(iso3)),
  note: z.optional(text),
  events: z.array(MembershipEvent),
  sources,
});

export const Phase = z.strictObject({
  id,
  number: z.number().check(z.int(), z.positive()),
  title: text,
  start: year,
  end: year,
  summary: text,
  /** Why the start and end years are given: the booklet names phases but not their years. */
  inferred: z.optional(text),
  translations,
  sources,
});

export const WorkingGroup = z.strictObject({
  id,
  name: text,
  chairs: z.array(iso3),
  established: z.optional(year),
  phase: z.optional(id),
  note: z.optional(text),
  sources,
});

export const Project = z.strictObject({
  id,
  name: text,
  shortName: z.optional(text),
  start: z.optional(z.string().check(z.regex(/^\d{4}(-\d{2})?$/, "must be YYYY or YYYY-MM"))),
  end: z.optional(z.string().check(z.regex(/^\d{4}(-\d{2})?$/, "must be YYYY or YYYY-MM"))),
  budgetEUR: z.optional(z.number().check(z.positive())),
  budgetQualifier: z.optional(z.enum(["about"])),
  funders: z.array(z.string().check(z.regex(/^([A-Z]{3}|EU)$/, "must be ISO alpha-3 or EU"))),
  note: z.optional(text),
  /** Why `start` or `end` is given when no quote of the record states it. */
  inferred: z.optional(text),
  sources,
});

export const KeyFigure = z.strictObject({
  id,
  label: text,
  value: z.number().check(z.nonnegative()),
  qualifier: z.optional(z.enum(["over", "about", "plus"])),
  asOf: z.optional(year),
  sources,
});

/**
 * How two statements disagree: count (different numbers of the same thing), date, planned-vs-held
 * (a date announced and the date it happened), duration, ordinal (which conference is the nth),
 * list (a list omits a known member or names one twice), naming (one body or place under two
 * names), ocr (a garbled or truncated printed value), span (one document splits what another
 * merges), ambiguity (what "first", "since then" or "initiated" covers).
 */
export const CONFLICT_KINDS = [
  "count",
  "date",
  "planned-vs-held",
  "duration",
  "ordinal",
  "list",
  "naming",
  "ocr",
  "span",
  "ambiguity",
] as const;
export const ConflictKind = z.enum(CONFLICT_KINDS);

export const Conflict = z.strictObject({
  id,
  subject: text,
  kind: ConflictKind,
  /** The record the conflict is about: dataset name and record id. */
  dataset: z.enum(["conferences", "meetings", "countries", "phases", "projects", "keyFigures", "workingGroups"]),
  /** A record id, or an ISO code for countries (one pattern: a union would cost the explorer bytes). */
  record: z.string().check(z.regex(/^([a-z0-9][a-z0-9-]*|[A-Z]{3,4})$/, "must be a record id or an ISO 3166-1 alpha-3 code")),
  field: text,
  values: z
    .array(z.strictObject({ value: text, source: id, quote: z.string().check(z.minLength(4)) }))
    .check(z.minLength(2, "a conflict needs at least two values")),
  /** One line: which value the atlas uses and how it shows the other(s). */
  resolution: text,
  note: z.optional(text),
  sources,
});

/** Each dataset's record schema, by the dataset's name (datasets.ts). */
export const DATASET_SCHEMAS = {
  sources: Source,
  places: Place,
  conferences: Conference,
  meetings: Meeting,
  countries: Country,
  phases: Phase,
  workingGroups: WorkingGroup,
  projects: Project,
  keyFigures: KeyFigure,
  conflicts: Conflict,
} satisfies Record<DatasetName, unknown>;

export type SourceRef = z.infer<typeof SourceRef>;
export type EventDate = z.infer<typeof EventDate>;
export type Figure = z.infer<typeof Figure>;
export type FigureKind = z.infer<typeof FigureKind>;
export type Source = z.infer<typeof Source>;
export type Place = z.infer<typeof Place>;
export type Conference = z.infer<typeof Conference>;
export type MeetingType = z.infer<typeof MeetingType>;
export type Meeting = z.infer<typeof Meeting>;
export type Region = z.infer<typeof Region>;
export type MembershipEvent = z.infer<typeof MembershipEvent>;
export type Country = z.infer<typeof Country>;
export type Phase = z.infer<typeof Phase>;
export type WorkingGroup = z.infer<typeof WorkingGroup>;
export type Project = z.infer<typeof Project>;
export type KeyFigure = z.infer<typeof KeyFigure>;
export type Conflict = z.infer<typeof Conflict>;
export type ConflictKind = z.infer<typeof ConflictKind>;
export type DateBasis = z.infer<typeof DateBasis>;
