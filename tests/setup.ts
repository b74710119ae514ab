import "@testing-library/jest-dom/vitest";
import { afterEach, beforeEach } from "vitest";
import { cleanup } from "@testing-library/react";
import { resetAtlasStore } from "../src/state/store";
// Every shell's strings, as each shell loads its own in the app.
import "../src/i18n/present";
import "../src/i18n/cite";
import "../src/i18n/conflicts";
import "../src/i18n/problems";
import "../src/i18n/explorer";
import "../src/i18n/map";
import "../src/i18n/timeline";
import "../src/i18n/membership";

beforeEach(() => resetAtlasStore());
afterEach(() => cleanup());
