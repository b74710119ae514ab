// Whether a prerendered page was drawn from the files served: the lists the build writes on its root.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { QueryClient } from "@tanstack/react-query";
import { textFingerprint } from "../data/fingerprint";
import { datasetQuery } from "../data/queries";
import { rootList, servedAsBuilt } from "./buildHtml";

const conferences = textFingerprint(readFileSync("public/data/conferences.json", "utf8"));

function client(): QueryClient {
  const c = new QueryClient();
  c.setQueryData(datasetQuery("conferences").queryKey, { records: [], problems: [], total: 0, fingerprint: conferences });
  c.setQueryData(datasetQuery("places").queryKey, { records: [], problems: [], total: 0, fingerprint: "abc.1" });
  return c;
}

function root(datasets: string, fingerprints: string): HTMLElement {
  const el = document.createElement("div");
  el.dataset.datasets = datasets;
  el.dataset.fingerprints = fingerprints;
  return el;
}

describe("servedAsBuilt", () => {
  it("holds when every file's fingerprint is the build's, in the build's order", () => {
    expect(servedAsBuilt(client(), root("conferences,places", `${conferences},abc.1`))).toBe(true);
    expect(rootList(root("conferences,places", `${conferences},abc.1`), "fingerprints")).toEqual([conferences, "abc.1"]);
  });

  it("fails for a file changed, not loaded, or without a fingerprint", () => {
    expect(servedAsBuilt(client(), root("conferences,places", `${conferences},abd.1`))).toBe(false);
    expect(servedAsBuilt(client(), root("conferences,meetings", `${conferences},abc.1`))).toBe(false);
    expect(servedAsBuilt(client(), root("conferences,places", conferences))).toBe(false);
  });
});
