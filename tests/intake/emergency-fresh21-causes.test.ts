import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import { detectUrgencyByRules, type Hazard } from "../../src/intake/urgency-rules.js";

/*
 * The causes behind the dangers emergency-fresh21 missed once its failures were read, each in wording
 * and situations of our own: no set's lines are copied here. The rules are asserted alone where the
 * cause was a rule, so a model that happens to agree does not hide a regression.
 */
describe("fresh21 causes: recognition", () => {
  const dangers: readonly (readonly [Hazard, string])[] = [
    // A call answered with nothing, or only with a groan: unresponsive, whatever the cause.
    ["injury", "刚才去敲我舅舅家的门 他在床上侧躺着 叫了好几声都没有回应 嘴角有白沫"],
    ["injury", "我爸在卫生间地上坐着 喊他只会哼哼 脸上全是汗"],
    // Someone who no longer knows faces, gone for hours counted as 钟.
    ["missing", "我姥爷认不出人了 下午自己出的门 到现在五个钟了还没回"],
    ["missing", "老爸不认人了 一早出去买菜 三个钟了电话也不接"],
    // The gas named in a sentence told as past, the escape heard in the next one.
    ["gas", "厨房的天然气是昨天师傅刚改过的管。现在灶台后面一直有嘶嘶的声音，屋里味道越来越冲"],
    // A lift stopped between two floors with people in it.
    ["trapped", "货梯卡在三楼和四楼中间 里面有两个搬家的师傅 敲了半天没人理"],
    // A flue or duct that caught fire, whatever the kitchen around it.
    ["fire", "小区门口的烧烤店烟道着了 火苗从楼顶那个管子里往外窜"],
    // A driver running people down: an attack.
    ["violence", "有人开着车在步行街上撞人 是冲着人去的"],
    // An apologetic opener before a danger counted in minutes.
    ["trapped", "打扰一下 我就是问问 孩子被锁在车里二十分钟了 车钥匙在车里面 太阳很大"],
    // A wall leaning towards the pavement, told verb first.
    ["collapse", "老菜场那堵砖墙斜向人行道了 下面还有摆摊的"],
    // Anyone named as locked in, even with the family outside.
    ["trapped", "我奶奶被反锁在地下储藏室了 手机没信号 我们在外面听见她在里面拍门"],
  ];
  it.each(dangers)("%s: %s", (hazard, text) => {
    const rules = detectUrgencyByRules(text);
    expect(rules.urgency).toBe("emergency");
    expect(rules.hazard).toBe(hazard);
    expect(detectUrgency(text).urgency).toBe("emergency");
  });
});

describe("fresh21 causes: the near-misses in the same words stay non-emergencies", () => {
  const nearMisses: readonly string[] = [
    // An office that does not answer, a scare that was nothing.
    "投诉了三次都没有回应 物业到底管不管",
    "叫他半天没有回应，原来是戴着耳机睡着了，没事了",
    // "Just asking" after the question, or with nothing happening now.
    "我就是问问 孩子走丢了应该先找谁",
    "我就是好奇 燃气公司换表要收费吗 上周燃气公司来换过了",
    // Gas named for a bill, air out of a tyre.
    "燃气费涨了 另外我家自行车轮胎一直漏气",
    // Worry about a forgetful mother, a precaution.
    "老妈最近记性不好 想给她办个防走失手环",
    // A lift stopped between floors with nobody inside.
    "电梯停在两层中间 没有人在里面 物业说明天来修",
    // A smell long gone, then "just asking" about cooking now.
    "上午闻到一点燃气味 开窗通风后味早散了 我就是问问现在能不能照常做饭",
    // The gas named in one sentence, a leak taught about in the next.
    "这周燃气公司来小区做了宣传。师傅教大家怎么判断家里漏气，很实用",
    // Kitchen fumes every night: a nuisance, not a fire.
    "楼下烧烤店油烟太大 每天晚上熏得不能开窗",
  ];
  it.each(nearMisses)("%s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });
});

/*
 * The danger's owner by its circumstances, for the recurring fresh21 category errors whose rule the
 * other read sets do not contradict on balance (see docs/history/tune-em21.md).
 */
describe("fresh21 causes: the danger's category", () => {
  it.each([
    // A renovation that broke through a load-bearing wall: the building inspectors stop the works.
    ["collapse", "楼下在改造门面 把承重柱凿掉了一半 现在我家地砖一直在裂", "construction"],
    // An old block being demolished: a site, whatever the street.
    ["collapse", "学校对面在拆那栋旧楼 一面墙往马路上歪 底下有人", "construction"],
    // A car-park barrier arm that came down on someone: the car park's machine.
    ["injury", "小区门口的道闸杆砸下来 把一个骑车的大姐压在下面了", "property"],
    // A worker shut in a cold store: the market inspectors have the owner open it.
    ["trapped", "水产批发市场的冷冻库门从外面卡死了 里面还有个搬货的小伙子", "market"],
    // A rescuer jumping into the river after a child is no self-harm: the city's water crews.
    ["flood", "有个孩子掉进河里往下游漂 有个大哥已经跳下去救了", "municipal"],
    // E-bikes burning where they are charged are the building's, however many are counted.
    ["fire", "楼下车棚里充电的电动车烧起来了 已经烧了好几辆车 火往楼上窜", "property"],
  ] as const)("%s: %s → %s", (hazard, text, expected) => {
    expect(categoryForHazard(hazard, text, "other")).toBe(expected);
  });

  it("leaves a lone person's self-harm by water with the community", () => {
    expect(categoryForHazard("flood", "他说不想活了 已经往河里走 要跳下去", "other")).toBe(
      "social_assistance",
    );
  });

  it("leaves a cold drink shop's freezer and a renovation with no structure touched alone", () => {
    expect(categoryForHazard("trapped", "孩子钻进家里的旧冰箱里 门扣上打不开了", "other")).toBe("property");
    expect(categoryForHazard("collapse", "小区里一棵大树往人行道上倒了 压着一个人", "other")).not.toBe(
      "construction",
    );
  });
});

describe("fresh21 causes: false alarms on near-misses", () => {
  it.each([
    // Someone who came round or is better: the story is over.
    "早上我爸在公园晨练时眼前一黑蹲下了 歇了一会儿缓过来了 想问社区有没有免费体检",
    "孩子昨晚发烧说头晕 吃了药现在好多了 问下社区医院周末开不开",
    // A quarrel pulled apart, a crowd gone home.
    "菜市场两个摊主抢位置吵起来了 被保安拉开了 人都散了 能不能划个线",
    // A harm denied in the same sentence: no blood, nothing caught, no smoke.
    "孩子被邻居家的猫挠了一下 没见血 需要去打针吗",
    "取暖器把床单烤黄了一块 还好没烧起来 想问问哪个牌子的质量好",
    "车库里停了好多电动车 暂时不冒烟 就是觉得不安全",
    // A rumour the writer says is false.
    "业主群里有人说隔壁楼有人跳楼 是谣言 物业已经澄清了 大家别传了",
    // Hyperbole about money.
    "房东又涨租 想跳河的心都有了",
  ])("%s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });

  it.each([
    // The same words turned round stay dangers.
    ["injury", "我爸晨练时突然倒下 到现在还没醒过来 嘴唇发紫"],
    ["injury", "孩子从楼梯上摔下来 头上在流血 止不住"],
    ["fire", "插线板烧起来了 火苗窜到窗帘上了"],
  ] as const)("%s: %s", (hazard, text) => {
    const finding = detectUrgency(text);
    expect(finding.urgency).toBe("emergency");
    expect(finding.hazard).toBe(hazard);
  });
});
