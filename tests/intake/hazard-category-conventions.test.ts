import { describe, expect, it } from "vitest";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import { batteryFireAtHome } from "../../src/intake/hazard-category-conventions.js";
import type { Hazard } from "../../src/intake/urgency-rules.js";

/*
 * The lead's conventions of the em-cat38 round, where the sets' writers disagreed: the owner is
 * named outright, whatever the classifier was sure of. Phrasings are our own.
 */
describe("the lead's category conventions for a danger (em-cat38)", () => {
  it.each([
    // A worker hurt at work outside a building site: the labour inspectors.
    ["injury", "面包房的学徒揉面时手被搅拌机绞了，血一直流", "health", "labor"],
    ["injury", "超市搬运工从货架梯子上摔下来，后脑着地不说话了", "property", "labor"],
    ["poison", "小区的污水井在清淤，下去的工人没了动静，上面的人在喊", "pollution", "labor"],
    ["poison", "饭店后厨的蒸汽管爆了，厨师手臂全烫起泡了", "market", "labor"],
    ["flood", "锅炉房热水管裂了，一个工人被开水烫伤", "water_supply", "labor"],
    // A grass fire on public land in town: the city's crews.
    ["fire", "河堤边上的一大片枯草烧起来了，风往公交站那边刮", "sanitation", "municipal"],
    // A battery or an e-bike burning in a residential building: the building's manager.
    ["fire", "楼道里充电的电瓶车烧起来了，烟往楼上灌", "power_supply", "property"],
    // Icicles over a path: the compound's manager inside it, the city outside.
    ["collapse", "小区单元门上面挂着一排冰溜子，刚掉下来一根差点砸到小孩", "other", "property"],
    ["collapse", "人行道上方的冰溜子掉下来砸到路人肩膀，还有好多挂着", "other", "municipal"],
  ] as const)("%s: %s (%s) → %s", (hazard, text, current, expected) => {
    expect(categoryForHazard(hazard as Hazard, text, current, 0.9) ?? current).toBe(expected);
  });

  it.each([
    // A missing child stays the police's, as the taxonomy's handler has it.
    ["missing", "我家闺女五岁，在菜市场门口一眨眼就没影了，穿黄裙子", "public_order", "public_order"],
    // A missing adult able to say who they are stays the police's.
    ["missing", "我老公四十二岁，昨天下班没回家，手机打不通", "public_order", "public_order"],
    // A worker on a building site stays the site's; a customer's blow at a waiter is the police's.
    ["injury", "工地上的工人从脚手架上掉下来了，腿断了", "construction", "construction"],
    ["injury", "饭店里有人闹事，拿酒瓶砸了服务员的头", "public_order", "public_order"],
    // A fire on a hillside keeps the open-country rule.
    ["fire", "山坡上的荒草烧起来了，往林子里去了", "other", "other"],
    // Someone shocked by the building's own wiring is no appliance's shock.
    ["electric", "楼道里的电线漏电，邻居碰了一下被电倒了", "property", "power_supply"],
    // Someone clearing snow off a roof who fell is no icicle over a path.
    ["injury", "我爸上房顶扫雪，从梯子上摔下来，腿动不了", "health", "health"],
  ] as const)("not: %s: %s (%s) → %s", (hazard, text, current, expected) => {
    expect(categoryForHazard(hazard as Hazard, text, current, 0.9) ?? current).toBe(expected);
  });

  it("a meter box burning beside parked e-bikes is no battery fire", () => {
    expect(batteryFireAtHome("fire", "楼下电表箱冒烟打火，下面停着好几辆电动车")).toBe(false);
    expect(batteryFireAtHome("fire", "宿舍里充电宝炸了，床上着火了")).toBe(true);
    // On the road it is a crash's or the road's, not a building's.
    expect(batteryFireAtHome("fire", "马路上一辆电动车电池冒火，车主跑开了，旁边就是小区")).toBe(false);
  });
});

/*
 * fresh36's own wordings of conventions the engine already had (em-cat38): a blow that knocks
 * someone down read as a collapse, someone shut in by the one hitting her, the poisoning named by
 * the resident, a room of people "not quite awake" beside a brazier, a swelling told before the
 * meal, a cable hanging in English, a road caving in "in the middle of the road". Our own words.
 */
describe("fresh36's wordings of existing danger conventions", () => {
  it.each([
    ["trapped", "我姐说她男人又动手了，她被关在屋里出不去", "property", "public_order"],
    ["gas", "中煤气了，我外婆晕过去了", "gas_supply", "health"],
    ["poison", "工棚里几个人烧炭盆睡觉，早上起来都不太清醒", "gas_supply", "health"],
    ["injury", "朋友脸肿起来了，喘不上气，他吃了带花生的饼干", "market", "health"],
    [
      "fire",
      "A broken cable is dangling from the pole and sparking by the school gate",
      "property",
      "power_supply",
    ],
    ["collapse", "海边街路中间塌下去一个洞，一辆车的后轮陷进去了", "traffic", "municipal"],
  ] as const)("%s: %s (%s) → %s", (hazard, text, current, expected) => {
    expect(categoryForHazard(hazard as Hazard, text, current, 0.3) ?? current).toBe(expected);
  });

  it.each([
    // A gas water heater named: the gas company checks it (the tune-em25 convention).
    ["gas", "燃气热水器洗澡，煤气中毒了，我老公晕在浴室", "gas_supply", "gas_supply"],
    // A kitchen knife slip is no attack, however someone fell.
    ["collapse", "切菜的时候刀滑了，人一下倒在厨房", "health", "health"],
    // Medicine just taken is no meal to blame on a seller.
    ["poison", "我爸刚吃完降压药就头晕，坐在地上起不来", "health", "health"],
  ] as const)("not: %s: %s (%s) → %s", (hazard, text, current, expected) => {
    expect(categoryForHazard(hazard as Hazard, text, current, 0.9) ?? current).toBe(expected);
  });
});
