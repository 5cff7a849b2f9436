import { describe, expect, it } from "vitest";
import { combineUrgency } from "../../src/intake/detect-urgency.js";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import { checkedModelHazard } from "../../src/intake/model-hazard-check.js";
import { detectUrgencyByRules } from "../../src/intake/urgency-rules.js";

/*
 * The emergency model's hazard classifier reads characters: 烧 of 发烧 looks like a fire, 打 of 打翻
 * or 打雷 like a blow, a brazier's smoke like a fire. Where the model alone names the danger, the
 * circumstances the rules know overrule a hazard they contradict. Phrasings are our own.
 */
describe("the model's hazard checked against the circumstances", () => {
  it.each([
    // A fever: a body's heat, not a flame.
    ["fire", "我女儿烧到四十度了，刚才眼睛往上翻，手脚一直在抖", "injury"],
    ["fire", "宝宝发高烧一晚上，现在叫他也不怎么应了", "injury"],
    // Charcoal or a car engine with someone ill beside it: fumes.
    ["fire", "出租屋里烧炭取暖，室友早上叫不醒，脸通红", "poison"],
    ["trapped", "地库里那辆车一直没熄火，司机趴在方向盘上，敲窗不理", "poison"],
    // A blow from the weather or a kettle knocked over: an accident.
    ["violence", "院子里晾衣服的老爷子被雷击中了，躺着不动", "injury"],
    ["violence", "小孙子把桌上的暖水瓶碰翻了，开水全浇在他腿上，起了一片泡", "injury"],
  ] as const)("%s for %s → %s", (hazard, text, expected) => {
    expect(checkedModelHazard(text, hazard)).toBe(expected);
  });

  it.each([
    // A fire next to someone with a fever, or a fire that reached a floor, stays a fire.
    ["fire", "家里孩子发烧在睡觉，楼下厨房着火了，烟往上冒"],
    ["fire", "楼道里的杂物烧到三楼了，一股焦味"],
    // The brazier itself is burning: the fire advice stands.
    ["fire", "烧炭取暖把被子点着了，屋里起火了，老人叫不醒"],
    // Hot water thrown on purpose, or a fight in a storm, is an attack.
    ["violence", "楼上的男的拿开水泼他老婆，烫伤了一大片"],
    ["violence", "打雷那会儿两个人在楼下打起来了，一个头破了"],
    // Hazards the checks do not concern keep the model's reading.
    ["gas", "宝宝发烧，厨房一股煤气味"],
  ] as const)("%s for %s stays", (hazard, text) => {
    expect(checkedModelHazard(text, hazard)).toBe(hazard);
  });

  it("gives the checked hazard where the model alone decides", () => {
    // A scald from a knocked-over flask: no rule raises it, so the model's "violence" is checked.
    const text = "小孙子把桌上的暖水瓶碰翻了，开水全浇在他腿上，起了一片泡";
    const rules = detectUrgencyByRules(text);
    expect(rules.urgency).not.toBe("emergency");
    const found = combineUrgency(
      text,
      rules,
      { probability: 0.95, hazard: "violence" },
      { threshold: 0.5, vetoBelow: 0.1 },
    );
    expect(found).toMatchObject({ urgency: "emergency", decidedBy: "model", hazard: "injury" });
  });
});

describe("fireworks thrown into people", () => {
  it.each([
    ["fire", "有个人故意把点着的炮仗往路人脚底下扔，炸到一个老太太了", "health"],
    ["injury", "喝多的人把一挂鞭炮往排队的人堆里丢，有人脸被炸伤了", "health"],
    ["collapse", "有个醉汉点了一大箱礼花，倒了朝着广场上的人打，有人受伤", "health"],
  ] as const)("%s: %s → public_order", (hazard, text, current) => {
    expect(categoryForHazard(hazard, text, current, 0.9)).toBe("public_order");
  });

  it("a firework that toppled and burnt a hand by accident stays the ambulance's", () => {
    expect(categoryForHazard("fire", "放烟花的时候烟花筒倒了，把一个小孩的手炸伤了", "property", 0.5)).toBe(
      "health",
    );
  });
});

describe("wordings of the category conventions", () => {
  it.each([
    // Something drunk from a household bottle, told in English: the ambulance, not a polluter.
    [
      "poison",
      "My daughter drank something from a bottle of bleach in the bathroom and is being sick",
      "pollution",
      "health",
    ],
    // Someone pushed down and stamped on, or beaten with a pipe in English: an attack.
    ["injury", "隔壁男的把他爸推倒在院子里用脚踹，老人起不来了", "health", "public_order"],
    [
      "injury",
      "a man is beating the shop owner with an iron pipe outside the market, he is bleeding",
      "health",
      "public_order",
    ],
    // A transformer box burning is the grid's; a stove's exhaust duct burning is no gas line.
    ["fire", "路口那个变压箱着火了，一直在冒黑烟", "property", "power_supply"],
    ["fire", "饭店厨房灶上的排烟管着了，火往吊顶里窜", "property", "property"],
    // A sprinkler pipe bursting inside a building is the building's water.
    ["flood", "商场二楼的喷淋管爆了，水顺着扶梯往下冲，下面有人", "other", "property"],
  ] as const)("%s: %s (%s) → %s", (hazard, text, current, expected) => {
    expect(categoryForHazard(hazard, text, current, 0.3)).toBe(expected);
  });

  it.each([
    // Bleach smelt at a pool, nothing drunk, stays the polluter's; a fall with nobody stamping stays health.
    ["poison", "The pool smells strongly of bleach and the children are coughing", "pollution"],
    ["injury", "老人在广场上被人不小心撞倒了，头磕破了", "health"],
  ] as const)("%s: %s stays %s", (hazard, text, expected) => {
    expect(categoryForHazard(hazard, text, expected, 0.3)).toBe(expected);
  });
});

/*
 * em-cat38: more circumstances that overrule the model's hazard where it alone names the danger.
 * Phrasings are our own.
 */
describe("the model's hazard checked: coal fumes, hot water, scalds, an illness read as missing", () => {
  it.each([
    // A coal stove or coal smoke with someone ill, read as a fire or a gas leak: fumes.
    ["fire", "隔壁大娘屋里生着煤炉子，敲窗户半天她才哼了一声，躺在炕上起不来", "poison"],
    ["gas", "一进门一股煤烟味，我外公躺在床上叫不醒", "poison"],
    // Hot water and steam from a burst heating pipe: water coming out, not a fire.
    ["fire", "小区门口的供热管道爆了，滚烫的水往路上冲，到处是白汽", "flood"],
    // A scald read as a poisoning: a burn to cool.
    ["poison", "电水壶被碰倒了，开水浇在孩子腿上，烫起泡了", "injury"],
    // A stroke or a feverish fit read as someone missing: the ambulance's advice.
    ["missing", "我爷爷吃着饭突然嘴歪了，说话含糊，一边脸发麻", "injury"],
    ["missing", "My son has a high fever and is now shaking all over, eyes rolling back", "injury"],
  ] as const)("%s for %s → %s", (hazard, text, expected) => {
    expect(checkedModelHazard(text, hazard)).toBe(expected);
  });

  it.each([
    // A gas smell named beside the coal stove: the gas leak's advice stands.
    ["gas", "屋里有煤炉，可是厨房一股天然气味，我妈头晕"],
    // The boiler room is on fire: a fire.
    ["fire", "锅炉房的蒸汽管爆了以后着火了，火苗往外窜"],
    // Boiling water drunk by a child is a poisoning to the model and stays so here.
    ["poison", "孩子喝了一口开水壶里的除垢剂，嘴里烫起泡了"],
    // An old man who wandered off and is now shaking stays missing.
    ["missing", "我爸走丢两个小时了，出门时就在发抖，一边脸发麻"],
  ] as const)("%s for %s stays", (hazard, text) => {
    expect(checkedModelHazard(text, hazard)).toBe(hazard);
  });
});
