// English strings of the citation dialog, loaded with it (src/i18n/cite.ts): the explorer's
// first load carries only the "Cite this" button. Other languages keep them in their one file.
export const enCite = {
  "cite.title": "Cite: {title}",
  "cite.url": "URL of this view",
  "cite.text": "Citation",
  "cite.bibtex": "BibTeX",
} as const;
