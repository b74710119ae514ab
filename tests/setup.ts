import "@testing-library/jest-dom/vitest";
import { afterEach, beforeEach } from "vitest";
import { cleanup } from "@testing-library/react";
import { resetAtlasStore } from "../src/state/store";
// Every shell's strings, as each shell loads its own in the app.
import "../src/i18n/present";
import "../src/i18n/problems";

beforeEach(() => resetAtlasStore());
afterEach(() => cleanup());
