// `npm run data:check` on a copy of the datasets with many problems: every one is printed with
// its file, record and field in one run, and the exit code says there were problems.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";

it("prints every problem, not the first fifty, and exits 1", () => {
  const dir = mkdtempSync(join(tmpdir(), "atlas-data-"));
  cpSync("public/data", dir, { recursive: true });
  const meetings = JSON.parse(readFileSync(join(dir, "meetings.json"), "utf8"));
  for (let i = 0; i < 60; i++) meetings.push({ ...meetings[0], id: `bulk-${i}`, place: "atlantis" });
  writeFileSync(join(dir, "meetings.json"), JSON.stringify(meetings));
  writeFileSync(join(dir, "phases.json"), "[{");
  let out = "";
  let status = 0;
  try {
    execFileSync("npx", ["tsx", "src/data/cli/check.ts", "--data", dir], { encoding: "utf8" });
  } catch (e) {
    ({ stdout: out, status } = e as { stdout: string; status: number });
  }
  expect(status).toBe(1);
  const lines = out.split("\n").filter((l) => l.startsWith("✗"));
  // 60 meetings at an unknown place, the unreadable phases file.
  expect(lines).toHaveLength(61);
  expect(lines).toContain('✗ meetings.json, record bulk-59, field place: refers to "atlantis", which is not in places.json');
  expect(lines.some((l) => l.startsWith("✗ phases.json: malformed JSON"))).toBe(true);
  expect(out).toContain("data:check: 61 problem(s)");
}, 60_000);
