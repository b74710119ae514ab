import { describe, expect, it } from "vitest";
import { keyToCommand, parseInterval } from "../../src/shells/presenter/keys";

describe("keyToCommand", () => {
  it.each(["ArrowRight", " ", "PageDown", "ArrowDown", "n", "N"])("%s goes forward", (key) => {
    expect(keyToCommand({ key })).toEqual({ type: "next" });
  });
  it.each(["ArrowLeft", "PageUp", "ArrowUp", "p", "P"])("%s goes back", (key) => {
    expect(keyToCommand({ key })).toEqual({ type: "prev" });
  });
  it.each([
    ["Home", "first"], ["End", "last"], ["f", "fullscreen"], ["F", "fullscreen"], ["a", "play"], ["A", "play"],
    ["b", "blackout"], ["B", "blackout"], [".", "blackout"], ["w", "whiteout"], ["W", "whiteout"],
    ["o", "overview"], ["O", "overview"], ["g", "goto"], ["G", "goto"], ["?", "help"], ["s", "notes"], ["S", "notes"],
    ["Enter", "enter"], ["Escape", "escape"], ["Esc", "escape"],
  ])("%s → %s", (key, type) => {
    expect(keyToCommand({ key })?.type).toBe(type);
  });
  it("reads digits", () => {
    expect(keyToCommand({ key: "7" })).toEqual({ type: "digit", digit: 7 });
    expect(keyToCommand({ key: "0" })).toEqual({ type: "digit", digit: 0 });
  });
  it("leaves other keys and browser shortcuts alone", () => {
    expect(keyToCommand({ key: "x" })).toBeNull();
    expect(keyToCommand({ key: "toString" })).toBeNull();
    expect(keyToCommand({ key: "Tab" })).toBeNull();
    expect(keyToCommand({ key: "f", ctrlKey: true })).toBeNull();
    expect(keyToCommand({ key: "ArrowLeft", altKey: true })).toBeNull();
    expect(keyToCommand({ key: "r", metaKey: true })).toBeNull();
  });
  it("does not steal keys from form fields", () => {
    expect(keyToCommand({ key: "ArrowDown", target: { tagName: "SELECT" } })).toBeNull();
  });
  it("lets a clicker's PageUp/PageDown through when focus was left on the interval select", () => {
    expect(keyToCommand({ key: "PageDown", target: { tagName: "SELECT" } })).toEqual({ type: "next" });
    expect(keyToCommand({ key: "PageUp", target: { tagName: "SELECT" } })).toEqual({ type: "prev" });
    expect(keyToCommand({ key: "PageDown", target: { tagName: "INPUT" } })).toBeNull();
    expect(keyToCommand({ key: "5", target: { tagName: "input" } })).toBeNull();
    expect(keyToCommand({ key: "b", target: { tagName: "DIV", isContentEditable: true } })).toBeNull();
    expect(keyToCommand({ key: "Escape", target: { tagName: "INPUT" } })).toEqual({ type: "escape" });
  });
  it("lets a focused button take Space and Enter, but not arrows", () => {
    expect(keyToCommand({ key: " ", target: { tagName: "BUTTON" } })).toBeNull();
    expect(keyToCommand({ key: "Enter", target: { tagName: "BUTTON" } })).toBeNull();
    expect(keyToCommand({ key: "ArrowRight", target: { tagName: "BUTTON" } })).toEqual({ type: "next" });
  });
  it("works on a real KeyboardEvent", () => {
    const e = new KeyboardEvent("keydown", { key: "PageDown" });
    expect(keyToCommand(e)).toEqual({ type: "next" });
  });
});

describe("parseInterval", () => {
  it("accepts the offered intervals only", () => {
    expect(parseInterval("5")).toBe(5);
    expect(parseInterval("30")).toBe(30);
    expect(parseInterval("7")).toBe(10);
    expect(parseInterval(null)).toBe(10);
  });
});
