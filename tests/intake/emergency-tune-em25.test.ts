import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import { detectUrgencyByRules, type Hazard } from "../../src/intake/urgency-rules.js";

/*
 * The tune-em25 round, in sentences written for this file (no set's lines are copied here).
 */
describe("carbon monoxide: the fuel decides who must come", () => {
  // Coal, charcoal, a stove with no gas line, a generator or an engine: no gas company can shut it
  // off; someone ill needs the ambulance.
  it.each([
    ["poison", "老屋里点着煤球炉过夜，今早我公公起不来，一直说头昏", "gas_supply"],
    ["poison", "饭馆包间里用的木炭烤肉，门关着，两个客人趴在桌上叫不应", "market"],
    ["gas", "停电了在屋里开着发电机，现在一家人都头晕想吐", "gas_supply"],
    ["poison", "他在车里开着暖风睡着了，车库门关着，怎么敲窗都叫不醒", "traffic"],
    ["poison", "来电人：我姑姑家那个铁皮炉子烟筒掉了，她现在说话含含糊糊的", "pollution"],
    ["poison", "wo ma shao mei lu qu nuan, xian zai tou yun xiang tu", "other"],
    [
      "poison",
      "来电人：我爸妈早上都起不来了\n话务员：家里用燃气热水器还是烧煤？\n来电人：烧的煤，屋里那个炉子一宿没灭",
      "gas_supply",
    ],
  ] as const)("%s: %s → health", (hazard, text, current) => {
    expect(categoryForHazard(hazard as Hazard, text, current)).toBe("health");
  });

  // A piped-gas appliance told by the resident stays the gas company's; fumes with nobody ill, and
  // charcoal burnt to end a life, are not this rule's.
  it.each([
    ["poison", "卫生间的燃气热水器开着，我老婆洗澡洗到一半晕在里面了", "gas_supply"],
    ["poison", "家里装的壁挂炉烟道脱落了，全家人头疼恶心", "gas_supply"],
    ["gas", "天然气灶关不严，屋里有味，我妈说头晕", "gas_supply"],
    ["self_harm", "室友说不想活了，把门反锁在屋里烧炭", "social_assistance"],
  ] as const)("%s: %s → %s", (hazard, text, expected) => {
    expect(categoryForHazard(hazard as Hazard, text, "other")).toBe(expected);
  });

  it("leaves a charcoal fire with nobody ill to the fire rules", () => {
    expect(categoryForHazard("fire", "炭盆把沙发垫点着了，屋里全是烟", "other")).toBe("property");
  });
});

describe("three false alarms: the causes", () => {
  it.each([
    // A thing fell into the water, not a person.
    "钥匙不小心掉河里了，能不能帮忙捞一下",
    "我的手机掉水里了，开不了机",
    // An adult out for a short while the writer counts as short.
    "我老公出去遛狗还没回来，才二十分钟",
    "她刚出去不到一个小时，还没回，是不是我太担心了",
    // 困 meaning sleepy.
    "困死了，在车里眯会儿",
    "好困啊，我先在车上睡一觉",
  ])("not an emergency: %s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });

  it.each([
    ["孩子去够皮球掉水里了，在扑腾", "flood"],
    ["我家老人掉河里了，快来人", "flood"],
    ["我爸出去散步才一个小时，可手机一直关机，到现在没回", "missing"],
    ["我老公出去三个小时了还没回，电话不接", "missing"],
    ["我们被困在车里了，车门打不开", "trapped"],
    ["孩子困在电梯里出不来了", "trapped"],
  ] as const)("still an emergency: %s", (text, hazard) => {
    const finding = detectUrgency(text);
    expect(finding.urgency).toBe("emergency");
    expect(finding.hazard).toBe(hazard);
  });
});

describe("a leak told after the gas bill or an inspection named the gas", () => {
  it.each([
    "请问燃气费能不能用微信交？还有，厨房燃气表接头那块有股味，我拿洗洁精水一抹直冒泡",
    "燃气年检一般几月份来？今天一进门满屋子味道，吓得我灯都不敢开",
    "问一下燃气卡在哪充值，顺便说一句 楼道里有股味 这会儿特别呛 我妈说头晕",
  ])("%s", (text) => {
    const finding = detectUrgencyByRules(text);
    expect(finding.urgency).toBe("emergency");
    expect(finding.hazard).toBe("gas");
  });

  it.each([
    "燃气费怎么交？另外想学一下怎么用肥皂水检查漏气",
    "燃气费太贵了，晚上灯都不敢开，为了省电",
    "燃气费交了还显示欠费，家里没什么味，就是灶打不着",
  ])("near-miss stays quiet: %s", (text) => {
    expect(detectUrgencyByRules(text).urgency).not.toBe("emergency");
  });
});

describe("smoke typed by its sound", () => {
  it.each(["厨房冒青眼了 我在门口", "走廊全是黑严 什么都看不清", "冒浓言了 三楼"])("%s", (text) => {
    const finding = detectUrgencyByRules(text);
    expect(finding.urgency).toBe("emergency");
    expect(finding.hazard).toBe("fire");
  });

  it.each([
    "隔壁装修在墙上钻了好多眼，我家墙裂了条缝",
    "孩子哭得满脸都是眼泪",
    "他冒严寒去上班了，想问问社保怎么交",
  ])("near-miss stays quiet: %s", (text) => {
    expect(detectUrgencyByRules(text).urgency).not.toBe("emergency");
  });
});

describe("dangers the rules missed where a letter leaves the model no say", () => {
  it.each([
    ["我爬到楼顶了，今天老板不结工钱我就跳下去", "self_harm"],
    [
      "尊敬的领导：我在西山路工地干了十个月没拿到工资。我现在坐在塔吊上，今晚不给钱我就从这里跳下去。",
      "self_harm",
    ],
    ["刚在路边看见两个男的把一个姑娘往车里塞，她一直在喊救命", "violence"],
    [
      "尊敬的领导：反映一下路灯的事。另外今晚我下班时看到有人把一个小伙子拽上了一辆白色轿车，他拼命挣扎，车往北开了。",
      "violence",
    ],
    ["我父亲有老年痴呆，在社区登记过。今天上午十点去菜市场买菜后一直未归，穿黑棉袄。", "missing"],
  ] as const)("%s", (text, hazard) => {
    const finding = detectUrgency(text);
    expect(finding.urgency).toBe("emergency");
    expect(finding.hazard).toBe(hazard);
  });

  it.each([
    "要是哪天工资还不给，我都想跳楼了，开玩笑的，就是想问问劳动仲裁怎么申请",
    "孩子闹着不肯上车，我把他抱上车了，想问下校车几点到",
    "我妈有老年痴呆，今天上午去社区活动中心后一直没回来，原来是在邻居家打牌，找到了，谢谢",
    "帮我把箱子拖进车库，小伙子不愿意搬",
  ])("near-miss stays quiet: %s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });
});
