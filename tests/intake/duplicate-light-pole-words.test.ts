import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "../domain/duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";

/*
 * Causes read off one round's pairs: a lamp that is out against the pole that carries it (two
 * faults of one object), and words the tables did not read: icicles as 冰锥, a cedar that is no
 * snow, a tree gone yellow, nails sticking out of a bump, a grease trap, a camera, a cooling tower
 * and air that blows no cold, a vehicle left for years. Wordings are our own, on the made-up
 * 光明小区, 光明路 and 金桥大厦.
 */
const when = new Date("2026-12-06T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;
const street = { category: "municipal", community: "community.demo", place: "光明路" };
const facts = (t: string) => problemConcepts(t);

describe("a lamp out and its pole", () => {
  it("reads a light out or flickering as its own fault, told broken too", () => {
    expect([...facts("光明路那盏路灯晚上不亮").faults]).toEqual(["不亮"]);
    expect([...facts("光明路的路灯坏了，晚上黑乎乎的").faults]).toEqual(["不亮"]);
    expect([...facts("光明路路灯一闪一闪的").faults]).toEqual(["不亮"]);
    expect(facts("光明路路灯杆被车撞断了").faults.has("坏")).toBe(true);
  });

  it("parts a loose, rusted pole from the lamp on it that is out", () => {
    const r = scoreDuplicate(
      report("光明路口那根路灯杆子底下锈烂了，底座也松了", street),
      report("光明路口那根路灯晚上不亮了", street),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_FAULT");
  });

  it("still merges a lamp told broken with the same lamp told out", () => {
    const r = scoreDuplicate(report("光明路路灯坏了", street), report("光明路的路灯不亮了", street));
    expect(r.suggestion).not.toBe("none");
  });
});

describe("words for things and faults", () => {
  it("reads icicles, a cedar, a dead tree and nails sticking out", () => {
    expect(facts("光明小区2号楼屋檐挂着冰锥").objects.has("冰挂")).toBe(true);
    const cedar = facts("光明小区花园里那棵雪松整个都黄了");
    expect(cedar.objects.has("树木")).toBe(true);
    expect(cedar.objects.has("冰雪")).toBe(false);
    expect(cedar.faults.has("枯死")).toBe(true);
    const bump = facts("光明路减速带坏了，钉子冒出来了");
    expect(bump.faults.has("裸露")).toBe(true);
    expect(bump.faults.has("冒水")).toBe(false);
  });

  it("reads a grease trap as sewage, a camera, and a cooler that blows no cold", () => {
    expect(facts("光明路那家饭店的隔油池满了").objects.has("下水道")).toBe(true);
    expect(facts("光明路口的监控摄像头歪了").objects.has("摄像头")).toBe(true);
    expect(facts("能不能查一下监控").objects.has("摄像头")).toBe(false);
    const tower = facts("金桥大厦楼顶的冷却塔坏了，楼上都没冷气");
    expect(tower.objects.has("空调")).toBe(true);
    expect(tower.faults.has("不制冷")).toBe(true);
  });

  it("reads a vehicle left for years as abandoned", () => {
    expect(facts("光明小区车棚里那辆三轮车放了好几年没人动").objects.has("僵尸车")).toBe(true);
    expect(facts("光明路边有辆轿车已停放四个月以上").objects.has("僵尸车")).toBe(true);
  });
});

describe("venues, site mud, night work, an estate pointed at", () => {
  it("reads a bar and a morning market as venues, mud from a site as its lorries' matter", () => {
    expect(facts("光明路那家酒吧半夜乐队太吵").objects.has("酒吧")).toBe(true);
    expect(facts("光明路早市天天占道").objects.has("早市")).toBe(true);
    expect(facts("光明路工地的车不冲洗轮子就出来").objects.has("渣土车")).toBe(true);
    expect(facts("光明小区旁边工地每晚十点后还在打混凝土").objects.has("夜间施工")).toBe(true);
    expect(facts("光明路那个坡冰很厚").objects.has("冰雪")).toBe(true);
  });

  it("does not merge a bar's band with the drunks at its door", () => {
    const r = scoreDuplicate(
      report("光明路那家酒吧门口天天有人喝醉了打架", street),
      report("光明路那家酒吧的乐队每晚唱到一点", street),
    );
    expect(r.suggestion).not.toBe("auto_merge");
  });

  it("offers an estate pointed at by its neighbour against the estate by name", () => {
    const a = { category: "sanitation", community: "community.demo", place: "光明小区" };
    const b = { category: "sanitation", community: "community.demo", place: "金桥大厦" };
    const r = scoreDuplicate(
      report("光明小区西门外垃圾箱满了好几天没人清运", a),
      report("金桥大厦旁边那个小区西门外垃圾箱满了好几天没人清运", b),
    );
    expect(r.suggestion).toBe("suggest_merge");
  });
});

describe("a branch grown into a line, two plates", () => {
  it("reads a branch grown into a line as touching it, apart from the tree dying", () => {
    expect(facts("光明路那棵杨树的树枝伸到电线里了").faults.has("碰线")).toBe(true);
    const r = scoreDuplicate(
      report("光明路口那棵杨树枯死了，树皮都掉了", street),
      report("光明路口那棵杨树的树枝伸到电线里了", street),
    );
    expect(r.suggestion).toBe("none");
  });

  it("parts two abandoned cars with different plates", () => {
    const r = scoreDuplicate(
      report("光明小区地下车库一辆白色轿车 车牌京B12C×× 落满灰 半年没动", estateOf("光明小区")),
      report("光明小区地下车库一辆白色轿车 车牌京B7D9×× 停了半年多了", estateOf("光明小区")),
    );
    expect(r.suggestion).toBe("none");
  });
});

function estateOf(place: string) {
  return { category: "traffic", community: "community.demo", place };
}
