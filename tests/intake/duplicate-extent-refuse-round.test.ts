import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "../domain/duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { extentsDisagree, neighboursFine, wholeArea } from "../../src/domain/extent.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";

/*
 * Three causes read off the duplicate pairs of one round: a fault its reporter confines to one
 * building against one said to cover the whole estate; the refuse round's noise folded into refuse
 * left lying; a roof that lets the rain in not read as a leak. Wordings are our own, on the made-up
 * 光明小区.
 */
const when = new Date("2026-12-05T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;
const estate = { category: "power_supply", place: "光明小区" };

describe("how far a fault reaches", () => {
  it("keeps one building's outage, its neighbours lit, apart from the whole estate's (a never pair)", () => {
    const r = scoreDuplicate(
      report("光明小区6号楼突然没电了，对面5号楼和7号楼都有电", { ...estate, place: "光明小区6号楼" }),
      report("光明小区全小区都停电了", estate),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_EXTENT");
  });

  it("keeps a cold flat whose neighbours are warm apart from a cold estate (a never pair)", () => {
    const heating = { category: "heating", place: "光明小区" };
    const r = scoreDuplicate(
      report("光明小区整个小区暖气都不热", heating),
      report("光明小区3号楼1202家里暖气冰凉，隔壁邻居家正常", { ...heating, place: "光明小区3号楼" }),
    );
    expect(r.suggestion).toBe("none");
  });

  it("still merges two reports of the estate's outage, one of them asking the neighbours", () => {
    const r = scoreDuplicate(
      report("光明小区停电了，问了邻居，别的楼也都没有电", estate),
      report("光明小区全小区停电，电梯也停了", estate),
    );
    expect(codes(r)).not.toContain("DUP.DIFFERENT_EXTENT");
    expect(r.suggestion).not.toBe("none");
  });

  it("reads neighbours fine and the whole estate only where the words say so", () => {
    expect(neighboursFine("其他楼也没有电")).toBe(false);
    expect(neighboursFine("别的小区都热了，就我们小区还凉")).toBe(false);
    expect(neighboursFine("旁边单元亮着灯")).toBe(true);
    expect(wholeArea("光明小区一大片都停电了")).toBe(true);
    // "全部" after a building is that building's whole, not the estate's.
    expect(wholeArea("光明小区9号楼全部停电")).toBe(false);
    // Both confined to one building: the same building's fault, told twice.
    expect(extentsDisagree("光明小区2号楼整栋不热，其他楼正常", "光明小区2号楼暖气不热，别的楼好好的")).toBe(
      false,
    );
  });
});

describe("the refuse round's noise", () => {
  it("reads a refuse truck loading at dawn as noise of the collection, not as refuse", () => {
    expect([...problemConcepts("光明路环卫车天不亮就来装车，声音太大").objects]).not.toContain("垃圾");
    expect([...problemConcepts("光明路环卫车凌晨装车轰隆隆的").objects]).toEqual(["清运噪音"]);
  });

  it("keeps refuse dumped by a shop apart from the truck's noise on one street (a never pair)", () => {
    const r = scoreDuplicate(
      report("光明路饭店把垃圾袋扔在人行道上", { category: "sanitation" }),
      report("光明路收垃圾的车每天凌晨来，环卫车轰隆隆的吵死了", { category: "sanitation" }),
    );
    expect(r.suggestion).toBe("none");
  });

  it("still merges refuse left lying with the truck that did not come", () => {
    const r = scoreDuplicate(
      report("光明路菜场门口垃圾好几天没人收了", { category: "sanitation" }),
      report("光明路菜场门口垃圾堆满了，清运车一直没来", { category: "sanitation" }),
    );
    expect(r.suggestion).not.toBe("none");
  });
});

describe("rain coming through a roof", () => {
  it("reads 漏雨 as a leak", () => {
    expect([...problemConcepts("光明小区4号楼楼顶漏雨").faults]).toContain("漏水");
  });

  it("holds a missing shelter against a shelter that leaks (a never pair)", () => {
    const r = scoreDuplicate(
      report("光明路邮局站没有候车亭", { category: "traffic" }),
      report("光明路邮局站候车亭漏雨", { category: "traffic" }),
    );
    expect(r.suggestion).not.toBe("auto_merge");
  });
});
