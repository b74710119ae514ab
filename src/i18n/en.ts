// English interface strings: the reference set. Every other language must have every key.
// Messages are ICU MessageFormat: `{name}` inserts a value, `{n, number}` a number in the
// reader's digits, `{n, plural, one {# …} other {# …}}` picks the form for the count. The build
// parses them (src/i18n/icuPlugin.ts), so the page ships no message parser. The presenter's
// strings are in en.present.ts and load with the presenter; those that name data problems are
// in en.problems.ts and load when there is one; those of the citation dialog and the list of
// disagreements in en.cite.ts and en.conflicts.ts, loaded with them; the explorer's own (its
// header and footer, filters, settings, sharing, country panel, data section), the map's, the
// timeline's and the membership charts' in en.explorer.ts, en.map.ts, en.timeline.ts and
// en.membership.ts, loaded with what shows them. What stays here is what every chart, embed or
// not, may show: a string only one shell or view uses belongs in that one's file, as every byte
// here is in each embed's first load.
import type { enPresent } from "./en.present";
import type { enProblems } from "./en.problems";
import type { enCite } from "./en.cite";
import type { enConflicts } from "./en.conflicts";
import type { enExplorer } from "./en.explorer";
import type { enMap } from "./en.map";
import type { enTimeline } from "./en.timeline";
import type { enMembership } from "./en.membership";

export const en = {
  "app.title": "Budapest Process Atlas",
  "status.loading": "Loading data…",
  "status.codeFailed": "This part of the atlas could not be loaded. Reload the page to try again.",
  "status.error.title": "This view cannot be drawn: the data it needs has a problem.",
  "status.error.hint": "Other views that do not need this file keep working.",
  "status.problem.record": "record",
  "status.problem.field": "field",
  "kind.conference": "Ministerial conference",
  "kind.som": "Senior Officials Meeting",
  "kind.working-group": "Working group meeting",
  "kind.thematic": "Thematic meeting",
  "kind.preparatory": "Preparatory meeting",
  "kind.consultation": "Consultation meeting",
  "kind.joint": "Joint meeting",
  "kind.training": "Training or workshop",
  "kind.study-visit": "Study visit",
  "kind.launch": "Launch or inauguration",
  "chart.showTable": "Show the numbers as a table",
  "col.conference": "Conference",
  "col.date": "Date",
  "col.firstYear": "First year",
  "col.kind": "Kind",
  "col.region": "Region",
  "col.source": "Source",
  "col.state": "State",
  "col.total": "Total",
  "col.value": "Value",
  "col.year": "Year",
  "figure.over": "over",
  "figure.about": "about",
  "figure.kind.countries": "countries",
  "figure.kind.countries-and-organisations": "countries and organisations",
  "figure.kind.organisations": "organisations",
  "figure.kind.participants": "participants",
  "figure.kind.ministers": "ministers",
  "figure.kind.officials": "officials",
  "figure.kind.delegates": "delegates",
  "figure.kind.trainees": "trainees",
  "place.virtual": "virtual",
  "place.unstated": "place not stated",
  "region.eu-efta": "EU and EFTA",
  "region.south-east-europe": "South East Europe",
  "region.eastern-europe-caucasus": "Eastern Europe and South Caucasus",
  "region.central-asia": "Central Asia",
  "region.silk-routes": "Silk Routes",
  "region.other": "Other",
  "status.planned": "planned",
  "embed.title.map": "Where the Budapest Process met",
  "embed.title.timeline": "The Budapest Process, 1991–2024",
  "embed.title.membership": "How the Budapest Process grew",
  "embed.title.participation": "Participation in the ministerial conferences",
  "embed.title.growth": "States documented as taking part in the Budapest Process",
  "embed.title.per-year": "Budapest Process meetings per year",
  "embed.desc.map": "Cities that hosted ministerial conferences and other meetings of the dialogue.",
  "embed.desc.timeline": "Phases, ministerial conferences and meetings on one time axis.",
  "embed.desc.membership": "Conference participation, participating states and meetings per year.",
  "embed.desc.participation": "States and organisations at each ministerial conference, as each source states them.",
  "embed.desc.growth": "Each state from the first year a source documents it in the Process, with how and the quote.",
  "embed.desc.per-year": "Meetings of every kind, counted in the year they started.",
  "embed.source": "Source: Budapest Process Secretariat (ICMPD) documents, compiled by the Budapest Process Atlas",
  "embed.explore": "Open in the full atlas",
  "download.label": "Download",
  "download.png": "PNG",
  "download.svg": "SVG",
  "download.csv": "CSV",
  "download.png.title": "Download the chart as a PNG image",
  "download.svg.title": "Download the chart as an SVG vector image",
  "download.csv.title": "Download the chart's numbers as a CSV table",
  "download.credit": "Budapest Process Atlas",
  "download.failed": "The download could not be made: {message}",
  "cite.button": "Cite this",
  "share.copy": "Copy",
  "share.copied": "Copied",
  "share.copyFailed": "Selected: press Ctrl+C (⌘C) to copy",
  "share.close": "Close",
  "col.how": "How",
  "col.evidence": "Evidence",
  "col.status": "Counted",
  "howCounted.label": "How this is counted",
  "col.held": "Held",
  "col.planned": "Planned",
  "col.other": "Other items",
} as const;

export type MessageKey = keyof typeof en | keyof typeof enPresent | keyof typeof enProblems | keyof typeof enCite | keyof typeof enConflicts
  | keyof typeof enExplorer | keyof typeof enMap | keyof typeof enTimeline
  | keyof typeof enMembership;
export type Messages = Record<MessageKey, string>;
