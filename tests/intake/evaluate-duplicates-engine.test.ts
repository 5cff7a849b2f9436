import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { DomainConfig } from "../../src/domain/config.js";
import {
  DuplicatePair,
  evaluateDuplicates,
  evaluateDuplicatesThroughEngine,
  formatDuplicateEvaluation,
} from "../../src/intake/evaluate-duplicates.js";
import { OfflineEngine } from "../../src/intake/offline-engine.js";
import { duplicateScoring } from "../../src/routing/duplicates.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";
import { runZhitong } from "../support/run-cli.js";

let config: DomainConfig;
let engine: OfflineEngine;
beforeAll(async () => {
  config = await loadDomainConfig("config");
  engine = await OfflineEngine.create(config);
});

const pair = (a: string, b: string, label: "merge" | "never", channels = ["wechat", "wechat"]) =>
  DuplicatePair.parse({ a: { text: a, channel: channels[0] }, b: { text: b, channel: channels[1] }, label });

describe("eval-duplicates through the engine", () => {
  it("reads raw messages as the bot does and scores them with the route worker's fields", async () => {
    const pairs = [
      pair("西盛家园7号楼的暖气一点都不热", "西盛家园七号楼暖气不热，家里冻得穿棉袄", "merge"),
      pair("西盛家园7号楼的暖气一点都不热", "西盛家园9号楼的暖气一点都不热", "never"),
    ];
    const r = await evaluateDuplicatesThroughEngine(pairs, engine, duplicateScoring(config));
    expect(r.merge.total).toBe(1);
    expect(r.never.total).toBe(1);
    // Both sides are found in the same community and category, so the worker compares them.
    expect(r.engine).toMatchObject({
      name: "offline",
      sidesWithoutCommunity: 0,
      neverCompared: { merge: 0, never: 0 },
    });
    for (const side of [r.rows[0]!.read!.a, r.rows[0]!.read!.b])
      expect(side).toMatch(/^heating\/community\.xisheng\//);
    expect(r.rows[0]!.score).toBeGreaterThan(0);
    // Another building is never merged, however alike the words.
    expect(r.rows[1]!.suggestion).toBe("none");
    expect(r.never.autoMerged + r.never.suggested).toBe(0);
  });

  it("compares reports the engine could not place across communities, apart when they name no place in common", async () => {
    const r = await evaluateDuplicatesThroughEngine(
      [pair("楼道里的灯坏了好几天", "楼道灯坏了好几天了", "never", ["sms", "sms"])],
      engine,
      duplicateScoring(config),
    );
    expect(r.engine!.sidesWithoutCommunity).toBe(2);
    expect(r.engine!.neverCompared.never).toBe(0);
    expect(r.never).toEqual({ total: 1, autoMerged: 0, suggested: 0 });
    expect(r.rows[0]!.reason).toBe("DUP.NO_SHARED_PLACE");
    expect(formatDuplicateEvaluation(r)).toContain("2 reports without a community");
  });

  it("files a message with two problems as two tickets, and the pair counts as its best match", async () => {
    const r = await evaluateDuplicatesThroughEngine(
      [
        pair(
          "桃南二区门口垃圾没人清运，另外桃南二区的路灯不亮",
          "桃南二区门口的垃圾好几天没人清运了",
          "merge",
        ),
      ],
      engine,
      duplicateScoring(config),
    );
    expect(r.engine!.sidesSplit).toBe(1);
    expect(r.rows[0]!.read!.a.split(" + ")).toHaveLength(2);
    expect(r.engine!.neverCompared.merge).toBe(0);
  });

  it("keeps hand-labelled pairs on the hand path and refuses raw pairs there", () => {
    const hand = DuplicatePair.parse({
      a: {
        text: "双塔小区4号楼电梯坏了",
        category: "property",
        community: "community.wenmiao",
        place: "双塔小区4号楼",
      },
      b: {
        text: "双塔小区4号楼电梯坏了",
        category: "property",
        community: "community.wenmiao",
        place: "双塔小区4号楼",
      },
      label: "merge",
    });
    expect(evaluateDuplicates([hand], duplicateScoring(config)).merge.autoMerged).toBe(1);
    expect(() => evaluateDuplicates([pair("a", "b", "never")])).toThrow(/--engine/);
  });

  it(
    "the command reads a file of raw pairs through the offline engine without being told",
    { timeout: 120_000 },
    async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), "zt-dupes-"));
      const file = path.join(dir, "pairs.jsonl");
      const line = (a: string, b: string, label: string) =>
        JSON.stringify({ a: { text: a, channel: "wechat" }, b: { text: b, channel: "sms" }, label });
      await writeFile(
        file,
        `${line("海西苑2号楼电梯坏了", "海西苑二号楼电梯停了", "merge")}\n${line("海西苑2号楼电梯坏了", "海西苑2号楼停水了", "never")}\n`,
      );
      const r = await runZhitong(["intake", "eval-duplicates", "--pairs", file, "--verbose"], {
        entry: ["bin/zhitong.js"],
      });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("merge pairs  1:");
      expect(r.stdout).toContain("engine offline: ");
      expect(r.stdout).toContain("read as property/community.haixi/");
      // Each pair says what decided it: the lift and the water cut part at a gate, not on the text.
      expect(r.stdout).toMatch(/\[never\] 0\.00 none +DUP\.DIFFERENT_\w+ 海西苑2号楼电梯坏了/);
    },
  );
});
