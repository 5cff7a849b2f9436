import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "../domain/duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";

/*
 * A claim for what a problem cost the resident (a car soaked, a phone broken) is its own matter, so
 * it is never merged without asking into another resident's report of the fault. A supply told as
 * back ("后来来了", "晚上来了电") ends that cut, so another cut at the same place may be the next one:
 * offered, not merged. Wordings are our own, on the made-up 光明路 and its 金汇花园.
 */
const when = new Date("2026-12-05T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;
const estate = { category: "power_supply", place: "金汇花园" };
const water = { category: "water_supply", place: "金汇花园" };
const garage = { category: "property", place: "金汇花园" };

describe("a claim for damages against the fault", () => {
  it("offers, not merges, a flooded garage against a resident asking to be paid for the car in it", () => {
    const r = scoreDuplicate(
      report("金汇花园地下车库积水了，水好深", garage),
      report("金汇花园地下车库积水了，水好深，我车被淹了，要求物业赔偿", garage),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.HELD_CLAIM");
  });

  it("still merges the flood told twice, and does not hold two claims", () => {
    const flood = scoreDuplicate(
      report("金汇花园地下车库积水了，水好深", garage),
      report("金汇花园地下车库积水了，水好深，都快淹到车了", garage),
    );
    expect(flood.suggestion).toBe("auto_merge");
    const claims = scoreDuplicate(
      report("金汇花园地下车库积水了，我车被淹了，物业不赔", garage),
      report("金汇花园地下车库积水了，车被淹了，要求物业赔偿", garage),
    );
    expect(codes(claims)).not.toContain("DUP.HELD_CLAIM");
  });
});

describe("a supply told as back", () => {
  it("offers, not merges, last night's cut that came back against a cut tonight", () => {
    const r = scoreDuplicate(
      report("金汇花园昨天夜里停电一个多小时，后来来了", estate),
      report("金汇花园又停电了，今天夜里，比昨天还久", estate),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.HELD_OTHER_DAY");
  });

  it("offers a cut since morning against one that came back and went again", () => {
    const r = scoreDuplicate(
      report("金汇花园3号楼停水了，早上七点到现在", water),
      report("金汇花园3号楼又停水了，前天停了一整天，夜里来了水，今天又停了", water),
    );
    expect(r.suggestion).not.toBe("auto_merge");
    expect(codes(r)).toContain("DUP.HELD_OTHER_DAY");
  });

  it("does not take a return asked for, or denied, for a return", () => {
    for (const asked of [
      "金汇花园3号楼停水了，请问什么时候恢复供水",
      "金汇花园3号楼停水了，到现在还没来水",
      "金汇花园3号楼停水了，来水了吗",
    ]) {
      const r = scoreDuplicate(report("金汇花园3号楼停水了，一早就没水", water), report(asked, water));
      expect(codes(r)).not.toContain("DUP.HELD_OTHER_DAY");
    }
  });

  it("does not hold a thing that is no supply", () => {
    const r = scoreDuplicate(
      report("金汇花园5号楼电梯坏了，后来来了个师傅看了看", garage),
      report("金汇花园5号楼电梯坏了", garage),
    );
    expect(codes(r)).not.toContain("DUP.HELD_OTHER_DAY");
  });
});
