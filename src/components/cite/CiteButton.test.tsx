import { describe, expect, it } from "vitest";
import { fireEvent, screen } from "@testing-library/react";
import { renderWithData } from "../../../tests/renderWithData";
import { CiteButton } from "./CiteButton";
import { ViewUrl } from "./viewUrl";

describe("CiteButton", () => {
  it("cites the URL its shell provides, in text and BibTeX", async () => {
    const url = "https://atlas.example.org/?from=2003&to=2019";
    renderWithData(
      <ViewUrl.Provider value={() => url}>
        <CiteButton chart="per-year" title="Events per year, by kind" />
      </ViewUrl.Provider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Cite this" }));
    const field = await screen.findByLabelText("URL of this view");
    expect((field as HTMLTextAreaElement).value).toBe(url);
    const text = (screen.getByLabelText("Citation") as HTMLTextAreaElement).value;
    expect(text.startsWith("Budapest Process Atlas. (")).toBe(true);
    expect(text.endsWith(` ${url}`)).toBe(true);
    expect((screen.getByLabelText("BibTeX") as HTMLTextAreaElement).value).toContain(`howpublished = {\\url{${url}}}`);
  });
});
