import { spawn } from "node:child_process";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { envWithoutFaketime } from "../support/faketime.js";
import { createTestEnv, testClock } from "../support/test-context.js";
import { fictional2027 } from "../domain/holiday-fixture.js";

let dir: string;

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["bin/zhitong.js", ...args], {
      env: { ...envWithoutFaketime(), LOG_LEVEL: "silent" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "zhitong-holidays-"));
  for (const f of ["taxonomy.json", "jurisdiction.json"]) await cp(path.join("config", f), path.join(dir, f));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("next year's holidays", () => {
  it("config check warns when next year has no data, and the start-up log says the same", async () => {
    const r = await cli(["config", "check", "--config", dir, "--date", "2026-12-01"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("warning: holidays.json: no holiday data for 2027");
    expect(r.stderr).not.toContain("for 2026");

    const logLines: string[] = [];
    const t = await createTestEnv({ clock: testClock("2026-12-01T02:00:00Z"), logLines });
    await t.close();
    const warnings = logLines.map((l) => JSON.parse(l)).filter((l) => l.level === 40 && l.year === 2027);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].msg).toContain("no holiday data for 2027");
  }, 180_000);

  it("config holidays --year 2027 says there is no data, then shows the centre's schedule once added", async () => {
    const none = await cli(["config", "holidays", "--year", "2027", "--config", dir]);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain("2027: NO HOLIDAY DATA");

    await writeFile(path.join(dir, "holidays.json"), JSON.stringify(fictional2027));
    const shown = await cli(["config", "holidays", "--year", "2027", "--config", dir]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain("2027: holidays from config/holidays.json (test fixture");
    expect(shown.stdout).toContain("2027-02-08 … 2027-02-12  春节 (5 days)");
    expect(shown.stdout).toContain("2027-02-06 (Sat)  春节");
    expect(shown.stdout).toMatch(/\n {2}8\* {2}9\* 10\* 11\* 12\* 13 {2}14\n/);

    const checked = await cli(["config", "check", "--config", dir, "--date", "2026-12-01"]);
    expect(checked.code).toBe(0);
    expect(checked.stderr).not.toContain("warning: holidays.json");
  }, 180_000);

  it("refuses a bad holidays.json in config holidays and config check, naming the key", async () => {
    const bad = structuredClone(fictional2027);
    bad.years[0]!.workdays[0]!.date = "2027-02-09";
    await writeFile(path.join(dir, "holidays.json"), JSON.stringify(bad));
    for (const args of [
      ["config", "holidays", "--year", "2027", "--config", dir],
      ["config", "check", "--config", dir],
    ]) {
      const r = await cli(args);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("holidays.json");
      expect(r.stderr).toContain("years.0.workdays.0.date: 2027-02-09 is a weekday");
    }
    await rm(path.join(dir, "holidays.json"));
  }, 180_000);
});
