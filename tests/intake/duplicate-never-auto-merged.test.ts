import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "../domain/duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";

/*
 * Never pairs that scored an automatic merge: two residents' different problems that agreed on the
 * place, the thing and the fault. Each is now only offered (a person decides), and the same
 * problem told twice still merges. Wordings are our own, on the made-up 光明路 and its 金汇花园.
 */
const when = new Date("2026-12-05T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;

describe("leaks in two flats of one building", () => {
  it("offers, not merges, a leaking radiator in two different flats (a never pair)", () => {
    const r = scoreDuplicate(
      report("金汇花园3号楼201暖气片漏水", { category: "heating", place: "金汇花园3号楼201" }),
      report("金汇花园3号楼801暖气片漏水", { category: "heating", place: "金汇花园3号楼801" }),
    );
    expect(r.suggestion).not.toBe("auto_merge");
    expect(codes(r)).toContain("DUP.HELD_OTHER_FLAT");
  });

  it("still merges the cold radiators of two flats: the building's supply is one problem", () => {
    const r = scoreDuplicate(
      report("金汇花园3号楼201暖气不热", { category: "heating", place: "金汇花园3号楼201" }),
      report("金汇花园3号楼801暖气不热", { category: "heating", place: "金汇花园3号楼801" }),
    );
    expect(codes(r)).not.toContain("DUP.HELD_OTHER_FLAT");
  });

  it("still merges one flat's leak told twice", () => {
    const r = scoreDuplicate(
      report("金汇花园3号楼201暖气片漏水", { category: "heating", place: "金汇花园3号楼201" }),
      report("金汇花园3号楼201的暖气片在漏水", { category: "heating", place: "金汇花园3号楼201" }),
    );
    expect(r.suggestion).toBe("auto_merge");
  });
});

describe("two towers of one compound", () => {
  it("offers, not merges, the stair lights of the north and the south tower (a never pair)", () => {
    const r = scoreDuplicate(
      report("金汇花园北塔的楼道灯都不亮了", { category: "property", place: "金汇花园" }),
      report("金汇花园南塔楼道灯坏了", { category: "property", place: "金汇花园" }),
    );
    expect(r.suggestion).not.toBe("auto_merge");
    expect(codes(r)).toContain("DUP.HELD_OTHER_SPOT");
  });
});

describe("last winter and today", () => {
  it("offers, not merges, a claim about last season with a report of today (a never pair)", () => {
    const r = scoreDuplicate(
      report("金汇花园上个采暖季暖气一直不热，要求退费", { category: "heating", place: "金汇花园" }),
      report("金汇花园暖气不热", { category: "heating", place: "金汇花园" }),
    );
    expect(r.suggestion).not.toBe("auto_merge");
    expect(codes(r)).toContain("DUP.HELD_OTHER_DAY");
  });
});

describe("two groups of workers of one employer", () => {
  it("offers, not merges, unpaid drivers and unpaid cooks of one company (a never pair)", () => {
    const r = scoreDuplicate(
      report("金汇花园旁边那家公司欠司机工资半年了", { category: "labor", place: "金汇花园" }),
      report("金汇花园旁边那家公司欠厨师工资半年了", { category: "labor", place: "金汇花园" }),
    );
    expect(r.suggestion).not.toBe("auto_merge");
    expect(codes(r)).toContain("DUP.HELD_OTHER_PROBLEM");
  });

  it("still merges one group's claim told twice", () => {
    const r = scoreDuplicate(
      report("金汇花园旁边那家公司欠司机工资半年了", { category: "labor", place: "金汇花园" }),
      report("金汇花园旁边那家公司拖欠司机半年工资", { category: "labor", place: "金汇花园" }),
    );
    expect(r.suggestion).toBe("auto_merge");
  });
});

describe("a place the resident cannot pin down", () => {
  it("offers, not merges, a report unsure of the section with one that names it (a never pair)", () => {
    const r = scoreDuplicate(
      report("我住金汇花园，具体哪个区我不清楚，靠大路那头路灯不亮", { place: "金汇花园" }),
      report("金汇花园三区路灯不亮", { place: "金汇花园三区" }),
    );
    expect(r.suggestion).not.toBe("auto_merge");
    expect(codes(r)).toContain("DUP.HELD_NO_PLACE");
  });
});

describe("a flat and the stairwell", () => {
  it("offers, not merges, a pipe leaking in a flat and one leaking in the stairwell (a never pair)", () => {
    const r = scoreDuplicate(
      report("金汇花园6号楼我家里暖气管子漏水了", { category: "heating", place: "金汇花园6号楼" }),
      report("金汇花园6号楼楼道里暖气管子漏水了", { category: "heating", place: "金汇花园6号楼" }),
    );
    expect(r.suggestion).not.toBe("auto_merge");
    expect(codes(r)).toContain("DUP.HELD_OTHER_SPOT");
  });

  it("still merges two residents on the same stairwell pipe", () => {
    const r = scoreDuplicate(
      report("金汇花园6号楼楼道里暖气管子漏水了", { category: "heating", place: "金汇花园6号楼" }),
      report("金汇花园6号楼楼道的暖气管子在漏水", { category: "heating", place: "金汇花园6号楼" }),
    );
    expect(r.suggestion).toBe("auto_merge");
  });
});

describe("a row of shops and one shop", () => {
  it("offers, not merges, a whole row without licences and one shop without one (a never pair)", () => {
    const r = scoreDuplicate(
      report("光明路那一排饭馆都没有营业执照", { category: "market" }),
      report("光明路那家饭馆没有营业执照", { category: "market" }),
    );
    expect(r.suggestion).not.toBe("auto_merge");
    expect(codes(r)).toContain("DUP.HELD_OTHER_SPOT");
  });
});
