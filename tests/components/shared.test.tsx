import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { XAxis, yearTicks } from "../../src/components/axis/XAxis";
import { Legend } from "../../src/components/Legend";
import { translated } from "../../src/domain";

describe("shared chart pieces", () => {
  it("the axis labels each tick at its position", () => {
    const { container } = render(
      <svg><XAxis y={100} x1={0} x2={300} ticks={yearTicks([1991, 2000], (y) => (y - 1991) * 10, (y) => (y === 1991 ? "start" : undefined))} tickSize={6} /></svg>,
    );
    const ticks = [...container.querySelectorAll("g.tl-axis > g")];
    expect(ticks.map((g) => g.getAttribute("transform"))).toEqual(["translate(0,0)", "translate(90,0)"]);
    expect(ticks.map((g) => g.textContent)).toEqual(["1991", "2000"]);
    expect(ticks[0].querySelector("text")?.getAttribute("text-anchor")).toBe("start");
    expect(ticks[0].querySelectorAll("line")).toHaveLength(1);
  });

  it("the legend names every entry, with its swatch or symbol", () => {
    render(<Legend label="Kinds" items={[
      { key: "a", label: "Conference", colour: "rgb(1, 2, 3)" },
      { key: "b", label: "Inferred", swatch: "hatched" },
      { key: "c", label: "Disputed", symbol: "⚠" },
    ]} />);
    const items = screen.getAllByRole("listitem");
    expect(screen.getByRole("list", { name: "Kinds" })).toBeInTheDocument();
    expect(items.map((li) => li.textContent)).toEqual(["Conference", "Inferred", "⚠ Disputed"]);
    expect((items[0].firstChild as HTMLElement).style.background).toBe("rgb(1, 2, 3)");
    expect((items[1].firstChild as HTMLElement).className).toBe("swatch swatch--hatched");
  });

  it("a record's translation is used where the data has one", () => {
    const rec = { title: "Berlin", translations: { ru: { title: "Берлин" } } };
    expect(translated(rec, "title", "ru")).toBe("Берлин");
    expect(translated(rec, "title", "en")).toBe("Berlin");
  });
});
