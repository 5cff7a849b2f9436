import { beforeAll, describe, expect, it } from "vitest";
import { PlaceResolver } from "../../src/intake/place-resolver.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";

/** A deployment of its own, with our own names: 乙 and 丙 (streets 柏林路, 枫桥街), and 甲 (金桥小区) if asked. */
async function ownDeployment(withJinqiao: boolean): Promise<PlaceResolver> {
  const j = (await loadDomainConfig("config")).jurisdiction;
  const community = j.units.find((u) => u.level === "community")!;
  const unit = (id: string, name: string, places: string[]) => ({
    ...community,
    id,
    name,
    places,
    streets: {},
  });
  return new PlaceResolver({
    ...j,
    units: [
      ...(withJinqiao ? [unit("community.a", "甲社区", ["金桥小区", "金桥路"])] : []),
      unit("community.b", "乙社区", ["乙小区", "柏林路"]),
      unit("community.c", "丙社区", ["长荣大厦", "枫桥街"]),
    ],
  });
}

/*
 * An estate called by its name without 小区 ("双塔2号楼", "双塔东门"): read as the estate only when a
 * part of it follows (a building, a flat, a gate, a side), since a bare two-character name may be a
 * common word or a landmark of the same name. A deployment of its own, with our own names.
 */
describe("an estate's name said without 小区", () => {
  let own: PlaceResolver;
  beforeAll(async () => {
    own = await ownDeployment(true);
  });

  it("is read before a building, a flat or a gate of the estate", () => {
    expect(own.resolve("金桥3号楼电梯停了")).toMatchObject({ community: "community.a", method: "exact" });
    expect(own.resolve("金桥12栋门口的灯坏了")?.community).toBe("community.a");
    expect(own.resolve("金桥东门外面垃圾没人收")?.community).toBe("community.a");
    expect(own.resolve("金桥北门那棵树倒了")?.community).toBe("community.a");
  });

  it("is not read alone, nor before a word that is not a part of the estate", () => {
    expect(own.resolve("金桥那边下水道堵了")).toBeNull();
    expect(own.resolve("金桥公园的厕所没人打扫")).toBeNull();
    expect(own.resolve("金桥的，电梯又坏了")).toBeNull();
  });

  it("leaves a listed name and a street whole", () => {
    expect(own.resolve("金桥路3号门口有个坑")).toMatchObject({ community: "community.a", place: "金桥路" });
    expect(own.resolve("金桥小区3号楼停水")).toMatchObject({ community: "community.a", place: "金桥小区" });
  });

  it("does not cut a one-character name or the community's own name", () => {
    // 乙小区 has a one-character core; 金桥 is not the community's short name here, 甲 / 乙 are.
    expect(own.resolve("乙3号楼停电")).toBeNull();
  });

  it("masks the bare name only where it is read as the estate", () => {
    expect(own.mask("金桥3号楼电梯停了")).toBe("，3号楼电梯停了");
    expect(own.mask("金桥公园的厕所")).toBe("金桥公园的厕所");
  });

  it("reads a tower named without 大厦 before a part of it, as an estate without 小区", () => {
    expect(own.resolve("长荣东门口地面塌了")).toMatchObject({ community: "community.c", place: "长荣" });
    expect(own.resolve("长荣二期工地夜里还在浇混凝土")?.community).toBe("community.c");
    expect(own.resolve("长荣后墙被人喷了字")?.community).toBe("community.c");
    expect(own.resolve("长荣楼顶的广告牌在晃")?.community).toBe("community.c");
    expect(own.resolve("长荣那边新开了家店")).toBeNull();
    expect(own.resolve("长荣大厦门口有个坑")).toMatchObject({ community: "community.c", place: "长荣大厦" });
  });
});

/*
 * A village or strip named after what a street is named for, with a quarter ("金桥东村" by 金桥路, "枫桥北边那个
 * 村子" by 枫桥街): the street's community. Our own names, in a deployment of its own.
 */
describe("a street's namesake with a quarter", () => {
  let own: PlaceResolver;
  beforeAll(async () => {
    own = await ownDeployment(false);
  });

  it("reads the stem before 东/西/南/北 and 村/边/侧/头/片 as the street's community", () => {
    expect(own.resolve("枫桥东村的路灯坏了一个月")?.community).toBe("community.c");
    expect(own.resolve("那个枫桥北边那个村子有人烧垃圾")?.community).toBe("community.c");
    expect(own.resolve("柏林西侧的菜地被倒了建筑垃圾")?.community).toBe("community.b");
  });

  it("does not read the stem alone or before another word, and leaves the street whole", () => {
    expect(own.resolve("枫桥那边下水道堵了")).toBeNull();
    expect(own.resolve("柏林墙纪念展什么时候开")).toBeNull();
    expect(own.resolve("枫桥街北村的电线乱拉")).toMatchObject({ community: "community.c", place: "枫桥街" });
  });

  it("keeps the stem out of the segmenter's names and the danger mask", () => {
    expect(own.names).not.toContain("枫桥");
    expect(own.mask("枫桥东边的河里有人落水")).toContain("枫桥");
  });
});
