// Fingerprints of dataset texts.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { textFingerprint } from "./fingerprint";

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
