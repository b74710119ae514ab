// `npm run data:check [-- --sources DIR] [--data DIR]`: validates every dataset record by record
// and every reference among them, exactly as the app does, and with --sources looks up every
// cited quote in its seed file. Every problem is printed in one run; exit 1 if there is any.
import { readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { DATASET_NAMES, fileOf } from "../datasets";
import { readDataset } from "../validate";
import { combine, type Settled } from "../integrity";
import { describeProblem, type DataProblem } from "../problems";
import { citedQuotes, normaliseForQuote } from "../quotes";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dataDir = resolve(arg("--data") ?? "public/data");
const sourcesDir = arg("--sources");
const files: Settled[] = DATASET_NAMES.map((name): Settled => {
  const path = join(dataDir, fileOf(name));
  if (!existsSync(path)) return { name, lostWith: [{ file: fileOf(name), message: "file is missing" }] };
  const result = readDataset(name, readFileSync(path, "utf8"));
  return result.ok ? { name, file: result } : { name, lostWith: result.problems };
});
const { data, problems: found } = combine(files);
const problems: DataProblem[] = [...found];

const rows: string[][] = [["file", "records", "without source", "quotes", "quotes found"]];
let quotesMissing = 0;
const seedText = new Map<string, string>();
if (sourcesDir && data.sources) {
  for (const s of data.sources) {
    const path = join(sourcesDir, s.file);
    if (!existsSync(path)) problems.push({ file: fileOf("sources"), record: s.id, field: "file", message: `${path} not found` });
    else seedText.set(s.id, normaliseForQuote(readFileSync(path, "utf8")));
  }
}
const quotes = citedQuotes(data);
for (const name of DATASET_NAMES) {
  const records = (data[name] ?? []) as { sources?: unknown[] }[];
  const own = quotes.filter((q) => q.dataset === name);
  let found = 0;
  for (const q of own) {
    const text = seedText.get(q.source);
    if (text === undefined) continue;
    if (text.includes(normaliseForQuote(q.quote))) found++;
    else {
      quotesMissing++;
      problems.push({ file: fileOf(name), record: q.record, field: `${q.field}.quote`, message: `quote not found in ${q.source}: "${q.quote}"` });
    }
  }
  const unsourced = name === "sources" ? 0 : records.filter((r) => !r.sources?.length).length;
  rows.push([fileOf(name), String(records.length), String(unsourced), String(own.length), sourcesDir ? String(found) : "-"]);
}

const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "));
console.log();
for (const p of problems) console.log(`✗ ${describeProblem(p)}`);
const total = quotes.length;
console.log(
  problems.length
    ? `data:check: ${problems.length} problem(s)${sourcesDir ? `, ${quotesMissing} of ${total} quotes not found` : ""}`
    : `data:check: all datasets valid${sourcesDir ? `, all ${total} quotes found in their sources` : " (quotes not checked: pass --sources DIR)"}`,
);
process.exit(problems.length ? 1 : 0);
