import { describe, expect, it } from "vitest";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import type { Hazard } from "../../src/intake/urgency-rules.js";

/*
 * Who owns a danger in the street and behind a neighbour's door: a beating heard through the wall, a
 * burglar at the lock, a car driven into a crowd, a driver who will not stop, someone shut in with
 * despair, an abandoned baby; a road that sinks, a crash over a bridge's rail, a roof sheet or a façade
 * coming down, a street bin burning. Phrasings are our own.
 */
// The hazard, the text, the owner expected, and the classifier's choice and confidence when they matter.
type Case = [Hazard, string, string, string?, number?];
const owner = (hazard: Hazard, text: string, current = "other", confidence = 0.2): string | null =>
  categoryForHazard(hazard, text, current, confidence);

describe("behind a door and in a crowd", () => {
  it.each([
    ["violence", "对门一直传来女人的哭声和砸东西的声音，快一个小时了", "public_order"],
    ["missing", "楼下那家老太太一直喊别打了，现在没声音了，敲门也不开", "public_order"],
    ["trapped", "有人拿螺丝刀在撬我家门锁，我一个人在家", "public_order"],
    ["self_harm", "一辆白车开着往人群里冲，广场上的人都在跑", "public_order"],
    ["violence", "我坐网约车，司机绕到郊区去了，我让他停他不停", "public_order", "traffic", 0.95],
    ["trapped", "我男朋友把自己锁在房间里，说你们别管我，地上有血", "social_assistance"],
    [
      "injury",
      "早上扫地的时候在花坛边发现一个包着小被子的婴儿，冻得发紫",
      "social_assistance",
      "sanitation",
      0.9,
    ],
    ["injury", "有人醉驾在街上横冲直撞，已经撞了好几辆车", "traffic"],
  ] as Case[])("%s: %s → %s", (hazard, text, expected, current, confidence) => {
    expect(owner(hazard, text, current, confidence)).toBe(expected);
  });

  it("does not read a relative told to stop trying to light a stove as a beating", () => {
    expect(owner("gas", "我爸一直在打火点灶，满屋子煤气味，我在电话里叫他别打了")).toBe("gas_supply");
  });
});

describe("roads, façades and street furniture", () => {
  it.each([
    ["collapse", "我家楼下的马路塌了一个大坑，还在往下陷", "municipal"],
    ["collapse", "门前那条路下面像是空了，一辆货车的轮子陷下去了", "municipal"],
    ["injury", "桥边护栏被货车撞开了，车头挂在桥外面，司机出不来", "traffic", "municipal", 0.85],
    ["collapse", "楼顶的彩钢瓦被风掀掉了一块，砸了一辆停着的车", "property"],
    ["collapse", "写字楼的玻璃幕墙松了，碎玻璃往步行街上掉", "property"],
    ["collapse", "工地的脚手架往公交站那边歪，钢管砸在站台顶棚上", "construction"],
    ["fire", "公交站旁边的垃圾桶烧起来了，烟很大", "municipal", "sanitation", 0.5],
    ["injury", "楼上那家孩子一个人在家一直喊救命，刚才说着火了", "property"],
  ] as Case[])("%s: %s → %s", (hazard, text, expected, current, confidence) => {
    expect(owner(hazard, text, current, confidence)).toBe(expected);
  });

  it("keeps a guardrail knocked down with nobody in the car the street's", () => {
    expect(owner("flood", "河边的护栏被车撞断了一截，外面就是深水", "municipal", 0.5)).toBe("municipal");
  });
});
