import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { apaCitation, bibtexCitation, dataYear, type CitationInput } from "./citation";

const sources = JSON.parse(readFileSync("public/data/sources.json", "utf8"));
const input: CitationInput = {
  site: "Budapest Process Atlas",
  title: "Participation at each ministerial conference",
  chart: "participation",
  url: "https://atlas.example/?from=1991&to=2024&chart=membership",
  sources,
};

describe("citation", () => {
  it("dates the data by the newest year of any source period", () => {
    expect(dataYear(sources)).toBe("2024");
    expect(dataYear([])).toBe("n.d.");
  });

  it("writes an APA-like citation with the title, the date of the data, every document and the view's URL", () => {
    const text = apaCitation(input);
    expect(text.startsWith("Budapest Process Atlas. (2024). Participation at each ministerial conference [Data visualisation]. Data compiled from documents of the Budapest Process Secretariat (ICMPD): Budapest Process news items 2019–2020; ")).toBe(true);
    expect(text).toContain("30 Years Anniversary of the Budapest Process (anniversary booklet) (1991–2023)");
    expect(text.endsWith(" https://atlas.example/?from=1991&to=2024&chart=membership")).toBe(true);
  });

  it("writes a BibTeX entry whose URL and title survive BibTeX's special characters", () => {
    const entry = bibtexCitation({ ...input, title: "50% of {states} & more" });
    expect(entry.split("\n")).toEqual([
      "@misc{budapestprocessatlas_participation_2024,",
      "  author = {{Budapest Process Atlas}},",
      "  title = {{50\\% of states \\& more}},",
      "  year = {2024},",
      "  howpublished = {\\url{https://atlas.example/?from=1991&to=2024&chart=membership}},",
      expect.stringMatching(/^ {2}note = \{Data visualisation\. Data compiled from: Budapest Process news items 2019–2020; .*\}$/),
      "}",
    ]);
  });
});
