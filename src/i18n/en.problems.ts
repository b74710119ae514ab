// English strings that name data problems (the notice in a view, the full list, the line a
// download carries), loaded with the first of them (src/i18n/problems.ts): with sound data,
// readers never download them. Other languages keep them in their one file.
export const enProblems = {
  "notice.setAside": "{count} of {total} {records} could not be shown ({ids})",
  "notice.unreadable": "{file} could not be read, so none of its {records} are shown",
  "notice.more": "and {n} more",
  "notice.link": "See the list of data problems",
  "problems.title": "Data problems",
  "problems.intro": "Set aside for breaking their dataset's rules; everything else is shown.",
  "problems.caption": "Data problems: {n}",
  "problems.dataset": "Dataset",
  "problems.record": "Record",
  "problems.field": "Field",
  "problems.message": "Problem",
  "download.incomplete": "Incomplete: {notes}.",
  "dataset.places": "places",
  "dataset.conferences": "conferences",
  "dataset.meetings": "meetings",
  "dataset.countries": "countries",
  "dataset.phases": "phases",
  "dataset.conflicts": "records of disagreement",
} as const;
