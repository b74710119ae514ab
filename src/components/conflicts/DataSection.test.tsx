import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fireEvent, screen, within } from "@testing-library/react";
import { renderWithData } from "../../../tests/renderWithData";
import { DataSection } from "./DataSection";

const count = JSON.parse(readFileSync("public/data/conflicts.json", "utf8")).length;

describe("DataSection", () => {
  it("links the dataset zip and lists every disagreement once opened", async () => {
    renderWithData(<DataSection />);
    expect(screen.getByRole("link", { name: "Download all data (zip)" }).getAttribute("href")).toBe("data/budapest-process-atlas-data.zip");
    const title = await screen.findByRole("heading", { name: "Where the sources disagree" });
    fireEvent.click(title.closest("summary")!);
    const entry = await screen.findByRole("heading", { name: "Ordinal of the 2013 Istanbul Ministerial Conference (ordinal)" }, { timeout: 5000 });
    const item = entry.closest("li")!;
    expect(item.id).toBe("conflict-conflict-2013-ordinal");
    expect(within(item).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "5th Ministerial Conference. Budapest Process website pages 2015–2017: the Turkish Chair invited to the 5th Budapest Process Ministerial Conference",
      "6th Ministerial Conference. 30 Years Anniversary of the Budapest Process (anniversary booklet) (1991–2023): gained from the Istanbul Ministerial Declaration adopted in the 6™ Ministerial Conference",
    ]);
    expect(item.textContent).toContain("The atlas uses: The atlas numbers the 2013 Istanbul conference 5th");
    expect(document.querySelectorAll(".conflicts__list > li")).toHaveLength(count);
    expect(screen.getByText(`${count} disagreements. Each statement is quoted, with the reading the atlas uses.`).tagName).toBe("P");
  });

  it("opens at the conflict the address names", async () => {
    window.location.hash = "#conflict-conflict-ios-ocr";
    renderWithData(<DataSection />);
    const heading = await screen.findByRole("heading", { name: /^"countries and 10s": IOs or ten\? \(OCR reading\)$/ }, { timeout: 5000 });
    expect(heading.closest("li")!.id).toBe("conflict-conflict-ios-ocr");
    expect(document.activeElement).toBe(heading.closest("li"));
    window.location.hash = "";
  });
});
