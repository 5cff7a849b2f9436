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

describe("sudden illness and fumes in car parks and shared places", () => {
  it.each([
    // An engine idling, warmed up or started to tune it in a closed garage, someone down.
    ["trapped", "地库里一辆车一直怠速开着空调，后座上孩子睡着了，车门锁着", "health"],
    ["injury", "我爸在自家车库里热车，卷帘门没开，刚才发现他倒在车边", "health"],
    ["injury", "汽修铺里师傅打着火调发动机，门关着，现在他喊不醒", "health"],
    ["injury", "停车场里一辆车发动着，车窗关死，司机昏过去了", "health"],
    // A lift named only to say where in the car park.
    ["trapped", "B2靠近5号电梯那里有辆车没熄火，里面的人趴着叫不醒", "health"],
    // A diabetic who passed out where he parked.
    ["injury", "停车场里一个阿姨低血糖昏过去了，她自己开车来的", "health"],
    // A crash only guessed at by the one who found him.
    ["injury", "停车场角落有个人躺着叫不醒，不知道是不是被车碰了", "health"],
    // Fainted behind a locked toilet door.
    ["trapped", "商场洗手间有人昏在隔间里了，门插着", "health"],
    // A fit told as 抽风, or on a bus, read as a blow.
    ["collapse", "车站有个小伙子倒了，一直在抽，身边没人", "health"],
    ["violence", "公交车上一个大姐癫痫发作了，头一直磕车窗", "health"],
    // Choking told by the rescue tried, in a restaurant.
    ["injury", "面馆里一个客人卡住了说不出话，服务员在做海姆立克", "health"],
    // A stroke told by one side of the body, read as despair from "一个人在家".
    ["self_harm", "我一个人在家，左边手脚突然没劲，说话也不利索", "health"],
  ] as const)("%s: %s → %s", (hazard, text, expected) => {
    expect(owner(hazard, text)).toBe(expected);
  });

  it("keeps a bottle raised in a restaurant the police's, whoever choked", () => {
    expect(owner("injury", "烧烤店里有人噎着了，同桌的喝多了拎着酒瓶要砸老板")).toBe("public_order");
  });

  it("keeps charcoal in a car taped shut the community's, read as a blow from the rescuers", () => {
    expect(
      owner("violence", "地库里一辆车的车窗缝用胶带封住了，里面有个炭盆，我们在砸窗", "public_order", 0.4),
    ).toBe("social_assistance");
  });
});

describe("a crush where only smoke is seen", () => {
  it("gives people knocked down on the stairs of a smoking basement mall to the police", () => {
    expect(owner("fire", "地下商城停电了冒烟，大家都往楼梯挤，一个大爷被挤倒了")).toBe("public_order");
  });

  it("leaves a fire with flames seen to the building's owner", () => {
    expect(owner("fire", "夜总会舞台着火了，人都往外挤，有人被踩倒了")).toBe("property");
  });
});
