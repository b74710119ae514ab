import { describe, expect, it, vi } from "vitest";
import { act, fireEvent, screen } from "@testing-library/react";
import { useAtlasStore } from "../../src/state/store";
import { renderWithData } from "../renderWithData";

vi.mock("../../src/views/map/MapView", () => ({ default: () => <div>map</div> }));
vi.mock("../../src/views/membership/GrowthChart", () => ({ GrowthChart: () => <div>growth</div> }));

import Presenter from "../../src/shells/Presenter";

describe("Presenter", () => {
  it("walks the steps with keys, moves the map and grows the chart to the step's year", async () => {
    useAtlasStore.setState({ mode: "present", step: 2 });
    renderWithData(<Presenter />);
    expect(await screen.findByRole("heading", { level: 2, name: "Berlin Ministerial Conference" })).toBeInTheDocument();
    expect(screen.getByText("2 / 11")).toBeInTheDocument();
    expect(useAtlasStore.getState().selected).toBe("mc-1991-berlin");
    expect(useAtlasStore.getState().to).toBe(1991);

    fireEvent.keyDown(window, { key: "PageDown" });
    expect(useAtlasStore.getState().step).toBe(3);
    expect(await screen.findByRole("heading", { level: 2, name: "Budapest Ministerial Conference" })).toBeInTheDocument();
    expect(useAtlasStore.getState().selected).toBe("mc-1993-budapest");
    expect(useAtlasStore.getState().from).toBe(1991);
    expect(useAtlasStore.getState().to).toBe(1993);

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

  it("blacks out and shows key help", async () => {
    useAtlasStore.setState({ mode: "present", step: 1 });
    renderWithData(<Presenter />);
    await screen.findByText("1 / 11");
    fireEvent.keyDown(window, { key: "b" });
    expect(screen.getByText(/blacked out/)).toBeInTheDocument();
    fireEvent.keyDown(window, { key: "." });
    expect(screen.queryByText(/blacked out/)).toBeNull();
    fireEvent.keyDown(window, { key: "?" });
    expect(screen.getByRole("dialog", { name: "Keyboard and clicker" })).toBeInTheDocument();
  });
});
