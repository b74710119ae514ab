// Which files a page drawn at build time was drawn from: each dataset's text gets a short
// fingerprint, the build writes them on the page's root, and the browser compares them with the
// files it is served. Where a file changed since the build, the page is drawn anew from the
// files instead of hydrated: hydration keeps the HTML's attributes (a mark's position, its
// accessible name) even where the data now says otherwise. The build also lists the files it
// validated with no problem: the same bytes in the browser are read without validating again.

/** FNV-1a over the text's UTF-16 code units, with its length: enough to tell two versions apart. */
export function textFingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(36)}.${text.length.toString(36)}`;
}

/** Fingerprints of files the build validated with no problem, as the page's HTML lists them. */
const validatedAtBuild = new Set<string>();

/** Called with the page's list before its files load: the same bytes need no second check. */
export function trustBuildValidation(fingerprints: Iterable<string>): void {
  for (const f of fingerprints) validatedAtBuild.add(f);
}

export function validatedByBuild(fingerprint: string): boolean {
  return validatedAtBuild.has(fingerprint);
}
