// Choices made in a prerendered page before hydration are made again, once each, after it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, useState } from "react";
import { renderToString } from "react-dom/server";
import { hydrateRoot, type Root } from "react-dom/client";
import { takeEarlyChoices } from "./earlyChoices";

function Controls({ onPress }: { onPress: () => void }) {
  const [year, setYear] = useState("1991");
  const [kept, setKept] = useState(true);
  const [name, setName] = useState("");
  return (
    <div>
      <select aria-label="From" value={year} onChange={(e) => setYear(e.target.value)}>
        {["1991", "2000", "2024"].map((y) => <option key={y} value={y}>{y}</option>)}
      </select>
      {/* As the explorer's kind boxes: the handler toggles what React holds, whatever the box shows. */}
      <input type="checkbox" aria-label="Conference" checked={kept} onChange={() => setKept((k) => !k)} />
      <input type="search" aria-label="Country" value={name} onChange={(e) => setName(e.target.value)} />
      <button type="button" onClick={onPress}><span>Share</span></button>
      <output>{`${year}|${kept}|${name}`}</output>
    </div>
  );
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
});

/** The page as written at build time, with the head script's noting started. */
function page(onPress: () => void) {
  const container = document.createElement("div");
  container.innerHTML = renderToString(<Controls onPress={onPress} />);
  document.body.append(container);
  const events: unknown[][] = [];
  const note = (e: Event) => {
    const t = e.target as HTMLInputElement;
    events.push([e.type, t, t.value, t.checked]);
  };
  for (const k of ["change", "input", "click"]) document.addEventListener(k, note, true);
  const host = { __atlasEarly: { events, stop: () => ["change", "input", "click"].forEach((k) => document.removeEventListener(k, note, true)) } };
  const q = <T extends Element>(s: string) => container.querySelector<T>(s)!;
  return { container, host, select: q<HTMLSelectElement>("select"), box: q<HTMLInputElement>("[type=checkbox]"), field: q<HTMLInputElement>("[type=search]"), button: q<HTMLElement>("button span"), shown: () => q("output").textContent };
}

describe("takeEarlyChoices", () => {
  it("makes each change and press the reader made before hydration once React has the page", async () => {
    const onPress = vi.fn();
    const p = page(onPress);
    p.select.value = "2000";
    p.select.dispatchEvent(new Event("change", { bubbles: true }));
    p.box.click();
    p.field.value = "Iran";
    p.field.dispatchEvent(new Event("input", { bubbles: true }));
    p.button.click();
    expect(onPress).not.toHaveBeenCalled();

    const replay = takeEarlyChoices(p.host);
    expect(p.host).not.toHaveProperty("__atlasEarly");
    await act(async () => {
      root = hydrateRoot(p.container, <Controls onPress={onPress} />);
    });
    act(() => replay());
    expect(p.shown()).toBe("2000|false|Iran");
    expect(p.box.checked).toBe(false);
    expect(onPress).toHaveBeenCalledTimes(1);
    // Done once, however often the page says it has drawn.
    act(() => replay());
    expect(p.shown()).toBe("2000|false|Iran");
    expect(onPress).toHaveBeenCalledTimes(1);
  });

  it("leaves a control the reader changed and then put back, and notes nothing once taken", async () => {
    const onPress = vi.fn();
    const p = page(onPress);
    p.box.click();
    p.box.click();
    const replay = takeEarlyChoices(p.host);
    // After hydration starts React answers by itself; the head script no longer notes it.
    await act(async () => {
      root = hydrateRoot(p.container, <Controls onPress={onPress} />);
    });
    act(() => p.button.click());
    act(() => replay());
    expect(p.shown()).toBe("1991|true|");
    expect(onPress).toHaveBeenCalledTimes(1);
  });

  it("does nothing on a page that noted nothing", () => {
    expect(() => takeEarlyChoices({})()).not.toThrow();
  });
});
