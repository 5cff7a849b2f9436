import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "./duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";

/*
 * Round 19 (dup-quality7): two reports of one facility that each name a part or symptom of it and
 * share none (a lift that traps people / one that rattles; a supply cut / yellow water; a toilet's
 * flush / its lock; a shelter's glass / its screen) are offered, never merged; so are two reports
 * of one nuisance on different festival days (除夕 / 初一). The same part or day told in other words
 * still merges.
 */
const report = reportsAt(new Date("2026-12-01T03:00:00Z"));
const codes = reasonCodes;
const estate = { place: "光明小区", category: "property" };

describe("parts and symptoms of one facility", () => {
  it("holds a trapped lift against a rattling one, and merges two trapped-lift reports", () => {
    const trapped = report("光明小区6号楼电梯困人了，我爸在里面", estate);
    const rattles = scoreDuplicate(trapped, report("光明小区6号楼电梯一开就哐当哐当的，不敢坐", estate));
    expect(rattles.suggestion).toBe("suggest_merge");
    expect(codes(rattles)).toContain("DUP.HELD_OTHER_PROBLEM");
    const again = scoreDuplicate(trapped, report("光明小区6号楼电梯关了个人，出不来", estate));
    expect(again.suggestion).toBe("auto_merge");
  });

  it("holds a supply cut against yellow water, and merges two reports of yellow water", () => {
    const yellow = report("光明小区的自来水是黄的，一股锈味", estate);
    const cut = scoreDuplicate(report("光明小区从中午开始没水了", estate), yellow);
    expect(cut.suggestion).toBe("suggest_merge");
    expect(codes(cut)).toContain("DUP.HELD_OTHER_PROBLEM");
    expect(scoreDuplicate(yellow, report("光明小区自来水发黄，烧开了也不敢喝", estate)).suggestion).toBe(
      "auto_merge",
    );
  });

  // A toilet's parts were held at first; they now part the pair, a shelter's are still held.
  it("parts a toilet's flush from its door lock and a shelter's glass from its screen", () => {
    const toilet = scoreDuplicate(
      report("光明路那个公厕蹲坑冲水坏了", { category: "sanitation" }),
      report("光明路公厕的门锁坏了锁不上", { category: "sanitation" }),
    );
    expect(toilet.suggestion).toBe("none");
    expect(codes(toilet)).toContain("DUP.DIFFERENT_FAULT");
    // A bus stop's parts now part the pair (`PARTED_BY_PARTS`), as a toilet's do: glass and screen
    // are two repairs for two crews.
    const shelter = scoreDuplicate(report("光明路公交站的玻璃碎了"), report("光明路公交站显示屏黑了"));
    expect(shelter.suggestion).toBe("none");
    expect(codes(shelter)).toContain("DUP.DIFFERENT_FAULT");
  });

  it("does not hold when one report names no part", () => {
    const r = scoreDuplicate(report("光明路公交站坏了"), report("光明路公交站的玻璃碎了，一地渣子"));
    expect(codes(r)).not.toContain("DUP.HELD_OTHER_PROBLEM");
  });
});

describe("festival days", () => {
  it("holds firecrackers on New Year's Eve against the first day, and merges the same night", () => {
    const eve = report("大年三十晚上光明小区楼下有人放鞭炮，把车炸坏了", estate);
    const first = scoreDuplicate(eve, report("初一晚上光明小区又有人放鞭炮，车又被炸坏了", estate));
    expect(first.suggestion).toBe("suggest_merge");
    expect(codes(first)).toContain("DUP.HELD_OTHER_DAY");
    const same = scoreDuplicate(eve, report("除夕夜光明小区楼下有人放鞭炮，车被炸坏了", estate));
    expect(same.suggestion).toBe("auto_merge");
  });
});
