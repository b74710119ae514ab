// Which recorded disagreements concern a record (and one of its fields), so a view can mark the
// figure and link to the "Where the sources disagree" list.
import type { Conflict } from "../data/schemas";

export function conflictsFor(conflicts: readonly Conflict[], dataset: Conflict["dataset"], recordId: string, field?: string): Conflict[] {
  return conflicts.filter((c) => c.dataset === dataset && c.record === recordId && (field === undefined || c.field === field));
}

/**
 * The element id of a conflict in the list, always "conflict-" + its id (ids in conflicts.json
 * already start with "conflict-", so "#conflict-conflict-2019-participation"): link with `#${conflictAnchor(id)}`.
 */
export function conflictAnchor(id: string): string {
  return `conflict-${id}`;
}
