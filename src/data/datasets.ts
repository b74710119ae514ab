// The registry of bundled datasets: file name and record schema for each entity.
import { z } from "zod/mini";
import * as S from "./schemas";

export const DATASETS = {
  sources: S.Source,
  places: S.Place,
  conferences: S.Conference,
  meetings: S.Meeting,
  countries: S.Country,
  phases: S.Phase,
  workingGroups: S.WorkingGroup,
  projects: S.Project,
  keyFigures: S.KeyFigure,
  conflicts: S.Conflict,
} as const;

export type DatasetName = keyof typeof DATASETS;
export type RecordOf<N extends DatasetName> = z.infer<(typeof DATASETS)[N]>;
export type Datasets = { [N in DatasetName]: RecordOf<N>[] };

export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

export function fileOf(name: DatasetName): string {
  return `${name}.json`;
}
