import { describe, expect, it } from "vitest";
import { reportsAt } from "../domain/duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";

/*
 * Merge pairs missed because one report told the problem by what the resident sees (a dark
 * stairwell), because a word was read inside another (地下水管 is no sewer, 一滴水都没有 no leak,
 * one's own toilet no public one), or because a loudspeaker and "too loud" were read as two
 * problems. Wordings are our own, on the made-up 光明路 and its 金汇花园.
 */
const when = new Date("2026-12-05T03:00:00Z");
const report = reportsAt(when);
const objects = (t: string) => [...problemConcepts(t).objects];

describe("darkness told for the light", () => {
  it("reads a dark stairwell as its light out, and a dark road at night as its street lamps", () => {
    expect(objects("金汇花园6号楼楼梯间晚上黑灯瞎火的")).toContain("楼道灯");
    // The darkness is the light's own fault (不亮), kin of broken (坏).
    expect([...problemConcepts("金汇花园6号楼楼梯间晚上黑灯瞎火的").faults]).toContain("不亮");
    expect(objects("光明路那段路面晚上看不见，老人摔了")).toContain("路灯");
  });

  it("offers a broken stair light with a stairwell told as pitch dark", () => {
    const r = scoreDuplicate(
      report("金汇花园6号楼楼道的灯坏了好几天了", { category: "property", place: "金汇花园6号楼" }),
      report("金汇花园6号楼楼梯间晚上漆黑一片，上楼全靠手机照", {
        category: "property",
        place: "金汇花园6号楼",
      }),
    );
    expect(r.suggestion).not.toBe("none");
  });

  it("does not read smoke that blurs the road as a lamp", () => {
    expect(objects("光明路边有人烧秸秆，烟飘到路上看不清")).not.toContain("路灯");
  });
});

describe("words read inside other words", () => {
  it("reads 地下水管 as a water pipe, not a sewer", () => {
    expect(objects("金汇花园门口地下水管裂了")).not.toContain("下水道");
  });

  it("reads 一滴水都没有 as no water, not a leak", () => {
    const c = problemConcepts("金汇花园8号楼五楼以上一滴水都没有");
    expect([...c.objects]).toContain("供水");
    expect([...c.faults]).not.toContain("漏水");
  });

  it("reads one's own toilet as no public toilet", () => {
    expect(objects("金汇花园我家厕所冲不下去")).not.toContain("公厕");
    expect(objects("光明路那个厕所门坏了")).toContain("公厕");
  });
});

describe("a loudspeaker and 'too loud'", () => {
  it("offers dancers' loudspeaker and dancers too loud at one square", () => {
    const r = scoreDuplicate(
      report("金汇花园广场跳舞的音响开得太大", { category: "noise", place: "金汇花园" }),
      report("金汇花园广场舞每天吵到晚上十点", { category: "noise", place: "金汇花园" }),
    );
    expect(r.suggestion).not.toBe("none");
  });

  it("keeps apart the dancers' loudspeaker and a barbecue's drinkers at one square (a never pair)", () => {
    const r = scoreDuplicate(
      report("金汇花园广场跳舞的音响太大", { category: "noise", place: "金汇花园" }),
      report("金汇花园广场边上烧烤摊的客人喝酒太吵", { category: "noise", place: "金汇花园" }),
    );
    expect(r.suggestion).toBe("none");
  });
});

describe("an old person living alone", () => {
  it("offers, never merges, one old man living alone told by a neighbour and by another word", () => {
    const r = scoreDuplicate(
      report("金汇花园2号楼有位孤寡老人三天没出门了", {
        category: "social_assistance",
        place: "金汇花园2号楼",
      }),
      report("金汇花园2号楼楼下一个人住的老奶奶好几天没见着了，敲门不应", {
        category: "social_assistance",
        place: "金汇花园2号楼",
      }),
    );
    expect(r.suggestion).toBe("suggest_merge");
  });

  it("never merges two reports of old people living alone without asking, however alike", () => {
    const r = scoreDuplicate(
      report("金汇花园2号楼独居老人需要人帮忙买菜", {
        category: "social_assistance",
        place: "金汇花园2号楼",
      }),
      report("金汇花园2号楼的独居老人想找人帮忙买菜做饭", {
        category: "social_assistance",
        place: "金汇花园2号楼",
      }),
    );
    expect(r.suggestion).not.toBe("auto_merge");
    expect(r.reasons.map((x) => x.code)).toContain("DUP.HELD_PERSON");
  });
});

describe("one thing in a regional or a finer word", () => {
  it("reads a passenger or goods lift as a lift, a 马葫芦 cover as a manhole cover, icicles apart from ice underfoot", () => {
    expect(objects("金汇花园的货梯不动了")).toContain("电梯");
    expect(objects("光明路口马葫芦盖子没了")).toContain("井盖");
    expect(objects("金汇花园屋檐挂着一排冰溜子")).toEqual(["冰挂"]);
    expect(objects("金汇花园门口路上结冰了")).not.toContain("冰挂");
  });

  it("offers icicles told as 冰溜子 and as 冰挂 over one doorway", () => {
    const r = scoreDuplicate(
      report("金汇花园2号楼屋檐挂着好几根冰溜子，底下就是单元门", {
        category: "property",
        place: "金汇花园2号楼",
      }),
      report("金汇花园2号楼单元门上方冰挂很长，怕掉下来砸人", {
        category: "municipal",
        place: "金汇花园2号楼",
      }),
    );
    expect(r.suggestion).not.toBe("none");
  });

  it("never merges a lift that trapped people in a past month with today's (a never pair)", () => {
    const r = scoreDuplicate(
      report("金汇花园3号楼货梯三月份困过人", { category: "property", place: "金汇花园3号楼" }),
      report("金汇花园3号楼货梯今天困人了", { category: "property", place: "金汇花园3号楼" }),
    );
    expect(r.suggestion).not.toBe("auto_merge");
    expect(r.reasons.map((x) => x.code)).toContain("DUP.HELD_OTHER_DAY");
  });
});

describe("one crossing named two ways", () => {
  it("offers a crossing told as 'A和B路口' and as 'B与A交叉口'", () => {
    const r = scoreDuplicate(
      report("光明路和金汇街路口的红绿灯不亮了", {
        category: "traffic",
        community: null,
        place: "光明路和金汇街路口",
      }),
      report("金汇街与光明路交叉口信号灯全部熄灭", {
        category: "traffic",
        community: null,
        place: "金汇街与光明路交叉口",
      }),
    );
    expect(r.suggestion).not.toBe("none");
  });

  it("keeps apart two crossings of one street", () => {
    const r = scoreDuplicate(
      report("光明路和金汇街路口的红绿灯不亮了", {
        category: "traffic",
        community: null,
        place: "光明路和金汇街路口",
      }),
      report("光明路与银河路交叉口信号灯不亮", {
        category: "traffic",
        community: null,
        place: "光明路与银河路交叉口",
      }),
    );
    expect(r.suggestion).toBe("none");
  });
});

describe("two named places joined by 和", () => {
  it("does not read an estate and a street as a crossing", () => {
    const r = scoreDuplicate(
      report("光明路和金汇花园之间那段路灯不亮", { place: "光明路和金汇花园" }),
      report("光明路与金汇街交叉口路灯不亮", { place: "光明路与金汇街交叉口" }),
    );
    expect(r.suggestion).toBe("none");
  });
});
