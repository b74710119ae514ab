// The folders are the data flow: a module may import from its own layer and those below it,
// never from one above (a view never reaches into a shell, a selector never into a view).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(__dirname, "../../src");
// Lowest first; folders on one line share a level and may import each other.
const LAYERS: readonly (readonly string[])[] = [
  ["domain"],
  ["data"],
  ["state", "selectors", "i18n"],
  ["components"],
  ["views"],
  ["shells"],
];
const levelOf = (file: string): number | undefined => {
  const top = relative(SRC, file).split(sep)[0];
  const level = LAYERS.findIndex((folders) => folders.includes(top));
  return level === -1 ? undefined : level;
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sources(path);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [path] : [];
  });
}

/** Relative imports of a module, static and dynamic, resolved to paths. */
function importsOf(file: string, text = readFileSync(file, "utf8")): string[] {
  const specs = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm)].map((m) => m[1]);
  return specs.map((s) => resolve(dirname(file), s));
}

function upwardImports(file: string, text?: string): string[] {
  const from = levelOf(file);
  // Entry points (main.tsx, entry-server.tsx) sit above every layer.
  if (from === undefined) return [];
  return importsOf(file, text)
    .filter((target) => (levelOf(target) ?? -1) > from)
    .map((target) => `${relative(SRC, file)} → ${relative(SRC, target)}`);
}

describe("layers", () => {
  it("every folder of src is in a layer or is an entry point", () => {
    const tops = new Set(readdirSync(SRC, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name));
    expect([...tops].filter((t) => !LAYERS.some((l) => l.includes(t)))).toEqual([]);
  });

  it("no module imports from a layer above its own", () => {
    expect(sources(SRC).flatMap((file) => upwardImports(file))).toEqual([]);
  });

  it("catches an upward import, static or dynamic", () => {
    const selector = join(SRC, "selectors", "example.ts");
    expect(upwardImports(selector, 'import { x } from "../views/timeline/Timeline";\nconst y = import("../shells/Explorer");\nimport "../domain";')).toEqual([
      "selectors/example.ts → views/timeline/Timeline",
      "selectors/example.ts → shells/Explorer",
    ]);
  });
});
