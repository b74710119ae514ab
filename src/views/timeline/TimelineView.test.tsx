// TimelineView given hand-made props: no store, no fetch. It draws the marks the state places,
// names them by their visible label first, and reports clicks and hovers through callbacks.
import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { translator } from "../../i18n";
import { DEFAULT_FILTERS } from "../../state/urlState";
import { timelineState } from "./timelineState";
import { stripState } from "./stripState";
import { TimelineView } from "./TimelineView";
import { handMadeEvents, handMadePhases } from "./fixtures.test-data";

const t = translator("en");
const base = { events: handMadeEvents, phases: handMadePhases, lang: "en" as const, t };

describe("TimelineView", () => {
  it("draws a milestone per conference and a mark per meeting, the meetings outside the years faded", () => {
    const state = timelineState({ ...base, width: 800, filters: { ...DEFAULT_FILTERS, from: 2000, to: 2010 } });
    render(<TimelineView state={state} t={t} onSelect={() => {}} />);
    const chart = screen.getByRole("group", { name: "Timeline 1991–2024" });
    const marks = within(chart).getAllByRole("button");
    expect(marks.map((m) => m.getAttribute("aria-label"))).toEqual([
      "Senior Officials Meeting, Vienna, May 2, 1995",
      "Working group on return, Prague, 2008",
      "Senior Officials Meeting, Ankara, March 1, 2012",
      "Berlin 1991, 27 countries, Berlin Ministerial Conference, October 1991",
      "Rhodes 2003, 43 countries, Rhodes Ministerial Conference, June 25, 2003",
    ]);
    const faded = marks.filter((m) => m.classList.contains("tl-mark--out")).map((m) => m.getAttribute("aria-label")!.split(",")[0]);
    expect(faded).toEqual(["Senior Officials Meeting", "Senior Officials Meeting", "Berlin 1991"]);
    expect(within(chart).getByText("Berlin 1991").tagName).toBe("text");
    expect(within(chart).getByText("Phase 1: Beginnings")).toBeInTheDocument();
    expect(screen.getByText("2 events between 2000 and 2010, including 1 ministerial conference.")).toBeInTheDocument();
  });

  it("reports a click, a second click (deselect) and a hover through its callbacks", () => {
    const onSelect = vi.fn();
    const onHover = vi.fn();
    const props = { ...base, width: 800, filters: DEFAULT_FILTERS };
    const { rerender } = render(<TimelineView state={timelineState(props)} t={t} onSelect={onSelect} onHover={onHover} />);
    const berlin = screen.getByRole("button", { name: /^Berlin 1991/ });
    fireEvent.click(berlin);
    expect(onSelect).toHaveBeenLastCalledWith("c-berlin");
    fireEvent.mouseEnter(berlin);
    expect(onHover).toHaveBeenLastCalledWith("c-berlin");
    rerender(<TimelineView state={timelineState({ ...props, selected: "c-berlin" })} t={t} onSelect={onSelect} onHover={onHover} />);
    expect(screen.getByRole("button", { name: /^Berlin 1991/ })).toHaveAttribute("aria-pressed", "true");
    fireEvent.keyDown(screen.getByRole("button", { name: /^Berlin 1991/ }), { key: "Enter" });
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it("has a brush only when it can report a range, and reports whole years", () => {
    const onRangeChange = vi.fn();
    const state = timelineState({ ...base, width: 800, filters: { ...DEFAULT_FILTERS, from: 2000, to: 2010 } });
    const { rerender } = render(<TimelineView state={state} t={t} />);
    expect(screen.queryByRole("slider")).toBeNull();
    rerender(<TimelineView state={state} t={t} onRangeChange={onRangeChange} />);
    const brush = screen.getByRole("slider");
    expect(brush).toHaveAttribute("aria-valuetext", "2000–2010");
    fireEvent.keyDown(brush, { key: "ArrowRight" });
    expect(onRangeChange).toHaveBeenLastCalledWith(2001, 2011);
  });

  it("runs down the page at 360 px", () => {
    const { container } = render(<TimelineView state={timelineState({ ...base, width: 360, filters: DEFAULT_FILTERS })} t={t} />);
    expect(container.querySelector(".timeline")).toHaveClass("timeline--vertical");
    const svg = screen.getByRole("group", { name: "Timeline 1991–2024" });
    expect(svg).toHaveAttribute("width", "360");
    expect(Number(svg.getAttribute("height"))).toBeGreaterThan(34 * 20);
  });

  it("in the strip variant, marks the current step and jumps to a clicked conference or phase", () => {
    const onSelect = vi.fn();
    render(<TimelineView state={stripState({ ...base, width: 1200, highlight: "c-rhodes" })} t={t} onSelect={onSelect} />);
    const rhodes = screen.getByRole("button", { name: /^Rhodes 2003/ });
    expect(rhodes).toHaveAttribute("aria-current", "step");
    expect(rhodes).not.toHaveAttribute("aria-pressed");
    expect(screen.getByRole("button", { name: /^Berlin 1991/ })).not.toHaveAttribute("aria-current");
    expect(screen.queryByRole("button", { name: /Senior Officials/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: /^Berlin 1991/ }));
    expect(onSelect).toHaveBeenLastCalledWith("c-berlin");
    fireEvent.click(screen.getByRole("button", { name: /^Phase 2: Expansion/ }));
    expect(onSelect).toHaveBeenLastCalledWith("p-2");
    // Clicking the current step again still reports it: the strip jumps, it does not toggle.
    fireEvent.click(rhodes);
    expect(onSelect).toHaveBeenLastCalledWith("c-rhodes");
  });
});
