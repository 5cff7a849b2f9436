import { describe, expect, it } from "vitest";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import type { Hazard } from "../../src/intake/urgency-rules.js";

/*
 * Structures below and beside the street whose owner a danger's words do not name: utility tunnels,
 * retaining walls and slopes, floors being added on a house, a building's floor or gallery giving way,
 * a car park's barrier, roller door, slab and chargers. Phrasings are our own.
 */
const owner = (hazard: Hazard, text: string, current = "other", confidence = 0.2): string | null =>
  categoryForHazard(hazard, text, current, confidence);

describe("structures below and beside the street", () => {
  it.each([
    // The city's utility tunnel, whatever happens inside it.
    ["fire", "综合管廊里冒黑烟，检修口能闻到焦味", "municipal"],
    ["missing", "两个巡检员进了管廊一个多小时，对讲机没人回", "municipal"],
    ["flood", "管廊里进水了，有人在里面抢修电缆", "municipal"],
    // A retaining wall or a bank of earth above houses or a road.
    ["collapse", "挡土墙裂了一道大缝，下面是一排平房", "municipal"],
    ["collapse", "路边边坡往下掉石头，坡下有住户", "municipal"],
    ["collapse", "屋后的土坡塌下来，泥把门堵住了", "municipal"],
    // Floors being added on a house.
    ["collapse", "村里那栋自建房正在加盖第四层，底下的柱子已经裂了", "construction"],
    ["injury", "房东在楼顶加层，刚掉下来一块楼板砸到人", "construction"],
    // A building's floor or gallery giving way under someone, a fall into its light well.
    ["injury", "筒子楼的楼板断了，楼上的大爷掉到楼下屋里", "property"],
    ["injury", "老楼走廊的栏杆整段掉下去了，有个孩子扒在边上", "property"],
    ["injury", "小孩掉进了楼后面的采光井，听得到哭", "property"],
    // A load-bearing wall of one's own building, the street only its address.
    ["collapse", "我们楼（海边街8号）的承重墙裂开了，还在掉砖", "property"],
    // A hole beside a site, not the site's.
    ["injury", "一个老人掉进工地旁边的下水井了，在喊救命", "municipal"],
    // A car park's barrier, roller door, slab and charger.
    ["injury", "地库出口的抬杆砸到一个骑车的孩子", "property"],
    ["violence", "道闸砸到人了，孩子在地上哭", "property"],
    ["injury", "停车场的卷帘门压住了一个人的腿，按钮没用", "property"],
    ["collapse", "地下车库的顶板掉下来一大块混凝土，砸坏一辆车", "property"],
    ["fire", "车库里充电桩那一块全是水还在冒火花", "power_supply"],
    ["flood", "地库进水了，水到膝盖，配电房就在旁边", "property"],
    ["collapse", "路边的箱变被塌方埋住了，电缆都露出来了", "power_supply"],
    ["electric", "地下室的水泡到电箱了，一直噼啪响", "power_supply"],
    // Someone held in a car and beaten.
    ["trapped", "停车场里有人把一个女的困在车里，还在打她", "public_order"],
  ] as const)("%s: %s → %s", (hazard, text, expected) => {
    expect(owner(hazard, text, hazard === "electric" ? "property" : "other")).toBe(expected);
  });

  it.each([
    // A compound's own retaining wall is its manager's.
    ["collapse", "我们小区的挡土墙鼓出来了，下面是车棚", "property"],
    // A roof shed built long ago, blown off: the building's.
    ["collapse", "楼顶那个铁皮加盖被风掀起来了，挂在楼边晃", "property"],
    // Someone who means to end his life at a tunnel's entrance is the community's.
    ["self_harm", "他说要去管廊入口下去不上来了，最近刚被辞退", "social_assistance"],
    // A bunk's guard rail is no part of the building.
    ["injury", "宿舍上铺的栏杆断了，孩子掉下来头着地", "health"],
  ] as const)("keeps %s: %s → %s", (hazard, text, expected) => {
    expect(owner(hazard, text)).toBe(expected);
  });
});
