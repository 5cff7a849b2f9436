import { describe, expect, it } from "vitest";
import { reportsAt } from "./duplicate-report.js";
import { holdAcrossUnrankedCategory, scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";

/*
 * Residents report one problem under categories the classifier never ranked together; the scorer
 * joins them only when both name the same thing with the same fault. These words decide that.
 */
const when = new Date("2026-12-01T08:00:00Z");
const report = reportsAt(when);

describe("a sign about to come down", () => {
  it("merges one swaying shop sign filed under two categories", () => {
    const r = scoreDuplicate(
      report("光明路那家药店的灯箱招牌被风刮得摇摇晃晃"),
      report("光明路药店门头的招牌在晃，快掉下来了，底下都是行人", { category: "sanitation" }),
    );
    expect(r.suggestion).toBe("auto_merge");
    expect(r.reasons.map((x) => x.code)).toContain("DUP.SAME_THING_OTHER_CATEGORY");
  });

  it("reads a sign on a roof as the sign, and swaying as its own fault", () => {
    const c = problemConcepts("光明路商场楼顶的广告牌一直在晃");
    expect([...c.objects]).toContain("广告牌");
    expect([...c.faults]).toEqual(["摇晃"]);
  });

  it("keeps a swaying lamp post apart from a lamp that is out", () => {
    const r = scoreDuplicate(report("光明路路灯杆被风吹得直晃悠"), report("光明路路灯不亮，晚上黑乎乎"));
    expect(r.suggestion).toBe("none");
  });
});

describe("what a fault caused is not the fault", () => {
  it("does not read people slipping as something collapsing", () => {
    expect(problemConcepts("光明路台阶结冰，一早上滑倒了三个人").faults.has("倒塌")).toBe(false);
    expect(problemConcepts("老太太在台阶上摔倒在地").faults.has("倒塌")).toBe(false);
    expect(problemConcepts("光明路的大树倒了").faults.has("倒塌")).toBe(true);
  });

  it("does not read smoke from a fire as somebody smoking", () => {
    expect(problemConcepts("垃圾箱烧过，现在还有冒烟味").objects.has("吸烟")).toBe(false);
    expect(problemConcepts("楼道里全是烟味，有人在里面抽").objects.has("吸烟")).toBe(true);
  });
});

describe("a category intake did not rank", () => {
  it("turns an automatic merge into a suggestion just under the line, and leaves others as they are", () => {
    const merged = scoreDuplicate(
      report("光明路的施工围挡把盲道占了"),
      report("光明路工地挡板占了盲道，盲人没法走", { category: "sanitation" }),
    );
    expect(merged.suggestion).toBe("auto_merge");
    const held = holdAcrossUnrankedCategory(merged, { autoMergeAt: 0.85 });
    expect(held).toMatchObject({ suggestion: "suggest_merge", score: 0.84, sameProblem: true });
    expect(held.reasons.at(-1)!.code).toBe("DUP.HELD_UNRANKED_CATEGORY");
    const apart = scoreDuplicate(report("光明路路灯不亮"), report("光明路井盖丢了"));
    expect(holdAcrossUnrankedCategory(apart)).toBe(apart);
  });
});

describe("residents' words for a drain grate, a hawker and a slide", () => {
  it("reads 箅子 as the drain and its loss, so a missing grate meets a missing drain cover", () => {
    const c = problemConcepts("光明路的雨水箅子没了");
    expect([...c.objects]).toEqual(["下水道"]);
    expect([...c.faults]).toEqual(["丢失"]);
    const r = scoreDuplicate(
      report("光明路的雨水箅子没了，晚上看不见"),
      report("光明路下水道口的铁盖子没有了"),
    );
    expect(r.suggestion).not.toBe("none");
  });

  it("reads 小贩 as a stall, and keeps a hawker apart from a burst pipe", () => {
    // What the hawker sells may be read too (活禽): the stall is still read.
    expect([...problemConcepts("小区门口卖活鸡的小贩又来了").objects]).toContain("摊贩");
    const r = scoreDuplicate(report("光明路卖活鸡的小贩又来了"), report("光明路水管爆了"));
    expect(r.suggestion).toBe("none");
  });

  it("reads a slide as playground equipment, apart from the fitness corner", () => {
    const r = scoreDuplicate(
      report("光明小区儿童滑梯断了一块板子，钉子露出来", { category: "property", place: "光明小区" }),
      report("光明小区游乐区滑梯坏了，有钉子露出来", { category: "property", place: "光明小区" }),
    );
    expect(r.suggestion).toBe("auto_merge");
    const other = scoreDuplicate(
      report("光明小区儿童滑梯断了", { category: "property", place: "光明小区" }),
      report("光明小区健身器材断了", { category: "property", place: "光明小区" }),
    );
    expect(other.suggestion).toBe("none");
  });

  it("does not read a street name before 面包店 as the road surface", () => {
    expect([...problemConcepts("光明路面包店门口排长队").objects]).toEqual(["排队"]);
    expect([...problemConcepts("光明路路面塌了").objects]).toEqual(["路面"]);
  });
});

describe("what is wrong with a tree", () => {
  it("keeps caterpillars in the trees apart from a dead tree of the same compound", () => {
    const place = { place: "光明小区" };
    const r = scoreDuplicate(
      report("光明小区里的树上毛毛虫特别多", place),
      report("光明小区里面有一棵树枯死了，怕倒", place),
    );
    expect(r.suggestion).toBe("none");
    expect(r.reasons.map((x) => x.code)).toContain("DUP.DIFFERENT_FAULT");
  });

  it("merges two reports of caterpillars in the compound's trees", () => {
    const place = { place: "光明小区" };
    const r = scoreDuplicate(
      report("光明小区里的树上毛毛虫特别多", place),
      report("光明小区的树生虫了，毛毛虫掉得到处都是", place),
    );
    expect(r.suggestion).toBe("auto_merge");
  });
});

describe("a broken thing told as the leak it causes", () => {
  it("merges a cracked roof with the flat below whose ceiling drips", () => {
    const place = { place: "光明小区6号楼", category: "property" };
    const r = scoreDuplicate(
      report("光明小区6号楼楼顶的防水层裂了，一直没人管", place),
      report("光明小区6号楼顶楼，下完雨我家天花板往下滴水", place),
    );
    expect(r.suggestion).not.toBe("none");
    expect(r.reasons.map((x) => x.code)).not.toContain("DUP.DIFFERENT_FAULT");
  });

  it("keeps a smell of gas apart from a broken gas thing: a leak is a danger of its own", () => {
    const place = { place: "光明小区", category: "gas_supply" };
    const r = scoreDuplicate(
      report("光明小区燃气管道坏了", place),
      report("光明小区一股很冲的煤气味", place),
    );
    expect(r.suggestion).not.toBe("auto_merge");
  });
});

describe("wires strung by hand and firecrackers", () => {
  it("reads 飞线 and 乱拉的线 as wires, so two reports of them hanging low meet", () => {
    expect([...problemConcepts("电线杆上挂的飞线耷拉下来").objects]).toEqual(["电线"]);
    const r = scoreDuplicate(
      report("光明路电线杆上挂的飞线，好几根耷拉下来"),
      report("光明路电杆上有乱拉的线垂下来，离地不到两米"),
    );
    expect(r.suggestion).toBe("auto_merge");
  });

  it("reads firecrackers as a thing, apart from a loudspeaker on the same street", () => {
    const r = scoreDuplicate(
      report("光明路有人半夜放鞭炮", { category: "noise" }),
      report("光明路昨晚十二点多有人放了半个小时鞭炮，吵得没法睡", { category: "noise" }),
    );
    expect(r.suggestion).not.toBe("none");
    const other = scoreDuplicate(
      report("光明路有人半夜放鞭炮", { category: "noise" }),
      report("光明路有家店门口大喇叭整天响", { category: "noise" }),
    );
    expect(other.suggestion).toBe("none");
  });

  it("does not read a street name before 面包店 as the road surface", () => {
    expect([...problemConcepts("光明路面包店门口排长队").objects]).toEqual(["排队"]);
    expect([...problemConcepts("光明路路面塌了").objects]).toEqual(["路面"]);
  });
});

describe("a bin nobody came to empty, a queue in the way", () => {
  it("reads 没人来倒 as refuse not collected, not as something that fell over", () => {
    const c = problemConcepts("垃圾桶已经一个礼拜没人来倒了");
    expect([...c.faults]).toEqual(["未清运"]);
    const r = scoreDuplicate(
      report("光明路后巷垃圾桶一个礼拜没人来倒了，臭得很", { category: "municipal" }),
      report("光明路后巷垃圾桶满了没人清", { category: "sanitation" }),
    );
    expect(r.suggestion).not.toBe("none");
    const fell = problemConcepts("光明路那棵树倒了");
    expect([...fell.faults]).toEqual(["倒塌"]);
  });

  it("reads a shop's queue as what is in the way, apart from a stall on the pavement", () => {
    const r = scoreDuplicate(
      report("光明街那家面包店门口每天早上排队，队伍排到马路上", { category: "traffic", place: "光明街" }),
      report("光明街面包店门口排长队占道，早高峰堵死", { category: "municipal", place: "光明街" }),
    );
    expect(r.suggestion).not.toBe("none");
    const other = scoreDuplicate(
      report("光明街面包店门口排长队占道", { category: "municipal", place: "光明街" }),
      report("光明街有人摆摊占道", { category: "municipal", place: "光明街" }),
    );
    expect(other.suggestion).toBe("none");
  });

  it("does not read a street name before 面包店 as the road surface", () => {
    expect([...problemConcepts("光明路面包店门口排长队").objects]).toEqual(["排队"]);
    expect([...problemConcepts("光明路路面塌了").objects]).toEqual(["路面"]);
  });
});
