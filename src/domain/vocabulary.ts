// The atlas's words for what it shows: the kinds of event, the region groups, the interface
// languages and the span of years. Every layer speaks these; they depend on nothing.

export const FIRST_YEAR = 1991;
export const LAST_YEAR = 2024;

export const LANGUAGES = ["en", "ru"] as const;
export type Language = (typeof LANGUAGES)[number];

export const MEETING_TYPES = [
  "som", "working-group", "thematic", "preparatory", "consultation", "joint", "training", "study-visit", "launch",
] as const;

/** A ministerial conference, or a meeting of one of the types above. */
export const EVENT_KINDS = ["conference", ...MEETING_TYPES] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** What a stated number counts: a figure of one kind is never added to or drawn beside another. */
export const FIGURE_KINDS = [
  "countries", "countries-and-organisations", "organisations", "participants", "ministers", "officials", "delegates", "trainees",
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** Region groups of the participating states, as the Process groups them. */
export const REGIONS = [
  "eu-efta", "south-east-europe", "eastern-europe-caucasus", "central-asia", "silk-routes", "other",
] as const;
export type Region = (typeof REGIONS)[number];
