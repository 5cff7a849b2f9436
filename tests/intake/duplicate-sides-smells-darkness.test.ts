import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "../domain/duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";

/*
 * The two sides of a street or river; a smell told with nothing named against the refuse that makes
 * it; a dark stretch against its lamps; and a few things residents name in other words (a bollard,
 * sparks, a yard turned into a pond, cars filling a pavement, a full bus that does not stop).
 * Wordings are our own, on the made-up 光明小区, 光明路 and 金桥大厦.
 */
const when = new Date("2026-12-07T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;
const street = { category: "municipal", community: "community.demo", place: "光明路" };
const estate = { category: "sanitation", community: "community.demo", place: "光明小区5号楼" };
const smell = { category: "gas_supply", community: "community.demo", place: "光明小区5号楼" };

describe("the two sides of a street", () => {
  it("holds a report across the street against one on this side", () => {
    const r = scoreDuplicate(
      report("光明路对面，河边那段护栏断了一截，很危险", street),
      report("光明路这侧河边的护栏断了一截，靠近药店", street),
    );
    expect(r.suggestion).not.toBe("auto_merge");
    expect(codes(r)).toContain("DUP.HELD_OTHER_SPOT");
  });

  it("does not hold two reports that both say across the street", () => {
    const r = scoreDuplicate(
      report("光明路对面河边的护栏断了一截", street),
      report("光明路对面河边护栏断了一截，很危险", street),
    );
    expect(codes(r)).not.toContain("DUP.HELD_OTHER_SPOT");
  });
});

describe("a smell with nothing named", () => {
  it("reads a smell alone, not a kitchen's fumes or gas", () => {
    expect(problemConcepts("一进光明小区大门就闻到一股酸臭味").objects.has("异味")).toBe(true);
    expect(problemConcepts("光明小区门口一股油烟味").objects.has("异味")).toBe(false);
    expect(problemConcepts("楼道里一股煤气味").objects.has("异味")).toBe(false);
    expect(problemConcepts("垃圾桶满了，臭得不行").objects.has("异味")).toBe(false);
  });

  it("offers a smell against the refuse that may make it, never merges it", () => {
    const r = scoreDuplicate(
      report("光明小区5号楼后面一股臭味，熏得人头疼", smell),
      report("光明小区5号楼后面的垃圾桶好几天没人清了", estate),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.CAUSE_AND_EFFECT");
  });

  it("does not part a smell from another thing it may come from", () => {
    const r = scoreDuplicate(
      report("光明小区5号楼后面一股臭味，熏得人头疼", estate),
      report("光明小区5号楼后面化粪池满了往外漫", estate),
    );
    expect(codes(r)).not.toContain("DUP.DIFFERENT_PROBLEM");
  });

  it("keeps a kitchen's fumes apart from the refuse", () => {
    const r = scoreDuplicate(
      report("光明小区5号楼每天傍晚一股油烟味", { ...smell, category: "pollution" }),
      report("光明小区5号楼后面的垃圾桶好几天没人清了", estate),
    );
    expect(r.suggestion).toBe("none");
  });
});

describe("a dark stretch and its lamps", () => {
  it("reads a street or a stretch told as dark as its lamps out", () => {
    for (const t of ["光明二巷晚上黑得看不见路", "光明路北头那段晚上一片漆黑"]) {
      const c = problemConcepts(t);
      expect(c.objects.has("路灯")).toBe(true);
      expect(c.faults.has("不亮")).toBe(true);
    }
    expect(problemConcepts("光明小区3号楼门前那盏灯坏了").objects.has("路灯")).toBe(true);
  });

  it("offers a dark stretch against its lamps reported out", () => {
    const r = scoreDuplicate(
      report("光明二巷晚上黑得看不见路", street),
      report("光明二巷中间那几根杆子上的路灯都不亮了", street),
    );
    expect(r.suggestion).not.toBe("none");
  });
});

describe("things told in other words", () => {
  it("reads a bollard, sparks, a pond in the yard, cars on a pavement and a full bus", () => {
    expect(problemConcepts("门口挡车的石墩子被撞倒了").objects.has("路桩")).toBe(true);
    const sparks = problemConcepts("树枝压着电线，一刮风就冒火星");
    expect(sparks.faults.has("打火")).toBe(true);
    expect(sparks.faults.has("起火")).toBe(false);
    expect(problemConcepts("院子里一下雨就成了个池塘").objects.has("积水")).toBe(true);
    expect(problemConcepts("人行道上停满车，轮椅推不过去").objects.has("停车")).toBe(true);
    expect(problemConcepts("消防通道停满了私家车").faults.has("占道")).toBe(true);
    expect(problemConcepts("早上公交车满员不停靠").objects.has("甩站")).toBe(true);
    expect(problemConcepts("配电箱门关不上，电线外露").faults.has("裸露")).toBe(true);
    expect(problemConcepts("老槐树根系外露，人行道砖拱起来了").faults.has("裸露")).toBe(false);
    expect(problemConcepts("金桥大厦门前水池子的水发绿了").objects.has("喷泉")).toBe(true);
    expect(problemConcepts("厨房水池堵了").objects.has("喷泉")).toBe(false);
    expect(problemConcepts("楼门口那块水泥盖板塌了").objects.has("井盖")).toBe(true);
    expect(problemConcepts("花坛后面有口枯井没盖子").objects.has("井盖")).toBe(true);
    expect(problemConcepts("光明路北侧人行道地面陷了一块").objects.has("路面")).toBe(true);
  });
});
