import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "../domain/duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";

/*
 * Never pairs that merged without asking because neither report's fault was read (so "the fault on
 * both or on neither" agreed), and merge pairs missed because a brand or a facility was read as
 * something else. Wordings are our own, on the made-up 光明路 and its 金汇花园.
 */
const when = new Date("2026-12-05T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;

describe("two weekdays", () => {
  it("offers, not merges, a water cut on Tuesday and another on Friday (a never pair)", () => {
    const r = scoreDuplicate(
      report("金汇花园5号楼星期二上午没水了", { category: "water_supply", place: "金汇花园5号楼" }),
      report("金汇花园5号楼周五又没水了", { category: "water_supply", place: "金汇花园5号楼" }),
    );
    expect(r.suggestion).not.toBe("auto_merge");
    expect(codes(r)).toContain("DUP.HELD_OTHER_DAY");
  });

  it("reads no weekday in 这礼拜一直 or 一周一次, and merges the same day told twice", () => {
    const r = scoreDuplicate(
      report("金汇花园5号楼周二没水了", { category: "water_supply", place: "金汇花园5号楼" }),
      report("金汇花园5号楼周二下午没水了，这礼拜一直这样", {
        category: "water_supply",
        place: "金汇花园5号楼",
      }),
    );
    expect(codes(r)).not.toContain("DUP.HELD_OTHER_DAY");
  });
});

describe("a proposal and a report of the existing thing", () => {
  it("offers, not merges, a request for a new speed bump with a broken one (a never pair)", () => {
    const r = scoreDuplicate(
      report("光明路幼儿园门口希望加装减速带"),
      report("光明路幼儿园门口的减速带被车压碎了"),
    );
    expect(r.suggestion).not.toBe("auto_merge");
  });

  it("does not hold a proposal against a report that the place has none", () => {
    const r = scoreDuplicate(
      report("光明路幼儿园门口没有斑马线，孩子过马路危险"),
      report("建议在光明路幼儿园门口画条斑马线"),
    );
    expect(codes(r)).not.toContain("DUP.HELD_OTHER_PROBLEM");
  });
});

describe("the residents' committee's office", () => {
  it("offers, not merges, broken steps at the committee's door and at the landmark it is named after", () => {
    const r = scoreDuplicate(
      report("光明寺门口的台阶裂了", { place: "光明寺" }),
      report("光明寺社区居委会门口台阶裂了", { place: "光明寺社区" }),
    );
    expect(r.suggestion).not.toBe("auto_merge");
    expect(codes(r)).toContain("DUP.HELD_OTHER_SPOT");
  });
});

describe("a report of only a place and a thing", () => {
  it("offers, not merges, '光明路 路灯' with a full account of lamps out along it (a never pair)", () => {
    const r = scoreDuplicate(
      report("光明路 路灯", { description: "光明路 路灯" }),
      report("光明路从金汇花园到菜市场那一段有五六盏路灯都不亮，晚上黑得很", {
        description: "光明路从金汇花园到菜市场那一段有五六盏路灯都不亮，晚上黑得很",
      }),
    );
    expect(r.suggestion).not.toBe("auto_merge");
    expect(codes(r)).toContain("DUP.HELD_ONE_FAULT");
  });
});

describe("fees and manners", () => {
  it("reads overcharging and a rude attendant as two faults, so one car park's two complaints stay apart (a never pair)", () => {
    expect([...problemConcepts("光明路停车场停一小时收了三十块").faults]).toContain("乱收费");
    expect([...problemConcepts("光明路停车场的收费员态度很差").faults]).toContain("态度差");
    const r = scoreDuplicate(
      report("光明路停车场收费太贵", { category: "traffic" }),
      report("光明路停车场收费员态度恶劣", { category: "traffic" }),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_FAULT");
  });
});

describe("parcel lockers by brand and charging posts", () => {
  it("reads 丰巢 and 蜂巢柜 as the parcel lockers, not a wasp nest", () => {
    expect([...problemConcepts("金汇花园的丰巢屏幕黑了").objects]).toEqual(["快递"]);
    expect([...problemConcepts("金汇花园蜂巢柜里的件丢了").objects]).toContain("快递");
    const nest = [...problemConcepts("金汇花园树上有个马蜂的蜂巢").objects];
    expect(nest).toContain("马蜂窝");
    expect(nest).not.toContain("快递");
  });

  it("offers a locker told by its brand and by what it is, filed under two categories", () => {
    const r = scoreDuplicate(
      report("金汇花园东门丰巢半夜一直响警报", { category: "property", place: "金汇花园" }),
      report("金汇花园东门快递柜半夜报警声不停", { category: "noise", place: "金汇花园" }),
    );
    expect(r.suggestion).not.toBe("none");
  });

  it("reads a charging post apart from charging by a strung wire (a never pair stays apart)", () => {
    expect([...problemConcepts("金汇花园车棚的充电桩坏了").objects]).toEqual(["充电桩"]);
    const r = scoreDuplicate(
      report("金汇花园车棚的充电桩坏了两个", { place: "金汇花园", category: "property" }),
      report("金汇花园车棚有人从窗户拉电线充电", { place: "金汇花园", category: "property" }),
    );
    expect(r.suggestion).toBe("none");
  });
});
