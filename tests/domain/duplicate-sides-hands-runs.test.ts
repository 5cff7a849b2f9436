import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "./duplicate-report.js";
import {
  holdWithoutCommunity,
  houseNumberTokens,
  scoreDuplicate,
  sharedReference,
} from "../../src/domain/duplicate-score.js";
import { problemConcepts } from "../../src/domain/problem-concepts.js";

/*
 * Forty-fourth duplicates round: where on one street or at one gate, which neighbour, a run of
 * buildings, a follow-up quoting its reference number, and a few words residents and inspectors use
 * for one thing. My own sentences on 光明路 / 光明小区 / 长青花园.
 */
const report = reportsAt(new Date("2026-12-01T03:00:00Z"));
const things = (text: string) => [...problemConcepts(text).objects];
const faults = (text: string) => [...problemConcepts(text).faults];

describe("the two sides of one street", () => {
  it("parts the east side from the west side, however alike the rest reads", () => {
    const east = report("光明路东侧人行道 长青花园南门往北二十米 盲道砖碎了好几块");
    const west = report("光明路西侧人行道 长青花园南门斜对面往北二十米 盲道砖碎了好几块");
    const r = scoreDuplicate(east, west);
    expect(r.suggestion).toBe("none");
    expect(reasonCodes(r).at(-1)).toBe("DUP.DIFFERENT_SPOT");
  });

  it("parts 路北 from 路南 even when both smell the same kind of thing", () => {
    const north = report("光明路路北的那个垃圾站 三天没清 臭得不行", { category: "sanitation" });
    const south = report("光明路路南的那个垃圾站 三天没清 臭得不行", { category: "sanitation" });
    expect(scoreDuplicate(north, south).suggestion).toBe("none");
  });

  it("reads an end of the street or a place named with a direction as no side", () => {
    // "路西小区" is a name; "路东头" an end, which the stretch gates read.
    const a = report("路西小区门口那盏路灯不亮", { place: "路西小区" });
    const b = report("光明路东侧 路西小区门口 路灯不亮", { place: "路西小区" });
    expect(reasonCodes(scoreDuplicate(a, b))).not.toContain("DUP.DIFFERENT_SPOT");
    const c = report("光明路东头的井盖丢了");
    const d = report("光明路西侧的井盖丢了");
    expect(scoreDuplicate(c, d).reasons.at(-1)?.message ?? "").not.toContain("不是路的同一侧");
  });

  it("keeps one side told twice together", () => {
    const a = report("光明路东侧人行道 地砖翘起来好几块");
    const b = report("光明路东边人行道的地砖翘起来了好几块");
    expect(scoreDuplicate(a, b).suggestion).not.toBe("none");
  });
});

describe("the hand a thing is on, walking in and walking out", () => {
  it("parts the left going in from the left coming out", () => {
    const inward = report("长青花园 进大门 右手边第三盏路灯不亮", { place: "长青花园" });
    const outward = report("长青花园 出大门 右手边第三盏路灯不亮", { place: "长青花园" });
    const r = scoreDuplicate(inward, outward);
    expect(r.suggestion).toBe("none");
    expect(reasonCodes(r).at(-1)).toBe("DUP.DIFFERENT_SPOT");
  });

  it("keeps the left going in and the right coming out together: one side of the gate", () => {
    const inward = report("长青花园 进大门左手边那盏路灯不亮", { place: "长青花园" });
    const outward = report("长青花园 出大门右手边那盏路灯不亮", { place: "长青花园" });
    expect(scoreDuplicate(inward, outward).suggestion).not.toBe("none");
  });
});

describe("the flat above against the flat below", () => {
  it("parts a nuisance put down to the neighbour above from one put down to the neighbour below", () => {
    const up = report("光明小区2号楼501 楼上天天夜里拖桌子 吵得睡不着", {
      category: "noise",
      place: "光明小区2号楼",
    });
    const down = report("光明小区2号楼501 楼下天天夜里拖桌子 吵得睡不着", {
      category: "noise",
      place: "光明小区2号楼",
    });
    const r = scoreDuplicate(up, down);
    expect(r.suggestion).toBe("none");
    expect(reasonCodes(r).at(-1)).toBe("DUP.DIFFERENT_SPOT");
  });

  it("does not read where a thing was thrown, who suffers, nor a leak, as the source's floor", () => {
    const thrown = report("光明小区有人往楼下扔烟头", { category: "property" });
    const hit = report("光明小区有人从楼上扔烟头下来", { category: "property" });
    expect(reasonCodes(scoreDuplicate(thrown, hit))).not.toContain("DUP.DIFFERENT_SPOT");
    const leakAbove = report("光明小区3号楼楼上漏水，我家天花板湿了", { category: "property" });
    const leakBelow = report("光明小区3号楼我家水管漏了，楼下说渗到他家", { category: "property" });
    expect(scoreDuplicate(leakAbove, leakBelow).reasons.at(-1)?.message ?? "").not.toContain("邻居");
  });
});

describe("a run of buildings", () => {
  it("reads 1-4号楼 as each building of the run, so a report from 3号楼 meets it", () => {
    expect(houseNumberTokens("", "长青花园1-4号楼停电")).toEqual(
      expect.arrayContaining(["1号楼", "2号楼", "3号楼", "4号楼"]),
    );
    expect(houseNumberTokens("", "长青花园3至5栋停水")).toEqual(expect.arrayContaining(["4号楼"]));
    const run = report("供电所：长青花园箱变跳闸，影响1-4号楼供电，正在抢修", {
      category: "power_supply",
      place: "长青花园",
    });
    const one = report("长青花园3号楼停电了 冰箱都化了", {
      category: "power_supply",
      place: "长青花园3号楼",
    });
    expect(reasonCodes(scoreDuplicate(run, one))).not.toContain("DUP.DIFFERENT_NUMBER");
    const other = report("长青花园7号楼停电了", { category: "power_supply", place: "长青花园7号楼" });
    expect(reasonCodes(scoreDuplicate(run, other))).toContain("DUP.DIFFERENT_NUMBER");
  });
});

describe("a follow-up quoting its reference number", () => {
  it("finds the number on both sides, told as a reference or as a code", () => {
    const first = "坐席：您的受理编号是GM2026113，请记好。来电人：好的。光明小区东门的井盖丢了。";
    expect(sharedReference(first, "GM2026113 都三天了还没人来")).toBe(true);
    expect(sharedReference("单号0612-4471 光明路的路灯", "我的受理号0612-4471怎么显示办结了")).toBe(true);
    // Flat numbers are no reference.
    expect(sharedReference("光明小区1803楼上吵", "光明小区1803燃气表坏了")).toBe(false);
  });

  it("stands for the shared place a report without a community lacks, still only offered", () => {
    const first = {
      ...report("光明广场公厕堵了，工单编号GM0101234"),
      community: "community.demo",
    };
    const chase = { ...report("GM0101234 回访我说不满意 怎么又办结了 厕所还是堵的"), community: null };
    const offered = {
      score: 0.85,
      sameProblem: true,
      suggestion: "auto_merge" as const,
      reasons: [{ code: "DUP.TEXT_SIMILAR", message: "" }],
    };
    const r = holdWithoutCommunity(offered, chase, first);
    expect(r.suggestion).toBe("suggest_merge");
    const unrelated = { ...report("公厕又堵了"), community: null };
    expect(holdWithoutCommunity(offered, unrelated, first).suggestion).toBe("none");
  });
});

describe("words residents and inspectors use for one thing", () => {
  it("reads a thing thrown from above, and a bottle thrown as no drinking", () => {
    expect(things("长青花园5号楼 刚才楼上丢下来一个酒瓶子")).toEqual(["高空抛物"]);
  });

  it("reads a facade's big screen apart from a shop's sign and a lift's display", () => {
    expect(things("光明大厦外墙那块大屏幕晚上太亮")).toContain("大屏幕");
    expect(things("光明大厦楼体LED屏亮到半夜")).toContain("大屏幕");
    expect(things("光明路几家店的招牌灯一直闪")).not.toContain("大屏幕");
    expect(things("电梯显示屏一直跳E4")).not.toContain("大屏幕");
    expect(things("光明路户外广告设施钢架松了")).toContain("广告牌");
  });

  it("reads rust, a cover's seat, a clanking cover and a wall leaning", () => {
    expect(faults("光明路那个广告牌架子锈得掉渣")).toContain("锈蚀");
    expect(things("光明小区4号楼前检查井井座松动")).toContain("井盖");
    expect(faults("光明小区门口那个井盖 车一压就哐当一声")).toContain("松动");
    expect(faults("长青花园那段围墙往外歪")).toContain("倾斜");
    expect(faults("长青花园那段围墙歪得越来越厉害")).toContain("倾斜");
  });

  it("reads a hum with nothing named as a machine heard, and a hum of a named tool as that tool's", () => {
    expect(things("光明小区6号楼 地下室天天嗡嗡响")).toContain("机器声");
    expect(things("楼下修车铺气泵一开就嗡嗡的")).not.toContain("机器声");
  });
});

describe("a way out locked, a fire feared, a stairwell piled up, a site's hours", () => {
  it("reads a fire exit locked as the exit, apart from an entrance's lock and a fire lane piled up", () => {
    expect(things("长青花园2号楼消防通道门锁了 里面推不开")).toEqual(["安全出口"]);
    expect(things("长青花园2号楼楼梯间的门被物业拿铁链子锁上了")).toEqual(["安全出口"]);
    expect(things("长青花园2号楼单元门锁坏了")).not.toContain("安全出口");
  });

  it("reads a fire feared as no fire, a fire told as one as a fire", () => {
    expect(faults("楼道里全是纸箱 着火了跑都跑不出去")).not.toContain("起火");
    expect(faults("消防栓锁了 着火了怎么用")).not.toContain("起火");
    expect(faults("光明小区3号楼楼道着火了")).toContain("起火");
  });

  it("reads things piled in a stairwell whatever they are", () => {
    expect(things("光明小区5号楼 邻居的鞋柜、旧床垫堆楼道里")).toContain("堆物");
  });

  it("reads a site working to two in the morning as night work", () => {
    expect(things("光明路工地昨晚又干到两点")).toContain("夜间施工");
    // Two in the afternoon, or five, is the working day.
    expect(things("光明路工地下午干到五点半就收工了")).not.toContain("夜间施工");
    expect(things("光明路施工白天干到两点歇一会")).not.toContain("夜间施工");
  });
});
