import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "./duplicate-report.js";
import { holdWithoutCommunity, scoreDuplicate, sharedReference } from "../../src/domain/duplicate-score.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";
import { burstPipeAndWater } from "../../src/domain/water-main.js";
import { duplicateGloss } from "../../src/intake/duplicate-gloss.js";

/*
 * Forty-sixth duplicates round: two people lost at one corner, an item's own mark quoted by a
 * report with no place, things that had no word (a drone, a horn, a ramp, a gate, a turnstile, a
 * hawker's cart, hot water), a flooded basement and the pipe below it, a smell of excrement.
 * My own sentences on 光明路 / 光明小区 / 长青花园.
 */
const report = reportsAt(new Date("2026-12-01T03:00:00Z"));

describe("people lost at one place", () => {
  it("parts a child lost from an old man lost at the same corner", () => {
    const a = report("光明路口有个小男孩走丢了，一直在哭", { category: "public_order" });
    const b = report("光明路口有个老大爷走丢了，说不清住哪", { category: "public_order" });
    const r = scoreDuplicate(a, b);
    expect(r.suggestion).toBe("none");
    expect(reasonCodes(r).at(-1)).toBe("DUP.DIFFERENT_PROBLEM");
  });

  it("keeps one old woman lost told twice, and a report that gives no age", () => {
    const a = report("光明路口有个老奶奶迷路了", { category: "public_order" });
    const b = report("光明路口一个老太太找不到家了，穿红衣服", { category: "public_order" });
    expect(scoreDuplicate(a, b).suggestion).not.toBe("none");
    const c = report("光明路口有人走丢了", { category: "public_order" });
    expect(reasonCodes(scoreDuplicate(a, c))).not.toContain("DUP.DIFFERENT_PROBLEM");
  });

  it("does not part a dog chasing a child from the same dog chasing an old man", () => {
    const a = report("光明小区门口那条大黑狗追着小孩咬", { category: "public_order", place: "光明小区" });
    const b = report("光明小区门口大黑狗追老人", { category: "public_order", place: "光明小区" });
    expect(reasonCodes(scoreDuplicate(a, b))).not.toContain("DUP.DIFFERENT_PROBLEM");
  });
});

describe("an item's own mark quoted by a report with no place", () => {
  it("finds a plate's last digits, a lift's code and a post's painted code on both sides", () => {
    expect(sharedReference("车牌尾号358的泥头车又停了一夜", "光明路上尾号358的泥头车半夜不熄火")).toBe(true);
    expect(
      sharedReference("注册代码41207654321的那部电梯老是停", "长青花园2号楼电梯，代码是41207654321"),
    ).toBe(true);
    expect(sharedReference("灯杆编号GM-0217的灯罩裂了", "光明路GM-0217号路灯灯罩掉了一半")).toBe(true);
  });

  it("does not count a phone number's tail, other digits, or a short code", () => {
    expect(sharedReference("我手机尾号1234，路灯不亮", "光明路路灯不亮，手机尾号1234")).toBe(false);
    expect(sharedReference("尾号358的货车", "尾号359的货车")).toBe(false);
    expect(sharedReference("B1层漏水", "光明小区B1层漏水")).toBe(false);
  });

  it("offers the pair the mark joins, never merges it", () => {
    const a = report("车牌尾号358的泥头车天天半夜停着不熄火", {
      category: "traffic",
      community: null,
      place: null,
    });
    const b = report("光明路上尾号358的泥头车半夜又怠速了一宿", { category: "traffic" });
    const s = holdWithoutCommunity(scoreDuplicate(b, a), b, a);
    expect(s.suggestion).toBe("suggest_merge");
  });
});

describe("things that had no word", () => {
  it.each([
    ["光明小区上空晚上总有个无人机", "无人机"],
    ["楼下出租车半夜按喇叭叫人", "鸣笛"],
    ["单元门口的无障碍坡道被堵了", "无障碍"],
    ["花坛一砌，我坐轮椅出不去了", "无障碍"],
    ["小区东门的电动伸缩门卡住了", "大门"],
    ["北门人行闸机坏了，刷脸不开", "门禁"],
    ["门口有个推着冰柜的老头", "摊贩"],
    ["5号楼没热水了", "热水"],
  ])("reads %s as %s", (text, concept) => {
    expect(problemConcepts(text).objects.has(concept)).toBe(true);
  });

  it("reads a wheelchair that cannot pass a pavement as no ramp, and a gate named as a landmark as no gate", () => {
    expect(problemConcepts("人行道全是电动车，轮椅过不去").objects.has("无障碍")).toBe(false);
    expect(problemConcepts("电动门那边的监控坏了").objects.has("大门")).toBe(false);
    expect(problemConcepts("卫生间的热水管爆了").objects.has("热水")).toBe(false);
  });

  it("links hot water gone to the boiler room that failed, across two categories", () => {
    const a = report("长青花园3号楼没热水了，两天了", { category: "water_supply", place: "长青花园" });
    const b = report("长青花园锅炉房坏了，在等配件", { category: "property", place: "长青花园" });
    const r = scoreDuplicate(a, b);
    expect(r.suggestion).toBe("suggest_merge");
    expect(reasonCodes(r)).toContain("DUP.CAUSE_AND_EFFECT");
  });

  it("links a septic tank overflowing to the lane that smells of excrement", () => {
    expect(
      problemConcepts("光明路那边一股屎味").effects.size + problemConcepts("光明路那边一股屎味").objects.size,
    ).toBe(1);
    const a = report("光明路5号院化粪池满了往外溢", { category: "municipal" });
    const b = report("光明路上一股屎味，不知道哪来的", { category: "gas_supply" });
    expect(scoreDuplicate(a, b).suggestion).toBe("suggest_merge");
  });

  it("glosses a drone, honking, a flooded basement and no hot water", () => {
    expect(duplicateGloss("a drone hovers over building 3 every night")).toContain("无人机");
    expect(duplicateGloss("taxis keep honking at 1am")).toContain("鸣笛");
    expect(duplicateGloss("Water is coming into the basement of building 2")).toContain("地下室进水");
    expect(duplicateGloss("no hot water since Monday")).toContain("没热水");
  });
});

describe("a flooded basement and the building's pipe", () => {
  it("links the garage under water to a fire main or a tee that burst below ground", () => {
    expect(burstPipeAndWater("长青花园地下车库进水了，车都泡了", "长青花园B1消防管道接头崩开了")).toBe(true);
    expect(burstPipeAndWater("长青花园4号楼进户总管三通冻裂了", "4号楼地下室全是水")).toBe(true);
  });

  it("does not link a basement flooded by rain or sewage", () => {
    expect(burstPipeAndWater("下大雨地下车库进水了", "长青花园B1消防管道漏了")).toBe(false);
    expect(burstPipeAndWater("地下室返污水", "长青花园B1给水管漏了")).toBe(false);
  });

  it("links a hydrant spraying to the pavement under water, and a pipe to water welling up", () => {
    expect(
      burstPipeAndWater("光明路12号门口消防栓被撞了，一直往外滋水", "光明路12号门口人行道一大片水"),
    ).toBe(true);
    expect(burstPipeAndWater("光明小学门口水管破了", "光明小学门口一直往上翻水")).toBe(true);
  });
});
