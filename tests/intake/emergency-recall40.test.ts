import { beforeAll, describe, expect, it } from "vitest";
import { readPossibleDanger } from "../../src/intake/danger-check.js";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { readHazardPinyin } from "../../src/intake/emergency-pinyin.js";
import { OfflineEngine } from "../../src/intake/offline-engine.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";

/*
 * No danger filed as normal (the thirty-second round), in sentences written for this file: no set's
 * lines are copied here. Each cause has the dangers it now raises and the near-misses beside them.
 */
const urgency = (text: string) => detectUrgency(text).urgency;
const asked = (text: string) => {
  const found = detectUrgency(text);
  return found.urgency !== "emergency" && readPossibleDanger(text, found.urgency) !== null;
};
// The second-best outcome: not an emergency, but the bot asks the safety question.
const raisedOrAsked = (text: string) => urgency(text) === "emergency" || asked(text);

describe("pinyin typed with tone marks, a body giving out", () => {
  it.each([
    "wǒ nǎinai zài chúfáng yūn le, jiào bù xǐng",
    "zhàn tái shàng yǒu rén yūn dǎo le, kuài lái rén",
    "ditie shang you ge a yi chuan bu shang qi, lian dou zi le",
    "jiuming, wo nainai yun dao le",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "jiuming, 5 hao lou 3 danyuan, wo yeye dao zai di shang",
    "chāo shì mén kǒu yí ge rén dǎo zài dì shàng",
  ])("someone lying on the ground: raised or asked: %s", (text) => {
    expect(raisedOrAsked(text)).toBe(true);
  });

  it("reads toned syllables as the bare ones, and leaves a toned line with no hazard word as typed", () => {
    expect(readHazardPinyin("lǎorén yūn le")).toBe("老人晕了");
    expect(readHazardPinyin("wǒ xiǎng wèn yí xià gōngjiāo kǎ")).toBe("wǒ xiǎng wèn yí xià gōngjiāo kǎ");
  });

  it.each([
    "wo zuo tian yun le, xian zai hao le",
    "lǎo rén jiā zuó tiān yūn chē le, jīntiān hǎo le",
    "ta jiu shi bu shuo hua, sheng qi le",
    "jiuming, zhe ge yue dian fei tai gui le",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("English: flames, a live railing, a farewell, someone out of reach", () => {
  it.each([
    "There are flames coming out of the back of the washing machine and my grandma is asleep in the next room",
    "The lamp post outside the school gate is giving people electric shocks, a student just got shocked touching it",
    "My friend went swimming at the reservoir this morning and hasn't come back, I can't reach him",
    "Flames are coming out of the gas heater in our bathroom and my dad is in there, not picking up",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it("a farewell text and nobody can reach her: raised or asked", () => {
    expect(
      raisedOrAsked("My flatmate sent me 'goodbye, sorry for everything' an hour ago and I can't reach her"),
    ).toBe(true);
  });

  it.each([
    "The movie had flames everywhere, great special effects",
    "I was shocked by the electric bill this month",
    "Our fire alarm went off because of burnt toast, no flames, all fine now",
    "The railing at the bus stop is loose and rusty, please fix it",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });

  it("a landlord out of reach is a dispute: not asked", () => {
    expect(raisedOrAsked("I can't reach my landlord about the broken heater, can you help")).toBe(false);
  });
});

describe("someone who slipped out and was lost sight of; belongings found, not the person", () => {
  it.each([
    "我爸有老年痴呆，趁我做饭自己溜出来了，穿着睡衣，我追到路口跟丢了",
    "老人自己从医院偷偷溜出来了，穿着拖鞋，保安追出去跟丢了",
    "孩子说去水库钓鱼，天黑了还没回来，我们在岸边找到了他的鱼竿和拖鞋，人不见了",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "孩子自己从门里出来了，没事了",
    "老人从医院溜出来买烟，已经被护工找回来了",
    "孩子找到了，他的自行车也找到了",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("a trip the workplace says never happened", () => {
  it.each([
    "我哥说去单位值班，到现在一天一夜联系不上，他单位说根本没见他来，他有心脏病",
    "我爸說去公司加班，到現在一天一夜聯繫不上，同事說他根本沒去公司",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it("a trip the colleagues confirm: no danger from the rules", () => {
    expect(detectUrgency("我老公去加班了，电话没接，同事说他在开会").decidedBy).not.toBe("rules");
  });
});

describe("smoke with a burning smell from a wired thing, whatever the business", () => {
  it.each([
    "酒店房间空调风口在冒烟，有股糊味，前台说没事让我们先睡",
    "網吧空調出風口在冒煙，一股燒焦味，老闆說沒事，裡面還有好多人",
    "奶茶店的吊灯在冒烟，一股塑料烧焦的味道，店员说不用管",
    "电热毯在冒烟，一股焦味，我妈还躺在上面起不来",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each(["空调出风口冒白气，没有味道", "空调出风口冒白烟，是正常的吗", "饭店后厨在冒烟，是在炒菜"])(
    "no danger: %s",
    (text) => {
      expect(urgency(text)).not.toBe("emergency");
    },
  );
});

describe("hotline calls where the danger grows across the caller's turns", () => {
  let engine: OfflineEngine;
  beforeAll(async () => {
    engine = await OfflineEngine.create(await loadDomainConfig("config"));
  });

  it.each([
    "坐席：请讲。\n市民：我想问问公交卡怎么充值\n坐席：在哪个站？\n市民：西山路站，哎呀站台边上有个老人晕了，倒在地上不说话了",
    "坐席：您好。\n市民：my english not good, I ask about bus card\n坐席：请说。\n市民：oh no, a man on the platform just fainted and is not moving",
    "坐席：请讲。\n市民：我家空调不制冷\n坐席：什么牌子的？\n市民：格力的，哎它出风口在冒烟了，一股焦糊味，孩子在屋里睡觉",
  ])("%s", async (text) => {
    expect((await engine.extract({ channel: "hotline", text })).urgency).toBe("emergency");
  });

  it.each([
    "坐席：请讲。\n市民：我想问问公交卡怎么充值\n坐席：在哪个站？\n市民：西山路站，自助机坏了，充不进去",
    "坐席：请讲。\n市民：我家空调不制冷\n坐席：什么牌子的？\n市民：格力的，出风口冒白气，没有味道",
  ])("no danger: %s", async (text) => {
    expect((await engine.extract({ channel: "hotline", text })).urgency).not.toBe("emergency");
  });
});

describe("a child's head injury with drowsiness (the lead's sentence): already an emergency", () => {
  it.each([
    "孩子从滑梯上摔下来，后脑勺着地，现在说头疼想睡觉",
    "我儿子骑车摔了，头撞到马路牙子，现在说头晕犯困",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });
});

describe("every other hazard in words no set uses: public transport, appliances, English, pinyin, traditional characters", () => {
  it.each([
    "公交车后面的天然气罐在嘶嘶响，一股臭鸡蛋味，车上还有乘客",
    "地下车库进水了，水已经没过车轮还在涨，有个大爷还在里面挪车",
    "洗衣机滚筒里钻进去一个小孩，门自己锁上了，打不开",
    "A man is hitting a woman at the bus stop on Binhe Road right now, she is bleeding",
    "wo er zi wu he le xi jie jing, xian zai yi zhi tu le",
    "地鐵出口的頂棚塌下來了，下面壓著兩個人",
    "我爸正在按手机上那个“客服”说的往安全账户转钱，我拦不住",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "公交车的天然气罐多久检修一次？",
    "地下车库积水了，物业说明天抽",
    "A man was shouting at the bus stop yesterday, it was scary",
    "地鐵出口的頂棚有點舊了，想問誰管",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});
