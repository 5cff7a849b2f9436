import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { readDialect } from "../../src/intake/emergency-dialect.js";

/*
 * The tune-fa27 round (false alarms), in sentences written for this file (no set's lines are
 * copied here). Each class has its near-misses and the dangers the same words must still raise.
 */
const urgency = (text: string) => detectUrgency(text).urgency;

describe("near-misses no longer filed as emergencies", () => {
  it.each([
    // Cantonese denials: 唔係 reads as 不是, and nobody trapped said in Cantonese.
    ["隔籬屋煮嘢好大煙，唔係火燭，係佢哋煎魚", "not a fire, in Cantonese"],
    ["部電梯又壞咗，今次冇人困喺入面，快啲嚟修", "nobody trapped, in Cantonese"],
    ["电梯停在半层，这回没困住，可是太频繁了", "not trapped"],
    // The caller dates the story when asked whether it is happening now.
    [
      "来电人：我家厨房着火了\n话务员：现在还烧着吗\n来电人：不是现在，是上个月的事，想问保险怎么赔",
      "last month",
    ],
    [
      "来电人：楼下有人打架\n话务员：现在还在打吗\n来电人：早就散了，我想问问监控归谁管",
      "dispersed long ago",
    ],
    ["坐席：有人受伤吗？来电人：那是上礼拜的事了，我就想反映台阶太滑", "last week"],
    // A danger on a screen: a film genre, a game being played, a clip watched.
    ["昨晚看了部灾难片，洪水把整个城市都淹了，孩子吓得睡不着", "a disaster film"],
    ["我在玩一个游戏 地图上的房子塌了 人被压住了 怎么过关", "a game"],
    ["刚看了一个视频 说有人在地铁里持刀伤人 是不是真的", "a clip"],
    // Figures of speech: a head about to burst, a life collapsing, a price called robbery.
    ["楼上天天蹦迪，我脑子都要炸了", "a headache"],
    ["工资又降了，我的人生都要塌了", "a life collapsing"],
    ["停车一小时二十块，简直是抢劫", "a price"],
    ["我被困在这个小区了 出门只有一条路 公交还停了", "access, not a trap"],
    ["被作业困住了 一晚上都出不来", "homework"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("dangers the same words still raise", () => {
  it.each([
    // Cantonese: the fire is affirmed, or someone is trapped now.
    ["廚房着咗火，好大煙，快啲嚟", "fire"],
    ["我阿媽困咗喺電梯入面，叫極都冇人應", "trapped"],
    // The caller says it is now, not earlier.
    ["来电人：楼下有人打架\n话务员：现在还在打吗\n来电人：还在打，有人流血了", "violence"],
    ["我妈是昨天下午出去的，到现在还没回来，电话也关机", "missing"],
    // A clip or a video noticed alongside a danger at home, or camera footage.
    ["刚看完一个视频 突然闻到好大的煤气味", "gas"],
    ["看了一段监控视频 有个孩子被陌生人抱走了 就在刚刚", "missing"],
    // A head hurting because of gas, not a figure.
    ["家里煤气味很重 我头疼得厉害", "gas"],
    // A real collapse, a real robbery, a real trap in the same neighbourhood words.
    ["楼道的墙塌了，把人压住了", "collapse"],
    ["有人在小区门口抢劫，拿着刀", "violence"],
    ["电梯卡在三楼，我们被困在里面出不去", "trapped"],
  ] as const)("%s → %s", (text, hazard) => {
    const found = detectUrgency(text);
    expect(found.urgency).toBe("emergency");
    expect(found.hazard).toBe(hazard);
  });
});

describe("Cantonese denials", () => {
  it("reads 唔係 as 不是 and leaves 联系 alone", () => {
    expect(readDialect("唔系火烛")).toBe("不是着火");
    expect(readDialect("佢联系唔到")).toContain("联系");
  });
});

describe("a Cantonese question is not a denial", () => {
  it("係唔係漏氣 asks, so the smell still raises a gas leak", () => {
    const found = detectUrgency("成層樓都係煤氣味，係唔係漏咗");
    expect(found.urgency).toBe("emergency");
    expect(found.hazard).toBe("gas");
  });
});

describe("a pet that swallowed something or was found hurt", () => {
  it.each([
    ["我家小狗吞了一颗纽扣，想问哪家宠物医院晚上开门", "a dog swallowed a button"],
    ["路边捡到一只受伤的小鸟，送哪里好", "a hurt bird found"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
  it.each([
    // The child in the same sentence still counts.
    ["狗吞了一颗电池，我儿子也吞了一颗", "poison"],
    ["狗误食了老鼠药 孩子也吃了一点", "poison"],
  ])("%s → emergency", (text) => {
    expect(urgency(text)).toBe("emergency");
  });
});
