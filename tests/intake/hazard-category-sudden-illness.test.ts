import { describe, expect, it } from "vitest";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import type { Hazard } from "../../src/intake/urgency-rules.js";

/*
 * Sudden illness told by bystanders (a fit, a faint, a diabetic down, someone found lying out), poisons
 * swallowed or eaten (bait, mushrooms the family picked), and fumes in a pit at home. Whoever stands
 * nearby (a shop assistant, a cleaner) is only the one telling it. Phrasings are our own.
 */
const owner = (hazard: Hazard, text: string, current = "other", confidence = 0.2): string | null =>
  categoryForHazard(hazard, text, current, confidence);

describe("sudden illness told by bystanders", () => {
  it.each([
    // A customer's fit or faint in a shop: the assistant who saw it is no injured worker.
    ["injury", "超市收银台前一个顾客突然倒下抽搐，嘴边都是白沫，收银员吓坏了", "health"],
    ["injury", "药店门口一个阿姨晕倒了，店员说她有糖尿病，现在喊不醒", "health"],
    // A passer-by's message in pinyin.
    ["injury", "you ge lao ren dao zai gong jiao zhan pang bian jiao bu xing", "health"],
    // Someone found lying out after a night missing.
    ["missing", "小区外面路边有人躺着，好像是昨天走丢的王奶奶，身上冰凉", "health"],
    // Down in a cubicle behind a locked door, convulsing.
    ["trapped", "商场厕所有个人倒在隔间里，门从里面插着，能看到他在抽搐", "health"],
    // Fainted at the chopping board, the knife still in hand: no attack.
    ["injury", "我妈切菜的时候突然晕过去了，刀还在手上，手指割破了", "health"],
    // A family member overcome in a cesspit or a biogas pit at home.
    ["poison", "我们院里的沼气池，我叔下去清渣半天没声，我爸下去拉他也倒了", "health"],
    // A convulsion after a blow from a baton is the blow's.
    ["poison", "小区门口两个人打起来了，一个拿电棍电对方，那人倒地抽搐", "public_order"],
  ] as const)("%s: %s → %s", (hazard, text, expected) => {
    expect(owner(hazard, text)).toBe(expected);
  });

  it("keeps a worker hurt on the job the labour inspectors'", () => {
    expect(owner("injury", "仓库里搬货的工人被货架砸了，腿上都是血")).toBe("labor");
  });

  it("keeps an old person found lying and confused the community's", () => {
    expect(owner("missing", "单元门口躺着一个老人，糊涂了，说不出自己住哪")).toBe("social_assistance");
  });

  it("keeps passers-by dizzy from a sewer's fumes the polluter's", () => {
    expect(owner("poison", "路口下水道冒出刺鼻的气，几个路过的人头晕", "pollution", 0.5)).toBe("pollution");
  });
});

describe("poisons eaten", () => {
  it.each([
    ["poison", "孩子把楼道里放的鼠饵当糖吃了两颗，现在在吐", "health"],
    ["poison", "不知道谁在花坛里放了毒饵，我家孩子把毒饵吃了几粒，嘴唇发麻", "health"],
    ["poison", "吃了蘑菇全家都吐了。那蘑菇是我爸在山上采的", "health"],
    ["poison", "我婆婆吃了林子里摘的野菇，现在手脚发麻", "health"],
  ] as const)("%s: %s → %s", (hazard, text, expected) => {
    expect(owner(hazard, text)).toBe(expected);
  });

  it("keeps mushrooms bought at a stall the seller's", () => {
    expect(owner("poison", "在菜市场摊上买的野菇，炒了吃完一家人都吐了")).toBe("market");
  });
});
