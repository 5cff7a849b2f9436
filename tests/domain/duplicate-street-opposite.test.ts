import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "./duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";

/*
 * Round 18 (dup-quality6): a building pointed at on a street without its name may be the landmark
 * another report names (offered, never merged); a report across from a landmark against one at it,
 * and two sides of a street named by what lines them, are held for a person; a hotpot restaurant
 * named after its dish is a shop.
 */
const report = reportsAt(new Date("2026-12-01T03:00:00Z"));
const codes = reasonCodes;

describe("a street and the building on it", () => {
  it("offers a tower pointed at on its street against the tower by name", () => {
    const r = scoreDuplicate(
      report("恒远大厦楼顶广告牌松动了，快掉下来", { place: "恒远大厦", category: "property" }),
      report("光明路那栋最高的写字楼楼顶广告牌松动了", { place: "光明路", category: "property" }),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.HELD_STREET_AND_PLACE");
  });

  it("keeps the street alone, or two estates, apart", () => {
    const tower = report("恒远大厦楼顶广告牌松动了", { place: "恒远大厦", category: "property" });
    const street = scoreDuplicate(tower, report("光明路有块广告牌松动了", { category: "property" }));
    expect(street.suggestion).toBe("none");
    expect(codes(street)).toContain("DUP.DIFFERENT_PLACE");
    const estates = scoreDuplicate(
      report("光明小区那栋楼楼顶广告牌松动了", { place: "光明小区", category: "property" }),
      report("光明花园楼顶广告牌松动了", { place: "光明花园", category: "property" }),
    );
    expect(estates.suggestion).toBe("none");
  });
});

describe("across from a landmark, sides of a street", () => {
  it("holds a report across from a landmark against one at its door, and merges two at its door", () => {
    const atDoor = report("光明小学门口的井盖翘起来了，踩上去咣当响");
    const across = scoreDuplicate(atDoor, report("光明小学对面便利店门口井盖翘起来了"));
    expect(across.suggestion).toBe("suggest_merge");
    expect(codes(across)).toContain("DUP.HELD_OTHER_SPOT");
    const same = scoreDuplicate(atDoor, report("光明小学门口井盖翘起来了，踩着咣当响"));
    expect(same.suggestion).toBe("auto_merge");
  });

  it("holds two sides of a street and merges one side told twice", () => {
    const river = report("光明路靠河一侧有根路灯杆歪了");
    const shops = scoreDuplicate(river, report("光明路商铺那一边的路灯杆歪了"));
    expect(shops.suggestion).toBe("suggest_merge");
    expect(codes(shops)).toContain("DUP.HELD_OTHER_SPOT");
    expect(scoreDuplicate(river, report("光明路靠河那一侧路灯杆歪了，怕倒")).suggestion).toBe("auto_merge");
  });
});

describe("a hotpot restaurant is a shop", () => {
  it("parts it from a barbecue shop and keeps it one with 那家火锅店", () => {
    const hotpot = report("光明路蜀香火锅油烟太大", { category: "pollution" });
    const bbq = scoreDuplicate(hotpot, report("光明路有家烤肉店油烟往楼上窜", { category: "pollution" }));
    expect(bbq.suggestion).toBe("none");
    expect(codes(bbq)).toContain("DUP.DIFFERENT_SHOP");
    const named = scoreDuplicate(hotpot, report("光明路那家火锅店油烟往楼上窜", { category: "pollution" }));
    expect(named.suggestion).not.toBe("none");
  });
});
