// Counts under 1000 are written without building Intl.NumberFormat, and read exactly as Intl writes them.
import { afterEach, describe, expect, it, vi } from "vitest";
import { PLAIN_SMALL_INTEGERS, numberFormat } from "../../src/i18n/numberFormat";
import { LANGUAGES } from "../../src/domain";
import { translator } from "../../src/i18n";

afterEach(() => vi.restoreAllMocks());

/** Counts the Intl.NumberFormat objects built from now on. */
function countBuilt() {
  const Real = Intl.NumberFormat;
  return vi.spyOn(Intl, "NumberFormat").mockImplementation(function (...args: ConstructorParameters<typeof Real>) {
    return new Real(...args);
  } as unknown as typeof Real);
}

describe("numberFormat", () => {
  it.each([...PLAIN_SMALL_INTEGERS])("writes every number as Intl does in %s", (lang) => {
    const intl = new Intl.NumberFormat(lang);
    const ours = numberFormat(lang);
    for (let n = 0; n < 1000; n++) expect(ours.format(n)).toBe(intl.format(n));
    for (const n of [1000, 12345, 999.5, 0.25, -1, -0, -999, 1e21, NaN, Infinity]) expect(ours.format(n)).toBe(intl.format(n));
  });

  it("lists only interface languages", () => {
    for (const lang of PLAIN_SMALL_INTEGERS) expect(LANGUAGES).toContain(lang);
  });

  it("builds no Intl formatter for counts under 1000, and one for anything else", () => {
    const built = countBuilt();
    const f = numberFormat("ru");
    expect([0, 7, 56, 999].map(f.format)).toEqual(["0", "7", "56", "999"]);
    expect(built).not.toHaveBeenCalled();
    expect(f.format(12345)).toBe("12\u00a0345");
    expect(f.format(2.5)).toBe("2,5");
    expect(built).toHaveBeenCalledTimes(1);
  });

  it("leaves other locales and options to Intl", () => {
    expect(numberFormat("ar-EG").format(5)).toBe(new Intl.NumberFormat("ar-EG").format(5));
    expect(numberFormat("ar-EG").format(5)).not.toBe("5");
    expect(numberFormat("en", { style: "percent" }).format(5)).toBe("500%");
    expect(numberFormat(["en"]).format(1234)).toBe("1,234");
  });

  it("is what interface messages format their counts with", () => {
    const built = countBuilt();
    const t = translator("en");
    const counts = [1, 2, 56, 999].map((count) => t("filters.count", { shown: count, total: count }));
    expect(built).not.toHaveBeenCalled();
    expect(counts.join("|")).toMatch(/\b56\b/);
  });
});
