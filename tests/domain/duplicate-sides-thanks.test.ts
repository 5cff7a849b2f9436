import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "./duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";

/*
 * Which side or part of one place, and which occurrence: two reports that each say which corner,
 * platform direction, entrance, row, unit or pole, and say different ones, are offered to the
 * centre, not merged; so is a thank-you for work done, or a dated repair, against a plain report.
 * The same side named twice merges as before; a side named by one report only is offered (the other
 * resident did not confirm it).
 */
const when = new Date("2026-11-27T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;

describe("sides and parts of one place", () => {
  // Held until corners became spots like a gate's side (北门 / 南门): two corners are two places.
  it("parts two corners of one crossing and merges the same corner", () => {
    const other = scoreDuplicate(
      report("光明路和文化街交叉口东北角的井盖不见了"),
      report("光明路和文化街交叉口西南角的井盖不见了"),
    );
    expect(other.suggestion).toBe("none");
    expect(codes(other)).toContain("DUP.DIFFERENT_SPOT");
    const same = scoreDuplicate(
      report("光明路和文化街交叉口东北角的井盖不见了"),
      report("光明路文化街路口东北角井盖不见了"),
    );
    expect(same.suggestion).toBe("auto_merge");
  });

  it("holds a stop's two platforms by direction", () => {
    const r = scoreDuplicate(
      report("光明路站往火车站方向的站牌被撞歪了", { category: "traffic" }),
      report("光明路站往开发区方向的站牌被撞歪了", { category: "traffic" }),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.HELD_OTHER_SPOT");
  });

  it("holds a car park's exit against its entrance, and rows and units of one compound", () => {
    const gate = scoreDuplicate(report("光明路停车场出口的抬杆坏了"), report("光明路停车场入口的抬杆坏了"));
    expect(codes(gate)).toContain("DUP.HELD_OTHER_SPOT");
    const rows = scoreDuplicate(report("光明路4排平房下水道堵了"), report("光明路6排平房下水道堵了"));
    expect(codes(rows)).toContain("DUP.HELD_OTHER_SPOT");
    const units = scoreDuplicate(
      report("光明路2幢东边单元门禁坏了", { category: "property" }),
      report("光明路2幢西单元门禁坏了", { category: "property" }),
    );
    expect(codes(units)).toContain("DUP.HELD_OTHER_SPOT");
  });

  it("holds the first pole against the middle one, and offers when only one report says which", () => {
    const r = scoreDuplicate(report("光明路第一根路灯不亮"), report("光明路中间那根路灯不亮"));
    expect(codes(r)).toContain("DUP.HELD_OTHER_SPOT");
    // The other resident did not say which lamp: not contradicted, not confirmed either.
    const one = scoreDuplicate(report("光明路第一根路灯不亮"), report("光明路路灯不亮了"));
    expect(one.suggestion).toBe("suggest_merge");
    expect(codes(one)).toContain("DUP.HELD_LESS_PRECISE");
  });
});

describe("thanks for work done and a dated repair", () => {
  it("holds a thank-you for a repair against a plain report, either order of words", () => {
    const after = scoreDuplicate(
      report("光明路路灯坏了，麻烦修一下"),
      report("谢谢昨天把光明路路灯修好，可是今晚又不亮了"),
    );
    expect(after.suggestion).toBe("suggest_merge");
    expect(codes(after)).toContain("DUP.HELD_FOLLOW_UP");
    const before = scoreDuplicate(report("光明路积水昨天抽干了，谢谢"), report("光明路又积水了，淹到膝盖"));
    expect(codes(before)).toContain("DUP.HELD_FOLLOW_UP");
  });

  it("holds a repair told with its day, and not a request to repair with thanks", () => {
    const dated = scoreDuplicate(
      report("光明路5号楼暖气不热", { category: "heating" }),
      report("光明路5号楼暖气昨天修好热了一晚上，今天又凉了", { category: "heating" }),
    );
    expect(codes(dated)).toContain("DUP.HELD_FOLLOW_UP");
    const asked = scoreDuplicate(report("光明路路灯不亮，请尽快修好，谢谢"), report("光明路路灯坏了不亮"));
    expect(asked.suggestion).toBe("auto_merge");
  });
});
