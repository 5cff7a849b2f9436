import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "./duplicate-report.js";
import { clearlyDifferent, houseNumberTokens, scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";

/*
 * The evidence that two reports are different problems even when their words overlap: a thing one
 * of them says is already fixed, another tower or door number, another landmark or stretch of the
 * same street, another problem at the same stall; and the evidence that lets two reports meet when
 * intake read their places or categories differently.
 */
const when = new Date("2026-11-25T01:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;

describe("a thing reported as fixed", () => {
  const lift = report("金桥小区2号楼电梯停运，老人下不了楼", {
    category: "property",
    place: "金桥小区2号楼",
  });

  it("is not what a follow-up reports, though the follow-up names it", () => {
    const after = report("金桥小区2号楼的电梯昨天修好了，可是楼道里的感应灯又不亮了", {
      category: "property",
      place: "金桥小区2号楼",
    });
    expect(problemConcepts(after.text)).toMatchObject({
      objects: new Set(["楼道灯"]),
      fixed: new Set(["电梯"]),
    });
    const r = scoreDuplicate(lift, after);
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.ALREADY_FIXED");
  });

  it("keeps two reports apart when the later one only says the thing works again", () => {
    const thanks = report("金桥小区2号楼电梯已经修好了，谢谢物业", {
      category: "property",
      place: "金桥小区2号楼",
    });
    const r = scoreDuplicate(lift, thanks);
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.ALREADY_FIXED");
  });

  it("reads a request to fix a thing as a report of it, not as fixed", () => {
    const asked = report("金桥小区2号楼电梯停运了，请物业尽快修好", {
      category: "property",
      place: "金桥小区2号楼",
    });
    expect(problemConcepts(asked.text)).toMatchObject({ objects: new Set(["电梯"]), fixed: new Set() });
    expect(scoreDuplicate(lift, asked).sameProblem).toBe(true);
    expect(problemConcepts("井盖丢了三天，到现在也没修好").fixed.size).toBe(0);
  });

  it("still counts a thing that was fixed and broke again", () => {
    const again = report("金桥小区2号楼电梯上周修好了又坏了，还是停运", {
      category: "property",
      place: "金桥小区2号楼",
    });
    expect(problemConcepts(again.text).objects.has("电梯")).toBe(true);
    expect(scoreDuplicate(lift, again).sameProblem).toBe(true);
  });
});

describe("house numbers beyond 号楼", () => {
  it("reads an office block's lettered towers as buildings", () => {
    const c = report("银座大厦C座整层停电", { category: "power_supply", place: "银座大厦" });
    const d = report("银座大厦D座整层停电", { category: "power_supply", place: "银座大厦" });
    expect(houseNumberTokens("银座大厦C座整层停电", "")).toEqual(["C号楼", "号楼"]);
    expect(clearlyDifferent(c, d)).toBe(true);
    expect(codes(scoreDuplicate(c, d))).toContain("DUP.DIFFERENT_NUMBER");
    const same = report("银座大厦c座一整层都没电了", { category: "power_supply", place: "银座大厦" });
    expect(clearlyDifferent(c, same)).toBe(false);
    expect(scoreDuplicate(c, same).sameProblem).toBe(true);
  });

  it("reads a street's door numbers, in either numeral, and keeps two doors apart", () => {
    const twelve = report("光明路12号门口井盖没了，晚上很危险");
    expect(scoreDuplicate(twelve, report("光明路86号门口井盖没了，晚上很危险")).suggestion).toBe("none");
    expect(clearlyDifferent(twelve, report("光明路86号门口井盖没了"))).toBe(true);
    const same = report("光明路十二号前面的井盖丢了");
    expect(clearlyDifferent(twelve, same)).toBe(false);
    expect(scoreDuplicate(twelve, same).sameProblem).toBe(true);
    // A metro line or a compound's numbered gate is not a door number.
    expect(houseNumberTokens("光明路3号线地铁口积水", "")).toEqual([]);
    expect(houseNumberTokens("金桥小区光明路2号门进不去", "")).toEqual([]);
  });
});

describe("spots along one street", () => {
  it("keeps two landmarks' entrances apart", () => {
    const r = scoreDuplicate(
      report("光明路邮局门口积水很深，过不去"),
      report("光明路幼儿园门口积水很深，过不去"),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_SPOT");
  });

  it("lets a landmark named in full and in short meet", () => {
    const r = scoreDuplicate(
      report("光明路人民医院门口积水很深"),
      report("光明路医院门口一大片积水，车都绕着走"),
    );
    expect(r.sameProblem).toBe(true);
  });

  it("keeps the east and west stretch apart", () => {
    const r = scoreDuplicate(report("光明路东段路灯全不亮"), report("光明路西段路灯全不亮"));
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_SPOT");
  });
});

describe("places and categories read differently", () => {
  it("agrees when one report's text names the other's place", () => {
    const street = report("光明路金桥小区门口的消防栓一直漏水");
    const estate = report("金桥小区门口消火栓漏水，地上全湿了", { place: "金桥小区" });
    const r = scoreDuplicate(street, estate);
    expect(codes(r)).not.toContain("DUP.DIFFERENT_PLACE");
    expect(r.sameProblem).toBe(true);
    // Without the mention the two places still part.
    const elsewhere = report("银座大厦门口消火栓漏水，地上全湿了", { place: "银座大厦" });
    expect(codes(scoreDuplicate(street, elsewhere))).toContain("DUP.DIFFERENT_PLACE");
  });

  it("offers, but never merges on its own, the same thing under two categories with no fault named", () => {
    const a = report("光明路公共厕所脏得没人打扫，臭气熏天", { category: "sanitation" });
    const b = report("光明路公厕臭气熏天，也没人打扫", { category: "municipal" });
    const r = scoreDuplicate(a, b);
    expect(codes(r)).toContain("DUP.SAME_THING_OTHER_CATEGORY_UNSURE");
    expect(r.suggestion).toBe("suggest_merge");
    expect(clearlyDifferent(a, b)).toBe(false);
  });
});

describe("one stall or one site, two problems", () => {
  it("keeps a barbecue stall's smoke apart from its tables on the pavement", () => {
    const r = scoreDuplicate(
      report("光明路那家烧烤摊油烟呛人，窗户都不敢开", { category: "pollution" }),
      report("光明路那家烧烤摊把桌子摆到人行道上，没营业执照", { category: "pollution" }),
    );
    expect(r.suggestion).toBe("none");
  });

  it("keeps work at night apart from the site's hoarding", () => {
    const r = scoreDuplicate(
      report("金桥小区旁边的工地半夜还在打桩", { category: "construction", place: "金桥小区" }),
      report("金桥小区旁边的工地围挡占了人行道", { category: "construction", place: "金桥小区" }),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_PROBLEM");
  });

  it("merges two tellings of the same night work", () => {
    const r = scoreDuplicate(
      report("金桥小区旁边的工地半夜还在打桩", { category: "construction", place: "金桥小区" }),
      report("金桥小区边上那个工地凌晨一点还在施工", { category: "construction", place: "金桥小区" }),
    );
    expect(r.sameProblem).toBe(true);
  });
});
