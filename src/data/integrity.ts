// Cross-file reference checks. A rule runs only when both of its files are at hand, so a
// view that loaded a subset of the datasets checks exactly what it depends on.
import { fileOf, type DatasetName, type Datasets } from "./datasets";
import type { DataProblem } from "./problems";

interface Reference {
  from: DatasetName;
  to: DatasetName;
  /** Yields [field path, referenced id] pairs of one record. */
  refs: (record: any) => Iterable<[string, string | undefined]>;
}

function* sourceRefs(r: any): Iterable<[string, string]> {
  for (const [i, s] of (r.sources ?? []).entries()) yield [`sources.${i}.source`, s.source];
  for (const [i, f] of (r.figures ?? []).entries()) yield [`figures.${i}.source`, f.source];
  for (const [i, e] of (r.events ?? []).entries()) yield [`events.${i}.source`, e.source];
  for (const [i, v] of (r.values ?? []).entries()) yield [`values.${i}.source`, v.source];
}

const SOURCED: DatasetName[] = [
  "places", "conferences", "meetings", "countries", "phases", "workingGroups", "projects", "keyFigures", "conflicts",
];

export const REFERENCES: Reference[] = [
  { from: "meetings", to: "places", refs: (m) => [["place", m.place]] },
  { from: "meetings", to: "countries", refs: (m) => [["country", m.country]] },
  { from: "meetings", to: "workingGroups", refs: (m) => [["workingGroup", m.workingGroup]] },
  { from: "meetings", to: "projects", refs: (m) => [["project", m.project]] },
  { from: "conferences", to: "places", refs: (c) => [["place", c.place]] },
  { from: "conferences", to: "phases", refs: (c) => [["phase", c.phase]] },
  { from: "places", to: "countries", refs: (p) => [["country", p.country]] },
  { from: "countries", to: "phases", refs: (c) => c.events.map((e: any, i: number) => [`events.${i}.phase`, e.phase]) },
  { from: "workingGroups", to: "countries", refs: (w) => w.chairs.map((c: string, i: number) => [`chairs.${i}`, c]) },
  { from: "workingGroups", to: "phases", refs: (w) => [["phase", w.phase]] },
  {
    from: "projects",
    to: "countries",
    refs: (p) => p.funders.filter((f: string) => f !== "EU").map((f: string, i: number) => [`funders.${i}`, f]),
  },
  ...SOURCED.map((from): Reference => ({ from, to: "sources", refs: sourceRefs })),
];

export function referenceProblems(data: Partial<Datasets>): DataProblem[] {
  const problems: DataProblem[] = [];
  const ids = new Map<DatasetName, Set<string>>();
  const idsOf = (name: DatasetName) => {
    let set = ids.get(name);
    if (!set) {
      set = new Set((data[name] as { id: string }[]).map((r) => r.id));
      ids.set(name, set);
    }
    return set;
  };
  for (const rule of REFERENCES) {
    const records = data[rule.from] as { id: string }[] | undefined;
    if (!records || !data[rule.to]) continue;
    const known = idsOf(rule.to);
    for (const record of records) {
      for (const [field, ref] of rule.refs(record)) {
        if (ref !== undefined && !known.has(ref)) {
          problems.push({
            file: fileOf(rule.from),
            record: record.id,
            field,
            message: `refers to "${ref}", which is not in ${fileOf(rule.to)}`,
          });
        }
      }
    }
  }
  if (data.conflicts) {
    for (const c of data.conflicts) {
      const target = data[c.dataset] as { id: string }[] | undefined;
      if (target && !idsOf(c.dataset).has(c.record)) {
        problems.push({ file: fileOf("conflicts"), record: c.id, field: "record", message: `refers to "${c.record}", which is not in ${fileOf(c.dataset)}` });
      }
    }
  }
  return problems;
}
