import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "./duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";

/*
 * Round 20 (dup-quality8): an automatic merge needs agreement on the whole problem, not one shared
 * thing. Both reports name the same things (an effect such as ice or a symptom such as noise adds
 * none), and the fault is read on both sides or on neither; otherwise the pair is offered. Never
 * parted: what the bar holds stays a suggestion.
 */
const report = reportsAt(new Date("2026-12-01T03:00:00Z"));
const codes = reasonCodes;
const block = { place: "光华苑7号楼", category: "property" };

describe("the same things on both sides", () => {
  it("offers a report that names one more thing, though the shared one has the same fault", () => {
    const r = scoreDuplicate(
      report("光华苑7号楼楼顶的水箱漏水", block),
      report("光华苑7号楼水箱漏水，楼梯间墙面全湿了", block),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(r.score).toBeLessThan(0.8);
    expect(codes(r).at(-1)).toBe("DUP.HELD_OTHER_THING");
  });

  it("does not count ice under a leak as another thing", () => {
    const r = scoreDuplicate(
      report("光华苑7号楼门口水管漏水", block),
      report("光华苑7号楼门口水管漏水，地上都结冰了", block),
    );
    expect(r.suggestion).toBe("auto_merge");
  });
});

describe("the fault read on both sides or on neither", () => {
  it("offers a complaint about the heating fee against cold radiators", () => {
    const r = scoreDuplicate(
      report("光华苑7号楼暖气片冰凉", { ...block, category: "heating" }),
      report("光华苑7号楼今年暖气费收贵了", { ...block, category: "heating" }),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r).at(-1)).toBe("DUP.HELD_ONE_FAULT");
  });

  it("offers a wording whose fault is not read, and merges when both faults are read", () => {
    const unread = scoreDuplicate(
      report("光华苑7号楼电梯坏了，要爬楼", block),
      report("光华苑7号楼电梯从早上就停着", block),
    );
    expect(unread.suggestion).toBe("suggest_merge");
    expect(codes(unread).at(-1)).toBe("DUP.HELD_ONE_FAULT");
    const read = scoreDuplicate(
      report("光华苑7号楼电梯坏了，要爬楼", block),
      report("光华苑7号楼电梯不动了", block),
    );
    expect(read.suggestion).toBe("auto_merge");
  });

  it("merges two reports naming the thing and no fault, and a message sent twice", () => {
    const street = { category: "sanitation", place: "长庆路" };
    const none = scoreDuplicate(
      report("长庆路有人在路边烧垃圾", street),
      report("长庆路上有人烧垃圾", street),
    );
    expect(none.suggestion).toBe("auto_merge");
    const twice = scoreDuplicate(
      report("光华苑7号楼电梯从早上就停着，老人下不了楼", block),
      report("光华苑7号楼电梯从早上就停着，老人下不了楼！", block),
    );
    expect(twice.suggestion).toBe("auto_merge");
  });
});
