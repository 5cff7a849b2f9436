import { describe, expect, it } from "vitest";
import { reportsAt } from "../domain/duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";

/*
 * Words residents use for things the concept table did not read: a lamp that keeps flashing, a
 * compound's own garden lamp, a street lamp told by where it stands, concrete poured at night, a
 * fire lane told as 消防车道, a pothole told as "有坑", a bus shelter, shared bikes by their colour,
 * burning plastic and dust blown everywhere. Wordings are our own, on the made-up 光明路 and 金汇花园.
 */
const when = new Date("2026-12-05T03:00:00Z");
const report = reportsAt(when);
const objects = (t: string) => [...problemConcepts(t).objects];
const faults = (t: string) => [...problemConcepts(t).faults];

describe("lamps", () => {
  // A lamp's light failing is its own fault (不亮), kin of broken (坏), not of a loose pole.
  it("reads a lamp that keeps flashing or goes on and off as its light failing", () => {
    for (const t of ["光明路路灯晚上一直闪", "光明路路灯时亮时灭", "光明路路灯亮一会灭一会"])
      expect(faults(t), t).toContain("不亮");
  });

  it("reads a lamp told by where it stands as a street lamp, not one counted", () => {
    expect(objects("光明路口那盏灯晚上一直闪")).toContain("路灯");
    expect(objects("金汇花园东门外那根灯不亮")).toContain("路灯");
    expect(objects("光明路小路一盏灯都没有")).not.toContain("路灯");
  });

  it("reads a garden lamp as the compound's own, apart from the street lamp", () => {
    expect(objects("金汇花园楼前的庭院灯一闪一闪")).toEqual(["庭院灯"]);
    expect(objects("金汇花园草坪上的景观灯灯罩碎了")).toContain("庭院灯");
    const r = scoreDuplicate(
      report("金汇花园楼前的庭院灯晚上一闪一闪", { category: "property", place: "金汇花园" }),
      report("金汇花园门口马路边那根路灯好几天不亮了", { category: "property", place: "金汇花园" }),
    );
    expect(r.suggestion).toBe("none");
  });

  it("offers a flashing lamp at a junction told two ways, which was kept apart", () => {
    const r = scoreDuplicate(
      report("光明路口那盏灯晚上一直闪，闪得眼花", { category: "municipal", place: "光明路" }),
      report("光明路路口东北角的路灯灯泡发黑，晚上一直闪烁，请派人更换", {
        category: "municipal",
        place: "光明路",
      }),
    );
    expect(r.suggestion).not.toBe("none");
  });
});

describe("a building site and a fire", () => {
  it("reads concrete poured at night as night work, and by day as not", () => {
    expect(objects("光明路工地晚上十一点还在浇混凝土")).toContain("夜间施工");
    expect(objects("光明路工地夜间浇筑混凝土，太吵")).toContain("夜间施工");
    expect(objects("光明路工地今天上午在浇混凝土")).not.toContain("夜间施工");
  });

  it("reads plastic, wire or tyres burnt as burning, and dust blown everywhere as dust", () => {
    expect(objects("光明路空地有一股烧塑料的味道")).toContain("焚烧");
    expect(objects("光明路有人烧电线剥铜")).toContain("焚烧");
    expect(objects("光明路工地土堆没盖，风一吹灰到处都是")).toContain("扬尘");
  });
});

describe("a fire lane, a pothole, a shelter, shared bikes", () => {
  it("reads the words", () => {
    expect(objects("金汇花园消防车道停满了车")).toContain("堆物");
    expect(objects("光明路由西往东左车道有坑")).toContain("路面");
    expect(objects("光明路东行左侧车道坑槽")).toContain("路面");
    expect(objects("光明路站候车棚歪了")).toContain("公交站");
    expect(objects("光明路站出口小黄车小蓝车一大堆")).toContain("非机动车");
  });

  it("does not read a fire engine or a pit dug for planting as a lane or a road surface", () => {
    expect(objects("光明路消防车开过去了")).not.toContain("堆物");
    expect(objects("金汇花园树坑里全是烟头")).not.toContain("路面");
  });
});
