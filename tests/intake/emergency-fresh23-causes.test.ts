import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import { detectUrgencyByRules } from "../../src/intake/urgency-rules.js";

/*
 * The causes behind the dangers emergency-fresh23 missed once its failures were read, each in wording
 * and situations of our own: no set's lines are copied here. The rules are asserted alone, so a model
 * that happens to agree does not hide a regression.
 */
describe("fresh23 causes: days of silence from someone living alone", () => {
  it.each([
    // No power or water used.
    "我在外地工作，我奶奶一个人住，连着三天没用过水，电话也打不通",
    "独居的舅舅家三天没用水了，敲门没人应",
    // Nobody coming downstairs for days.
    "隔壁独居的阿婆好几天没下楼了，门口的报纸堆了一摞",
    // The daily call unanswered two days running.
    "我爸一个人住，连着两天都没接我的视频电话",
    // Days unseen and flies or a smell from the flat: whoever lives there.
    "对门王阿姨三四天没开门了，门口一股怪味",
    "五楼那户老先生一个星期没露面了，厨房窗户上全是苍蝇",
  ])("%s", (text) => {
    expect(detectUrgencyByRules(text).urgency).toBe("emergency");
    expect(detectUrgencyByRules(text).hazard).toBe("missing");
  });

  it("still reads the trip of the person missing as no danger, but not the trip of the one with the key", () => {
    expect(detectUrgencyByRules("我妈一个人住，去外地旅游了，昨天和今天都没接电话").urgency).not.toBe(
      "emergency",
    );
    expect(detectUrgencyByRules("姑姑一个人住，两天没用电了，手机也不接，有钥匙的人在外地").urgency).toBe(
      "emergency",
    );
  });

  it.each([
    // Flies at one's own window, an empty flat, a meter question.
    "我家窗户上好多苍蝇，一个人住，怎么灭",
    "我们楼里好几天没人开门的那户其实是空房，苍蝇是垃圾桶招的",
    // The person was reached and said why.
    "对门独居的奶奶三天没出门，我去敲门，她说腰扭了在床上歇着，想请社区送点菜",
    "我舅一个人住，两天没用电，吓坏了，后来联系上了，原来是去钓鱼了",
    "我一个人住，电表好几天没走字了，是不是坏了，找谁换",
  ])("near-miss stays quiet: %s", (text) => {
    expect(detectUrgencyByRules(text).urgency).not.toBe("emergency");
  });
});

describe("fresh23 causes: English overdoses and swallowed objects", () => {
  it.each([
    "my toddler swallowed a watch battery, please help",
    "my dad took a whole bottle of sleeping pills and we can't wake him",
    "grandma is on the sofa and won't wake up, she is breathing funny",
  ])("%s", (text) => {
    expect(detectUrgency(text).urgency).toBe("emergency");
  });

  it.each([
    "took a lot of photos of the broken lamp, who fixes it",
    "I took too many pills for my headache yesterday, fine now, where to buy cheaper ones",
  ])("near-miss stays quiet: %s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });
});

describe("fresh23 causes: which unit a danger goes to", () => {
  it.each([
    // Someone who cannot say who they are, whatever their age: the community's register.
    ["missing", "我弟弟是聋哑人，早上出去买菜到现在没回来", "public_order", 0.5, "social_assistance"],
    [
      "missing",
      "邻居家二十二岁的自闭症儿子在公园跑丢了，他不会说话",
      "public_order",
      0.5,
      "social_assistance",
    ],
    ["missing", "我叔叔有癫痫，昨晚出门没带药，一夜没回", "public_order", 0.5, "social_assistance"],
    // Unseen for days behind a closed door: the community opens it.
    [
      "missing",
      "五楼那户老先生一个星期没露面了，厨房窗户上全是苍蝇",
      "public_order",
      0.5,
      "social_assistance",
    ],
    // A charging post sparking or live: the power company cuts it.
    ["electric", "小区门口的充电桩在打火，下雨天还有人在插枪", "property", 0.5, "power_supply"],
    ["injury", "我去拔充电桩的枪，手被电到了，一阵发麻", "health", 0.5, "power_supply"],
  ] as const)("%s: %s", (hazard, text, current, confidence, expected) => {
    expect(categoryForHazard(hazard, text, current, confidence)).toBe(expected);
  });

  it.each([
    // A child lost in a crowd, with no disability told: the police search.
    ["missing", "儿子在商场里走丢了，六岁，穿红衣服", "public_order", 0.5, "public_order"],
    // A disabled child whose age is told under eighteen is searched for as any child is.
    ["missing", "我女儿有唐氏综合征，九岁，放学路上走丢了", "public_order", 0.5, "public_order"],
    // An e-bike burning by the charging posts is a fire the building's manager meets.
    ["fire", "车棚充电桩旁边一辆电动车烧起来了，火越来越大", "property", 0.5, "property"],
  ] as const)("not moved: %s: %s", (hazard, text, current, confidence, expected) => {
    expect(categoryForHazard(hazard, text, current, confidence)).toBe(expected);
  });
});
