import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "./duplicate-report.js";
import { clearlyDifferent, scoreDuplicate, weighedCategories } from "../../src/domain/duplicate-score.js";

/*
 * Two residents tell one problem from different sides and the classifier files them under two
 * categories it hesitated between. When the new report's own ranking gave the older report's
 * category a real share, the pair is offered (never merged); a third guess at a few per cent
 * counts for nothing.
 */
const report = reportsAt(new Date("2026-12-01T03:00:00Z"));
const codes = reasonCodes;
const older = report("光华苑2号楼车库的水管裂了，一直在滴水", {
  category: "water_supply",
  place: "光华苑2号楼",
});
const newer = (ranked?: string[]) =>
  // "车库进水了" would tie the two as a flooded basement and its pipe (water-main.ts): told here
  // without it, only the classifier's ranking can bring the pair together.
  report("光华苑2号楼车库 地上一层水 不知道哪漏的", {
    category: "property",
    place: "光华苑2号楼",
    ...(ranked ? { ranked } : {}),
  });

describe("another category the classifier weighed", () => {
  it("keeps two categories apart when nothing ties them", () => {
    expect(codes(scoreDuplicate(newer(), older)).at(-1)).toBe("DUP.DIFFERENT_CATEGORY");
    expect(clearlyDifferent(newer(), older)).toBe(true);
  });

  it("offers the pair when the new report's ranking weighed the older one's category", () => {
    const r = scoreDuplicate(newer(["property", "water_supply"]), older);
    expect(clearlyDifferent(newer(["property", "water_supply"]), older)).toBe(false);
    expect(codes(r)).toContain("DUP.RANKED_CATEGORY");
    expect(r.suggestion).toBe("suggest_merge");
    expect(r.score).toBeLessThan(0.8);
  });

  it("never merges such a pair without asking, however alike the words", () => {
    const r = scoreDuplicate(
      report("光华苑2号楼车库水管裂了", { category: "property", ranked: ["property", "water_supply"] }),
      report("光华苑2号楼车库水管裂了", { category: "water_supply" }),
    );
    expect(r.suggestion).toBe("suggest_merge");
  });

  it("counts only the categories given at least a fifth of the belief", () => {
    expect(
      weighedCategories([
        { category: "property", confidence: 0.55 },
        { category: "water_supply", confidence: 0.3 },
        { category: "municipal", confidence: 0.08 },
      ]),
    ).toEqual(["property", "water_supply"]);
    expect(weighedCategories(undefined)).toEqual([]);
  });
});
