// The bundled datasets by name and file. Their record schemas (schemas.ts) are not imported
// here: a page that reads only files the build validated never loads them.
import type { z } from "zod/mini";
import type { DATASET_SCHEMAS } from "./schemas";

/** Every dataset, in the order the page asks for its file (schemas.ts gives each its schema). */
export const DATASET_NAMES = [
  "sources", "places", "conferences", "meetings", "countries", "phases", "workingGroups", "projects", "keyFigures", "conflicts",
] as const;

export type DatasetName = (typeof DATASET_NAMES)[number];
export type RecordOf<N extends DatasetName> = z.infer<(typeof DATASET_SCHEMAS)[N]>;
export type Datasets = { [N in DatasetName]: RecordOf<N>[] };

export function fileOf(name: DatasetName): string {
  return `${name}.json`;
}
