import { describe, expect, it } from "vitest";
import {
  clearlyDifferent,
  haversineMeters,
  normalizeForCompare,
  scoreDuplicate,
  textSimilarity,
  type DuplicateCandidate,
} from "../../src/domain/duplicate-score.js";

const at = (wall: string) => new Date(`${wall}+08:00`);

const fence: DuplicateCandidate = {
  text: "西盛路施工围挡占用人行道，行人只能走机动车道",
  category: "construction",
  community: "community.xisheng",
  createdAt: at("2026-11-20T09:00:00"),
};

const codes = (r: { reasons: { code: string }[] }) => r.reasons.map((x) => x.code);

describe("text similarity", () => {
  it("scores identical texts 1", () => {
    expect(textSimilarity("暖气不热", "暖气不热")).toBe(1);
  });

  it("scores texts with nothing in common 0", () => {
    expect(textSimilarity("暖气不热，家里只有十五度", "楼下餐馆油烟太大")).toBe(0);
  });

  it("ignores punctuation, spaces and traditional characters", () => {
    expect(textSimilarity("西盛路施工围挡，占用人行道！", "西盛路 施工圍擋佔用人行道")).toBe(1);
  });

  it("scores two residents' paraphrases of one problem above the suggestion threshold", () => {
    expect(
      textSimilarity(fence.text, "西盛路上施工的围挡把人行道占了，走路只能走马路"),
    ).toBeGreaterThanOrEqual(0.4);
  });

  it("scores two different noise problems low", () => {
    expect(textSimilarity("楼上深夜噪音，每天跳绳到十二点", "广场舞音响太吵，晚上九点还在跳")).toBeLessThan(
      0.2,
    );
  });

  it("scores an empty text 0", () => {
    expect(textSimilarity("", "暖气不热")).toBe(0);
  });

  it("writes building numbers in Chinese numerals as digits", () => {
    expect(normalizeForCompare("三号楼、十二栋")).toBe("3号楼12栋");
  });
});

describe("duplicate decision", () => {
  it("suggests merging a paraphrase of the same problem in the same place and window", () => {
    const r = scoreDuplicate(fence, {
      ...fence,
      text: "西盛路上施工的围挡把人行道占了，走路只能走马路",
      createdAt: at("2026-11-20T15:00:00"),
    });
    // Neither report names its place: the same problem is suggested, not merged without asking.
    expect(r).toMatchObject({ sameProblem: true, suggestion: "suggest_merge" });
    expect(codes(r)).toEqual([
      "DUP.SAME_CATEGORY",
      "DUP.SAME_COMMUNITY",
      "DUP.WITHIN_WINDOW",
      "DUP.SAME_PROBLEM",
      "DUP.TEXT_SIMILAR",
    ]);
  });

  it("merges a near-identical report automatically", () => {
    const r = scoreDuplicate(fence, {
      ...fence,
      text: "西盛路施工围挡占用人行道，行人只能走机动车道。",
      createdAt: at("2026-11-21T09:00:00"),
    });
    expect(r).toMatchObject({ score: 1, sameProblem: true, suggestion: "auto_merge" });
  });

  it("keeps different categories apart unless both name the same thing with the same fault", () => {
    const light = { ...fence, category: "municipal", text: "西盛路人行道边的路灯不亮" };
    const r = scoreDuplicate(fence, light);
    expect(r).toMatchObject({ score: 0, sameProblem: false, suggestion: "none" });
    expect(r.reasons.at(-1)).toEqual({ code: "DUP.DIFFERENT_CATEGORY", message: "诉求类别不同" });
    expect(clearlyDifferent(fence, light)).toBe(true);
    // The same site hoarding on the pavement, read as a traffic matter by the classifier.
    const told = { ...fence, category: "traffic", text: "西盛路那边工地的挡板把人行道堵了，推车过不去" };
    expect(scoreDuplicate(fence, told)).toMatchObject({ sameProblem: true });
    expect(codes(scoreDuplicate(fence, told))).toContain("DUP.SAME_THING_OTHER_CATEGORY");
    expect(clearlyDifferent(fence, told)).toBe(false);
    // The same thing with another fault is another problem.
    const dusty = { ...fence, category: "pollution", text: "西盛路施工围挡里面扬尘太大" };
    expect(scoreDuplicate(fence, dusty).sameProblem).toBe(false);
  });

  it("keeps different communities apart", () => {
    expect(scoreDuplicate(fence, { ...fence, community: "community.luxi" })).toMatchObject({
      sameProblem: false,
    });
  });

  it("compares reports when one community is unknown", () => {
    expect(scoreDuplicate(fence, { ...fence, community: null }).sameProblem).toBe(true);
  });

  it("keeps reports outside the time window apart", () => {
    const r = scoreDuplicate(fence, { ...fence, createdAt: at("2026-11-24T09:00:01") });
    expect(r.sameProblem).toBe(false);
    expect(r.reasons.at(-1)?.code).toBe("DUP.OUTSIDE_WINDOW");
  });

  it("accepts a wider window when asked", () => {
    expect(
      scoreDuplicate(fence, { ...fence, createdAt: at("2026-11-24T09:00:01") }, { windowHours: 168 })
        .sameProblem,
    ).toBe(true);
  });

  it("keeps located reports farther apart than the radius apart", () => {
    const a = { ...fence, lat: 36.0, lng: 120.0 };
    const b = { ...fence, lat: 36.005, lng: 120.0 }; // about 556 m north
    const r = scoreDuplicate(a, b);
    expect(r.sameProblem).toBe(false);
    expect(r.reasons.at(-1)).toEqual({ code: "DUP.TOO_FAR", message: "两处地点相距约556米，超过300米" });
  });

  it("accepts located reports within the radius", () => {
    const r = scoreDuplicate({ ...fence, lat: 36.0, lng: 120.0 }, { ...fence, lat: 36.001, lng: 120.0 });
    expect(r.sameProblem).toBe(true);
    expect(codes(r)).toContain("DUP.NEARBY");
  });

  it("ignores distance when only one report has coordinates", () => {
    expect(scoreDuplicate({ ...fence, lat: 36.0, lng: 120.0 }, fence).sameProblem).toBe(true);
  });

  it("keeps reports about different buildings apart although the texts match", () => {
    const lift = { ...fence, category: "property", text: "3号楼电梯坏了三天没人修" };
    const r = scoreDuplicate(lift, { ...lift, text: "五号楼电梯坏了三天没人修" });
    expect(r).toMatchObject({ sameProblem: false, suggestion: "none" });
    expect(r.reasons.at(-1)?.code).toBe("DUP.DIFFERENT_NUMBER");
  });

  it("treats 三号楼 and 3栋 as the same building", () => {
    const lift = { ...fence, category: "property", text: "3栋电梯坏了三天没人修" };
    expect(scoreDuplicate(lift, { ...lift, text: "三号楼电梯坏了三天没人修" }).sameProblem).toBe(true);
  });

  it("does not separate residents of different floors", () => {
    const lift = { ...fence, category: "property", text: "3号楼电梯坏了，我住5楼" };
    expect(scoreDuplicate(lift, { ...lift, text: "3号楼电梯坏了，我住12楼" }).sameProblem).toBe(true);
  });

  it("honours a stricter suggestion threshold", () => {
    const r = scoreDuplicate(
      fence,
      { ...fence, text: "西盛路上施工的围挡把人行道占了，走路只能走马路" },
      { suggestAt: 0.9 },
    );
    expect(r.sameProblem).toBe(false);
  });
});

describe("haversine distance", () => {
  it("measures one degree of latitude as about 111 km", () => {
    expect(haversineMeters(36, 120, 37, 120)).toBeCloseTo(111_195, -1);
  });

  it("measures a point to itself as 0", () => {
    expect(haversineMeters(36.1, 120.3, 36.1, 120.3)).toBe(0);
  });
});

describe("duplicates a person would merge", () => {
  const hoarding = (text: string, place: string | null = "水库街"): DuplicateCandidate => ({
    ...fence,
    community: "community.shuikujie",
    text,
    place,
  });
  const wordings = [
    "水库街施工围挡把人行道全占了，行人只能走机动车道",
    "水库街那边工地的挡板占了人行道，推婴儿车根本过不去",
    "水库街修路的施工围栏堵住人行道了，太危险",
    "我是水库街开店的，门口的围挡把路都挡住了，顾客进不来",
    "水库街人行道被工地围起来了，走路要绕到马路上",
  ];

  it("merges five wordings of one hoarding at one street automatically", () => {
    for (const [i, a] of wordings.entries())
      for (const b of wordings.slice(i + 1))
        expect(scoreDuplicate(hoarding(a), hoarding(b)).suggestion, `${a} ｜ ${b}`).toBe("auto_merge");
  });

  it.each([
    ["水库街工地晚上施工太吵，睡不着觉", "水库街", "DUP.DIFFERENT_PROBLEM"],
    ["滨河商业街施工围挡把人行道全占了，行人只能走机动车道", "滨河商业街", "DUP.DIFFERENT_PLACE"],
    ["水库街北门施工围挡把人行道全占了", "水库街", null],
  ])("keeps %s apart from the hoarding at 水库街", (text, place, code) => {
    const r = scoreDuplicate(hoarding(wordings[0]!.replace("水库街", "水库街南门")), hoarding(text, place));
    expect(r.suggestion).toBe("none");
    if (code) expect(r.reasons.at(-1)?.code).toBe(code);
  });

  it("keeps the same thing with a different fault apart", () => {
    const cold = { ...fence, category: "heating", text: "桃南一区暖气不热", place: "桃南一区" };
    const r = scoreDuplicate(cold, { ...cold, text: "桃南一区暖气片漏水了" });
    expect(r.reasons.at(-1)?.code).toBe("DUP.DIFFERENT_FAULT");
  });

  it("folds 挡板 and 施工围栏 into 围挡 for the text score", () => {
    expect(textSimilarity("施工围栏占了人行道", "挡板占了人行道")).toBeGreaterThan(
      textSimilarity("施工围挡占了人行道", "电梯占了人行道") - 1e-9,
    );
  });
});

describe("the pre-check of the first gates", () => {
  // Every combination of what the first gates look at; a "clearly different" pair must score none.
  const texts = [
    "西盛家园3号楼电梯坏了三天了",
    "西盛家园5号楼电梯坏了三天了",
    "西盛家园三号楼的电梯又坏了",
    "西盛家园3号楼2单元楼道灯不亮",
    "西盛家园3号楼5单元楼道灯不亮",
    "小区门口路灯不亮",
  ];
  const t0 = new Date("2026-11-23T02:00:00Z");
  const variants: DuplicateCandidate[] = [];
  for (const text of texts)
    for (const category of ["property", "municipal"])
      for (const community of ["community.xisheng", "community.wenmiao", null])
        for (const hours of [0, 100])
          for (const at of [null, [36.07, 103.83]] as const)
            variants.push({
              text,
              category,
              community,
              place: text.slice(0, 4),
              createdAt: new Date(t0.getTime() + hours * 3_600_000),
              lat: at?.[0] ?? null,
              lng: at?.[1] ?? null,
            });

  it("says a pair is clearly different only when scoring stops at a gate with none", () => {
    let different = 0;
    for (const a of variants)
      for (const b of variants) {
        if (!clearlyDifferent(a, b)) continue;
        different++;
        expect(scoreDuplicate(a, b).suggestion).toBe("none");
      }
    // The pre-check does its job: most of these pairs are told apart without scoring.
    expect(different).toBeGreaterThan(variants.length ** 2 / 2);
  });

  it("reads the same thresholds as scoring", () => {
    const a = variants[0]!;
    const later = { ...a, createdAt: new Date(a.createdAt.getTime() + 100 * 3_600_000) };
    expect(clearlyDifferent(a, later)).toBe(true);
    expect(clearlyDifferent(a, later, { windowHours: 120 })).toBe(false);
    // About 1.1 km apart.
    const here = { ...a, lat: 36.07, lng: 103.83 };
    const there = { ...a, lat: 36.08, lng: 103.83 };
    expect(clearlyDifferent(here, there)).toBe(true);
    expect(scoreDuplicate(here, there).suggestion).toBe("none");
    expect(clearlyDifferent(here, there, { radiusMeters: 2000 })).toBe(false);
  });
});
