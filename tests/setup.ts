import "@testing-library/jest-dom/vitest";
import { afterEach, beforeEach } from "vitest";
import { cleanup } from "@testing-library/react";
import { resetAtlasStore } from "../src/state/store";

beforeEach(() => resetAtlasStore());
afterEach(() => cleanup());
