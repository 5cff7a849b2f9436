import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "../domain/duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { namesPlaceBySound } from "../../src/domain/place-sound.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";

/*
 * Causes read off the missed merge pairs of one round: a landmark spelt by its sound while intake
 * kept the street said first; an abandoned car told by its signs; a dog told by its breed and off
 * its lead; "堵得走不动" read as a broken thing. Wordings are our own, on the made-up 光明路 and
 * its 金汇大厦.
 */
const when = new Date("2026-12-05T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;

describe("a place spelt by its sound", () => {
  it("reads the other's landmark in a text that spells it by sound", () => {
    expect(namesPlaceBySound("我在光明路那个金辉大厦门口", "金汇大厦")).toBe(true);
    // Another sound, another building.
    expect(namesPlaceBySound("我在光明路那个金华大厦门口", "金汇大厦")).toBe(false);
    // Two real places of the deployment may sound alike: a known name is no misspelling.
    expect(namesPlaceBySound("我在光明路那个金辉大厦门口", "金汇大厦", ["金辉大厦"])).toBe(false);
    // A number is no slip of the ear, and a short name is heard too easily.
    expect(namesPlaceBySound("光明2区停水了", "光明二区")).toBe(false);
    expect(namesPlaceBySound("金辉那边", "金汇")).toBe(false);
  });

  it("offers the tower's broken signal told from the street, its name misspelt", () => {
    const r = scoreDuplicate(
      report("光明路金辉大厦门口的红绿灯不亮了，车都乱开", { category: "traffic", place: "光明路" }),
      report("金汇大厦门口路口红绿灯坏了", { category: "traffic", place: "金汇大厦" }),
    );
    expect(codes(r)).not.toContain("DUP.DIFFERENT_PLACE");
    expect(r.suggestion).not.toBe("none");
  });

  it("keeps a signal at a building of another sound apart (a never pair)", () => {
    const r = scoreDuplicate(
      report("光明路金华大厦门口的红绿灯不亮了", { category: "traffic", place: "光明路" }),
      report("金汇大厦门口路口红绿灯坏了", { category: "traffic", place: "金汇大厦" }),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_PLACE");
  });
});

describe("an abandoned car told by its signs", () => {
  it("reads months without moving, dust and flat tyres as an abandoned car", () => {
    expect(problemConcepts("光明路边一辆白色轿车停了三个月，一直没人开").objects).toContain("僵尸车");
    expect(problemConcepts("光明路那辆旧车轮胎都瘪了").objects).toContain("僵尸车");
    expect(problemConcepts("光明路有辆车落满了灰").objects).toContain("僵尸车");
    expect(problemConcepts("光明路有辆车八个月没动").objects).toContain("僵尸车");
  });

  it("offers one abandoned car filed under two categories", () => {
    const r = scoreDuplicate(
      report("光明路上有辆银色面包车停了五个月了", { category: "other" }),
      report("光明路长期停放一辆银色面包车，疑似僵尸车", { category: "traffic" }),
    );
    expect(r.suggestion).not.toBe("none");
  });

  it("keeps a car that was vandalised apart from one left to rot (a never pair)", () => {
    const r = scoreDuplicate(
      report("光明路停车场有辆车玻璃被人砸了", { category: "public_order" }),
      report("光明路停车场有辆车停了四个月没动", { category: "traffic" }),
    );
    expect(r.suggestion).toBe("none");
  });
});

describe("a dog by its breed, off its lead", () => {
  it("reads a breed as a dog, off the lead as a fault, and a person knocked over as no collapse", () => {
    const c = problemConcepts("光明路有人遛柯基不牵绳，把一个老人扑倒了");
    expect(c.objects).toContain("狗");
    expect(c.faults).toContain("未拴绳");
    expect(c.faults).toContain("伤人");
    expect(c.faults).not.toContain("倒塌");
  });

  it("offers one loose dog told as a breed by one resident and as a dog by the other", () => {
    const r = scoreDuplicate(
      report("光明小区有人遛狗不拴绳，还咬了人", { category: "public_order", place: "光明小区" }),
      report("光明小区那个遛哈士奇的天天不拴绳，今天把小孩扑倒了", { category: "health", place: "光明小区" }),
    );
    expect(r.suggestion).not.toBe("none");
  });

  it("keeps a loose dog apart from a dead dog lying uncollected (a never pair)", () => {
    const r = scoreDuplicate(
      report("光明小区有人遛狗不拴绳", { category: "public_order", place: "光明小区" }),
      report("光明小区草坪边上有只死狗，两天了没人收", { category: "sanitation", place: "光明小区" }),
    );
    expect(r.suggestion).toBe("none");
  });
});

describe("a way blocked, cars parked anyhow", () => {
  it("reads 走不动 as blocked, not broken, and 停得乱七八糟 as parking", () => {
    const c = problemConcepts("光明路小学门口车停得乱七八糟，堵得走不动");
    expect(c.objects).toContain("停车");
    expect(c.faults).toContain("占道");
    expect(c.faults).not.toContain("坏");
  });
});
