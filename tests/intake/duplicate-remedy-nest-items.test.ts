import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "../domain/duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";
import { burstPipeAndWater } from "../../src/domain/water-main.js";

/*
 * Causes read off one round's pairs: a remedy granted before a "but" (what follows is the new
 * matter), broken glass lying against a thing broken, a street tree against an estate's tree, a
 * wasp nest against the thing it hangs on, a landmark before 隔壁 / 对面, a fitness corner's and a
 * playground's items, a water main told from the supply cut, and words for pests, trees by kind,
 * pesticide spraying and a pit. Wordings are our own, on the made-up 光明小区, 光明路 and 金桥大厦.
 */
const when = new Date("2026-12-06T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;
const estate = { category: "property", community: "community.demo", place: "光明小区" };
const facts = (t: string) => problemConcepts(t);

describe("a remedy granted before a 'but'", () => {
  it("reads the removed thing as done with, and what follows as the report", () => {
    const c = facts("光明小区5号楼顶的彩钢房是拆了，可拆下来的铁皮全扔在楼顶，一刮风就往下掉");
    expect(c.fixed.has("违建")).toBe(true);
    expect(c.objects.has("违建")).toBe(false);
    const d = facts("光明路那个塌陷坑已经填了，但填得太高，下雨还积水");
    expect(d.fixed.has("路面")).toBe(true);
    expect(d.objects.has("积水")).toBe(true);
  });

  it("parts the aftermath from a report of the thing itself", () => {
    const r = scoreDuplicate(
      report("光明小区5号楼楼顶有人在盖彩钢房", estate),
      report("光明小区5号楼楼顶的彩钢房是拆了，可拆下来的铁皮全扔在楼顶，一刮风就往下掉", estate),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.ALREADY_FIXED");
  });

  it("needs the 'but': a bench taken away is damage, not a remedy", () => {
    const c = facts("光明小区花园的长椅被人拆走了，只剩两个底座");
    expect(c.fixed.size).toBe(0);
    expect(c.objects.has("座椅")).toBe(true);
  });
});

describe("broken glass lying, a playground's items", () => {
  it("reads glass lying as its own fault, not the pane that broke", () => {
    expect(facts("光明小区游乐场秋千下面有碎玻璃").faults.has("碎玻璃")).toBe(true);
    expect(facts("光明路公交站的玻璃碎了，地上都是碎玻璃渣").faults.has("碎玻璃")).toBe(false);
    expect(facts("光明小区秋千的横梁开焊了").faults.has("坏")).toBe(true);
  });

  it("parts glass under the slide from the swing's broken weld", () => {
    const r = scoreDuplicate(
      report("光明小区游乐场滑梯下面有碎玻璃", estate),
      report("光明小区游乐场滑梯边上的秋千横梁开焊了", estate),
    );
    expect(r.suggestion).toBe("none");
  });

  it("parts two machines of one fitness corner, and keeps one told twice", () => {
    const r = scoreDuplicate(
      report("光明小区健身角的漫步机踏板松了", estate),
      report("光明小区健身角的扭腰器转不动了", estate),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_FAULT");
    const same = scoreDuplicate(
      report("光明小区健身角的漫步机踏板掉了", estate),
      report("光明小区健身角那个漫步机，踏板掉了一个", estate),
    );
    expect(same.suggestion).not.toBe("none");
  });
});

describe("whose tree", () => {
  it("holds a street tree against an estate's tree with the same pest", () => {
    const r = scoreDuplicate(
      report("光明小区门口光明路上的行道树长虫子了，叶子都被吃了", estate),
      report("光明小区的柳树生虫了，叶子快被吃光了", estate),
    );
    expect(r.suggestion).not.toBe("auto_merge");
  });

  it("reads trees by their kind and pests by the insects", () => {
    expect(facts("光明路那排法桐上全是虫子").objects.has("树木")).toBe(true);
    expect(facts("光明路那排法桐上全是虫子").faults.has("虫害")).toBe(true);
    expect(facts("树上长满虫子，虫粪掉一地").objects.has("下水道")).toBe(false);
  });
});

describe("what a nest hangs on, what stands next door", () => {
  it("parts a nest on a lamp post from the lamp out", () => {
    expect([...facts("光明路那根路灯杆上有个马蜂窝").objects]).toEqual(["马蜂窝"]);
    const r = scoreDuplicate(report("光明路口那根路灯杆上有个马蜂窝"), report("光明路口路灯晚上不亮了"));
    expect(r.suggestion).toBe("none");
  });

  it("reads a thing named before 隔壁 or 对面 as the landmark", () => {
    expect(facts("金桥大厦KTV隔壁那个健身房一大早就扔哑铃").objects.has("KTV")).toBe(false);
    expect(facts("隔壁装修太吵").objects.has("装修")).toBe(true);
    expect(facts("楼下的狗把隔壁小孩咬了").objects.has("狗")).toBe(true);
  });
});

describe("words of one round", () => {
  it("reads pesticide spraying as a matter, not when it is asked for", () => {
    expect(facts("光明小区早上打药也不通知，晾的衣服都是药味").objects.has("打药")).toBe(true);
    expect(facts("光明小区树上长虫了，请安排打药").objects.has("打药")).toBe(false);
  });

  it("reads a pit told as 那个坑 or 塌了个洞", () => {
    expect(facts("光明路口那个坑越来越大了").objects.has("路面")).toBe(true);
    expect(facts("光明小区门口地上塌了个洞").objects.has("路面")).toBe(true);
    expect(facts("光明小区游乐场的沙坑很脏").objects.has("路面")).toBe(false);
  });

  it("links a water main's burst to the water welling up, across the supply cut", () => {
    expect(burstPipeAndWater("光明小区停水了，说是门口光明路总管爆了", "光明路上一直在冒水")).toBe(true);
    expect(burstPipeAndWater("光明路地下水管爆了，往外喷水", "光明小区门口马路水管爆了，家里没水")).toBe(
      true,
    );
    expect(burstPipeAndWater("光明小区3楼家里水管爆了", "光明路上全是水")).toBe(false);
  });
});
