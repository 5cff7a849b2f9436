import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { BRIEF_DANGER_PROBES } from "../support/brief-danger-probes.js";

/*
 * The fa35 round (false alarms), in sentences written for this file (no set's lines are copied
 * here). A scare told as over, with the person said to be well now, is no emergency; the same words
 * with harm, someone still in trouble, a question or a swallowed thing must still raise one.
 */
const urgency = (text: string) => detectUrgency(text).urgency;

describe("near-misses no longer filed as emergencies: over, and the person well now", () => {
  it.each([
    ["孩子的头刚才卡在栏杆缝里，我们抹了肥皂拿出来了，孩子没事，那个栏杆太危险了", "freed, child fine"],
    ["小孩的手被自动门夹了一下，马上拉出来了，手没事，门该修了", "hand pulled out, fine"],
    ["有个阿姨在公交站晕倒了，司机扶起来喝了点糖水好了，站台太热了", "fainted, better after sugar water"],
    ["骑车的大哥在坑里摔了，爬起来骑走了，那个坑能不能补一下", "fell, rode off"],
    ["宝宝把一颗药片放进嘴里，我马上抠出来，没吞下去，药要放高处", "not swallowed"],
    ["我奶奶在菜场门口滑了一跤，起来了没事，地上的水谁来拖一下", "got up, fine"],
    ["切菜划了个口子，贴了创可贴不流血了，想问卫生站几点开门", "cut, no longer bleeding"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("near-misses no longer filed as emergencies: the one not seen accounted for", () => {
  it.each([
    ["邻居家大爷一个人住，三天没见他了，问了他女儿，说大爷住院了，在做检查，人挺好的", "in hospital"],
    ["对门老太太好几天没开门，物业说她被儿子接去上海过年了", "taken away for the holidays"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("dangers the same words must still raise", () => {
  it.each([
    ...BRIEF_DANGER_PROBES,
    // The caller's own "我没事" while another is in trouble.
    ["我老公掉进河里了，我没事，快来人", "someone in the river"],
    // Freed or helped up, but harm told after.
    ["老人摔了一跤，扶起来了，但是说腿疼站不住", "helped up, but in pain"],
    ["刚才有人晕倒，扶起来了，现在躺在地上不说话", "helped up, on the ground"],
    ["孩子掉进池塘里，已经捞上来了，没有呼吸了", "pulled out, not breathing"],
    ["电梯里困了两个人，已经救出来一个，还有人在里面", "one out, one still in"],
    ["他被电了一下，已经拉开了，现在人没反应", "pulled off, unresponsive"],
    ["工人从架子上摔下来了，爬起来走了两步又倒了", "got up, fell again"],
    ["老人被困在车里，车门打不开，人还没事，水已经到腰了", "fine for now, water rising"],
    // A swallowed thing: seeming well is no all-clear.
    ["孩子吞了一颗纽扣电池，现在看着没事，在玩", "button battery swallowed"],
    ["孩子把硬币卡在喉咙里，没吞下去也吐不出来，脸都憋红了", "stuck in the throat"],
    // Pills taken: left out on purpose.
    ["爸爸吃了一整瓶安眠药，现在睡着了，呼吸挺好", "pills taken"],
    // Accounted for, then undone; or someone else in hospital.
    ["对门老太太好几天没开门，物业说她被儿子接去上海过年了，可是她儿子打电话说没接她", "not with the son"],
    ["我妈住院了，我爸一个人在家，早上出门到现在没回来，电话打不通", "the other parent gone"],
    // A question, not an all-clear.
    ["我妈刚才说胸口闷，嘴唇发紫，是不是休息一下就好了", "asked: will rest help"],
    // Smoke said to be growing, as it is on the read sets' dangers.
    ["楼下仓库的门缝里往外飘烟，烟越来越浓了", "smoke growing, from a door"],
    ["厨房里面烟越来越多，门打不开", "smoke growing indoors"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).toBe("emergency");
  });
});

describe("a weapon waved now: bystanders unhurt end nothing", () => {
  it.each([
    ["小区门口有个男的拿着砍刀乱挥，旁边的人都没事，快来人", "machete, bystanders fine"],
    ["楼下有人举着铁棍追着邻居跑，现在大家都没事", "iron bar, chasing"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    ["刚才有人在菜场拿刀乱挥，已经被民警制服了，大家都没事", "subdued by the police"],
    ["前天晚上有人提着棍子在路口乱晃，后来自己走了，都没事了", "gone, days ago"],
  ])("%s (%s): over", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});
