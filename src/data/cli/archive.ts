// The files of the dataset zip: every dataset as JSON and as CSV tables, a data dictionary
// and the data licence.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { strToU8, type Zippable } from "fflate";
import { csvFormat } from "d3-dsv";
// Imports name their .ts files: scripts run this module with Node's loader, which wants extensions.
import { columnsOf, datasetTables, type CsvRow, type Table } from "./tables.ts";
import { dataDictionary } from "./dictionary.ts";


// The registered datasets first, in the order the atlas documents them; any other JSON after.
const ORDER = ["sources", "places", "conferences", "meetings", "countries", "phases", "workingGroups", "projects", "keyFigures", "conflicts"];

export const DATA_LICENCE = `The compiled data of the Budapest Process Atlas (the JSON and CSV files in this archive)
is licensed under the Creative Commons Attribution 4.0 International licence (CC BY 4.0):
https://creativecommons.org/licenses/by/4.0/legalcode

You may share and adapt it for any purpose, provided you give appropriate credit ("Budapest
Process Atlas, compiled from documents of the Budapest Process Secretariat (ICMPD)"), link to
the licence and indicate if changes were made.

The quotes are short extracts from public documents of the Budapest Process Secretariat (ICMPD),
which remain their publisher's. Coordinates, ISO codes and regions are general knowledge.
The atlas's source code is licensed separately under the MIT licence.
`;

/** A table computed from the datasets by a layer above this one (the growth chart's table),
 *  shipped as CSV beside them with its own description and column meanings. */
export interface DerivedTable {
  name: string;
  description: string;
  columns: Record<string, string>;
  rows: CsvRow[];
}

/** Every file of the archive, from the JSON files in `dataDir`. */
export function datasetArchive(dataDir: string, derived?: (datasets: Record<string, unknown>) => DerivedTable[]): Zippable {
  const files: Zippable = {};
  const tables: Table[] = [];
  const present = readdirSync(dataDir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5));
  const json = [...ORDER.filter((n) => present.includes(n)), ...present.filter((n) => !ORDER.includes(n)).sort()].map((n) => `${n}.json`);
  let periods = "";
  const datasets: Record<string, unknown> = {};
  for (const file of json) {
    const text = readFileSync(join(dataDir, file), "utf8");
    const records = JSON.parse(text);
    if (file === "sources.json") periods = records.map((s: { period: string }) => s.period).join(" ");
    files[`json/${file}`] = strToU8(text);
    datasets[file.replace(/\.json$/, "")] = records;
    if (Array.isArray(records)) tables.push(...datasetTables(file.replace(/\.json$/, ""), records));
  }
  const extra = derived?.(datasets) ?? [];
  tables.push(...extra.map((d) => ({ name: d.name, rows: d.rows })));
  for (const t of tables) files[`csv/${t.name}.csv`] = strToU8(`${csvFormat(t.rows.map(spreadsheetSafe), columnsOf(t))}\n`);
  const newest = Math.max(...(periods.match(/\d{4}/g) ?? ["0"]).map(Number));
  files["README.md"] = strToU8(dataDictionary(tables, `from documents dated up to ${newest}`, extra));
  files["LICENSE-DATA.txt"] = strToU8(DATA_LICENCE);
  return files;
}


/** A text cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP's CSV-injection advice). */
function spreadsheetSafe(row: Table["rows"][number]): Record<string, string> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => {
    const s = v === null || v === undefined ? "" : String(v);
    return [k, typeof v === "string" && (/^[=+@\t\r]/.test(s) || /^-(?![\d.])/.test(s)) ? `'${s}` : s];
  }));
}
