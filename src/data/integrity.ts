// Cross-file reference checks. A rule runs only when both of its files are at hand, so a
// view that loaded a subset of the datasets checks exactly what it depends on.
import { fileOf, type DatasetName, type Datasets } from "./datasets";
import type { DataProblem } from "./problems";
import type { DatasetFile } from "./datasetFile";

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

/** Every reference in `data` to a record its target file does not hold, one problem each. */
export function referenceProblems(data: Partial<Datasets>): DataProblem[] {
  return danglingReferences(data).map((d) => d.problem);
}

interface Dangling {
  from: DatasetName;
  record: string;
  problem: DataProblem;
}

function danglingReferences(data: Partial<Datasets>, setAside?: ReadonlyMap<DatasetName, ReadonlySet<string>>): Dangling[] {
  const out: Dangling[] = [];
  const ids = new Map<DatasetName, Set<string>>();
  const idsOf = (name: DatasetName) => {
    let set = ids.get(name);
    if (!set) {
      set = new Set((data[name] as { id: string }[]).map((r) => r.id));
      ids.set(name, set);
    }
    return set;
  };
  const push = (from: DatasetName, record: string, field: string, ref: string, to: DatasetName) => {
    const why = setAside?.get(to)?.has(ref) ? "which was set aside from" : "which is not in";
    out.push({ from, record, problem: { file: fileOf(from), record, field, message: `refers to "${ref}", ${why} ${fileOf(to)}` } });
  };
  for (const rule of REFERENCES) {
    const records = data[rule.from] as { id: string }[] | undefined;
    if (!records || !data[rule.to]) continue;
    const known = idsOf(rule.to);
    for (const record of records) {
      for (const [field, ref] of rule.refs(record)) {
        if (ref !== undefined && !known.has(ref)) push(rule.from, record.id, field, ref, rule.to);
      }
    }
  }
  if (data.conflicts) {
    for (const c of data.conflicts) {
      if (data[c.dataset] && !idsOf(c.dataset).has(c.record)) push("conflicts", c.id, "record", c.record, c.dataset);
    }
  }
  return out;
}

/**
 * Sets aside each record that refers to one its target file does not hold, and repeats until
 * nothing changes: a place set aside takes the meetings held there with it. Returns the same
 * arrays when every reference holds. `setAside` names records already dropped by validation,
 * so a message can say why a reference no longer resolves.
 */
export function pruneReferences<D extends Partial<Datasets>>(
  data: D,
  setAside: ReadonlyMap<DatasetName, ReadonlySet<string>> = new Map(),
): { data: D; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const gone = new Map<DatasetName, Set<string>>([...setAside].map(([n, s]) => [n, new Set(s)]));
  let current = data;
  for (;;) {
    const dangling = danglingReferences(current, gone);
    if (!dangling.length) return { data: current, problems };
    problems.push(...dangling.map((d) => d.problem));
    const drop = new Map<DatasetName, Set<string>>();
    for (const d of dangling) {
      if (!drop.has(d.from)) drop.set(d.from, new Set());
      drop.get(d.from)!.add(d.record);
      if (!gone.has(d.from)) gone.set(d.from, new Set());
      gone.get(d.from)!.add(d.record);
    }
    const next: Partial<Datasets> = { ...current };
    for (const [name, ids] of drop) {
      (next as Record<string, unknown>)[name] = (current[name] as { id: string }[]).filter((r) => !ids.has(r.id));
    }
    current = next as D;
  }
}

/** Per file with something missing: records set aside of those it held; `unreadable` when all were lost. */
export type LostCounts = Partial<Record<DatasetName, { setAside: number; total: number; unreadable?: true }>>;

/** What the query cache holds for one file: its records, or the problems that lost it whole. */
export type Settled = { name: DatasetName } & ({ file: DatasetFile } | { lostWith: DataProblem[] });

/**
 * Joins settled files into one ready value: references checked among them (to a fixed point),
 * problems listed file by file, and what is missing counted. Pure, so the data check shares it
 * with the app.
 */
export function combine(files: readonly Settled[]): { data: Partial<Datasets>; problems: DataProblem[]; lost: LostCounts } {
  const raw: Partial<Datasets> = {};
  const problems: DataProblem[] = [];
  const lost: LostCounts = {};
  const setAside = new Map<DatasetName, Set<string>>();
  for (const f of files) {
    if ("lostWith" in f) {
      problems.push(...f.lostWith);
      lost[f.name] = { setAside: 0, total: 0, unreadable: true };
    } else {
      (raw as Record<string, unknown>)[f.name] = f.file.records;
      problems.push(...f.file.problems);
      setAside.set(f.name, new Set(f.file.problems.flatMap((p) => (p.record ? [p.record] : []))));
    }
  }
  const pruned = pruneReferences(raw, setAside);
  problems.push(...pruned.problems);
  for (const f of files) {
    if (!("file" in f)) continue;
    const kept = (pruned.data[f.name] as unknown[]).length;
    if (kept < f.file.total) lost[f.name] = { setAside: f.file.total - kept, total: f.file.total };
  }
  return { data: pruned.data, problems, lost };
}

