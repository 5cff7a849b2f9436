import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "../domain/duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";
import { farLandmarks } from "../../src/domain/far-from.js";
import { busRoutes, busShift } from "../../src/domain/bus-routes.js";

/*
 * A spot told by its distance from a landmark; buses told by route and by end of the day; and the
 * words residents use for services and businesses (a queue at the windows, a deposit, a flat let
 * to many, a business gone with prepaid money, parents' cars at a school, a stall by what it
 * sells from). Wordings are our own, on the made-up 光明小区, 光明路 and 金桥大厦.
 */
const when = new Date("2026-12-06T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;
const street = { category: "municipal", community: "community.demo", place: "光明路" };
const traffic = { category: "traffic", community: "community.demo", place: "光明路" };

describe("a spot told by its distance from a landmark", () => {
  it("reads the landmark a report measures from, only when it is far", () => {
    expect(farLandmarks("光明路南头路灯不亮，离光明二巷口还有两百多米")).toEqual(["光明二巷"]);
    expect(farLandmarks("距离菜市场大概一公里的地方井盖没了")).toEqual(["菜市场"]);
    expect(farLandmarks("离门口五十米有个坑")).toEqual([]);
  });

  it("parts a report at the landmark from one far from it", () => {
    const r = scoreDuplicate(
      report("光明路光明二巷口那里路灯坏了三盏", street),
      report("光明路南头那段路灯全坏了，离光明二巷口还有一公里", street),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_SPOT");
  });

  it("keeps two reports that both measure from the same landmark", () => {
    const r = scoreDuplicate(
      report("光明路路灯坏了三盏，离光明二巷口还有一公里", street),
      report("光明路离光明二巷口一公里多那段路灯全坏了", street),
    );
    expect(codes(r)).not.toContain("DUP.DIFFERENT_SPOT");
  });
});

describe("buses", () => {
  it("reads route numbers, in digits or characters said of a bus", () => {
    expect(busRoutes("46路今天又没停")).toEqual(["46路"]);
    expect(busRoutes("坐那个二十三路公交")).toEqual(["23路"]);
    expect(busRoutes("一路上都是坑，光明路3号门口")).toEqual([]);
    expect(busShift("首班车老晚点")).toBe("首班");
  });

  it("reads a bus passing its stop in other words as one matter", () => {
    expect(problemConcepts("46路在光明路站直接开过去了").objects.has("甩站")).toBe(true);
    expect(problemConcepts("光明路站46路又甩站").objects.has("甩站")).toBe(true);
  });

  it("parts two routes at one stop, and the first bus from the last", () => {
    const routes = scoreDuplicate(
      report("46路不停光明路站", traffic),
      report("光明路站9路也不靠站", traffic),
    );
    expect(codes(routes)).toContain("DUP.DIFFERENT_PROBLEM");
    const shifts = scoreDuplicate(
      report("46路末班车光明路站提前走了", traffic),
      report("46路首班车到光明路站总晚点", traffic),
    );
    expect(codes(shifts)).toContain("DUP.DIFFERENT_PROBLEM");
  });

  it("brings one route's skipped stop told twice together", () => {
    const r = scoreDuplicate(
      report("46路今天又没停光明路站，司机直接开过去了", traffic),
      report("光明路站46路甩站，等了四十分钟", traffic),
    );
    expect(r.suggestion).not.toBe("none");
  });
});

describe("services and businesses in residents' words", () => {
  const concept = (t: string) => [...problemConcepts(t).objects];
  it("reads a queue by its windows and its hours", () => {
    expect(concept("金桥大厦办事大厅只开一个窗口")).toContain("排队");
    expect(concept("能不能多开个窗口")).toContain("排队");
    expect(concept("在那排了一上午")).toContain("排队");
  });

  it("reads the deposit, the flat let to many, the business gone and parents' cars", () => {
    expect(concept("退房一个月了房东押着押金不给")).toContain("押金");
    expect(concept("楼上那套被二房东隔成八个小间")).toContain("群租");
    expect(concept("光明路那家游泳馆老板联系不上了，卡里还有钱")).toContain("跑路");
    expect(concept("光明小学放学家长的车把马路堵了")).toContain("停车");
    expect(concept("晚上接孩子走那段路黑漆漆的")).not.toContain("停车");
  });

  it("reads a stall by what it sells from, and a wall that shakes as noise", () => {
    expect(concept("光明路口卖烤红薯的三轮车占道")).toContain("摊贩");
    expect(concept("我是光明路口修鞋的，路灯坏了")).not.toContain("摊贩");
    expect(concept("光明路夜里拉土的车一车接一车")).not.toContain("停车");
    expect(concept("楼上半夜蹦迪，墙都在震")).toContain("噪音");
    expect(concept("楼上半夜蹦迪，墙都在震")).not.toContain("墙面");
  });

  it("reads a number denied as not the one reported", () => {
    const r = scoreDuplicate(
      report("光明小区5号楼1单元302群租", { ...street, place: "光明小区" }),
      report("光明小区5号楼2单元302也是群租，不是1单元那个", { ...street, place: "光明小区" }),
    );
    expect(codes(r)).toContain("DUP.DIFFERENT_NUMBER");
  });

  it("keeps the number of a correction", () => {
    const r = scoreDuplicate(
      report("光明小区6号楼电梯困人", { ...street, place: "光明小区" }),
      report("刚才说错了，不是6号楼，是16号楼电梯困人", { ...street, place: "光明小区" }),
    );
    expect(codes(r)).not.toContain("DUP.DIFFERENT_NUMBER");
  });

  it("parts two stalls at a metro mouth and a market gate", () => {
    const r = scoreDuplicate(
      report("光明路地铁口卖油条的三轮车占人行道", street),
      report("光明路菜市场门口卖菜的三轮车把人行道堵了", street),
    );
    expect(r.suggestion).toBe("none");
  });
});
