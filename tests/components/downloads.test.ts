import { describe, expect, it } from "vitest";
import { csvParse } from "d3-dsv";
import { exportSvg, svgSize, wrapText } from "../../src/components/downloads/exportSvg";
import { fileName, toCsv } from "../../src/components/downloads/csv";

function chartSvg(): SVGSVGElement {
  document.body.innerHTML = `
    <style>.bar { fill: rgb(10, 20, 30); stroke: rgb(1, 2, 3); } text { font-family: "Fancy Web Font"; }</style>
    <figure class="chart"><svg viewBox="0 0 400 200" width="400" height="200">
      <g><rect class="bar" x="0" y="0" width="10" height="50"></rect><text x="5" y="60">1991 &lt;27&gt;</text></g>
    </svg></figure>`;
  return document.querySelector("svg")!;
}

const meta = { title: "Participation & growth", subtitle: "1991–2024", source: "Source: Budapest Process Secretariat (ICMPD) documents", credit: "Budapest Process Atlas", lang: "en" };

describe("exportSvg", () => {
  it("gives a standalone SVG that parses and carries title, source and credit as text", () => {
    const out = exportSvg(chartSvg(), meta);
    expect(out.startsWith("<?xml")).toBe(true);
    const doc = new DOMParser().parseFromString(out, "image/svg+xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    const root = doc.documentElement;
    expect(root.localName).toBe("svg");
    expect(root.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    const texts = [...doc.querySelectorAll("text")].map((t) => t.textContent);
    expect(texts).toContain("Participation & growth");
    expect(texts.join(" ")).toContain("Source: Budapest Process Secretariat (ICMPD) documents");
    expect(texts.join(" ")).toContain("Budapest Process Atlas");
    expect(texts).toContain("1991 <27>");
    expect(doc.querySelector("title")?.textContent).toBe("Participation & growth");
  });

  it("inlines computed fills and strokes and uses a system font stack", () => {
    const out = exportSvg(chartSvg(), meta);
    const doc = new DOMParser().parseFromString(out, "image/svg+xml");
    const rect = doc.querySelector("svg svg rect")!;
    expect(rect.getAttribute("style")).toContain("fill:rgb(10, 20, 30)");
    expect(rect.getAttribute("style")).toContain("stroke:rgb(1, 2, 3)");
    expect(out).not.toContain("Fancy Web Font");
    expect(doc.documentElement.getAttribute("font-family")).toMatch(/system-ui/);
  });

  it("sizes the file to the drawing plus title and credits", () => {
    const out = exportSvg(chartSvg(), meta);
    const { width, height } = svgSize(out);
    expect(width).toBe(400);
    expect(height).toBeGreaterThan(200);
    const nested = new DOMParser().parseFromString(out, "image/svg+xml").querySelector("svg svg")!;
    expect(nested.getAttribute("viewBox")).toBe("0 0 400 200");
  });

  it("wraps long lines to the width", () => {
    const lines = wrapText("word ".repeat(60), 300, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(Math.floor(300 / (12 * 0.55)));
  });
});

describe("CSV", () => {
  it("round-trips rows through d3.csvParse", () => {
    const rows = [
      { year: 1991, total: 27, note: 'Berlin, "October"' },
      { year: 1993, total: 26, note: "line\nbreak" },
      { year: 2019, total: -1, note: "" },
    ];
    const parsed = csvParse(toCsv(rows));
    expect(parsed.columns).toEqual(["year", "total", "note"]);
    expect(parsed.map((r) => ({ year: Number(r.year), total: Number(r.total), note: r.note }))).toEqual(rows);
  });

  it("defuses spreadsheet formulas in text cells", () => {
    const parsed = csvParse(toCsv([{ a: "=HYPERLINK(\"x\")", b: "+1", c: "@SUM", d: -5 }]));
    expect(parsed[0].a).toBe("'=HYPERLINK(\"x\")");
    expect(parsed[0].b).toBe("'+1");
    expect(parsed[0].c).toBe("'@SUM");
    expect(parsed[0].d).toBe("-5");
  });
});

describe("fileName", () => {
  const day = new Date(2026, 10, 23);
  it("names the chart, the years, the filters and the day", () => {
    expect(fileName("participation", { from: 1991, to: 2024, types: ["som"], country: null }, day)).toBe(
      "budapest-process-participation_1991-2024_type-som_2026-11-23.csv",
    );
    expect(fileName("per-year", { from: 2003, to: 2019, types: ["conference", "working-group"], country: "TUR" }, day, "png")).toBe(
      "budapest-process-per-year_2003-2019_type-conference+working-group_country-tur_2026-11-23.png",
    );
    expect(fileName("map", {}, day, "svg")).toBe("budapest-process-map_1991-2024_2026-11-23.svg");
    expect(fileName("map", { region: "silk-routes" }, day, "png")).toBe("budapest-process-map_1991-2024_region-silk-routes_2026-11-23.png");
  });
});
