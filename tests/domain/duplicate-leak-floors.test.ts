import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "./duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { leakBetweenFloors } from "../../src/domain/leak-floors.js";

/*
 * One leak told from the two floors it joins: the flat below says water comes through its ceiling,
 * the flat above names its own burst pipe or the neighbour who came up to complain. Different
 * things, often different categories, few shared words: offered, never merged without asking.
 * Another leak of the same stack (two floors apart) or two residents who both only suffer it stay apart.
 */
const when = new Date("2026-12-03T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;
const inBuilding = (text: string, category: string) =>
  report(text, { category, community: "community.demo", place: "光明小区8号楼" });

describe("a leak told from the floor above and the floor below", () => {
  it("offers the flat below's wet ceiling against the flat above's burst pipe, across categories", () => {
    const r = scoreDuplicate(
      inBuilding("光明小区8号楼3单元703，厨房的水管裂开了，水哗哗往外流，阀门拧不动", "water_supply"),
      inBuilding("光明小区8号楼3单元603，卧室天花板一直往下渗水，楼上敲门没人应", "property"),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.LEAK_OTHER_CATEGORY");
    expect(codes(r)).toContain("DUP.LEAK_ACROSS_FLOORS");
  });

  it("offers a resident who says it comes from upstairs against the one upstairs whose neighbour complained", () => {
    const r = scoreDuplicate(
      inBuilding("光明小区8号楼，楼上不知道哪里漏，我家卫生间顶上一直滴", "property"),
      inBuilding(
        "光明小区8号楼，楼下邻居上来说我家漏水，可我家没发现哪里漏，请社区来调解",
        "neighbor_dispute",
      ),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(r.score).toBeLessThan(0.8);
  });

  it("keeps apart a leak two floors up the stack", () => {
    const r = scoreDuplicate(
      inBuilding("光明小区8号楼905家洗衣机的水往楼下漏，我家吊顶湿了", "property"),
      inBuilding("光明小区8号楼705，楼上漏水，墙皮都鼓起来了", "water_supply"),
    );
    expect(r.suggestion).toBe("none");
  });

  it("needs someone to tell of water from above: two residents upstairs are two leaks", () => {
    expect(
      leakBetweenFloors("8号楼楼顶水箱漏了，顺着外墙往下流", "8号楼空调水一直滴到楼下的车上", [], []),
    ).toBe(false);
    expect(leakBetweenFloors("8号楼502暖气片漏水", "8号楼402暖气片也漏水", ["502"], ["402"])).toBe(false);
  });

  it("reads 402天花板 as the ceiling of flat 402, and a gas leak as no water", () => {
    expect(leakBetweenFloors("502暖气片在滴水", "402天花板往下渗水", ["502"], ["402"])).toBe(true);
    expect(leakBetweenFloors("楼上燃气漏气了", "我家漏水到楼下了", [], [])).toBe(false);
  });
});
