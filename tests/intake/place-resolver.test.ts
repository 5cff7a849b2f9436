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
});
