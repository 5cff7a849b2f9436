import { describe, it, expect, beforeAll } from "vitest";
import { evaluateEngine, readEvaluationCases, type EvaluationResult } from "../../src/intake/evaluate.js";
import { OfflineEngine } from "../../src/intake/offline-engine.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";

let result: EvaluationResult;
beforeAll(async () => {
  const engine = await OfflineEngine.create(await loadDomainConfig("config"));
  result = await evaluateEngine(engine, await readEvaluationCases("data/intake/dev-cases.jsonl"));
});

describe("offline engine on the development set", () => {
  it("has at least 160 cases", () => {
    expect(result.cases).toBeGreaterThanOrEqual(160);
  });

  it("classifies at least 90% of categories correctly", () => {
    expect(result.fields.category.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("resolves at least 90% of communities correctly", () => {
    expect(result.fields.community.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("recalls every emergency", () => {
    expect(result.emergency.total).toBeGreaterThan(10);
    expect(result.emergency.recall).toBe(1);
  });
});
