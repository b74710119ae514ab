import { describe, expect, it } from "vitest";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { useDisclosure } from "./useDisclosure";

function Table() {
  const { ref, open, onToggle } = useDisclosure();
  return (
    <details ref={ref} onToggle={onToggle}>
      <summary>Show the numbers as a table</summary>
      {open && <table><tbody><tr><td>Norway</td><td>1996</td></tr></tbody></table>}
    </details>
  );
}

describe("useDisclosure", () => {
  it("makes its contents once opened, and drops them once closed", async () => {
    render(<Table />);
    expect(screen.queryByRole("table")).toBeNull();
    const details = screen.getByRole("group");
    await act(async () => {
      (details as HTMLDetailsElement).open = true;
      fireEvent(details, new Event("toggle"));
    });
    expect(screen.getByRole("cell", { name: "1996" })).toBeTruthy();
    await act(async () => {
      (details as HTMLDetailsElement).open = false;
      fireEvent(details, new Event("toggle"));
    });
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("hydrating a page whose reader opened it before the script ran, shows its contents", async () => {
    const container = document.createElement("div");
    container.innerHTML = renderToString(<Table />);
    document.body.append(container);
    // The reader's click, before React listens: the browser opens the element by itself.
    container.querySelector("details")!.open = true;
    // Its toggle event is dispatched then, with nobody listening yet.
    await new Promise((r) => setTimeout(r, 0));
    await act(async () => {
      render(<Table />, { container, hydrate: true });
    });
    expect(screen.getByRole("cell", { name: "Norway" }).nextElementSibling?.textContent).toBe("1996");
    container.remove();
  });
});
