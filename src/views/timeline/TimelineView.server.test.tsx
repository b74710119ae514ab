// @vitest-environment node
// The server render: TimelineView draws in Node, with no window or document, and picks the
// phone layout from the width it is given.
import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { translator } from "../../i18n";
import { DEFAULT_FILTERS } from "../../state/urlState";
import { timelineState } from "./timelineState";
import { TimelineView } from "./TimelineView";
import { handMadeEvents, handMadePhases } from "./fixtures.test-data";

const t = translator("en");
const html = (width: number) =>
  renderToStaticMarkup(<TimelineView state={timelineState({ events: handMadeEvents, phases: handMadePhases, lang: "en", t, width, filters: DEFAULT_FILTERS })} t={t} onSelect={() => {}} />);

describe("TimelineView on the server", () => {
  it("renders without a window", () => {
    expect(typeof window).toBe("undefined");
    const out = html(800);
    expect(out).toContain('class="timeline timeline--horizontal"');
    expect(out).toContain(">Berlin 1991</text>");
    expect(out).toContain('aria-label="Berlin 1991, 27 countries, Berlin Ministerial Conference, October 1991"');
    expect(out.match(/class="tl-mark[ "]/g)).toHaveLength(5);
  });

  it("picks the vertical layout from a phone's width", () => {
    expect(html(320)).toContain('class="timeline timeline--vertical"');
    expect(html(320)).toMatch(/<svg width="320" height="7\d\d"/);
  });
});
