// Dates and country names come from the platform's Intl data in the chosen language.
import { describe, expect, it } from "vitest";
import { formatEventDate, formatNumber } from "../../src/i18n/format";
import { countryName } from "../../src/i18n/countryNames";

describe("formatEventDate", () => {
  it("writes Russian month names in the genitive", () => {
    const s = formatEventDate({ start: "2019-02-19", end: "2019-02-20", precision: "day" }, "ru");
    expect(s).toContain("февраля");
    expect(s).toContain("2019");
  });

  it("writes English month names in English", () => {
    expect(formatEventDate({ start: "2019-02-19", end: "2019-02-20", precision: "day" }, "en")).toContain("February");
  });

  it("is never more precise than the source", () => {
    expect(formatEventDate({ start: "1991", precision: "year" }, "ru")).toBe("1991");
  });
});

describe("formatNumber", () => {
  it("groups digits the Russian way", () => {
    expect(formatNumber(12345, "ru")).toBe(new Intl.NumberFormat("ru").format(12345));
    expect(formatNumber(12345, "ru")).not.toBe("12,345");
  });
});

describe("countryName", () => {
  it("gives the platform's Russian name for Türkiye", () => {
    const expected = new Intl.DisplayNames(["ru"], { type: "region" }).of("TR");
    const name = countryName({ id: "TUR", name: "Türkiye" }, "ru");
    expect(name).toBe(expected);
    expect(name).toMatch(/[А-Яа-яЁё]/);
  });

  it("keeps the data's name for a state without a current code", () => {
    expect(countryName({ id: "SUN", name: "Soviet Union" }, "ru")).toBe("Soviet Union");
  });
});
