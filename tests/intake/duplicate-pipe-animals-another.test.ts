import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "../domain/duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { burstPipeAndWater } from "../../src/domain/water-main.js";

/*
 * Three causes read off the duplicate pairs of one round: a burst water pipe told as the pipe and
 * as the water on the road; two animals folded into one concept; a report that counts itself as
 * one more of its kind. Wordings are our own, on the made-up 光明路.
 */
const when = new Date("2026-12-05T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;

describe("a burst water pipe told as the pipe and as the water it lets out", () => {
  it("offers the pipe against the flooded pavement, across categories, never merged alone", () => {
    const r = scoreDuplicate(
      report("光明路邮局门口地下的自来水管裂了，水往上冒", { category: "water_supply" }),
      report("光明路邮局门口人行道上全是水，自行车都过不去", { category: "traffic" }),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(r.score).toBeLessThan(0.8);
    expect(codes(r)).toContain("DUP.BURST_PIPE_AND_WATER");
  });

  it("does not read a blocked sewer welling up, or a flat's pipe upstairs, as a water main", () => {
    expect(burstPipeAndWater("光明路口水管破了，水哗哗流", "光明路口下水井往外冒污水")).toBe(false);
    expect(burstPipeAndWater("光明小区3楼阳台水管爆了", "光明小区楼下地上都是水")).toBe(false);
    expect(burstPipeAndWater("光明小区10号楼门口水管冻爆了", "光明小区十号楼前头地面往外冒水")).toBe(true);
  });

  it("keeps apart two burst pipes in front of two buildings (a never pair)", () => {
    const r = scoreDuplicate(
      report("光明小区5号楼门口自来水管爆了，路上全是水", { place: "光明小区5号楼" }),
      report("光明小区8号楼门口地面一直往外冒水", { place: "光明小区8号楼", category: "water_supply" }),
    );
    expect(r.suggestion).toBe("none");
  });
});

describe("animals told apart", () => {
  it("keeps a dog off its lead apart from stray cats fed on the same street (a never pair)", () => {
    const r = scoreDuplicate(
      report("光明路菜场边上有人遛大狗不拴绳", { category: "public_order" }),
      report("光明路菜场边上有人天天喂野猫，猫越来越多", { category: "public_order" }),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_PROBLEM");
  });

  it("still offers two reports of one dog, one of them calling it 犬", () => {
    const r = scoreDuplicate(
      report("光明路菜场门口那条大黄狗追着人咬", { category: "public_order" }),
      report("光明路菜场门口有只黄色大型犬见人就咬", { category: "public_order" }),
    );
    expect(r.suggestion).not.toBe("none");
  });
});

describe("a report that counts itself as one more of its kind", () => {
  it("offers, never merges, a street light that is 'one more' at the other end (a never pair)", () => {
    const r = scoreDuplicate(
      report("光明路邮局旁边那盏路灯不亮"),
      report("光明路靠菜场那头也有两盏路灯不亮，离邮局挺远"),
    );
    expect(r.suggestion).not.toBe("auto_merge");
    expect(codes(r)).toContain("DUP.HELD_ANOTHER_ONE");
  });

  it("does not hold a symptom added with 也有", () => {
    const r = scoreDuplicate(
      report("光明小区6号楼自来水发黄", { category: "water_supply", place: "光明小区6号楼" }),
      report("光明小区6号楼自来水发黄，烧开了也有沉淀", { category: "water_supply", place: "光明小区6号楼" }),
    );
    expect(codes(r)).not.toContain("DUP.HELD_ANOTHER_ONE");
  });
});
