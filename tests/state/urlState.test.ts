import { describe, expect, it } from "vitest";
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState } from "../../src/state/urlState";

describe("URL contract", () => {
  it("round-trips a full state", () => {
    const state = { ...DEFAULT_URL_STATE, from: 2003, to: 2019, types: ["conference", "som"] as any, country: "TUR", theme: "dark" as const, lang: "ru" as const };
    const url = serializeUrlState(state);
    expect(url).toBe("?from=2003&to=2019&type=conference,som&country=TUR&theme=dark&lang=ru");
    expect(parseUrlState(url)).toEqual(state);
  });

  it("writes nothing for the defaults", () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe("");
  });

  it.each([
    "?from=abc&to=<script>",
    "?from=1800&to=3000",
    "?from=2020&to=1995",
    "?mode=hack&chart=pie&theme=neon&lang=xx",
    "?type=bogus,,,&country=tur",
    "?step=-4&selected=<img src=x>",
    "?" + "from=".repeat(5000),
    "%%%",
  ])("falls back to defaults for %s", (search) => {
    const s = parseUrlState(search);
    expect(s.from).toBe(1991);
    expect(s.to).toBe(2024);
    expect(s.types).toEqual([]);
    expect(s.country).toBeNull();
    expect(s.region).toBeNull();
    expect(s.mode).toBe("explore");
    expect(s.step).toBe(1);
    expect(s.selected).toBeNull();
  });

  it("reads a region and drops an unknown one", () => {
    expect(parseUrlState("?region=silk-routes").region).toBe("silk-routes");
    expect(parseUrlState("?region=atlantis").region).toBeNull();
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, region: "central-asia" })).toBe("?region=central-asia");
  });

  it("reads embed chart and presenter step", () => {
    expect(parseUrlState("?mode=embed&chart=timeline")).toMatchObject({ mode: "embed", chart: "timeline" });
    expect(parseUrlState("?mode=present&step=7").step).toBe(7);
  });
});
