import { strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { csvParse } from "d3-dsv";
import { datasetArchive } from "./archive";

describe("datasetArchive", () => {
  const files = datasetArchive("public/data");
  const text = (name: string) => strFromU8(files[name] as Uint8Array);

  it("holds every JSON, a CSV per dataset, the dictionary and the data licence", () => {
    const names = Object.keys(files);
    for (const d of ["sources", "places", "conferences", "meetings", "countries", "phases", "workingGroups", "projects", "keyFigures", "conflicts"]) {
      expect(names).toContain(`json/${d}.json`);
      expect(names).toContain(`csv/${d}.csv`);
    }
    expect(names).toContain("README.md");
    expect(text("LICENSE-DATA.txt")).toContain("Creative Commons Attribution 4.0 International licence (CC BY 4.0)");
  });

  it("writes conference rows with their real values", () => {
    const rows = csvParse(text("csv/conferences.csv"));
    expect(rows).toHaveLength(7);
    expect(rows[0]).toMatchObject({ id: "mc-1991-berlin", ordinal: "1", "date.start": "1991-10", place: "berlin" });
    const figures = csvParse(text("csv/conferences_figures.csv"));
    expect(figures.filter((f) => f.record === "mc-2019-istanbul").map((f) => `${f.value} ${f.kind}`))
      .toEqual(["46 countries", "10 organisations", "20 ministers", "15 officials", "62 countries-and-organisations"]);
  });

  it("describes every column of every table and every conflict kind", () => {
    const readme = text("README.md");
    expect(readme).toContain("### conflicts.csv (");
    expect(readme).toContain("- `date.basis`: Empty when the text states the date");
    expect(readme).toContain("`planned-vs-held`");
    expect(readme).not.toContain("See the JSON schema");
  });
});
