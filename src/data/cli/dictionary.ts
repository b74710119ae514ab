// The data dictionary shipped in the dataset zip: what each file and column holds, every
// vocabulary of kinds, how figures are counted, what the sources leave out, and the licence.
import { CONFLICT_KINDS, DateBasis, FigureKind, MEETING_TYPES, MembershipEventKind, Precision, REGIONS } from "../schemas.ts";
import { columnsOf, type Table } from "./tables.ts";
import type { DerivedTable } from "./archive.ts";

const TABLES: Record<string, string> = {
  sources: "The five source documents (publisher, period, seed file). Every quote elsewhere names one of them.",
  places: "Cities where meetings were held. Coordinates are general knowledge, not from the documents.",
  conferences: "The ministerial conferences, 1991–2024.",
  meetings: "Other meetings and events: Senior Officials Meetings, working groups, thematic and preparatory meetings, consultations, joint meetings, trainings, study visits, launches.",
  countries: "States, historic states and the group \"EU Member States\", with their documented roles.",
  phases: "The four phases of the dialogue named in the anniversary booklet.",
  workingGroups: "Working groups, thematic working groups, the Reference Group and COLEP.",
  projects: "Projects implemented under the umbrella of the Process.",
  keyFigures: "Headline numbers as the documents state them.",
  conflicts: "Every disagreement between (or within) the documents, each statement quoted, with the reading the atlas uses.",
};

const FIELDS: Record<string, string> = {
  id: "Stable identifier (lower-case slug; ISO 3166-1 alpha-3 for countries, EUMS for the EU Member States group).",
  record: "Id of the record this row belongs to (in a child table), or the record a conflict is about.",
  position: "Order of the row within its record (1 = first).",
  source: "Id of the source document (see sources.csv).",
  quote: "Exact words from that document, OCR errors kept; spaces and line breaks normalised.",
  title: "Title or name as used in the atlas.",
  name: "Name as used in the atlas; the quotes keep each document's spelling.",
  publisher: "Who published the document.",
  period: "The period the document covers (its reporting period).",
  file: "File name of the plain-text seed document.",
  description: "What the document contains.",
  country: "ISO 3166-1 alpha-3 code of the country (for a meeting: set when the text names only the country).",
  lat: "Latitude, general knowledge.",
  lon: "Longitude, general knowledge.",
  coordinates: "Where the coordinates come from (always general knowledge).",
  ordinal: "Number of the conference in the series (Berlin 1991 = 1st).",
  "date.start": "Start: YYYY, YYYY-MM or YYYY-MM-DD, exactly as precise as the text.",
  "date.end": "End, same form as the start; empty for a one-day or undated-end event.",
  "date.precision": "day, month or year: how much of the date the text states.",
  "date.note": "How the date reads in the text.",
  "date.basis": "Empty when the text states the date; \"context\" when part of it is inferred; \"reporting-period\" when the text gives no date and start–end is the document's period (the event happened at an unknown time within it).",
  "date.inferred": "Why a date part that no quote states is given.",
  place: "Id of the place (see places.csv); empty when not stated or virtual.",
  placeInferred: "Why the place is given when no quote names it.",
  chair: "Who chaired, invited or hosted, as stated.",
  adopted: "Document adopted at the conference.",
  outcome: "Summary of the outcome.",
  phase: "Id of the phase (see phases.csv).",
  type: "Kind of meeting (see the meeting types below).",
  format: "in-person, virtual or unstated.",
  status: "planned when the texts announce the meeting but do not confirm it was held; empty = held.",
  workingGroup: "Id of the working group (see workingGroups.csv).",
  project: "Id of the project (see projects.csv).",
  summary: "Summary in English.",
  value: "The number as stated (for a conflict: one statement, in words).",
  qualifier: "over / about / plus when the text says \"over 50\", \"~\", \"50+\".",
  kind: "Kind of figure, membership event or conflict (see the vocabularies below).",
  label: "What the number counts, in words.",
  inferred: "Why a value that no quote states is given.",
  region: "Region, general knowledge.",
  members: "Member states of a group, or successor states of a historic state (general knowledge).",
  note: "Remarks on the record.",
  year: "Year of the event, when stated or inferred.",
  number: "Number of the phase.",
  start: "Start year (phases) or YYYY / YYYY-MM (projects).",
  end: "End year (phases) or YYYY / YYYY-MM (projects).",
  chairs: "ISO codes of the chairing states.",
  established: "Year established or first met.",
  shortName: "Short name.",
  budgetEUR: "Budget in euros as printed.",
  budgetQualifier: "about when printed with ~.",
  funders: "ISO codes of the funding states, or EU.",
  asOf: "Year the figure refers to.",
  subject: "What the sources disagree about.",
  dataset: "Dataset of the record the conflict is about.",
  field: "Field of that record.",
  resolution: "The reading the atlas uses, in one line.",
};

function describe(column: string): string {
  if (column.startsWith("translations.")) {
    const [, lang, field] = column.split(".");
    return `${field === "title" ? "Title" : "Summary"} in ${lang === "ru" ? "Russian" : lang}.`;
  }
  return FIELDS[column] ?? FIELDS[column.split(".").pop() ?? ""] ?? "See the JSON schema (src/data/schemas.ts).";
}

const list = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(", ");

export function dataDictionary(tables: readonly Table[], built: string, derived: readonly DerivedTable[] = []): string {
  const out = [
    "# Budapest Process Atlas: the data",
    "",
    `Compiled ${built}. Every value comes from five public documents of the Budapest Process Secretariat (ICMPD), cited with the document and its exact words; coordinates, ISO codes and regions are general knowledge and marked as such.`,
    "",
    "Licence: the compiled data (the JSON and CSV files here) is licensed under Creative Commons Attribution 4.0 International (CC BY 4.0), see LICENSE-DATA.txt. Cite it as: Budapest Process Atlas (compiled data), from documents of the Budapest Process Secretariat (ICMPD). The source documents remain their publisher's; quotes are short extracts. The atlas's code is MIT-licensed.",
    "",
    "## Files",
    "",
    "- `json/*.json`: the datasets exactly as the atlas loads them.",
    "- `csv/*.csv`: the same records flattened, one table per dataset; nested values become dotted columns (`date.start`), lists of values are joined with `; `, and lists of objects (sources, figures, events, values) are child tables named `<dataset>_<list>.csv` whose `record` column holds the parent's id.",
    ...derived.map((d) => `- \`csv/${d.name}.csv\`: derived by the atlas from the tables above, not a dataset.`),
    "",
    "## Tables and columns",
  ];
  for (const t of tables) {
    const own = derived.find((d) => d.name === t.name);
    if (own) {
      out.push("", `### ${t.name}.csv (${t.rows.length} rows)`, "", own.description, "");
      for (const c of columnsOf(t)) out.push(`- \`${c}\`: ${own.columns[c] ?? describe(c)}`);
      continue;
    }
    const base = t.name.split("_")[0];
    const columns = columnsOf(t);
    out.push("", `### ${t.name}.csv (${t.rows.length} rows)`, "", t.name === base ? (TABLES[base] ?? "") : `One row per item of a ${base} record's \`${t.name.slice(base.length + 1)}\` list.`, "");
    for (const c of columns) out.push(`- \`${c}\`: ${describe(c)}`);
  }
  out.push(
    "",
    "## Vocabularies",
    "",
    `- Meeting types: ${list(MEETING_TYPES)}.`,
    `- Figure kinds: ${list(FigureKind.options)}. Each kind counts one thing; figures of different kinds are never added or drawn as one series.`,
    `- Membership event kinds: ${list(MembershipEventKind.options)}.`,
    `- Regions (general knowledge): ${list(REGIONS)}.`,
    `- Date precision: ${list(Precision.options)}; date basis: ${list(DateBasis.options)}.`,
    `- Conflict kinds: ${list(CONFLICT_KINDS)}: count (different numbers for the same thing), date, planned-vs-held (an announced date and the date held), duration, ordinal (which conference is the nth), list (a list that omits a known member or names one twice), naming (one body under several names), ocr (a garbled or truncated printed value), span (one document splits what another merges), ambiguity (what "first", "since then" or "initiated" covers).`,
    "",
    "## How figures are counted",
    "",
    "- A figure is one number stated by one document, with its quote. Figures from different documents are never merged: where they differ, both are kept and a conflict record quotes each (see conflicts.csv).",
    "- A value no quote states (a year from context, a place from a neighbouring meeting) carries an `inferred` reason; `npm run data:check` fails on any date, place or figure that has neither a quote nor a reason.",
    "- Items a document does not date at all carry `date.basis` = `reporting-period`: count them within the period, not in one year.",
    "- <!-- counting rules for participation (states documented as taking part) go here -->",
    "",
    "## Known gaps",
    "",
    "- The five documents cover 1991–2024 unevenly: 2015–2017, 2019–2020 and 2023 in detail, other years through the anniversary booklet only.",
    "- Many meetings are known only by year (the booklet's lists), some by the reporting period of a news page.",
    "- Participation figures exist for some conferences only; the 1993 conference has no attendance count.",
    "- The booklet is OCR text: names and numbers in quotes keep its errors (\"Tiirkiye\", \"Irag\", \"As of 201\"); the atlas's reading of each is recorded as a conflict of kind ocr.",
    "- The booklet's lists of participating states and of meeting places are incomplete (conflicts of kind list).",
    "",
  );
  return out.join("\n");
}
