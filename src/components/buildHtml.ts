// Hydrating HTML drawn at build time: a view may leave parts of that drawing as they are instead
// of computing them again only to find what the page already holds.
import { createContext, useContext, useSyncExternalStore } from "react";
import type { QueryClient } from "@tanstack/react-query";
import type { DatasetName } from "../data/datasets";
import { datasetQuery } from "../data/queries";
import type { DatasetFile } from "../data/datasetFile";

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

/** A list the build wrote on a prerendered page's root: the files it was drawn from, their
 *  fingerprints, or those of the files it validated with no problem (src/data/fingerprint.ts). */
export function rootList(root: HTMLElement, list: "fingerprints" | "validated"): string[];
export function rootList(root: HTMLElement, list: "datasets"): DatasetName[];
export function rootList(root: HTMLElement, list: "datasets" | "fingerprints" | "validated"): string[] {
  return (root.dataset[list] ?? "").split(",").filter(Boolean);
}

/** Whether the files in the cache are those the page's HTML was drawn from. */
export function servedAsBuilt(client: QueryClient, root: HTMLElement): boolean {
  const files = rootList(root, "datasets");
  const fingerprints = rootList(root, "fingerprints");
  return files.length === fingerprints.length && files.every((name, i) => {
    const file = client.getQueryData<DatasetFile>(datasetQuery(name).queryKey);
    return file?.fingerprint === fingerprints[i];
  });
}
