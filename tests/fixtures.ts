// Loads the real bundled datasets for tests, validated exactly as the app validates them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATASET_NAMES, fileOf, type Datasets } from "../src/data/datasets";
import { validateDataset } from "../src/data/validate";

export function loadRealData(): Datasets {
  const out: Partial<Datasets> = {};
  for (const name of DATASET_NAMES) {
    const json = JSON.parse(readFileSync(join(__dirname, "..", "public", "data", fileOf(name)), "utf8"));
    const result = validateDataset(name, json);
    if (!result.ok || result.problems.length) throw new Error(`${name}: ${JSON.stringify(result.problems)}`);
    (out as any)[name] = result.records;
  }
  return out as Datasets;
}

export function readRaw(name: string): any[] {
  return JSON.parse(readFileSync(join(__dirname, "..", "public", "data", `${name}.json`), "utf8"));
}
