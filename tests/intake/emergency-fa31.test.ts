import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";

/*
 * The fa31 round (false alarms, second pass), in sentences written for this file (no set's lines
 * are copied here). Each near-miss fired before the round; each class has the dangers the same
 * words must still raise.
 */
const urgency = (text: string) => detectUrgency(text).urgency;

describe("near-misses no longer filed as emergencies", () => {
  it.each([
    // A pet in trouble, with only its owner and those who helped named.
    ["邻居家的狗掉进了施工的坑里，工地的人用绳子吊上来了，狗冻得直抖，谢谢工人师傅", "a dog pulled out"],
    ["我家金毛被关在后备箱里了，我的钥匙也锁在车里，它精神还行，开锁师傅多久能来", "a dog locked in"],
    ["我家鹦鹉飞出去了，停在对面的广告牌上，够不着", "a parrot flown off"],
    // Hyperbole about the writer's anger.
    ["说了三遍还没人来修水管，我要炸了", "about to explode"],
    ["小区停车费一年涨三次，真要被物业气到心脏病发作了", "a heart attack from anger"],
    // Charcoal burned for heating, as a habit.
    ["天冷了，我外婆家那边也烧炭，能不能社区去讲讲开窗的事", "charcoal as a habit"],
    ["村里好多老人冬天烧炭盆的，想请卫生院来宣传一下一氧化碳", "a brazier"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("dangers the same words still raise", () => {
  it.each([
    // A person caught while helping the pet.
    ["我家狗卡在阳台栏杆里了，我儿子去拉它，结果他的头也卡在栏杆中间出不来了", "trapped"],
    ["遛狗的时候狗掉进冰窟窿，我老公下去捞，现在他也在水里爬不上来", "injury"],
    // Charcoal burned for heating with someone unconscious or unwell.
    ["我爸在屋里烧炭盆取暖，门窗关着，现在叫不醒", "gas"],
    ["我妈一直在卧室烧炭取暖，刚才打电话说头晕想吐，说话不清楚", "gas"],
    // A real fire told with the same words as the hyperbole.
    ["楼上着火了，浓烟从窗户冒出来，我要炸了快来人", "fire"],
  ] as const)("%s → %s", (text, hazard) => {
    const found = detectUrgency(text);
    expect(found.urgency).toBe("emergency");
    expect(found.hazard).toBe(hazard);
  });
});

it("still files charcoal burned behind a locked door with a farewell", () => {
  expect(urgency("室友把门反锁了在屋里烧炭，微信给我发了告别的话")).toBe("emergency");
});
