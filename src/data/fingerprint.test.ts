// Fingerprints of dataset texts, and the check that a prerendered page was drawn from the files served.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { QueryClient } from "@tanstack/react-query";
import { textFingerprint } from "./fingerprint";
import { datasetQuery, servedAsBuilt } from "./queries";

const conferences = readFileSync("public/data/conferences.json", "utf8");

describe("textFingerprint", () => {
  it("is the same for the same text and differs for a one-letter change of the same length", () => {
    expect(textFingerprint(conferences)).toBe(textFingerprint(`${conferences}`));
    const edited = conferences.replace("Berlin Ministerial Conference", "Berlin Ministerial Conferencf");
    expect(edited).toHaveLength(conferences.length);
    expect(textFingerprint(edited)).not.toBe(textFingerprint(conferences));
    expect(textFingerprint("")).toMatch(/^[0-9a-z]+\.0$/);
  });
});

describe("servedAsBuilt", () => {
  const client = () => {
    const c = new QueryClient();
    c.setQueryData(datasetQuery("conferences").queryKey, { records: [], problems: [], total: 0, fingerprint: textFingerprint(conferences) });
    c.setQueryData(datasetQuery("places").queryKey, { records: [], problems: [], total: 0, fingerprint: "abc.1" });
    return c;
  };

  it("holds when every file's fingerprint is the build's, in the build's order", () => {
    expect(servedAsBuilt(client(), ["conferences", "places"], [textFingerprint(conferences), "abc.1"])).toBe(true);
  });

  it("fails for a file changed, missing (not loaded) or not listed", () => {
    expect(servedAsBuilt(client(), ["conferences", "places"], [textFingerprint(conferences), "abd.1"])).toBe(false);
    expect(servedAsBuilt(client(), ["conferences", "meetings"], [textFingerprint(conferences), "abc.1"])).toBe(false);
    expect(servedAsBuilt(client(), ["conferences", "places"], [textFingerprint(conferences)])).toBe(false);
  });
});
