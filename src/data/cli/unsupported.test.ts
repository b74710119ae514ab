// The data check, run as CI runs it, fails on a year that no quote of the record states.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";

it("exits with a failure naming the record whose year no quote supports", () => {
  const dir = mkdtempSync(join(tmpdir(), "atlas-data-"));
  cpSync("public/data", dir, { recursive: true });
  const meetings = JSON.parse(readFileSync(join(dir, "meetings.json"), "utf8"));
  const sofia = meetings.find((m: { id: string }) => m.id === "wg-2015-sofia");
  sofia.date = { start: "2016-03-17", end: "2016-03-18", precision: "day" };
  writeFileSync(join(dir, "meetings.json"), JSON.stringify(meetings));
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/data/cli/check.ts", "--data", dir], { encoding: "utf8" });
  expect(run.status).toBe(1);
  expect(run.stdout).toContain("1 unsupported value(s)");
  expect(run.stdout).toContain("✗ meetings.json, record wg-2015-sofia, field date: unsupported: year 2016 is in no quote of the record");
});
