import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "../domain/duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { extentsDisagree, ownFlatOnly, wholeBuilding } from "../../src/domain/extent.js";
import { leakBetweenFloors } from "../../src/domain/leak-floors.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";

/*
 * Two causes read off one round's pairs: a fault the resident confines to their own flat (the
 * flats above and below are fine) against one said to cover the whole building; and a leak told
 * from the floor below by other names for the ceiling, or from the floor above by the water said to
 * reach the flat below; an abandoned vehicle told by how long it has stood or by its kind. Wordings are our own, on the made-up 光明小区.
 */
const when = new Date("2026-12-06T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;
const building = { category: "heating", community: "community.demo", place: "光明小区5号楼" };

describe("one flat against the whole building", () => {
  it("keeps a cold flat whose upstairs and downstairs are warm apart from a cold building (a never pair)", () => {
    const r = scoreDuplicate(
      report("光明小区5号楼一整栋暖气都不热，老人孩子都冻着", building),
      report("光明小区5号楼三楼，我们就咱一家暖气不热，楼上楼下都热乎，是不是阀门坏了", building),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_EXTENT");
  });

  it("still merges two residents who both say the whole building is cold", () => {
    const r = scoreDuplicate(
      report("光明小区5号楼整栋暖气不热", building),
      report("光明小区5号楼全楼暖气都不热，家家冰凉", building),
    );
    expect(r.suggestion).not.toBe("none");
    expect(codes(r)).not.toContain("DUP.DIFFERENT_EXTENT");
  });

  it("reads only the flats of one building as neighbours: another building fine is no own flat", () => {
    expect(ownFlatOnly("就我一家没水，对门有水")).toBe(true);
    expect(ownFlatOnly("楼下邻居家都热，就我家冷")).toBe(true);
    expect(ownFlatOnly("隔壁楼有电，我们楼没电")).toBe(false);
    expect(ownFlatOnly("楼上楼下都不热")).toBe(false);
    // 全楼道 is the stairwell, not the building.
    expect(wholeBuilding("全楼道的灯都不亮")).toBe(false);
    expect(wholeBuilding("整栋楼停水了，就我们家有水")).toBe(false);
    expect(extentsDisagree("8号楼整栋停电", "隔壁楼有电，我们8号楼全停了")).toBe(false);
  });
});

describe("a leak told by other words for the ceiling and for the flat below", () => {
  it("offers a dripping 'top' of a bathroom against the flat above whose neighbour came up", () => {
    const r = scoreDuplicate(
      report("光明小区5号楼2单元301卫生间顶上一直往下滴水，好几天了", { ...building, category: "property" }),
      report("光明小区5号楼2单元401，楼下住户找上来说我家漏水，估计是马桶下面的管子", {
        ...building,
        category: "water_supply",
      }),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.LEAK_OTHER_CATEGORY");
  });

  it("reads a ceiling lamp running with water, 顶子 and water reaching the flat below", () => {
    expect(
      leakBetweenFloors("卧室顶灯里往下流水", "我家洗衣机管子爆了，水往外流，楼下肯定遭殃了", [], []),
    ).toBe(true);
    expect(leakBetweenFloors("二楼顶子漏水", "三楼厨房水管裂了，楼下二楼已经渗水了", [], [])).toBe(true);
    expect(leakBetweenFloors("602暖气片呲水了，楼下来敲门了", "502天花板滴水", ["602"], ["502"])).toBe(true);
  });

  it("does not read the top of a cupboard or a roof as a ceiling, nor a plain 顶上渗水 without the flat above speaking", () => {
    expect(leakBetweenFloors("柜子顶上在滴水", "楼上漏水到我家", [], [])).toBe(false);
    expect(leakBetweenFloors("8号楼301厨房水管漏了", "8号楼201卫生间顶上渗水", ["301"], ["201"])).toBe(false);
  });
});

describe("an abandoned vehicle told by how long it has stood, or by its kind", () => {
  const abandoned = (text: string) => problemConcepts(text).objects.has("僵尸车");

  it("reads almost a year, a place between, long unmoved, and a jeep, three-wheeler or motorbike", () => {
    expect(abandoned("光明路有辆白车停了快一年")).toBe(true);
    expect(abandoned("一辆面包车停在光明路边上将近半年了")).toBe(true);
    expect(abandoned("光明小区门口那辆车好久都没挪过")).toBe(true);
    expect(abandoned("光明路口那个废弃吉普")).toBe(true);
    expect(abandoned("光明小区后门有个破三轮车扔着")).toBe(true);
  });

  it("does not read a car parked for a while, or one that stops for a minute", () => {
    expect(abandoned("光明路停了一排车，堵得过不去")).toBe(false);
    expect(abandoned("车停在光明路边上一分钟就被贴条了")).toBe(false);
    expect(abandoned("快递车停在光明小区门口，一天好几趟")).toBe(false);
  });

  it("offers two residents' abandoned van across categories", () => {
    const r = scoreDuplicate(
      report("光明路边有辆蓝色面包车，停在那儿快一年了，车窗碎了", {
        ...building,
        place: "光明路",
        category: "traffic",
      }),
      report("光明路边那辆破面包车，窗户烂了，好久都没挪过", {
        ...building,
        place: "光明路",
        category: "sanitation",
      }),
    );
    expect(r.suggestion).not.toBe("none");
  });
});
