import { strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { csvParse } from "d3-dsv";
import { datasetArchive } from "../../data/cli/archive";
import { derivedTables } from "./growthArchive";

describe("the growth chart's table in the dataset zip", () => {
  const files = datasetArchive("public/data", derivedTables);
  const text = (name: string) => strFromU8(files[name] as Uint8Array);
  const rows = csvParse(text("csv/derived_states-in-process.csv"));
  const row = (id: string) => rows.find((r) => r.state_id === id);

  it("gives each state its first documented year, how, and the quote", () => {
    expect(row("NOR")).toMatchObject({ state: "Norway", status: "participating", first_year: "1996", how: "host" });
    expect(row("NOR")!.quote.length).toBeGreaterThan(10);
    expect(row("SUN")).toMatchObject({ first_year: "1991", counted_until: "1991" });
    expect(row("CHN")).toMatchObject({ status: "observer", first_year: "" });
  });

  it("counts what the chart counts: 26 states in 1991 and 56 in 2024", () => {
    const counted = (year: number) =>
      rows.filter((r) => r.status === "participating" && Number(r.first_year) <= year && (!r.counted_until || Number(r.counted_until) >= year)).length;
    expect(counted(1991)).toBe(26);
    expect(counted(2024)).toBe(56);
  });

  it("is described, column by column, in the data dictionary", () => {
    const readme = text("README.md");
    expect(readme).toContain("### derived_states-in-process.csv (");
    expect(readme).toContain("- `first_year`: First year any document shows the state taking part");
    expect(readme).not.toContain("See the JSON schema");
  });
});
