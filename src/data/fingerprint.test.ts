// Fingerprints of dataset texts, and files the build validated read without a second check.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { textFingerprint, trustBuildValidation } from "./fingerprint";
import { DATASET_SCHEMAS } from "./schemas";
import { fetchDataset } from "./queries";
import { readDataset } from "./validate";

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

describe("files the build validated", () => {
  afterEach(() => vi.unstubAllGlobals());
  const serve = (text: string) => vi.stubGlobal("fetch", async () => new Response(text, { status: 200 }));

  it("are read without validating the same bytes again, with the records validation gives", async () => {
    const parse = vi.spyOn(DATASET_SCHEMAS.conferences, "safeParse");
    const validated = readDataset("conferences", conferences);
    expect(validated.ok && validated.problems).toEqual([]);
    parse.mockClear();

    trustBuildValidation([textFingerprint(conferences)]);
    serve(conferences);
    const file = await fetchDataset("conferences");
    expect(parse).not.toHaveBeenCalled();
    expect(file.records).toEqual(validated.ok && validated.records);
    expect(file.fingerprint).toBe(textFingerprint(conferences));

    // Any other text (here a record whose ordinal is not a number) is validated as ever.
    const edited = conferences.replace('"ordinal": 1,', '"ordinal": "first",');
    expect(edited).not.toBe(conferences);
    serve(edited);
    const checked = await fetchDataset("conferences");
    expect(parse).toHaveBeenCalled();
    expect(checked.problems.map((p) => p.field)).toContain("ordinal");
    expect(checked.records).toHaveLength(validated.ok ? validated.records.length - 1 : -1);
    parse.mockRestore();
  });
});
