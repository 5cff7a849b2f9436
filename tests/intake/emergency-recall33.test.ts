import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";

/*
 * The em-recall33 round (dangers missed), in sentences written for this file (no set's lines are
 * copied here). Each cause has dangers it now raises and near-misses the same words must not.
 */
const urgency = (text: string) => detectUrgency(text).urgency;

describe("a danger said with an emoji and a hurry", () => {
  it.each([
    ["🔥🔥 7号楼二单元 快来", "fire"],
    ["🔥 菜市场后面 赶紧", "fire"],
    ["🆘 我爸摔在楼梯口起不来", "injury"],
    ["🆘🆘 有人在单元门口倒下了", "injury"],
    ["🚑 电动车和三轮撞了 柳树路口", "injury"],
  ])("%s", (text, hazard) => {
    const f = detectUrgency(text);
    expect(f.urgency).toBe("emergency");
    expect(f.hazard).toBe(hazard);
  });

  it.each([
    "🔥🔥 新开的烧烤店生意太火了，快去排队",
    "这家奶茶店火爆🔥，大家快来打卡",
    "🔥🔥🔥 周末社区集市很热闹",
    "今天幼儿园组织参观消防站🚒，还看了救护车🚑，孩子玩得很开心",
    "笑死了🆘 我家猫又把我的拖鞋叼走了哈哈",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});
