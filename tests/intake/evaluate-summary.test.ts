import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  evaluateSummaries,
  formatSummaryEvaluation,
  readSummaryCases,
} from "../../src/intake/evaluate-summary.js";
import { OfflineEngine } from "../../src/intake/offline-engine.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";

let engine: OfflineEngine;
let dir: string;
beforeAll(async () => {
  engine = await OfflineEngine.create(await loadDomainConfig("config"));
  dir = await mkdtemp(path.join(os.tmpdir(), "summary-eval-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("intake eval-summary", () => {
  it("counts a summary that names the object, the fault and the place as complete", async () => {
    const result = await evaluateSummaries(engine, [
      {
        text: "桃南一区5号楼门口的路灯坏了好几天了",
        channel: "wechat",
        object: ["路灯"],
        fault: ["坏", "不亮"],
        place: ["桃南一区"],
      },
    ]);
    expect(result.complete).toEqual({ hit: 1, total: 1 });
    expect(result.place).toEqual({ hit: 1, total: 1 });
    expect(result.failures).toEqual([]);
    expect(formatSummaryEvaluation(result)).toContain("complete   100.0%  (1/1)");
  });

  it("names what a summary misses, skips the place when none is given, and matches traditional characters", async () => {
    const result = await evaluateSummaries(engine, [
      // A reader's key that the summary cannot meet: the object is a word the message never uses.
      { text: "路燈壞了，晚上黑漆漆的", channel: "sms", object: ["信号塔"], fault: ["坏"], place: null },
    ]);
    expect(result.place.total).toBe(0);
    expect(result.fault).toEqual({ hit: 1, total: 1 });
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]!.missing).toEqual(["object"]);
    expect(formatSummaryEvaluation(result, { failures: true })).toContain("- [object]");
  });

  it("refuses a malformed line with its file and line number", async () => {
    const file = path.join(dir, "bad.jsonl");
    await writeFile(
      file,
      `${JSON.stringify({ text: "路灯坏了", channel: "sms", object: [], fault: ["坏"], place: null })}\n`,
    );
    await expect(readSummaryCases(file)).rejects.toThrow(/bad\.jsonl:1:/);
    await writeFile(file, "{not json\n");
    await expect(readSummaryCases(file)).rejects.toThrow(/bad\.jsonl:1: not JSON/);
  });

  it("reads the committed development set", async () => {
    const cases = await readSummaryCases("data/intake/summary-dev.jsonl");
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });
});
