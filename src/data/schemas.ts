// Record schemas for every dataset in public/data. They are the single source of the app's
// record types (z.infer), so the loader, the data check and the views cannot drift apart.
// zod/mini keeps the validator small enough for the map-less embeds' byte budget.
import { z } from "zod/mini";
import { LANGUAGES, MEETING_TYPES, REGIONS } from "../domain/vocabulary";

// The vocabulary lives in src/domain; re-exported for the modules that read it with the schemas.
export { LANGUAGES, MEETING_TYPES, REGIONS };
export type { Language } from "../domain/vocabulary";

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
 * A date as precise as the texts allow. `start` and `end` carry exactly the parts the
 * precision names ("2016-05-18" for day, "2023-10" for month, "2019" for year); `note`
 * says what is inferred when the text leaves part of it to context.
 */
export const EventDate = z
  .strictObject({
    start: z.string().check(z.regex(DATE, "must be YYYY, YYYY-MM or YYYY-MM-DD")),
    end: z.optional(z.string().check(z.regex(DATE, "must be YYYY, YYYY-MM or YYYY-MM-DD"))),
    precision: Precision,
    note: z.optional(text),
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

export const FigureKind = z.enum([
  "countries",
  "countries-and-organisations",
  "organisations",
  "participants",
  "ministers",
  "officials",
  "delegates",
  "trainees",
]);

/** One stated number with its own source: figures are never merged across sources. */
export const Figure = z.strictObject({
  value: z.number().check(z.nonnegative()),
  qualifier: z.optional(z.enum(["over", "about"])),
  kind: FigureKind,
  label: z.optional(text),
  source: id,
  quote: z.string().check(z.minLength(4, "quote is too short")),
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

export const Conflict = z.strictObject({
  id,
  subject: text,
  /** The record the conflict is about: dataset name and record id. */
  dataset: z.enum(["conferences", "meetings", "countries", "phases", "projects", "keyFigures"]),
  record: id,
  field: text,
  values: z
    .array(z.strictObject({ value: text, source: id, quote: z.string().check(z.minLength(4)) }))
    .check(z.minLength(2, "a conflict needs at least two values")),
  note: z.optional(text),
  sources,
});

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
