// Hydrating HTML drawn at build time: a view may leave parts of that drawing as they are instead
// of computing them again only to find what the page already holds.
import { createContext, useContext, useSyncExternalStore } from "react";

/** Provided (true) by the shells that hydrate a prerendered page. */
export const HydratingBuildHtml = createContext(false);

const subscribeNothing = () => () => {};

/** True only while such a shell hydrates: false on the server and in every render after. */
export function useHydratingBuildHtml(): boolean {
  const shell = useContext(HydratingBuildHtml);
  // React reads the server's snapshot while hydrating (and on the server), the client's after.
  const hydrating = useSyncExternalStore(subscribeNothing, () => false, () => true);
  return shell && hydrating;
}

/** The fingerprints of the files a prerendered page was drawn from, as the build wrote them. */
export function fingerprintsOf(root: HTMLElement): string[] {
  return (root.dataset.fingerprints ?? "").split(",").filter(Boolean);
}
