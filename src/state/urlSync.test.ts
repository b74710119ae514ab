import { afterEach, expect, test } from "vitest";
import { waitFor } from "@testing-library/react";
import { resetAtlasStore, useAtlasStore } from "./store";
import { startUrlSync } from "./urlSync";

afterEach(() => {
  resetAtlasStore();
  window.history.replaceState(null, "", "/");
});

test("removing the only filter clears it from the address bar", async () => {
  window.history.replaceState(null, "", "/?region=silk-routes#map");
  const stop = startUrlSync(window);
  expect(useAtlasStore.getState().region).toBe("silk-routes");
  useAtlasStore.getState().setRegion(null);
  await waitFor(() => expect(window.location.search).toBe(""));
  expect(window.location.hash).toBe("#map");
  stop();
});
