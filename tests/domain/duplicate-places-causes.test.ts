import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "./duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";

/*
 * Duplicates a person would merge, and the ones they never would: another door of the street told
 * roughly, another numbered pole or bin, another named shop or bus stop, a gas leak against gas that
 * stopped, a bus timetable against the stop's sign keep reports apart; a loose paving stone told as
 * lifting, a cause told against what it caused, snow and ice told another way bring them together
 * (the last only as a suggestion).
 */
const when = new Date("2026-12-03T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;
const inCompound = (text: string, category = "gas_supply") =>
  report(text, { category, community: "community.demo", place: "光明小区5号楼" });

describe("another spot of one street", () => {
  it("keeps a door number apart from a rough one far along the street", () => {
    const r = scoreDuplicate(report("光明路3号门口的大树倒了"), report("光明路一百多号那边有棵树倒了"));
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_NUMBER");
  });

  it("lets a rough door number meet an exact one inside it", () => {
    const r = scoreDuplicate(report("光明路120号门口的大树倒了"), report("光明路一百多号那边有棵大树倒了"));
    expect(codes(r)).not.toContain("DUP.DIFFERENT_NUMBER");
    expect(r.suggestion).not.toBe("none");
  });

  it("reads a one-digit code after a dash", () => {
    const apart = scoreDuplicate(report("光明路电线杆GM-7歪了"), report("光明路电线杆GM-12歪了"));
    expect(apart.suggestion).toBe("none");
    expect(codes(apart)).toContain("DUP.DIFFERENT_SPOT");
    expect(
      scoreDuplicate(report("光明路电线杆GM-7歪了"), report("光明路那根gm-7的电线杆歪了")).suggestion,
    ).not.toBe("none");
  });

  it("reads a bin's or a hydrant's own number, and only offers it against a door number", () => {
    const codesDiffer = scoreDuplicate(
      report("光明路垃圾桶满了没人清，编号是15", { category: "sanitation" }),
      report("光明路垃圾桶满了没人清，编号写着23", { category: "sanitation" }),
    );
    expect(codes(codesDiffer)).toContain("DUP.DIFFERENT_SPOT");
    const hydrants = scoreDuplicate(report("光明路消防栓4号漏水了"), report("光明路消防栓9号漏水了"));
    expect(hydrants.suggestion).toBe("none");
    const mixed = scoreDuplicate(
      report("光明路8号的垃圾桶满了没人清", { category: "sanitation" }),
      report("光明路垃圾桶满了没人清，编号写着23", { category: "sanitation" }),
    );
    expect(mixed.suggestion).toBe("suggest_merge");
    expect(codes(mixed)).toContain("DUP.HELD_OTHER_SPOT");
  });

  it("keeps two shops named in quotation marks apart, and one shop quoted once and named once together", () => {
    const two = scoreDuplicate(
      report("光明路“阿强面馆”油烟太呛", { category: "pollution" }),
      report("光明路“好运来”饭店的油烟熏得开不了窗", { category: "pollution" }),
    );
    expect(two.suggestion).toBe("none");
    expect(codes(two)).toContain("DUP.DIFFERENT_SHOP");
    const one = scoreDuplicate(
      report("光明路“阿强面馆”油烟太呛", { category: "pollution" }),
      report("光明路阿强面馆油烟熏得开不了窗", { category: "pollution" }),
    );
    expect(codes(one)).not.toContain("DUP.DIFFERENT_SHOP");
    expect(one.suggestion).not.toBe("none");
  });

  it("reads a garage as one shop whether residents say 汽修 or 修车", () => {
    const r = scoreDuplicate(
      report("光明路那家修车铺在路边喷漆", { category: "pollution" }),
      report("光明路的汽修店天天在路边喷漆", { category: "pollution" }),
    );
    expect(codes(r)).not.toContain("DUP.DIFFERENT_SHOP");
    expect(r.suggestion).not.toBe("none");
  });

  it("keeps two named bus stops apart and only offers a stop by name against one by order", () => {
    const named = scoreDuplicate(
      report("光明路医院站的电子站牌不亮了", { category: "traffic" }),
      report("光明路体育馆站的电子站牌不亮了", { category: "traffic" }),
    );
    expect(named.suggestion).toBe("none");
    expect(codes(named)).toContain("DUP.DIFFERENT_SPOT");
    const mixed = scoreDuplicate(
      report("光明路第二个公交站的电子站牌不亮了", { category: "traffic" }),
      report("光明路医院站的电子站牌坏了，不亮", { category: "traffic" }),
    );
    expect(mixed.suggestion).toBe("suggest_merge");
    expect(codes(mixed)).toContain("DUP.HELD_OTHER_SPOT");
  });

  it("does not read a refuse station as a bus stop", () => {
    const r = scoreDuplicate(
      report("光明路菜场旁边垃圾站臭得不行", { category: "sanitation" }),
      report("光明路菜场边上那个垃圾中转站太臭了", { category: "sanitation" }),
    );
    expect(codes(r)).not.toContain("DUP.DIFFERENT_SPOT");
    expect(r.suggestion).not.toBe("none");
  });
});

describe("another problem of one thing", () => {
  it("keeps gas that stopped apart from gas that smells", () => {
    const r = scoreDuplicate(
      inCompound("光明小区5号楼燃气停了，没法做饭"),
      inCompound("光明小区5号楼楼道里一股煤气味"),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_FAULT");
  });

  it("merges gas that stopped told two ways", () => {
    const r = scoreDuplicate(
      inCompound("光明小区5号楼燃气停了，没法做饭"),
      inCompound("光明小区5号楼的天然气就没了，一早上打不着火"),
    );
    expect(r.suggestion).toBe("auto_merge");
  });

  it("does not merge a broken stop sign with too few buses at that stop", () => {
    const r = scoreDuplicate(
      report("光明路医院站站牌被车撞倒了", { category: "traffic" }),
      report("光明路医院站的公交车太少了，等半小时都不来一辆", { category: "traffic" }),
    );
    expect(r.suggestion).not.toBe("auto_merge");
    expect(problemConcepts("等半小时都不来一辆，建议加密班次").objects).toContain("公交班次");
  });

  it("does not read a scooter parked badly as a power cut", () => {
    expect(problemConcepts("门口天天有人乱停电动车").objects).not.toContain("供电");
  });
});

describe("one problem told another way", () => {
  it("merges a loose paving stone with one that lifts, and keeps a swaying lamp apart from a dark one", () => {
    const stone = scoreDuplicate(report("光明路人行道的石板松了"), report("光明路人行道地砖翘起来好几块"));
    expect(stone.suggestion).toBe("auto_merge");
    const lamp = scoreDuplicate(report("光明路路灯不亮"), report("光明路路灯被风吹得摇摇晃晃"));
    expect(lamp.suggestion).toBe("none");
  });

  it("offers, never merges, a cause against what it caused", () => {
    const power = scoreDuplicate(
      inCompound("光明小区的变压器冒火了，砰的一声", "power_supply"),
      inCompound("光明小区整个小区没电了", "power_supply"),
    );
    expect(power.suggestion).toBe("suggest_merge");
    expect(codes(power)).toContain("DUP.CAUSE_AND_EFFECT");
    const drain = scoreDuplicate(
      report("光明路下水道口被树叶糊死了"),
      report("光明路一下雨就成河了，排水不行"),
    );
    expect(drain.suggestion).toBe("suggest_merge");
    expect(codes(drain)).toContain("DUP.CAUSE_AND_EFFECT");
  });

  it("does not link a cause to an effect at another building", () => {
    const r = scoreDuplicate(
      inCompound("光明小区3号楼配电箱冒火了", "power_supply"),
      inCompound("光明小区5号楼停电了", "power_supply"),
    );
    expect(r.suggestion).toBe("none");
  });

  it("merges snow nobody cleared across the categories it is filed under", () => {
    const r = scoreDuplicate(
      report("光明路人行道的雪三天没人扫，全是冰", { category: "sanitation" }),
      report("光明路人行道积雪一直没清理，老人出不了门", { category: "municipal" }),
    );
    expect(codes(r)).toContain("DUP.SAME_THING_OTHER_CATEGORY");
    expect(r.suggestion).not.toBe("none");
  });

  it("reads ice under a leak as what the leak left, not another problem", () => {
    const r = scoreDuplicate(
      report("光明路消火栓漏水", { category: "municipal" }),
      report("光明路那个消防栓一直往外冒水，地上都结冰了", { category: "public_safety" }),
    );
    expect(r.suggestion).not.toBe("none");
  });

  it("reads a building site's wall as its hoarding, a compound's wall not", () => {
    expect(problemConcepts("工地围墙往外扩，人行道都围进去了").objects).toContain("围挡");
    expect(problemConcepts("小区围墙裂了").objects).toContain("墙面");
  });
});

describe("more words for one problem", () => {
  it("agrees on a tower a resident names by its short name", () => {
    const r = scoreDuplicate(
      report("宏达大厦门口台阶坏了", { place: "宏达大厦" }),
      report("光明路那栋高楼门口的台阶碎了，就是宏达", { place: "光明路" }),
    );
    expect(codes(r)).not.toContain("DUP.DIFFERENT_PLACE");
    expect(r.suggestion).not.toBe("none");
  });

  it("does not shorten an estate's name: 光明花园 is not named by 光明家园", () => {
    const r = scoreDuplicate(
      report("光明花园门口井盖丢了", { place: "光明花园" }),
      report("光明家园门口井盖丢了", { place: "光明家园" }),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_PLACE");
  });

  it("reads a loudspeaker as the source of noise, but never enough to merge alone", () => {
    const r = scoreDuplicate(
      report("光明路那家药店门口音响天天喊促销", { category: "noise" }),
      report("光明路药店门口大喇叭一直在叫卖，太吵了", { category: "noise" }),
    );
    expect(r.suggestion).toBe("suggest_merge");
  });

  it("merges a stranger loitering told two ways", () => {
    const r = scoreDuplicate(
      report("光明路小学门口有个陌生人老是转悠", { category: "public_order" }),
      report("光明路小学放学时有个男的在门口徘徊", { category: "public_order" }),
    );
    expect(r.suggestion).toBe("auto_merge");
  });

  it("reads a scooter charged in the stairwell as one problem, and homework in the evening as no night work", () => {
    expect([...problemConcepts("有人把电瓶车推进楼道飞线充电").objects]).toEqual(["飞线充电"]);
    expect(problemConcepts("晚上孩子写不了作业").objects).not.toContain("夜间施工");
    expect(problemConcepts("工地半夜还在作业").objects).toContain("夜间施工");
  });
});
