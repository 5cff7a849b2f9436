import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "./duplicate-report.js";
import { houseNumberTokens, scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { leakBetweenFloors } from "../../src/domain/leak-floors.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";
import { duplicateGloss } from "../../src/intake/duplicate-gloss.js";

/*
 * Forty-fifth duplicates round: the front and the back of one estate, a supply cut and the cause
 * someone saw, buildings listed in one breath, the rooms of a leak between floors, sewage and its
 * smell, and a few English words. My own sentences on 光明路 / 光明小区 / 长青花园.
 */
const report = reportsAt(new Date("2026-12-01T03:00:00Z"));

describe("the front and the back of one estate or building", () => {
  it("parts a site behind the estate from one in front of it", () => {
    const back = report("长青花园后面工地半夜打桩", { category: "construction", place: "长青花园" });
    const front = report("长青花园前面工地半夜打桩", { category: "construction", place: "长青花园" });
    const r = scoreDuplicate(back, front);
    expect(r.suggestion).toBe("none");
    expect(reasonCodes(r).at(-1)).toBe("DUP.DIFFERENT_SPOT");
  });

  it("parts the back of a building from its front", () => {
    const a = report("光明小区5号楼后边那盏路灯不亮", { place: "光明小区" });
    const b = report("光明小区5号楼前边那盏路灯不亮", { place: "光明小区" });
    expect(scoreDuplicate(a, b).suggestion).toBe("none");
  });

  it("keeps one side told twice, and reads 前面 with no place before it as no side", () => {
    const a = report("长青花园后面工地半夜打桩", { category: "construction", place: "长青花园" });
    const b = report("长青花园后边的工地半夜还在打桩", { category: "construction", place: "长青花园" });
    expect(scoreDuplicate(a, b).suggestion).not.toBe("none");
    const c = report("长青花园后面工地半夜打桩 前面说过了没人管", {
      category: "construction",
      place: "长青花园",
    });
    expect(reasonCodes(scoreDuplicate(a, c))).not.toContain("DUP.DIFFERENT_SPOT");
  });
});

describe("a supply cut and the cause someone saw", () => {
  it("offers dry taps with a main dug through at the same estate", () => {
    const dry = report("光明小区家里一点水都没有了 邻居也停水", {
      category: "water_supply",
      place: "光明小区",
    });
    const dug = report("光明小区门口修路 铲车把水管子铲断了 水淌了一路", {
      category: "water_supply",
      place: "光明小区",
    });
    const r = scoreDuplicate(dry, dug);
    expect(r.suggestion).toBe("suggest_merge");
    expect(reasonCodes(r)).toContain("DUP.CAUSE_AND_EFFECT");
  });

  it("offers a power cut with a pole knocked over, never merges it", () => {
    const dark = report("光明路这边一整片都没电了", { category: "power_supply" });
    const pole = report("光明路有根电线杆被渣土车撞倒了", { category: "power_supply" });
    expect(scoreDuplicate(dark, pole).suggestion).toBe("suggest_merge");
  });

  it("offers a hydrant knocked off filed under traffic with weak taps filed under water", () => {
    const hydrant = report("光明路南段一辆面包车倒车把消防栓撞断了 水柱老高", { category: "traffic" });
    const taps = report("光明路南段这边水龙头出水特别小 一下子没劲了", { category: "water_supply" });
    const r = scoreDuplicate(hydrant, taps);
    expect(r.suggestion).toBe("suggest_merge");
    expect(reasonCodes(r)).toContain("DUP.CAUSE_OTHER_CATEGORY");
  });

  it("does not link a leaking tap to a leaking hydrant across categories", () => {
    const hydrant = report("长青花园门口消防栓漏水", { category: "property", place: "长青花园" });
    const tap = report("长青花园活动室的水龙头漏水 一直流", { category: "water_supply", place: "长青花园" });
    expect(scoreDuplicate(hydrant, tap).suggestion).toBe("none");
  });

  it("does not read water that reaches only the lower floors as the main cut", () => {
    const upper = report("光明小区3号楼水压不够 六楼以上没水", {
      category: "water_supply",
      place: "光明小区",
    });
    const burst = report("光明小区3号楼水管爆了 楼前全是水", { category: "water_supply", place: "光明小区" });
    expect(reasonCodes(scoreDuplicate(upper, burst))).not.toContain("DUP.CAUSE_AND_EFFECT");
  });
});

describe("buildings listed in one breath", () => {
  it("reads each building of a list", () => {
    expect(houseNumberTokens("光明小区2、3、6号楼停电", "")).toEqual(
      expect.arrayContaining(["2号楼", "3号楼", "6号楼"]),
    );
    expect(houseNumberTokens("光明小区11号楼漏水", "")).not.toContain("1号楼");
  });

  it("reads bare numbers as buildings only beside a building among them", () => {
    const one = report("光明小区2号楼没电了 整栋黑着", { category: "power_supply", place: "光明小区" });
    const list = report("光明小区6号楼停电了 配电房起火了 2号6号7号都是那儿带的", {
      category: "power_supply",
      place: "光明小区",
    });
    expect(reasonCodes(scoreDuplicate(one, list))).not.toContain("DUP.DIFFERENT_NUMBER");
    // Days of the month, with no building among them.
    expect(houseNumberTokens("光明小区5号楼 3号4号都停水", "")).not.toContain("3号楼");
  });
});

describe("the rooms of a leak between floors", () => {
  it("reads a room's ceiling as water from above", () => {
    expect(
      leakBetweenFloors("我家卫生间顶上渗水 黄一块", "楼下说我家漏水 卫生间地漏返水", ["402"], ["502"]),
    ).toBe(true);
  });

  it("reads a ceiling told in one clause and the water in the next", () => {
    expect(
      leakBetweenFloors("我家那个天花板，一直往下滴水", "我家洗衣机管子漏到楼下了", ["601"], ["701"]),
    ).toBe(true);
  });

  it("parts a kitchen's pipe from a bathroom's ceiling below", () => {
    expect(leakBetweenFloors("我家厨房水管漏了 地上全是水", "卫生间顶上渗水", ["402"], ["302"])).toBe(false);
  });

  it("reads only the rooms the water is told in", () => {
    expect(
      leakBetweenFloors(
        "楼上卫生间漏水往下渗，我家厨房墙角发霉",
        "楼下说我家往下渗水，卫生间地漏返水",
        ["102"],
        ["202"],
      ),
    ).toBe(true);
  });
});

describe("sewage and its smell", () => {
  it("reads a drain welling up as the cause of a smell", () => {
    expect([...problemConcepts("光明小区北门化粪池冒出来了").effects]).toContain("异味");
    const tank = report("光明小区北门化粪池冒出来了 粪水淌到路上", { place: "光明小区" });
    const smell = report("光明路人行道上一股臭味 熏得人绕着走", { place: "光明路" });
    const r = scoreDuplicate(tank, smell);
    expect(r.suggestion).not.toBe("auto_merge");
  });
});

describe("English and pinyin words", () => {
  it("glosses a power cut, a barrier arm, a zebra crossing, burning and a refuse station", () => {
    expect(duplicateGloss("Power went out at Changqing Garden this morning")).toContain("停电");
    expect(duplicateGloss("The barrier arm at the east gate is stuck")).toContain("道闸");
    expect(duplicateGloss("The zebra crossing outside the school has worn away")).toContain("斑马线");
    expect(duplicateGloss("guang ming lu you ren shao zhi")).toContain("烧纸");
    expect(duplicateGloss("Someone keeps burning rubbish by the river")).toContain("烧垃圾");
    expect(duplicateGloss("The garbage station on Guangming Road stinks")).toContain("垃圾站");
  });
});
