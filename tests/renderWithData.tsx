// Renders a piece of the app with a fresh query cache and the real datasets served from
// public/data through a stubbed fetch, optionally overriding a file.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { vi } from "vitest";

export function stubDataFetch(overrides: Record<string, string | number> = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const file = url.split("/").pop()!;
    const override = overrides[file];
    if (typeof override === "number") return new Response("", { status: override });
    const body = override ?? readFileSync(join(__dirname, "..", "public", "data", file), "utf8");
    return new Response(body, { status: 200, headers: { "content-type": "application/json" } });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

export function renderWithData(ui: ReactElement, overrides?: Record<string, string | number>) {
  stubDataFetch(overrides);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}
