import { mkdtemp, writeFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  evaluateContacts,
  formatContactEvaluation,
  readContactCases,
} from "../../src/intake/evaluate-contact.js";
import { OfflineEngine } from "../../src/intake/offline-engine.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";

let engine: OfflineEngine;
let dir: string;
beforeAll(async () => {
  engine = await OfflineEngine.create(await loadDomainConfig("config"));
  dir = await mkdtemp(path.join(os.tmpdir(), "contact-eval-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("intake eval-contact", () => {
  it("scores the number and name the engine reads, and whether the maskers hide the number", async () => {
    const result = await evaluateContacts(engine, [
      { text: "路灯坏了，我电话139 0931 2233，张先生", channel: "sms", phone: "13909312233", name: "张先生" },
      { text: "工单号20261201000123怎么还没人来", channel: "wechat", phone: null, name: null },
      { text: "物业王经理电话13700002222打不通", channel: "wechat", phone: null, name: null },
    ]);
    expect(result.phone).toEqual({ correct: 3, total: 3 });
    expect(result.given).toEqual({ total: 1, found: 1, wrong: 0, missed: 0 });
    expect(result.none).toEqual({ total: 2, taken: 0 });
    expect(result.name).toEqual({ correct: 3, total: 3 });
    expect(result.leaks).toEqual({ total: 1, staffView: 0, llm: 0 });
    expect(formatContactEvaluation(result)).toContain("phone      100.0%  (3/3)");
  });

  it("counts a number taken where none was given, and lists failures on request", async () => {
    const result = await evaluateContacts(engine, [
      { text: "我电话13912345678，路灯坏了", channel: "wechat", phone: null, name: null },
    ]);
    expect(result.none).toEqual({ total: 1, taken: 1 });
    expect(formatContactEvaluation(result, { failures: true })).toContain(
      "✗ phone: expected null, got 13912345678",
    );
  });

  it("refuses a case file with a bad line, naming the line", async () => {
    const file = path.join(dir, "bad.jsonl");
    await writeFile(file, '{"text":"a","channel":"sms","phone":"139-1234","name":null}\n');
    await expect(readContactCases(file)).rejects.toThrow(`${file}:1: digits only`);
    await writeFile(file, '{"text":"a","channel":"sms","phone":null,"name":null}\n\n{oops\n');
    await expect(readContactCases(file)).rejects.toThrow(`${file}:3: not JSON`);
  });

  it("reads the committed blind set", async () => {
    expect((await readContactCases("data/intake/contact-fresh.jsonl")).length).toBeGreaterThanOrEqual(300);
  });
});
