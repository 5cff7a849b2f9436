import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "./duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";
import { oneAgainstWholeStretch } from "../../src/domain/extent.js";
import { floodedCrossing, oneRouteService, oneSourceSensed } from "../../src/domain/remote-source.js";

/*
 * Where the resident stood is not always where the problem is (forty-third duplicates round): a bus
 * route that does not come, a smell put down to one named works, a flooded crossing told from its
 * corners. And a street's whole run against one lamp of it, which the shared words merged.
 */
const report = reportsAt(new Date("2026-12-01T03:00:00Z"));
const faults = (text: string) => [...problemConcepts(text).faults];

describe("a street's whole run against one item of it", () => {
  it("parts the whole street dark from just that one lamp", () => {
    const whole = report("光明路整条路的路灯昨晚一盏都没亮");
    const one = report("光明路西头最后一盏路灯坏了，别的都亮");
    const r = scoreDuplicate(whole, one);
    expect(r.suggestion).toBe("none");
    expect(reasonCodes(r).at(-1)).toBe("DUP.DIFFERENT_EXTENT");
    expect(oneAgainstWholeStretch("光明路全线路灯不亮", "光明路口那个路灯不亮，就那一个")).toBe(true);
  });

  it("does not part a lamp only pointed at, nor two tellings of the whole run", () => {
    // "门口那盏" points at the lamp by the door; it may be one of the dark street's.
    expect(oneAgainstWholeStretch("光明路一整条都黑了", "光明小区门口那盏路灯不亮")).toBe(false);
    // "一根都不亮" is the whole run told by its lamps.
    expect(oneAgainstWholeStretch("光明路整条路灯不亮", "光明路的灯一根都不亮")).toBe(false);
  });
});

describe("a bus route that does not come, told at two stops", () => {
  it("offers the route's service told at two stops, never merges it alone", () => {
    const a = report("16路等了五十分钟一辆没来，光明小区站", { category: "traffic", place: "光明小区" });
    const b = report("长青花园站等16路快一个小时了，到底还开不开", {
      category: "traffic",
      place: "长青花园",
    });
    expect(oneRouteService(a.text, b.text)).toBe("16路");
    const r = scoreDuplicate(a, b);
    expect(r.suggestion).toBe("suggest_merge");
    expect(reasonCodes(r)).toContain("DUP.ONE_ROUTE");
  });

  it("keeps a bus passing one stop that stop's, and two routes two", () => {
    expect(oneRouteService("16路在光明小区站不停，等了半小时", "16路光明大厦站等了四十分钟")).toBeNull();
    expect(oneRouteService("16路晚点半小时", "61路等了一个小时没来")).toBeNull();
    const a = report("16路光明小区站甩站", { category: "traffic", place: "光明小区" });
    const b = report("16路到长青花园站也不停", { category: "traffic", place: "长青花园" });
    expect(scoreDuplicate(a, b).suggestion).toBe("none");
  });
});

describe("a smell put down to one named source, told from two places", () => {
  it("offers two estates smelling one works", () => {
    const a = report("光明小区晚上一股臭味，好像是北边那个皮革厂的", {
      category: "pollution",
      place: "光明小区",
    });
    const b = report("长青花园这边也闻到了，刺鼻，肯定又是皮革厂在排", {
      category: "pollution",
      place: "长青花园",
    });
    expect(oneSourceSensed(a.text, b.text)).toBe("皮革厂");
    const r = scoreDuplicate(a, b);
    expect(r.suggestion).toBe("suggest_merge");
    expect(reasonCodes(r)).toContain("DUP.ONE_SOURCE");
  });

  it("reads a sewage works and a farm by their kind, and keeps a smell apart from a noise", () => {
    expect(oneSourceSensed("臭得很，污水站的味", "一股臭鸡蛋味，是污水处理站飘过来的")).toBe("污水站");
    expect(oneSourceSensed("养猪场的味太冲了", "早上全是猪粪味，养殖场又没清")).toBe("养殖场");
    expect(oneSourceSensed("皮革厂一股臭味", "皮革厂半夜机器太吵")).toBeNull();
    // A works with no trade named ("那个厂") is no source two reports can share.
    expect(oneSourceSensed("那个厂一股臭味", "那个厂的味又来了")).toBeNull();
  });
});

describe("a flooded crossing told from two corners", () => {
  it("does not part two corners of one flooded crossing", () => {
    expect(floodedCrossing("光明路和长青街路口淹了，我在东北角", "长青街光明路口积水，西南角过不去")).toBe(
      true,
    );
    const a = report("光明路和长青街路口淹了，我在东北角药店门口，水到小腿", { place: "光明路" });
    const b = report("长青街光明路十字路口积水好深，西南角面包店那边过不去", { place: "光明路" });
    expect(scoreDuplicate(a, b).suggestion).not.toBe("none");
  });

  it("still parts two crossings named before 路口", () => {
    const a = report("光明路长青路口积水", { place: "光明路" });
    const b = report("光明路光明大厦路口积水", { place: "光明路" });
    expect(scoreDuplicate(a, b).suggestion).toBe("none");
  });
});

describe("words", () => {
  it("reads a phone that cannot be reached as no way blocked", () => {
    expect(faults("光明大厦2号楼电梯坏了，物业电话打不通")).not.toContain("占道");
    expect(faults("光明路修路，整条路都不通")).toContain("占道");
  });

  it("merges a lift stuck with someone inside with a lift trapping people", () => {
    const a = report("光明大厦3号楼电梯卡在六楼，里面好像有人在拍门，物业电话打不通", {
      category: "property",
      place: "光明大厦3号楼",
    });
    const b = report("光明大厦3号楼电梯困人了，六楼", { category: "property", place: "光明大厦3号楼" });
    expect(scoreDuplicate(a, b).suggestion).not.toBe("none");
  });

  it("does not part two reports by the teller's own door", () => {
    const a = report("光明路我家门口那根电线杆裂了，钢筋都露出来了", { category: "power_supply" });
    const b = report("光明路她家门口那个电线杆开裂露筋了", { category: "power_supply" });
    expect(scoreDuplicate(a, b).suggestion).not.toBe("none");
  });
});
