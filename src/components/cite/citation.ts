// The citation of one chart as text: APA-like for prose, BibTeX for reference managers. Pure,
// so the same input always gives the same citation (and it loads only with the dialog).
import type { Source } from "../../data/schemas";

export interface CitationInput {
  /** The atlas's name, e.g. "Budapest Process Atlas". */
  site: string;
  /** The chart's visible title. */
  title: string;
  /** Chart id, used in the BibTeX key. */
  chart: string;
  /** The exact URL of the view being cited. */
  url: string;
  sources: readonly Pick<Source, "title" | "period" | "publisher">[];
}

/** The date of the data: the newest year in any source document's period. */
export function dataYear(sources: CitationInput["sources"]): string {
  const years = sources.flatMap((s) => s.period.match(/\d{4}/g) ?? []).map(Number);
  return years.length ? String(Math.max(...years)) : "n.d.";
}

function documents(sources: CitationInput["sources"]): string {
  return sources.map((s) => (s.title.includes(s.period) ? s.title : `${s.title} (${s.period})`)).join("; ");
}

export function apaCitation(c: CitationInput): string {
  const publishers = [...new Set(c.sources.map((s) => s.publisher))].join("; ");
  return `${c.site}. (${dataYear(c.sources)}). ${c.title} [Data visualisation]. Data compiled from documents of the ${publishers}: ${documents(c.sources)}. ${c.url}`;
}

// BibTeX treats these as markup; a title or a URL from the data must not break the entry.
function bib(text: string): string {
  return text.replace(/[\\{}]/g, "").replace(/([&%$#_])/g, "\\$1");
}

export function bibtexCitation(c: CitationInput): string {
  const year = dataYear(c.sources);
  const key = `${c.site.toLowerCase().replace(/[^a-z]+/g, "")}_${c.chart.replace(/[^a-z0-9]+/gi, "")}_${year}`;
  return [
    `@misc{${key},`,
    `  author = {{${bib(c.site)}}},`,
    `  title = {{${bib(c.title)}}},`,
    `  year = {${year}},`,
    `  howpublished = {\\url{${c.url.replace(/[{}\\]/g, encodeURIComponent)}}},`,
    `  note = {Data visualisation. Data compiled from: ${bib(documents(c.sources))}}`,
    `}`,
  ].join("\n");
}
