// Each membership view given hand-made props — no store, no fetch — draws what it is given.
import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { scaleLinear } from "d3-scale";
import { translator } from "../../i18n";
import type { Conference, Conflict, Country, Figure } from "../../data/schemas";
import type { StateRow } from "../../selectors/statesInProcess";
import { GrowthView } from "./GrowthView";
import { ParticipationView } from "./ParticipationView";
import { PerYearView } from "./PerYearView";
import type { GrowthState } from "./growthState";
import type { ParticipationState } from "./participationState";
import type { PerYearState } from "./perYearState";

const t = translator("en");
const country = (id: string, name: string): Country => ({ id, name, kind: "state", region: "eu-efta", events: [], sources: [{ source: "s", quote: "quote" }] });
const year = (y: number, total: number) => ({ year: y, total, inferred: 0, byRegion: { "eu-efta": total }, observers: 0, ended: [] });

describe("GrowthView", () => {
  const norway: StateRow = { country: country("NOR", "Norway"), status: "participating", evidence: [], first: { how: "host", year: 1996, source: "booklet-30-years", quote: "Oslo in 1996", record: "som-1996-oslo" } };
  const state: GrowthState = {
    width: 400, height: 220, rows: [norway], years: [year(1991, 0), year(1996, 1)], y: scaleLinear().domain([0, 2]).range([196, 12]),
    areas: [{ key: "eu-efta", d: "M34,196L200,100Z" }], inferredPath: "", observerPath: "M34,196L392,196", ticks: [{ key: 1991, x: 34, label: 1991 }],
    steps: [], last: year(1996, 1), first: year(1991, 0), csv: [],
  };
  it("draws the areas, the summary and a table row with the first year, how and quote", async () => {
    const { container } = render(<GrowthView state={state} t={t} lang="en" />);
    expect(screen.getByRole("heading", { name: "States documented as taking part, by first year in the sources" })).toBeInTheDocument();
    expect(container.querySelectorAll("path.area")).toHaveLength(1);
    expect(screen.getByRole("img").getAttribute("aria-label")).toMatch(/^By 1996, 1 state is documented as taking part/);
    screen.getByText("Show the numbers as a table").click();
    const row = await screen.findByRole("row", { name: /Norway/ });
    expect(within(row).getByText("Hosted a meeting")).toBeInTheDocument();
    expect(within(row).getByText("Oslo in 1996")).toBeInTheDocument();
    expect(screen.getByText("How this is counted")).toBeInTheDocument();
  });
});

describe("ParticipationView", () => {
  const conference = { id: "mc-x", ordinal: 6, title: "6th", date: { start: "2019", precision: "year" }, place: "ist", figures: [], outcome: "o", phase: "p", sources: [] } as unknown as Conference;
  const figure = (value: number, kind: Figure["kind"]): Figure => ({ value, kind, source: "news", quote: `${value} ${kind}` });
  const conflict = { id: "c-2019", subject: "Participation 2019", dataset: "conferences", record: "mc-x", field: "figures", values: [{ value: "46", source: "news", quote: "46" }, { value: "62", source: "booklet", quote: "62" }], sources: [] } as unknown as Conflict;
  const y = scaleLinear().domain([0, 100]).range([70, 20]);
  const state: ParticipationState = {
    width: 400, height: 200, inRange: 1, conflicts: [conflict], notAttendance: [], rows: [], csv: [],
    columns: [{ id: "mc-x", year: 2019, place: "Istanbul", x: 40, band: 300, out: false, selected: false, conference }],
    lanes: [
      { kind: "countries", top: 16, height: 62, y, bars: [{ key: "a", conference: "mc-x", figure: figure(46, "countries"), x: 41, width: 100, y: y(46), height: y(0) - y(46), conflicts: [conflict] }] },
      { kind: "countries-and-organisations", top: 78, height: 62, y, bars: [{ key: "b", conference: "mc-x", figure: figure(62, "countries-and-organisations"), x: 41, width: 100, y: y(62), height: y(0) - y(62), conflicts: [conflict] }] },
    ],
  };
  it("draws one lane per kind and links each disputed figure to its conflict", () => {
    const { container } = render(<ParticipationView state={state} t={t} lang="en" />);
    expect(screen.getByText("countries, own scale")).toBeInTheDocument();
    expect(screen.getByText("countries and organisations, own scale")).toBeInTheDocument();
    const links = container.querySelectorAll('a[href="#conflict-c-2019"]');
    expect(links.length).toBe(3);
    expect(screen.getByRole("link", { name: "Participation 2019" })).toHaveAttribute("href", "#conflict-c-2019");
    // Each mark's name starts with its visible label and ends with which disagreement it opens.
    expect(screen.getByRole("link", { name: "Sources disagree: see the disagreement: 46 countries: Participation 2019" })).toHaveAttribute("href", "#conflict-c-2019");
  });
});

describe("PerYearView", () => {
  const row = (total: number, held: number, planned: number) => ({ total, held, planned, other: 0, byKind: held ? { som: held } : {} });
  const state: PerYearState = {
    width: 400, height: 250, plotBottom: 176, otherY: 204, y: scaleLinear().domain([0, 4]).range([176, 10]), kinds: ["som"], labelEvery: 1,
    ticks: [{ key: 2018, x: 50, label: 2018 }],
    columns: [{ year: 2018, x: 40, width: 20, segments: [], planned: { y: 100, height: 76 }, other: 0, out: false, row: { year: 2018, ...row(2, 0, 2) } }],
    periods: [{ key: "2019-2020", x1: 60, x2: 100, y: 222, out: false, row: { from: 2019, to: 2020, items: [], ...row(3, 3, 0) } }],
    moved: [], rows: [{ key: "2019-2020", label: "2019–2020", from: 2019, to: 2020, row: row(3, 3, 0) }], csv: [],
    summary: { count: 5, total: 5, from: 1991, to: 2024, busiest: 2019, busiestCount: 3 },
  };
  it("draws planned meetings dashed and period-dated items as a range, not a year", () => {
    const { container } = render(<PerYearView state={state} t={t} lang="en" />);
    expect(container.querySelectorAll("rect.bar--planned")).toHaveLength(1);
    expect(container.querySelector("line.period-range")).not.toBeNull();
    expect(screen.getByText("3 · Year unknown within 2019–2020")).toBeInTheDocument();
    expect(screen.getByText("Planned (not confirmed as held)")).toBeInTheDocument();
  });
});
