// English interface strings: the reference set. Every other language must have every key.
export const en = {
  "app.title": "Budapest Process Atlas",
  "app.tagline": "Where the Budapest Process met, its ministerial conferences 1991–2024 and how its membership grew.",
  "status.loading": "Loading data…",
  "status.error.title": "This view cannot be drawn: the data it needs has a problem.",
  "status.error.hint": "Other views that do not need this file keep working.",
  "status.problem.file": "File",
  "status.problem.record": "record",
  "status.problem.field": "field",
  "first.conferences": "Ministerial conferences",
  "first.perYear": "Events per year",
  "kind.conference": "Ministerial conference",
  "kind.som": "Senior Officials Meeting",
  "kind.working-group": "Working group meeting",
  "kind.thematic": "Thematic meeting",
  "kind.preparatory": "Preparatory meeting",
  "kind.consultation": "Consultation meeting",
  "kind.joint": "Joint meeting",
  "kind.training": "Training or workshop",
  "kind.study-visit": "Study visit",
  "kind.launch": "Launch or inauguration",
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
