import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "./duplicate-report.js";
import { holdWithoutCommunity, sameBusinessNamed, scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { canonicalWords, problemConcepts } from "../../src/domain/problem-concepts.js";
import { burstPipeAndWater } from "../../src/domain/water-main.js";
import { oneSourceSensed } from "../../src/domain/remote-source.js";

/*
 * Forty-seventh duplicates round: a business named by its own name in a report with no place, a
 * tower's lifts split by the floors they serve, a fire seen from two streets, one power cut told by
 * two compounds of one name, a person fallen in the street. My own sentences on 光明路 / 光明小区 /
 * 长青花园 / 长青一区 / 长青二区.
 */
const report = reportsAt(new Date("2026-12-01T03:00:00Z"));
const PLACES = ["光明路", "光明小区", "长青花园", "长青家园", "长青一区", "长青二区", "长青路", "东环路"];

describe("a business named by its own name", () => {
  it("ties a report with no place to one that names the street and the same shop", () => {
    expect(sameBusinessNamed("金满楼酒家门口的井盖没了", "光明路金满楼酒家门前井盖丢了")).toBe(true);
    expect(sameBusinessNamed("顺发汽修店天天在路边喷漆", "光明路顺发汽修门口喷漆味道大")).toBe(true);
    expect(sameBusinessNamed("「百草堂」药房门口台阶塌了", "光明路百草堂药房门前台阶塌了")).toBe(true);
  });

  it("does not tie a kind of business alone, a place word, or two shops of one kind", () => {
    expect(sameBusinessNamed("那家烧烤店太吵", "光明路那家烧烤店油烟大")).toBe(false);
    expect(sameBusinessNamed("楼下水果店缺斤少两", "光明小区楼下水果店秤不准")).toBe(false);
    expect(sameBusinessNamed("金满楼酒家门口", "银满楼酒家门口")).toBe(false);
    expect(sameBusinessNamed("顺发汽修店门口", "光明汽修店门口")).toBe(false);
  });

  it("offers the pair the shop joins, and still drops one that shares nothing", () => {
    const a = report("金满楼酒家门口的井盖没了，晚上很危险", { community: null, place: null });
    const b = report("光明路金满楼酒家门前的井盖丢了，很危险");
    const scored = scoreDuplicate(b, a);
    expect(scored.suggestion).not.toBe("none");
    const held = holdWithoutCommunity(scored, b, a);
    expect(held.suggestion).toBe("suggest_merge");
    const c = report("聚福楼饭店门口的井盖没了，晚上很危险", { community: null, place: null });
    expect(holdWithoutCommunity(scoreDuplicate(b, c), b, c).suggestion).toBe("none");
  });
});

describe("a tower's lifts by the floors they serve", () => {
  it("parts the low-zone lift from the high-zone lift of one block", () => {
    const a = report("光明大厦B座低区电梯停了，一楼到十二楼那部", {
      category: "property",
      place: "光明大厦",
    });
    const b = report("光明大厦B座高区电梯停了，上不去二十层", { category: "property", place: "光明大厦" });
    const r = scoreDuplicate(a, b);
    expect(r.suggestion).toBe("none");
    expect(reasonCodes(r).at(-1)).toBe("DUP.DIFFERENT_SPOT");
  });

  it("keeps one high-zone lift told twice", () => {
    const a = report("光明大厦B座高区电梯停了", { category: "property", place: "光明大厦" });
    const b = report("光明大厦B座高区的电梯坏了，停在十八楼不动", {
      category: "property",
      place: "光明大厦",
    });
    expect(scoreDuplicate(a, b).suggestion).not.toBe("none");
  });
});

describe("a fire seen from two streets", () => {
  it("puts the fire at the place both name, wherever each caller stood", () => {
    expect(
      oneSourceSensed(
        "我在光明路上，往长青花园那边看，浓烟滚滚，像是着火了",
        "东环路这边看见长青花园里面起火了，火苗老高",
        ["光明", "长青", "东环"],
      ),
    ).toBe("长青");
  });

  it("does not join two fires at two places, nor a smell at a named place", () => {
    expect(
      oneSourceSensed("光明小区车棚着火了", "长青花园楼道里电动车起火了", ["光明", "长青", "东环"]),
    ).toBeNull();
    expect(
      oneSourceSensed("光明路上闻到长青花园那边的臭味", "东环路长青花园垃圾站好臭", ["光明", "长青", "东环"]),
    ).toBeNull();
  });

  it("offers such a pair through the place gate, never merges it", () => {
    const a = report("我在光明路上，往长青花园那边看，冒黑烟，好像是着火了", { category: "property" });
    const b = report("东环路这边看到长青花园里面起火了，黑烟很大", { category: "property", place: "东环路" });
    const r = scoreDuplicate(a, b, { places: PLACES });
    expect(reasonCodes(r)).not.toContain("DUP.DIFFERENT_PLACE");
    expect(r.suggestion).not.toBe("auto_merge");
  });
});

describe("one power cut told by two compounds of one name", () => {
  it("offers the pair when one report says the other's compound is out too", () => {
    const a = report("长青一区整个小区停电了，刚才听到一声响", {
      category: "power_supply",
      place: "长青一区",
    });
    const b = report("长青二区没电了，隔壁一区好像也停了", { category: "power_supply", place: "长青二区" });
    const r = scoreDuplicate(a, b, { places: PLACES });
    expect(reasonCodes(r)).not.toContain("DUP.DIFFERENT_PLACE");
    expect(r.suggestion).toBe("suggest_merge");
  });

  it("leaves apart two compounds that each report their own cut", () => {
    const a = report("长青一区停电了", { category: "power_supply", place: "长青一区" });
    const b = report("长青二区停电了，什么时候来电", { category: "power_supply", place: "长青二区" });
    expect(scoreDuplicate(a, b, { places: PLACES }).suggestion).toBe("none");
    const c = report("光明路整条街停电了，也没人通知", { category: "power_supply", place: "光明路" });
    const d = report("东环路停电了", { category: "power_supply", place: "东环路" });
    expect(scoreDuplicate(c, d, { places: PLACES }).suggestion).toBe("none");
  });

  it("reads a trip of the supply as a power cut", () => {
    expect(problemConcepts("跟隔壁楼同一时间跳的电").objects.has("供电")).toBe(true);
  });
});

describe("a person fallen in the street", () => {
  it("reads a fall told as fallen, lying on the ground or hurt", () => {
    for (const t of ["光明路口有个老人摔倒了", "光明路口一个大妈倒在地上起不来", "有个老头摔伤了"])
      expect(problemConcepts(t).objects.has("倒地")).toBe(true);
  });

  it("does not read a fall told with the fault that made it, nor a resident's own slip", () => {
    expect(problemConcepts("光明路路灯不亮，晚上有人摔倒").objects.has("倒地")).toBe(false);
    expect(problemConcepts("路面全是冰，好几个人摔倒了").objects.has("倒地")).toBe(false);
    expect(problemConcepts("楼道黑，我下楼摔了一跤").objects.has("倒地")).toBe(false);
  });

  it("joins two reports of one old man fallen, filed under two categories", () => {
    const a = report("光明小区北门外有个老人摔倒了，已经打了120", { category: "health", place: "光明小区" });
    const b = report("光明小区北门口一个老大爷倒在地上，围了好多人", {
      category: "public_order",
      place: "光明小区",
    });
    expect(scoreDuplicate(a, b).suggestion).not.toBe("none");
  });

  it("parts a fall from a stall at the same spot, and a child from an old man", () => {
    const a = report("光明路口人行道上有人摆摊卖菜", { category: "municipal" });
    const b = report("光明路口人行道上有人摔倒了", { category: "municipal" });
    expect(scoreDuplicate(a, b).suggestion).toBe("none");
    const c = report("光明路口有个小孩摔倒了", { category: "health" });
    const d = report("光明路口有个老太太摔倒了", { category: "health" });
    expect(reasonCodes(scoreDuplicate(c, d)).at(-1)).toBe("DUP.DIFFERENT_PROBLEM");
  });
});

describe("a jam told at its two ends", () => {
  it("writes the crash and the queue behind it in one word each", () => {
    expect(canonicalWords("前面两辆车追尾了")).toContain("车祸");
    expect(canonicalWords("光明路口剐蹭了")).toContain("车祸");
    expect(canonicalWords("光明路堵死了，后面排了老长")).toBe("光明路堵车了,后面堵车");
  });
});

describe("a basement's lowest floor and a hydrant spraying", () => {
  it("links a flooded lower ground floor with a burst pipe, and a garage with a hydrant spraying", () => {
    expect(burstPipeAndWater("光明大厦地下一层进水了", "光明路上水管爆了，水往大厦车库里流")).toBe(true);
    expect(burstPipeAndWater("长青花园地下车库进水了", "长青花园门口消防栓被撞了，水柱一米多高")).toBe(true);
  });

  it("does not link a flooded basement with rain or sewage", () => {
    expect(burstPipeAndWater("光明大厦地下一层进水了", "下大雨了，光明路上水管那边全是水")).toBe(false);
  });
});

describe("the internet gone and the line cut", () => {
  it("reads the service a cut line carries, told by those who lost it", () => {
    expect(problemConcepts("光明路好几家店网断了").objects.has("网络")).toBe(true);
    expect(problemConcepts("挖掘机把光缆挖断了，宽带都没了").objects.has("网络")).toBe(true);
    expect(problemConcepts("宽带线垂下来了").objects.has("网络")).toBe(false);
  });
});
