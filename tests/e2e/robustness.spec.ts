// Bad data files, as a maintainer might make them by accident, served to the built app in place
// of the real ones. A broken record costs that record only: every view that does not need it
// still draws (marks counted), and the notice in the view names what was set aside.
import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { test, expect, waitForApp } from "./fixtures";

type Raw = Record<string, any>;
const read = (name: string): Raw[] => JSON.parse(readFileSync(`public/data/${name}.json`, "utf8"));
const conferences = read("conferences");
const meetings = read("meetings");
const places = read("places");
const inPerson = (m: Raw) => m.format !== "virtual" && m.place;

/** Places the map marks: those any conference or in-person meeting names. */
function markedPlaces(cs: Raw[], ms: Raw[]): Set<string> {
  return new Set([...cs.map((c) => c.place), ...ms.filter(inPerson).map((m) => m.place)]);
}

async function serve(page: Page, file: string, body: string): Promise<void> {
  await page.route(`**/data/${file}`, (route) => route.fulfill({ contentType: "application/json", body }));
}

const view = (page: Page, id: "map" | "timeline" | "membership") => page.locator(`section#view-${id}`);
const chart = (page: Page, name: string) => page.locator(`figure[data-chart="${name}"]`);
const notice = (scope: Locator) => scope.getByRole("note");
const markers = (page: Page) => view(page, "map").locator("path.atlas-marker:not(.atlas-marker--hidden)");
const rings = (page: Page) => view(page, "map").locator("path.atlas-marker--conference");
const milestones = (page: Page) => chart(page, "timeline").locator(".tl-milestone__dot");
const participationBars = (page: Page) => chart(page, "participation").getByRole("button", { name: /\b(19|20)\d\d\b/ });

async function open(page: Page): Promise<void> {
  await page.goto("/");
  await waitForApp(page);
  await page.waitForFunction(() => document.querySelectorAll('[data-ready="true"]').length >= 3, null, { timeout: 20_000 });
  // The live map loads when the reader reaches for it (a pointer on the map's corner).
  const map = view(page, "map").locator(".atlas-map__canvas");
  if (await map.count()) await map.hover({ position: { x: 2, y: 2 } });
}

async function expectEvents(page: Page, n: number): Promise<void> {
  await expect(page.getByTestId("filter-count")).toHaveText(`${n} of ${n} events`);
}

test("a conference whose figure is a word: the other six are drawn everywhere, the seventh is named", async ({ page }) => {
  const broken = structuredClone(conferences);
  const bad = broken.find((c) => c.figures.length)!;
  bad.figures[0].value = "many";
  await serve(page, "conferences.json", JSON.stringify(broken));
  await open(page);
  const rest = conferences.filter((c) => c.id !== bad.id);
  await expectEvents(page, rest.length + meetings.length);
  await expect(milestones(page)).toHaveCount(rest.length);
  await expect(participationBars(page)).toHaveCount(rest.length);
  await expect(markers(page)).toHaveCount(markedPlaces(rest, meetings).size);
  await expect(chart(page, "growth").locator("svg").first()).toBeVisible();
  const line = `1 of ${conferences.length} conferences could not be shown (${bad.id})`;
  await expect(notice(view(page, "timeline"))).toContainText(line);
  await expect(notice(chart(page, "participation"))).toContainText(line);
  await expect(notice(view(page, "map"))).toContainText(line);
  // The full list names the field and what was found, and the notice links to it.
  const list = page.locator("#data-problems");
  const row = list.getByRole("row", { name: `conferences.json ${bad.id}` });
  await expect(row).toContainText(`figures.0.value`);
  await expect(row).toContainText(`expected number, found "many"`);
  // The timeline's CSV says it is incomplete in its first line, and holds the six.
  const [dl] = await Promise.all([page.waitForEvent("download"), chart(page, "timeline").getByRole("button", { name: "CSV", exact: true }).click()]);
  const csv = readFileSync((await dl.path())!, "utf8").replace(/^\uFEFF/, "").split("\n");
  expect(csv[0]).toBe(`# Incomplete: ${line}.`);
  expect(csv.filter((l) => l.includes(",conference,"))).toHaveLength(rest.length);
  await notice(view(page, "timeline")).getByRole("link", { name: "See the list of data problems" }).click();
  await expect(page).toHaveURL(/#data-problems$/);
});

test("a place at latitude 999: the map has one marker fewer, the events held there are named, the rest drawn", async ({ page }) => {
  // The place with the fewest events, so what it takes with it is small and countable.
  const uses = (id: string) => [...conferences, ...meetings].filter((e) => e.place === id).length;
  const target = places.filter((p) => uses(p.id) > 0).sort((a, b) => uses(a.id) - uses(b.id))[0];
  const broken = structuredClone(places);
  broken.find((p) => p.id === target.id)!.lat = 999;
  await serve(page, "places.json", JSON.stringify(broken));
  await open(page);
  const ms = meetings.filter((m) => m.place !== target.id);
  const cs = conferences.filter((c) => c.place !== target.id);
  const before = markedPlaces(conferences, meetings).size;
  await expect(markers(page)).toHaveCount(before - 1);
  await expectEvents(page, cs.length + ms.length);
  await expect(milestones(page)).toHaveCount(cs.length);
  await expect(notice(view(page, "map"))).toContainText(`1 of ${places.length} places could not be shown (${target.id})`);
  const gone = meetings.filter((m) => m.place === target.id).map((m) => m.id);
  for (const id of gone) await expect(notice(view(page, "map"))).toContainText(id);
  await expect(page.locator("#data-problems").getByRole("row").filter({ hasText: target.id }).first()).toContainText("lat");
});

test("conferences.json cut off mid-file: the map without rings, the timeline with its meetings, the charts that do not need it", async ({ page }) => {
  const text = readFileSync("public/data/conferences.json", "utf8");
  await serve(page, "conferences.json", text.slice(0, Math.floor(text.length / 2)));
  await open(page);
  await expectEvents(page, meetings.length);
  await expect(markers(page)).toHaveCount(markedPlaces([], meetings).size);
  await expect(rings(page)).toHaveCount(0);
  await expect(milestones(page)).toHaveCount(0);
  await expect(chart(page, "timeline").locator(".tl-mark").first()).toBeVisible();
  await expect(chart(page, "per-year").locator(".year-bars").first()).toBeVisible();
  await expect(chart(page, "growth").locator("svg").first()).toBeVisible();
  // The participation chart is nothing but conferences: it says why it is not drawn.
  await expect(view(page, "membership").getByRole("alert")).toContainText("conferences.json");
  const line = "conferences.json could not be read, so none of its conferences are shown";
  await expect(notice(view(page, "timeline"))).toContainText(line);
  await expect(notice(view(page, "map"))).toContainText(line);
  await expect(page.locator("#data-problems")).toContainText("malformed JSON");
});

test("a meeting at an unknown place is set aside and named; every other event is drawn", async ({ page }) => {
  const atlantis = { ...structuredClone(meetings.find(inPerson)!), id: "meeting-in-atlantis", place: "atlantis" };
  await serve(page, "meetings.json", JSON.stringify([...meetings, atlantis]));
  await open(page);
  await expectEvents(page, conferences.length + meetings.length);
  await expect(markers(page)).toHaveCount(markedPlaces(conferences, meetings).size);
  await expect(milestones(page)).toHaveCount(conferences.length);
  const line = `1 of ${meetings.length + 1} meetings could not be shown (meeting-in-atlantis)`;
  await expect(notice(view(page, "timeline"))).toContainText(line);
  await expect(notice(chart(page, "per-year"))).toContainText(line);
  await expect(page.locator("#data-problems").getByRole("row").filter({ hasText: "meeting-in-atlantis" }))
    .toContainText('refers to "atlantis", which is not in places.json');
});

test.describe("meetings.json that cannot be read at all", () => {
  const cases = [
    { name: "404", status: 404, body: "Not found", message: /HTTP 404/ },
    { name: "not an array", body: JSON.stringify({ meetings }), message: /expected a JSON array of records, found object/ },
    { name: "over 8 MB", body: `[${" ".repeat(9_000_000)}]`, message: /MB limit/ },
  ];
  for (const c of cases) {
    test(`${c.name}: named, and the conferences are still drawn`, async ({ page, guard }) => {
      if (c.status) guard.allowConsole(/404/);
      await page.route("**/data/meetings.json", (route) => route.fulfill({ status: c.status ?? 200, contentType: "application/json", body: c.body }));
      await open(page);
      await expectEvents(page, conferences.length);
      await expect(milestones(page)).toHaveCount(conferences.length);
      await expect(participationBars(page)).toHaveCount(conferences.length);
      await expect(notice(view(page, "timeline"))).toContainText("meetings.json could not be read");
      await expect(page.locator("#data-problems").getByRole("row").filter({ hasText: "meetings.json" })).toContainText(c.message);
    });
  }
});

test("a country with an unknown region: set aside and named in the views that use countries; the others draw in full", async ({ page }) => {
  const countries = read("countries");
  const broken = structuredClone(countries);
  const bad = broken.find((c) => c.kind === "state" && !places.some((p) => p.country === c.id))!;
  bad.region = "atlantis";
  await serve(page, "countries.json", JSON.stringify(broken));
  await open(page);
  await expect(notice(chart(page, "growth"))).toContainText(`1 of ${countries.length} countries could not be shown (${bad.id})`);
  await expect(notice(view(page, "map"))).toContainText(bad.id);
  await expect(markers(page)).toHaveCount(markedPlaces(conferences, meetings).size);
  await expect(milestones(page)).toHaveCount(conferences.length);
  await expectEvents(page, conferences.length + meetings.length);
});
