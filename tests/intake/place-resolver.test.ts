import { describe, it, expect, beforeAll } from "vitest";
import { PlaceResolver } from "../../src/intake/place-resolver.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";

let resolver: PlaceResolver;
beforeAll(async () => {
  resolver = new PlaceResolver((await loadDomainConfig("config")).jurisdiction);
});

describe("PlaceResolver", () => {
  it("resolves an exact place name to its community", () => {
    expect(resolver.resolve("西盛家园5号楼暖气不热")).toMatchObject({
      community: "community.xisheng",
      place: "西盛家园",
      method: "exact",
      score: 1,
    });
  });

  it("prefers the longest name, so 文庙巷 is not read as 文庙", () => {
    expect(resolver.resolve("文庙巷的下水道堵了")?.community).toBe("community.taonan");
  });

  it("resolves an ASR homophone of a compound by pinyin", () => {
    expect(resolver.resolve("我是西胜家园的")).toMatchObject({
      community: "community.xisheng",
      place: "西盛家园",
      surface: "西胜家园",
      method: "pinyin",
    });
  });

  it("resolves a homophone of a street name", () => {
    expect(resolver.resolve("水酷街那边垃圾没人拉")?.community).toBe("community.shuikujie");
  });

  it("resolves a one-character typo in a long name", () => {
    expect(resolver.resolve("西盛家苑门口")?.community).toBe("community.xisheng");
  });

  it("returns null when no place is mentioned", () => {
    expect(resolver.resolve("马路中间有个大坑，晚上骑车差点摔了")).toBeNull();
  });

  it("returns null when places of two communities are mentioned", () => {
    expect(resolver.resolve("西盛路和水库街都停电了")).toBeNull();
  });

  it("takes the places after a caller's correction", () => {
    expect(resolver.resolve("海边街……不对，是西盛路那边的路灯不亮")?.community).toBe("community.xisheng");
    expect(resolver.resolve("西盛路和水库街……不对，都停电了")).toBeNull();
  });

  it("takes the place a caller corrects to within one community, or in other words", () => {
    expect(resolver.resolve("桃南一区……不是，是桃南二区，门口那个井盖")?.place).toBe("桃南二区");
    expect(resolver.resolve("西盛花园，不，西盛家园十号楼")?.place).toBe("西盛家园");
    expect(resolver.resolve("我说成海边街小学了，其实是水库街小学后门")?.place).toBe("水库街小学");
    // The place taken back inside the correction itself: "不是A，是B".
    expect(resolver.resolve("地址发错了 不是桃南一区 是桃南二区 6号楼下水道堵了")?.place).toBe("桃南二区");
    expect(resolver.resolve("不是海边街，是水库街，那个消防栓漏水")?.community).toBe(
      resolver.resolve("水库街")?.community,
    );
  });

  it("takes the compound a caller names after the community's short name", () => {
    expect(resolver.resolve("路西，路西小区，六号楼下面")?.place).toBe("路西小区");
    expect(resolver.resolve("就在桃南那边")?.place).toBe("桃南");
  });

  it("takes the home compound named beside a school in another community", () => {
    expect(resolver.resolve("海西苑的孩子为什么不能上水库街小学？")?.community).toBe("community.haixi");
    // Two compounds in two communities are still two places.
    expect(resolver.resolve("海西苑和新城公寓都划给了水库街小学")).toBeNull();
  });

  describe("a work unit's housing compound", () => {
    // A deployment of its own: one compound named after its factory, one after a plain estate.
    let own: PlaceResolver;
    beforeAll(async () => {
      const j = (await loadDomainConfig("config")).jurisdiction;
      const parent = j.units.find((u) => u.level === "community")!.parent;
      own = new PlaceResolver({
        ...j,
        units: [
          {
            ...j.units.find((u) => u.level === "community")!,
            id: "community.a",
            name: "甲社区",
            places: ["纺机厂生活区"],
            parent,
          },
          {
            ...j.units.find((u) => u.level === "community")!,
            id: "community.b",
            name: "乙社区",
            places: ["南坪小区"],
            parent,
          },
        ],
      });
    });

    it("is found under the factory's name with another word for its housing", () => {
      expect(own.resolve("纺机厂宿舍三楼的水管爆了")?.community).toBe("community.a");
      expect(own.resolve("纺机厂家属楼后面一直有人烧东西")?.community).toBe("community.a");
    });

    it("is found when a word stands between the factory and its housing", () => {
      expect(own.resolve("我住纺机厂那个生活区，楼道灯坏了")?.community).toBe("community.a");
    });

    it("does not cut an estate's own name down to a shorter word", () => {
      expect(own.resolve("南坪那边下水道堵了")).toBeNull();
    });
  });
});
