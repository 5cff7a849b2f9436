import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "./duplicate-report.js";
import { houseNumberTokens, scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";

/*
 * An automatic merge files one resident's report inside someone else's ticket, so it needs the
 * evidence to agree, not only a high score: another pole's or cover's code, another shop, another
 * end of the street keep two reports apart; a report that adds a thing and names nothing wrong with
 * the shared one, or finer places that cannot be matched, are only offered to the centre.
 */
const when = new Date("2026-11-27T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;

describe("codes, shops and ends of a street", () => {
  it("keeps two street lights with different pole codes apart", () => {
    const r = scoreDuplicate(
      report("光明路路灯灭了，灯杆上贴着GM-104"),
      report("光明路路灯不亮，灯杆编号GM-212"),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_SPOT");
  });

  it("merges two reports giving one pole code written two ways", () => {
    const r = scoreDuplicate(
      report("光明路路灯灭了，灯杆上贴着GM-104"),
      report("光明路路灯不亮，灯杆编号gm104"),
    );
    expect(r.suggestion).toBe("auto_merge");
  });

  it("keeps complaints about two shops of one street apart", () => {
    const smoke = scoreDuplicate(
      report("光明路那家面馆油烟太呛，熏得开不了窗", { category: "pollution" }),
      report("光明路那家烧饼铺油烟太呛，熏得开不了窗", { category: "pollution" }),
    );
    expect(smoke.suggestion).toBe("none");
    expect(codes(smoke)).toContain("DUP.DIFFERENT_SHOP");
    const food = scoreDuplicate(
      report("光明路那家超市卖过期面包", { category: "market" }),
      report("光明路那家药店卖过期药", { category: "market" }),
    );
    expect(food.suggestion).toBe("none");
  });

  it("does not read a shopkeeper's own shop as a shop the other report must name", () => {
    const r = scoreDuplicate(report("我在光明路开店，门口的路灯不亮"), report("光明路那家鞋店门口路灯坏了"));
    expect(codes(r)).not.toContain("DUP.DIFFERENT_SHOP");
    expect(r.suggestion).not.toBe("none");
  });

  it("keeps the two ends of a street apart", () => {
    const r = scoreDuplicate(report("光明路东头路灯不亮"), report("光明路西头路灯不亮"));
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_SPOT");
  });
});

describe("an automatic merge needs the evidence to agree", () => {
  const inLift = { category: "property", place: "金桥小区2号楼" };

  it("only offers a report that adds another thing and says nothing wrong with the shared one", () => {
    const r = scoreDuplicate(
      report("金桥小区2号楼电梯按钮失灵", inLift),
      report("金桥小区2号楼电梯里有人吸烟", inLift),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(r.score).toBeLessThan(0.8);
    expect(codes(r).at(-1)).toBe("DUP.HELD_OTHER_THING");
  });

  it("offers, and does not merge, a report that adds another thing even with the same fault", () => {
    // The bicycle is only context here, but one shared thing is not one problem: a person decides.
    const r = scoreDuplicate(report("光明路路灯不亮"), report("光明路路灯坏了，晚上骑自行车看不见"));
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r).at(-1)).toBe("DUP.HELD_OTHER_THING");
  });

  it("only offers two reports whose finer places cannot be matched", () => {
    const r = scoreDuplicate(report("光明路邮局门口的井盖松了"), report("光明路北段的井盖松了"));
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r).at(-1)).toBe("DUP.HELD_OTHER_SPOT");
  });

  it("merges two reports naming the same landmark", () => {
    const r = scoreDuplicate(report("光明路邮局门口井盖松了"), report("光明路邮局门口那个井盖晃荡，松动了"));
    expect(r.suggestion).toBe("auto_merge");
  });
});

describe("flats and places", () => {
  const flat = { category: "property", place: "金桥小区5号楼" };

  it("only offers two leaks told from different flats", () => {
    const r = scoreDuplicate(
      report("金桥小区5号楼301楼上漏水，天花板往下滴", flat),
      report("金桥小区5号楼602楼上漏水，天花板往下滴", flat),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r).at(-1)).toBe("DUP.HELD_OTHER_FLAT");
  });

  it("merges residents of different flats about the lift they share", () => {
    const r = scoreDuplicate(
      report("金桥小区5号楼电梯坏了，我住301", flat),
      report("金桥小区5号楼电梯坏了，我家602", flat),
    );
    expect(r.suggestion).toBe("auto_merge");
  });

  it("only offers two alike reports when neither names its place, unless the words are the same", () => {
    const r = scoreDuplicate(
      report("光明路的路灯坏了好几天了", { place: null }),
      report("光明路路灯坏了好几天", { place: null }),
    );
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r).at(-1)).toBe("DUP.HELD_NO_PLACE");
    const twice = scoreDuplicate(
      report("光明路路灯坏了好几天了", { place: null }),
      report("光明路路灯坏了好几天了", { place: null }),
    );
    expect(twice.suggestion).toBe("auto_merge");
  });
});

describe("things and faults that looked alike", () => {
  it("tells a gas meter from the gas supply", () => {
    const r = scoreDuplicate(
      report("金桥小区3号楼天然气没气了", { category: "gas_supply", place: "金桥小区3号楼" }),
      report("金桥小区3号楼天然气表数字乱跳", { category: "gas_supply", place: "金桥小区3号楼" }),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_PROBLEM");
  });

  it("tells drivers running the red light from a broken signal", () => {
    const r = scoreDuplicate(
      report("光明路口的信号灯坏了", { category: "traffic" }),
      report("光明路口总有人闯红灯", { category: "traffic" }),
    );
    expect(r.suggestion).toBe("none");
  });

  it("tells a light left on by day from one that is out at night", () => {
    const r = scoreDuplicate(report("光明路路灯大白天还亮着"), report("光明路路灯晚上不亮"));
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_FAULT");
  });

  it("tells a dog that bites from a dog that barks", () => {
    const r = scoreDuplicate(
      report("金桥小区有条流浪狗追着咬人", { category: "public_order", place: "金桥小区" }),
      report("金桥小区楼上的狗整夜乱叫", { category: "public_order", place: "金桥小区" }),
    );
    expect(r.suggestion).toBe("none");
    expect(codes(r)).toContain("DUP.DIFFERENT_FAULT");
  });

  it("reads a compound's wall as masonry, not as a site hoarding", () => {
    expect(problemConcepts("金桥小区围墙裂了一道缝").objects).toEqual(new Set(["墙面"]));
    const walls = scoreDuplicate(
      report("金桥小区围墙裂了一道缝", { place: "金桥小区" }),
      report("金桥小区院墙有裂缝", { place: "金桥小区" }),
    );
    expect(walls.suggestion).toBe("auto_merge");
    const hoarding = scoreDuplicate(
      report("金桥小区围墙裂了一道缝", { place: "金桥小区" }),
      report("金桥小区门口施工围挡占了人行道", { place: "金桥小区" }),
    );
    expect(hoarding.suggestion).toBe("none");
  });

  it("reads a manhole overflowing as the sewer", () => {
    const r = scoreDuplicate(report("光明路窨井往外冒黑水"), report("光明路下水道堵了往外冒污水"));
    expect(r.suggestion).toBe("auto_merge");
  });

  it("reads 8#楼 as building 8", () => {
    expect(houseNumberTokens("金桥小区8#楼停电", "")).toEqual(["8号楼", "号楼"]);
    const r = scoreDuplicate(
      report("金桥小区8#楼停电了", { category: "power_supply", place: "金桥小区" }),
      report("金桥小区6号楼停电了", { category: "power_supply", place: "金桥小区" }),
    );
    expect(codes(r)).toContain("DUP.DIFFERENT_NUMBER");
  });
});
