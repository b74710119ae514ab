import { describe, expect, it, vi } from "vitest";
import { act, fireEvent, screen } from "@testing-library/react";
import { useAtlasStore } from "../../src/state/store";
import { renderWithData } from "../renderWithData";

vi.mock("../../src/views/map/MapView", () => ({ default: () => <div>map</div> }));
vi.mock("../../src/views/membership/GrowthChart", () => ({ GrowthChart: () => <div>growth</div> }));

import Presenter from "../../src/shells/Presenter";

describe("Presenter", () => {
  it("walks the steps with keys and never writes the explorer's filters", async () => {
    useAtlasStore.setState({ mode: "present", step: 2, selected: "x-1", from: 2000, to: 2010 });
    renderWithData(<Presenter />);
    expect(await screen.findByRole("heading", { level: 2, name: "Berlin Ministerial Conference" })).toBeInTheDocument();
    expect(screen.getByText("2 / 11")).toBeInTheDocument();

    fireEvent.keyDown(window, { key: "PageDown" });
    expect(useAtlasStore.getState().step).toBe(3);
    expect(await screen.findByRole("heading", { level: 2, name: "Budapest Ministerial Conference" })).toBeInTheDocument();
    fireEvent.keyDown(window, { key: "n" });
    expect(useAtlasStore.getState().step).toBe(4);
    fireEvent.keyDown(window, { key: "p" });
    expect(useAtlasStore.getState().step).toBe(3);
    const { selected, from, to } = useAtlasStore.getState();
    expect({ selected, from, to }).toEqual({ selected: "x-1", from: 2000, to: 2010 });

    fireEvent.keyDown(window, { key: "End" });
    expect(useAtlasStore.getState().step).toBe(11);
    fireEvent.keyDown(window, { key: "Home" });
    expect(useAtlasStore.getState().step).toBe(1);
    fireEvent.click(screen.getByRole("button", { name: /Next/ }));
    expect(useAtlasStore.getState().step).toBe(2);
  });

  it("jumps to a typed step number with Enter, or after a pause for one digit", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    useAtlasStore.setState({ mode: "present", step: 1 });
    renderWithData(<Presenter />);
    await screen.findByText("1 / 11");
    fireEvent.keyDown(window, { key: "1" });
    fireEvent.keyDown(window, { key: "0" });
    fireEvent.keyDown(window, { key: "Enter" });
    expect(useAtlasStore.getState().step).toBe(10);
    fireEvent.keyDown(window, { key: "4" });
    expect(useAtlasStore.getState().step).toBe(10);
    act(() => void vi.advanceTimersByTime(700));
    expect(useAtlasStore.getState().step).toBe(4);
    vi.useRealTimers();
  });

  it("blacks out, whites out and shows key help", async () => {
    useAtlasStore.setState({ mode: "present", step: 1 });
    renderWithData(<Presenter />);
    await screen.findByText("1 / 11");
    fireEvent.keyDown(window, { key: "b" });
    expect(screen.getByText(/blacked out/)).toBeInTheDocument();
    fireEvent.keyDown(window, { key: "." });
    expect(screen.queryByText(/blacked out/)).toBeNull();
    fireEvent.keyDown(window, { key: "w" });
    expect(screen.getByText(/screen is white/)).toBeInTheDocument();
    fireEvent.keyDown(window, { key: "W" });
    expect(screen.queryByText(/screen is white/)).toBeNull();
    fireEvent.keyDown(window, { key: "?" });
    expect(screen.getByRole("dialog", { name: "Keyboard and clicker" })).toBeInTheDocument();
  });
});
