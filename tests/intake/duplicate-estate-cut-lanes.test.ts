import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "../domain/duplicate-report.js";
import { houseNumberTokens, scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { estateWideCut } from "../../src/domain/extent.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";

/*
 * Two causes read off one round's pairs: residents of two buildings telling of one cut that covers
 * their whole estate (the building each names is where they live, not where the fault is); and
 * two potholes of one road told by lanes the lane reader did not know (the kerb's lane, the inner
 * fast lane). Wordings are our own, on the made-up 光明小区 and 光明路.
 */
const when = new Date("2026-12-06T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;
const estate = { category: "water_supply", community: "community.demo", place: "光明小区" };
const road = { category: "municipal", community: "community.demo", place: "光明路" };

describe("one estate-wide cut told from two buildings", () => {
  it("does not part two residents of two buildings who both say the whole estate has no water", () => {
    const r = scoreDuplicate(
      report("光明小区5号楼没水了，问了邻居，整个小区都没水", estate),
      report("光明小区12栋从中午就停水，听物业说全小区都停了", estate),
    );
    expect(r.suggestion).not.toBe("none");
    expect(codes(r)).not.toContain("DUP.DIFFERENT_NUMBER");
  });

  it("reads the estate's word, not a building's whole, and only with a supply cut", () => {
    expect(estateWideCut("整个小区都停电了，我住3号楼")).toBe(true);
    expect(estateWideCut("光明公寓B座也没水，整个公寓停水了")).toBe(true);
    // One building's whole is that building's problem.
    expect(estateWideCut("8号楼全部停水了")).toBe(false);
    // The estate named without a cut: the building stays a place.
    expect(estateWideCut("整个小区就3号楼电梯老坏")).toBe(false);
    expect(houseNumberTokens("整个小区都停电了", "我住3号楼")).toEqual([]);
    expect(houseNumberTokens("3号楼电梯坏了", "整个小区都知道")).toEqual(["3号楼", "号楼"]);
  });

  it("still parts one building's cut from another's when neither speaks of the estate", () => {
    const r = scoreDuplicate(report("光明小区5号楼停水了", estate), report("光明小区12号楼停水了", estate));
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_NUMBER");
  });
});

describe("lanes told by the kerb and by the fast lane", () => {
  it("parts a pothole in the kerb-side lane from one in the inner fast lane", () => {
    const r = scoreDuplicate(
      report("光明路光明小区东门往北，靠边那条道上有个大坑", road),
      report("光明路光明小区东门附近内侧快车道有一处坑洼，车开过去颠得厉害", road),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_SPOT");
  });

  it("does not read parking at the kerb as a lane", () => {
    const r = scoreDuplicate(
      report("光明路光明小区东门外内侧车道有个坑", road),
      report("光明路光明小区东门外有个坑，我靠边停车的时候看见的", road),
    );
    expect(codes(r)).not.toContain("DUP.DIFFERENT_SPOT");
  });
});

describe("a bus stop moved, told by a rider and by a shopkeeper", () => {
  const at = { community: "community.demo", place: "光明路" };
  it("offers a rider's stop moved against the shop that lost it, across categories", () => {
    const r = scoreDuplicate(
      report("光明路光明小区那站往北挪了，现在要多走五分钟", { ...at, category: "traffic" }),
      report("我在光明路开水果店，门口的公交站牌搬走了，天天有人来问车站去哪了", {
        ...at,
        category: "municipal",
      }),
    );
    expect(r.suggestion).not.toBe("none");
  });

  it("reads a stop by its name alone, but not a metro or petrol station", () => {
    expect([...problemConcepts("光明小区站被挪到路口去了").objects]).toContain("公交站");
    expect([...problemConcepts("光明小区站被挪到路口去了").faults]).toContain("迁移");
    expect([...problemConcepts("地铁站搬迁施工围挡").faults]).not.toContain("迁移");
    expect([...problemConcepts("加油站往东挪了").objects]).not.toContain("公交站");
    // A stop that did not move ("没挪") is no moved stop.
    expect([...problemConcepts("公交站牌一直没挪，挡着路").faults]).not.toContain("迁移");
  });

  it("keeps a moved stop apart from too few buses on the route", () => {
    const r = scoreDuplicate(
      report("光明路光明小区站往北挪了", { ...at, category: "traffic" }),
      report("光明路的8路车太少了，等半小时不来一辆", { ...at, category: "traffic" }),
    );
    expect(r.suggestion).toBe("none");
  });
});
