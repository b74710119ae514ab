// Does each stated value rest on a quote? For every date, place and figure where a machine can
// tell, the value must appear in a quote of its own record, or the record must say why it is
// inferred. A year in a date that no quote of the record contains is the typical catch.
import type { Datasets } from "./datasets";
import type { Conflict, EventDate, Figure } from "./schemas";

export interface UnsupportedValue {
  dataset: "conferences" | "meetings" | "projects" | "phases" | "keyFigures";
  record: string;
  field: string;
  message: string;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** A number as the texts may write it: digits, with thousands separated or not, or in words below 100. */
function numberForms(n: number): string[] {
  const digits = String(n);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const forms = [digits, grouped, grouped.replace(/\./g, ","), grouped.replace(/\./g, " ")];
  if (Number.isInteger(n) && n >= 0 && n < 100) {
    forms.push(n < 20 ? ONES[n] : TENS[Math.floor(n / 10)] + (n % 10 ? `-${ONES[n % 10]}` : ""));
  }
  return forms;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** True when `n` stands in `text` as a whole number (not inside a longer one) or a whole word. */
export function statesNumber(text: string, n: number): boolean {
  return numberForms(n).some((form) =>
    /^\d/.test(form)
      ? new RegExp(`(?<![\\d.,])${escape(form)}(?![\\d]|[.,]\\d)`).test(text)
      : new RegExp(`\\b${escape(form)}\\b`, "i").test(text),
  );
}

function statesMonth(text: string, month: number): boolean {
  const name = MONTHS[month - 1];
  return new RegExp(`\\b(${name}|${name.slice(0, 3)}\\.?)\\b`, "i").test(text) || new RegExp(`(?<!\\d)${String(month).padStart(2, "0")}\\.\\d{4}`).test(text);
}

/** The years, months and days a date claims, each checked against the record's quotes. */
function dateGaps(date: EventDate, text: string): string[] {
  if (date.basis && !date.inferred) return [`a date with basis "${date.basis}" and no \`inferred\` reason`];
  if (date.basis === "reporting-period" && !date.end) return ["a date known only by its reporting period and no end"];
  if (date.inferred) return [];
  const gaps: string[] = [];
  for (const part of [date.start, date.end]) {
    if (!part) continue;
    const [y, m, d] = part.split("-").map(Number);
    if (!statesNumber(text, y)) gaps.push(`year ${y}`);
    if (m !== undefined && !statesMonth(text, m)) gaps.push(`month ${MONTHS[m - 1]} ${y}`);
    if (d !== undefined && !statesNumber(text, d) && !new RegExp(`(?<!\\d)${d}(st|nd|rd|th)`).test(text)) gaps.push(`day ${part}`);
  }
  return [...new Set(gaps)];
}

function figureGap(f: Figure): string | undefined {
  if (f.inferred || statesNumber(f.quote, f.value)) return undefined;
  return `figure ${f.value} (${f.kind}) is not in its quote "${f.quote}"`;
}

const quotesOf = (r: { sources: { quote: string }[]; figures?: { quote: string }[] }) =>
  [...r.sources, ...(r.figures ?? [])].map((q) => q.quote).join(" \u2016 ");

export function unsupportedValues(data: Partial<Datasets>): UnsupportedValue[] {
  const out: UnsupportedValue[] = [];
  const placeName = new Map((data.places ?? []).map((p) => [p.id, p.name]));
  const events = [
    ...(data.conferences ?? []).map((r) => ({ dataset: "conferences" as const, r, placeInferred: undefined as string | undefined })),
    ...(data.meetings ?? []).map((r) => ({ dataset: "meetings" as const, r, placeInferred: r.placeInferred })),
  ];
  for (const { dataset, r, placeInferred } of events) {
    const text = quotesOf(r);
    for (const gap of dateGaps(r.date, text)) {
      out.push({ dataset, record: r.id, field: "date", message: gap.startsWith("a date") ? gap : `${gap} is in no quote of the record and the date has no \`inferred\` reason` });
    }
    const name = r.place && placeName.get(r.place);
    if (name && !placeInferred && !text.toLowerCase().includes(name.toLowerCase())) {
      out.push({ dataset, record: r.id, field: "place", message: `place "${name}" is in no quote of the record and has no \`placeInferred\` reason` });
    }
    r.figures.forEach((f, i) => {
      const gap = figureGap(f);
      if (gap) out.push({ dataset, record: r.id, field: `figures.${i}`, message: gap });
    });
  }
  for (const p of data.projects ?? []) {
    if (p.inferred) continue;
    const text = quotesOf(p);
    for (const [field, value] of [["start", p.start], ["end", p.end]] as const) {
      if (!value) continue;
      const [y, m] = value.split("-").map(Number);
      if (!statesNumber(text, y) && !new RegExp(`\\.${y}\\b`).test(text)) out.push({ dataset: "projects", record: p.id, field, message: `year ${y} is in no quote of the record and the project has no \`inferred\` reason` });
      else if (m !== undefined && !statesMonth(text, m)) out.push({ dataset: "projects", record: p.id, field, message: `month ${value} is in no quote of the record and the project has no \`inferred\` reason` });
    }
    if (p.budgetEUR !== undefined && !statesNumber(text, p.budgetEUR)) out.push({ dataset: "projects", record: p.id, field: "budgetEUR", message: `budget ${p.budgetEUR} is in no quote of the record` });
  }
  for (const p of data.phases ?? []) {
    const text = quotesOf(p);
    for (const field of ["start", "end"] as const) {
      if (!p.inferred && !statesNumber(text, p[field])) out.push({ dataset: "phases", record: p.id, field, message: `year ${p[field]} is in no quote of the record and the phase has no \`inferred\` reason` });
    }
  }
  for (const k of data.keyFigures ?? []) {
    if (!statesNumber(quotesOf(k), k.value)) out.push({ dataset: "keyFigures", record: k.id, field: "value", message: `value ${k.value} is in no quote of the record` });
  }
  return out;
}

/** One line per conflict for the data check's report: the reader sees every disagreement by name. */
export function conflictLines(conflicts: Conflict[]): string[] {
  const byKind = new Map<string, number>();
  for (const c of conflicts) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
  const kinds = [...byKind].map(([k, n]) => `${k} ${n}`).join(", ");
  return [
    `${conflicts.length} conflicts between the sources (${kinds}):`,
    ...conflicts.map((c) => `  ${c.id} [${c.kind}] ${c.subject}: ${c.resolution}`),
  ];
}
