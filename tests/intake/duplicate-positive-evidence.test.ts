import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "../domain/duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";

/*
 * An automatic merge needs each detail confirmed by both reports, not merely left uncontradicted
 * because one resident said less: a floor, a building, a lamp, a day or a finer place named on one
 * side only, or a fault read on neither side with places that are not the same name, is offered to
 * the centre. Wordings are our own, on the made-up 光明路 and its 金汇花园.
 */
const when = new Date("2026-12-05T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;
const estate = { category: "property", place: "金汇花园" };

describe("a detail named by one report only", () => {
  it("offers, not merges, a leak on one floor against the same leak with no floor (a never pair)", () => {
    const r = scoreDuplicate(
      report("金汇花园楼道里的水管漏水了", estate),
      report("金汇花园九层楼道里的水管漏水了", estate),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.HELD_LESS_PRECISE");
  });

  it("offers a lift stuck in one building against a lift stuck somewhere in the estate", () => {
    const r = scoreDuplicate(
      report("金汇花园3号楼电梯困人了", estate),
      report("金汇花园电梯困人了，快来人", estate),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.HELD_LESS_PRECISE");
  });

  it("reads no floor in a layer of dust, or where a trapped lift stopped", () => {
    const dust = scoreDuplicate(report("光明路工地扬尘大，窗台一层灰"), report("光明路的工地扬尘太大了"));
    expect(codes(dust)).not.toContain("DUP.HELD_LESS_PRECISE");
    const lift = scoreDuplicate(
      report("金汇花园3号楼电梯困人了，卡在十二楼", estate),
      report("金汇花园3号楼电梯困人了", estate),
    );
    expect(codes(lift)).not.toContain("DUP.HELD_LESS_PRECISE");
  });

  it("merges the same building and floor told twice", () => {
    const r = scoreDuplicate(
      report("金汇花园3号楼九层楼道灯不亮了", estate),
      report("金汇花园3号楼九层的楼道灯不亮，晚上黑乎乎", estate),
    );
    expect(r.suggestion).toBe("auto_merge");
  });
});

describe("a fault read on neither side", () => {
  it("offers, not merges, two reports with no fault read when one place contains the other (a never pair)", () => {
    const r = scoreDuplicate(
      report("光明路那个垃圾中转站", { place: "光明路" }),
      report("光明路小学旁边那个垃圾中转站", { place: "光明路小学" }),
    );
    expect(r.suggestion).not.toBe("auto_merge");
  });

  it("merges a fault-less pair whose places are the same name", () => {
    const r = scoreDuplicate(
      report("光明路工地扬尘大，窗台一层灰"),
      report("光明路的工地扬尘太大了，窗台上一层灰"),
    );
    expect(r.suggestion).toBe("auto_merge");
  });
});

describe("one fault named by one side only", () => {
  it("offers, not merges, a street lamp out against a lamp post named with no fault (a never pair)", () => {
    const r = scoreDuplicate(report("光明路的路灯不亮了"), report("光明路的路灯杆上贴满了小广告，路灯"));
    expect(r.suggestion).not.toBe("auto_merge");
  });
});

describe("the same place at two precisions", () => {
  it("offers a street against a spot of it, though thing and fault agree", () => {
    const r = scoreDuplicate(
      report("光明路井盖丢了，很危险", { place: "光明路" }),
      report("光明路小学门口的井盖丢了，很危险", { place: "光明路小学" }),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.HELD_LESS_PRECISE");
  });
});
