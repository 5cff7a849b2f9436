import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "./duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";

/*
 * What the wrong automatic merges of four pair sets lacked: agreement on which occurrence (a report
 * of the thing gone wrong again after a repair, or praise for the repair, against a plain report),
 * which item (the 2号 lift or the 4号, the front gate or the back one, the start of the street or
 * its far end) and which shop (a Sichuan or a Hunan restaurant). Such pairs are offered to the
 * centre, not merged; the same item, the same shop, or both reports telling of the same earlier
 * repair still merge.
 */
const when = new Date("2026-11-27T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;

describe("which occurrence: a report of earlier work on the problem", () => {
  it("offers, and does not merge, a report that the thing went wrong again after a repair", () => {
    const r = scoreDuplicate(
      report("光明小区3号楼电梯坏了，困住人了", { place: "光明小区3号楼", category: "property" }),
      report("光明小区3号楼电梯前天刚修好，今天又坏了，又困住人了", {
        place: "光明小区3号楼",
        category: "property",
      }),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.HELD_FOLLOW_UP");
  });

  it("offers a drain blocked again after it was cleared, and praise against a complaint", () => {
    const drain = scoreDuplicate(
      report("光明路路口下水道堵了，污水冒出来"),
      report("光明路路口下水道前几天疏通过，今天又堵了，污水冒出来"),
    );
    expect(drain.suggestion).toBe("suggest_merge");
    expect(codes(drain)).toContain("DUP.HELD_FOLLOW_UP");
    const praise = scoreDuplicate(
      report("光明路新换的路灯很亮，晚上走路安心多了"),
      report("光明路新换的路灯太亮了，照得睡不着"),
    );
    expect(praise.suggestion).not.toBe("auto_merge");
  });

  it("still merges two reports that the thing is down again when neither tells of a repair", () => {
    const r = scoreDuplicate(
      report("光明小区3号楼电梯又不动了", { place: "光明小区3号楼", category: "property" }),
      report("光明小区三号楼的电梯又坏了，老人下不了楼", { place: "光明小区3号楼", category: "property" }),
    );
    expect(r.suggestion).toBe("auto_merge");
  });

  it("does not read a request for a repair or thanks closing a complaint as a follow-up", () => {
    const place = { place: "光明小区3号楼", category: "property" };
    const r = scoreDuplicate(
      report("光明小区3号楼电梯坏了，困住人了", place),
      report("光明小区3号楼电梯坏了，困住人了，请物业尽快修好，感谢！", place),
    );
    expect(r.suggestion).toBe("auto_merge");
    expect(codes(r)).not.toContain("DUP.HELD_FOLLOW_UP");
  });

  it("merges two reports that both tell of the same earlier repair", () => {
    const r = scoreDuplicate(
      report("光明路的井盖上周刚换了新的，今天又被压碎了"),
      report("光明路井盖上礼拜刚换了新的，又被大车压碎了"),
    );
    expect(r.suggestion).toBe("auto_merge");
  });
});

describe("which item: numbered things, gates, stretches of a street", () => {
  // Held until a round whose never pairs named the lifts of one stairwell by number: two numbers
  // are two machines, parted like two building numbers (`liftsOf`).
  it("parts two lifts of one compound with different numbers", () => {
    const place = { place: "光明小区", category: "property" };
    const r = scoreDuplicate(
      report("光明小区西区3号电梯停了", place),
      report("光明小区西区5号电梯停了", place),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_SPOT");
    const same = scoreDuplicate(
      report("光明小区西区3号电梯停了", place),
      report("光明小区西区三号电梯停了", place),
    );
    expect(same.suggestion).toBe("auto_merge");
  });

  it("offers the front gate's and the back gate's barrier, and merges the front gate told two ways", () => {
    const place = { place: "光明小区" };
    const r = scoreDuplicate(
      report("光明小区正门的道闸坏了，杆抬不起来", place),
      report("光明小区后门的道闸坏了，杆一直抬着", place),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.HELD_OTHER_SPOT");
    const same = scoreDuplicate(
      report("光明小区正门的道闸坏了，杆抬不起来", place),
      report("光明小区前门道闸坏了，抬不起来", place),
    );
    expect(same.suggestion).toBe("auto_merge");
  });

  it("does not place a report at a gate the resident says is fine", () => {
    const place = { place: "光明小区", category: "property" };
    const r = scoreDuplicate(
      report("光明小区侧门的门禁刷不开了，正门好的", place),
      report("光明小区正门门禁坏了，刷不开", place),
    );
    expect(r.suggestion).not.toBe("auto_merge");
    expect(codes(r)).toContain("DUP.HELD_OTHER_SPOT");
  });

  it("offers the start and the far end of one street", () => {
    const r = scoreDuplicate(report("光明路起点那个红绿灯坏了"), report("光明路尽头的红绿灯坏了"), {});
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.HELD_OTHER_SPOT");
  });

  it("does not read a date or a building as an item's number", () => {
    const r = scoreDuplicate(
      report("光明小区3号楼电梯坏了，今天都5号了还不能用", { place: "光明小区3号楼", category: "property" }),
      report("光明小区3号楼的电梯坏了，3号到现在一直不能用", {
        place: "光明小区3号楼",
        category: "property",
      }),
    );
    expect(r.suggestion).toBe("auto_merge");
  });
});

describe("which shop: the part of the name that sets it apart", () => {
  it("keeps a Sichuan and a Hunan restaurant of one street apart", () => {
    const r = scoreDuplicate(
      report("光明路那家川菜馆油烟直接往楼上排", { category: "pollution" }),
      report("光明路湘菜馆的油烟太大，熏到住户", { category: "pollution" }),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_SHOP");
  });

  it("keeps two named supermarkets apart, though the street's name runs into the first", () => {
    const r = scoreDuplicate(
      report("东巷路红星超市卖过期牛奶", { category: "market", place: "东巷路" }),
      report("东巷路好邻居超市的面包过期了还在卖", { category: "market", place: "东巷路" }),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_SHOP");
  });

  it("merges one restaurant, and does not part a foot spa told as 足疗 and 足浴", () => {
    const same = scoreDuplicate(
      report("光明路那家川菜馆油烟直接往楼上排", { category: "pollution" }),
      report("光明路川菜馆的油烟太大，熏到住户", { category: "pollution" }),
    );
    expect(same.suggestion).toBe("auto_merge");
    const spa = scoreDuplicate(
      report("光明路那家足疗店门口的音响天天响", { category: "noise" }),
      report("光明路足浴店门口大喇叭整天响", { category: "noise" }),
    );
    expect(codes(spa)).not.toContain("DUP.DIFFERENT_SHOP");
  });
});
