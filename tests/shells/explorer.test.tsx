import { describe, expect, it, beforeAll } from "vitest";
import { screen, within, waitFor, act } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import Explorer from "../../src/shells/Explorer";
import { useAtlasStore } from "../../src/state/store";
import { startUrlSync } from "../../src/state/urlSync";
import { renderWithData } from "../renderWithData";
import { loadRealData } from "../fixtures";

const data = loadRealData();
const TOTAL = data.conferences.length + data.meetings.length;

beforeAll(() => {
  // jsdom has no layout; charts measure a sensible default width instead.
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as any;
});

async function ready() {
  await waitFor(() => expect(screen.getByTestId("filter-count").textContent).toMatch(new RegExp(`${TOTAL} of ${TOTAL} events`)));
  await waitFor(() => expect(document.querySelectorAll("[data-chart]").length).toBeGreaterThanOrEqual(4), { timeout: 15_000 });
}

const perYearRows = () => {
  // Tables render only when their disclosure is open, as a reader would open it.
  const details = document.querySelector<HTMLDetailsElement>('[data-chart="per-year"] details.chart__table')!;
  if (!details.open) act(() => { details.open = true; details.dispatchEvent(new Event("toggle")); });
  const table = document.querySelector('[data-chart="per-year"] table')!;
  return within(table as HTMLElement).getAllByRole("row").length - 1;
};
const timelineSummary = () => document.querySelector('[data-chart="timeline"] figcaption')!.textContent!;

describe("explorer linking", () => {
  it("a year range chosen in the timeline's filter narrows the count, the charts and the table", async () => {
    renderWithData(<Explorer />);
    await ready();
    const places = () => document.querySelectorAll(".map-places button").length;
    await waitFor(() => expect(places()).toBeGreaterThan(10), { timeout: 15_000 });
    const beforePlaces = places();
    const beforeRows = perYearRows();
    const beforeSummary = timelineSummary();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText(/^From/), "2015");
    await user.selectOptions(screen.getByLabelText(/^to/), "2017");
    const expected = data.meetings.filter((m) => {
      const y = Number(m.date.start.slice(0, 4));
      const e = Number((m.date.end ?? m.date.start).slice(0, 4));
      return e >= 2015 && y <= 2017;
    }).length;
    await waitFor(() => expect(screen.getByTestId("filter-count").textContent).toMatch(new RegExp(`${expected} of ${TOTAL} events`)));
    expect(timelineSummary()).not.toBe(beforeSummary);
    expect(timelineSummary()).toMatch(/2015 and 2017/);
    expect(perYearRows()).toBeLessThan(beforeRows);
    expect(places()).toBeLessThan(beforePlaces);
    expect(useAtlasStore.getState()).toMatchObject({ from: 2015, to: 2017 });
  });

  it("selecting a country filters the other views and opens its profile", async () => {
    renderWithData(<Explorer />);
    await ready();
    act(() => useAtlasStore.getState().setCountry("IRN"));
    const hosted = [...data.meetings].filter((m) => data.places.find((p) => p.id === m.place)?.country === "IRN" || m.country === "IRN").length;
    await waitFor(() => expect(screen.getByTestId("filter-count").textContent).toMatch(new RegExp(`${hosted} of ${TOTAL} events`)));
    const panel = await screen.findByRole("region", { name: /Iran/ }, { timeout: 10_000 });
    // The line comes with its own lazily loaded code: wait for it, as a reader would.
    expect(await within(panel).findByText(/First documented in the Process: 2015/, undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(timelineSummary()).toMatch(new RegExp(`^${hosted} events`));
  });

  it("typing a country's name picks that country, not one whose code its first letters spell", async () => {
    renderWithData(<Explorer />);
    await ready();
    const input = screen.getByPlaceholderText(/Type a country/);
    await userEvent.type(input, "Belarus");
    expect(useAtlasStore.getState().country).toBe("BLR");
    await userEvent.type(input, "tur{Enter}");
    expect(useAtlasStore.getState().country).toBe("TUR");
  });

  it("a meeting with a date that does not parse is set aside and named; every other event is drawn", async () => {
    const meetings = JSON.parse(JSON.stringify(data.meetings));
    meetings[2].date.start = "not a date";
    renderWithData(<Explorer />, { "meetings.json": JSON.stringify(meetings) });
    await waitFor(() => expect(screen.getByTestId("filter-count").textContent).toMatch(new RegExp(`${TOTAL - 1} of ${TOTAL - 1} events`)), { timeout: 15_000 });
    const notes = await screen.findAllByRole("note", {}, { timeout: 10_000 });
    expect(notes[0].textContent).toContain(`1 of ${data.meetings.length} meetings could not be shown (${meetings[2].id})`);
    const list = await screen.findByRole("table", { name: "Data problems: 1" });
    expect(within(list).getAllByRole("row")[1].textContent).toBe(`meetings.json${meetings[2].id}date.startmust be YYYY, YYYY-MM or YYYY-MM-DD, found "not a date"`);
    expect(document.querySelector('[data-chart="growth"] svg')).not.toBeNull();
    expect(document.querySelector('[data-chart="participation"] svg')).not.toBeNull();
  });
});

describe("URL round trip", () => {
  it("restores filters from the URL and writes changes back, with back/forward", async () => {
    window.history.replaceState(null, "", "/?from=2003&to=2013&type=som,conference&country=TUR&junk=1");
    const stop = startUrlSync(window);
    expect(useAtlasStore.getState()).toMatchObject({ from: 2003, to: 2013, types: ["conference", "som"], country: "TUR" });
    expect(window.location.search).toBe("?from=2003&to=2013&type=conference,som&country=TUR");
    act(() => useAtlasStore.getState().setYearRange(2010, 2020));
    // Written after the change is painted, not synchronously.
    expect(window.location.search).toBe("?from=2003&to=2013&type=conference,som&country=TUR");
    await waitFor(() => expect(window.location.search).toBe("?from=2010&to=2020&type=conference,som&country=TUR"));
    window.history.replaceState(null, "", "/?from=1995");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(useAtlasStore.getState()).toMatchObject({ from: 1995, to: 2024, types: [], country: null });
    stop();
  });
});
