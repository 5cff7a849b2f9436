import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "../domain/duplicate-report.js";
import { holdWithoutCommunity, scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";
import { duplicateGloss, latinAddresses } from "../../src/intake/duplicate-gloss.js";

/*
 * Reports about a business or a household rather than an object: a shop named only as the
 * landmark of another, one shop told under two categories, two vehicles in one fire lane, the flat
 * a renovation or a dog comes from; and messages in English or pinyin read through glosses.
 * Wordings are our own, on the made-up 光明小区, 光明路 and 金桥大厦.
 */
const when = new Date("2026-12-06T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;
const street = { category: "pollution", community: "community.demo", place: "光明路" };
const estate = { category: "traffic", community: "community.demo", place: "光明小区" };

describe("a shop named as the landmark of another", () => {
  it("parts the shop reported from the one it stands beside", () => {
    const r = scoreDuplicate(
      report("光明路那家面馆油烟太大", street),
      report("光明路面馆隔壁的包子铺，蒸笼的烟全往楼上飘", street),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_SHOP");
  });

  it("reads the landmark after 就在 too, and a shop after 底商 or a street's mouth", () => {
    const r = scoreDuplicate(
      report("光明小区底商火锅店油烟", street),
      report("光明路口烤串店排油烟，就在火锅店斜对面", street),
    );
    expect(codes(r)).toContain("DUP.DIFFERENT_SHOP");
  });

  it("still merges one shop told twice", () => {
    const r = scoreDuplicate(
      report("光明小区底商火锅店油烟太大", street),
      report("光明小区底商那家火锅店排烟管对着我家窗户，油烟太大", street),
    );
    expect(r.suggestion).not.toBe("none");
  });
});

describe("one shop, its nuisance told in other words or under another category", () => {
  it("offers two reports naming one shop although no nuisance word is shared", () => {
    const r = scoreDuplicate(
      report("光明路那家火锅店半夜还在搬货，推车声音特别响", { ...street, category: "noise" }),
      report("光明路火锅店每天凌晨卸货，吵得睡不着", { ...street, category: "noise" }),
    );
    expect(r.suggestion).toBe("suggest_merge");
  });

  it("offers them across two categories, never merges them", () => {
    const r = scoreDuplicate(
      report("光明路牛肉面馆早上五点就熬汤，味道太冲", street),
      report("光明路那家牛肉面馆天天凌晨熬汤", { ...street, category: "noise" }),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.SAME_SHOP_OTHER_CATEGORY");
  });

  it("does not take two garages for one by the 车 they share", () => {
    const r = scoreDuplicate(
      report("光明路洗车店晚上还在冲车", { ...street, category: "noise" }),
      report("光明路修车铺一早就敲敲打打", { ...street, category: "noise" }),
    );
    expect(r.suggestion).toBe("none");
  });

  it("reads an instrument practised at home as a source of noise", () => {
    expect(problemConcepts("光明小区3号楼有人天天晚上练钢琴").objects.has("扩音")).toBe(true);
    expect(problemConcepts("光明小区3号楼楼上拉二胡到半夜").objects.has("扩音")).toBe(true);
  });
});

describe("two vehicles in one fire lane", () => {
  it("parts vehicles of two kinds, two colours or two makes", () => {
    for (const [x, y] of [
      ["光明小区消防通道被一辆白色轿车堵了", "光明小区消防通道今天停了辆搬家的大货车"],
      ["光明小区消防通道停了辆灰色面包车", "光明小区消防通道又停了辆红色面包车"],
      ["光明小区消防通道停了辆宝马", "光明小区消防通道停了辆奔驰"],
    ]) {
      const r = scoreDuplicate(report(x!, estate), report(y!, estate));
      expect(r.suggestion).toBe("none");
      expect(r.reasons.at(-1)!.message).toContain("不是同一辆车");
    }
  });

  it("does not count a vehicle the text says has gone", () => {
    const r = scoreDuplicate(
      report("光明小区消防通道停了一辆黑色越野车", estate),
      report("光明小区消防通道又被一辆冷藏车堵了，之前那辆黑车早开走了", estate),
    );
    expect(r.reasons.at(-1)!.message).toContain("不是同一辆车");
  });

  it("still merges one vehicle told by its colour and by its kind", () => {
    const r = scoreDuplicate(
      report("光明小区消防通道停了一辆白色轿车，两天了", estate),
      report("光明小区消防通道那辆白车还没挪走", estate),
    );
    expect(r.suggestion).not.toBe("none");
  });
});

describe("the flat a household's nuisance comes from", () => {
  const noise = { category: "noise", community: "community.demo", place: "光明小区" };
  it("parts two flats named as renovating or as keeping the dog", () => {
    for (const [x, y] of [
      ["光明小区2号楼1单元702装修，中午也打电钻", "光明小区2号楼1单元401装修，周末一早就砸墙"],
      ["光明小区4号楼203的狗半夜叫", "光明小区4号楼503养了条金毛，一直叫"],
    ]) {
      const r = scoreDuplicate(report(x!, noise), report(y!, noise));
      expect(r.suggestion).toBe("none");
      expect(codes(r)).toContain("DUP.DIFFERENT_SPOT");
    }
  });

  it("does not take the resident's own flat for the source", () => {
    const r = scoreDuplicate(
      report("我家光明小区2号楼401，楼上天天装修电钻", noise),
      report("光明小区2号楼501装修太吵了", noise),
    );
    expect(codes(r)).not.toContain("DUP.DIFFERENT_SPOT");
  });
});

describe("a public place outside the list", () => {
  it("compares two reports without a community that name one park", () => {
    const at = { category: "municipal", community: null, place: null };
    const a = report("青龙公园北门公厕太脏了", at);
    const b = report("青龙公园北门那个厕所没人打扫，臭得很", at);
    expect(holdWithoutCommunity(scoreDuplicate(a, b), a, b).suggestion).toBe("suggest_merge");
    const c = report("白鹭公园北门那个厕所没人打扫，臭得很", at);
    expect(holdWithoutCommunity(scoreDuplicate(a, c), a, c).suggestion).toBe("none");
  });
});

describe("messages in English or pinyin", () => {
  it("writes their house numbers the Chinese way", () => {
    expect(latinAddresses("Building 7, unit 3, flat 502, Guangming estate")).toEqual([
      "7号楼",
      "3单元",
      "502室",
    ]);
    expect(latinAddresses("guangming xiaoqu 5 hao lou 2 danyuan")).toEqual(["5号楼", "2单元"]);
    expect(latinAddresses("The shop at 18 Guangming Road")).toEqual(["18号"]);
  });

  it("glosses the words that tell one vehicle or matter from another, and leaves Chinese alone", () => {
    const g = duplicateGloss("A grey van has blocked the fire lane of Guangming estate since Monday.");
    expect(g).toContain("灰色车");
    expect(g).toContain("面包车");
    expect(g).toContain("消防通道");
    expect(duplicateGloss("Drilling at the building site until 3 am every night")).toContain("夜间施工");
    expect(duplicateGloss("光明小区停电了")).toBe("光明小区停电了");
  });

  it("offers, never merges, an English report and a Chinese one of the same thing", () => {
    const park = { category: "municipal", community: "community.demo", place: "光明小区" };
    const r = scoreDuplicate(
      report("The swing in the Guangming estate playground is broken, the seat is cracked.", park),
      report("光明小区游乐场的秋千坏了，座板裂了", park),
      { gloss: duplicateGloss },
    );
    expect(r.suggestion).toBe("suggest_merge");
  });
});
