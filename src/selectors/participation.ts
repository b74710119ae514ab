// Participation at each ministerial conference: every stated figure kept with its kind and
// its source, and conferences where sources disagree flagged rather than resolved.
import type { Conference, Conflict, Figure } from "../data/schemas";

export interface ParticipationRow {
  conference: Conference;
  year: number;
  /** The figures that count states or states-and-organisations, one per source and kind. */
  figures: Figure[];
  /** Conflicts recorded about this conference's participation figures. */
  conflicts: Conflict[];
}

const HEADLINE_KINDS = new Set<Figure["kind"]>(["countries", "countries-and-organisations"]);

export function participationRows(conferences: Conference[], conflicts: Conflict[]): ParticipationRow[] {
  const figureConflicts = conflicts.filter((c) => c.dataset === "conferences" && c.field === "figures");
  return [...conferences]
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((conference) => ({
      conference,
      year: Number(conference.date.start.slice(0, 4)),
      figures: conference.figures.filter((f) => HEADLINE_KINDS.has(f.kind)),
      conflicts: figureConflicts.filter((c) => c.record === conference.id),
    }));
}
