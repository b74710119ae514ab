// English strings of the list of disagreements, loaded with it (src/i18n/conflicts.ts): the
// explorer's first load carries only the section's title. Other languages keep them in their one file.
export const enConflicts = {
  "conflicts.count": "{n, plural, one {# disagreement} other {# disagreements}}. Each statement is quoted, with the reading the atlas uses.",
  "conflicts.resolution": "The atlas uses",
  "conflicts.kind.count": "count",
  "conflicts.kind.date": "date",
  "conflicts.kind.planned-vs-held": "planned vs held",
  "conflicts.kind.duration": "duration",
  "conflicts.kind.ordinal": "ordinal",
  "conflicts.kind.list": "list",
  "conflicts.kind.naming": "naming",
  "conflicts.kind.ocr": "OCR reading",
  "conflicts.kind.span": "span",
  "conflicts.kind.ambiguity": "ambiguity",
} as const;
