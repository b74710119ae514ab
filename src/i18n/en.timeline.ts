// English strings of the timeline, loaded with the timeline view (src/i18n/timeline.ts): the
// embeds without a timeline never download them. Other languages keep them in their one file.
export const enTimeline = {
  "timeline.title": "Timeline 1991–2024",
  "timeline.summary": "{count, plural, one {# event} other {# events}} between {from} and {to}, including {conferences, plural, one {# ministerial conference} other {# ministerial conferences}}.",
  "timeline.zoomIn": "Zoom to selected years",
  "timeline.zoomOut": "Show 1991–2024",
  "timeline.brushHint": "Drag along the axis to choose years; click a mark for details.",
  "timeline.brushLabel": "Year range: drag here, or use the arrow keys (Shift+arrows move the end year)",
  "timeline.binned": "{n, plural, one {# meeting is} other {# meetings are}} drawn in bins a few pixels wide; the table lists each one.",
  "timeline.imprecise": "Faded: dated to the year only",
  "timeline.tableCaption": "Events in the current selection",
  // The event details, the phase and figure labels of the marks, the legend and the table.
  "col.place": "Place",
  "col.title": "Title",
  "details.label": "Event details",
  "figure.short.countries": "{n, plural, one {# country} other {# countries}}",
  "figure.short.countries-and-organisations": "{n, plural, one {# country + orgs} other {# countries + orgs}}",
  "figure.short.organisations": "{n, plural, one {# organisation} other {# organisations}}",
  "figure.short.participants": "{n, plural, one {# participant} other {# participants}}",
  "figure.short.ministers": "{n, plural, one {# minister} other {# ministers}}",
  "figure.short.officials": "{n, plural, one {# official} other {# officials}}",
  "figure.short.delegates": "{n, plural, one {# delegate} other {# delegates}}",
  "figure.short.trainees": "{n, plural, one {# trainee} other {# trainees}}",
  "phase.label": "Phase {n}",
  "legend.kinds": "Kinds of event",
} as const;
