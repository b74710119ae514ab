// The country field: its suggestions are made when it is first focused, and a whole name picks.
import { afterEach, describe, expect, it } from "vitest";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { CountrySearch } from "./CountrySearch";
import { resetAtlasStore, useAtlasStore } from "../../state/store";
import { renderWithData } from "../../../tests/renderWithData";

afterEach(() => resetAtlasStore());

const field = () => screen.getByRole("combobox", { name: "Country" });
const suggestions = (c: HTMLElement) => [...c.querySelectorAll("datalist option")].map((o) => (o as HTMLOptionElement).value);

describe("CountrySearch", () => {
  it("lists no country until the field is focused, then every state by name in alphabetical order", async () => {
    act(() => useAtlasStore.getState().setCountry("IRN"));
    const { container } = renderWithData(<CountrySearch />);
    // The chosen country's name shows once the countries are loaded.
    await waitFor(() => expect(field()).toHaveAttribute("placeholder", "Iran"));
    expect(suggestions(container)).toEqual([]);
    act(() => field().focus());
    await waitFor(() => expect(suggestions(container).length).toBeGreaterThan(50));
    const names = suggestions(container);
    expect(names).toContain("Türkiye");
    expect(names).toContain("Iran");
    expect(names).not.toContain("EU Member States");
    expect(names).toEqual([...names].sort(new Intl.Collator("en").compare));
  });

  it("picks a country by its whole name, even from a field never focused", async () => {
    renderWithData(<CountrySearch />);
    await waitFor(() => expect(field()).toBeInTheDocument());
    await waitFor(() => {
      fireEvent.change(field(), { target: { value: "Iran" } });
      expect(useAtlasStore.getState().country).toBe("IRN");
    });
    expect(field()).toHaveValue("");
    expect(field()).toHaveAttribute("placeholder", "Iran");
  });

  it("takes a code only on Enter", async () => {
    const { container } = renderWithData(<CountrySearch />);
    act(() => field().focus());
    await waitFor(() => expect(suggestions(container)).toContain("Belarus"));
    fireEvent.change(field(), { target: { value: "bel" } });
    expect(useAtlasStore.getState().country).toBeNull();
    fireEvent.keyDown(field(), { key: "Enter" });
    expect(useAtlasStore.getState().country).toBe("BEL");
  });
});
