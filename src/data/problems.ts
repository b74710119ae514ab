// Data problems are values, not exceptions: each names the file, the record and the field,
// so the one error panel can say exactly what to fix.
export interface DataProblem {
  file: string;
  /** Record id when it has one, else its index in the file. */
  record?: string;
  field?: string;
  message: string;
}

export function describeProblem(p: DataProblem): string {
  const where = [p.file, p.record && `record ${p.record}`, p.field && `field ${p.field}`].filter(Boolean).join(", ");
  return `${where}: ${p.message}`;
}

/** Thrown by a dataset query so TanStack Query keeps it as that query's error. */
export class DatasetError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(problems.map(describeProblem).join("\n"));
    this.name = "DatasetError";
  }
}
