import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";

/*
 * The fa33 round (false alarms), in sentences written for this file (no set's lines are copied
 * here). Each near-miss reading is a class seen on two or more development sets; each class has the
 * dangers the same words must still raise.
 */
const urgency = (text: string) => detectUrgency(text).urgency;

describe("near-misses no longer filed as emergencies", () => {
  it.each([
    // The resident went and asked, and was told the scare is harmless.
    ["楼下草坪上躺着个大叔一动不动，我下去一问，人家好好的，就是累了躺会儿", "asked: just resting"],
    ["楼顶边上坐着个小伙子，腿垂在外面，我过去问了，他说没事，是在修太阳能", "asked: a repairman"],
    ["我爸一上午没接电话，刚刚回了，说在钓鱼没带手机，人挺好的", "called back: fine"],
    ["孩子误吃了一颗维生素，问了药店说没事，就想问药该放哪", "asked a pharmacy"],
    ["我表妹发朋友圈说不想活了，我问她她说只是考试没考好，我该怎么安慰", "asked: just a bad exam"],
    // A detector tested, not sounding for a danger.
    ["家里的燃气报警器我按了测试键，响了很久才停，这样正常吗", "gas alarm tested"],
    ["宿舍的烟感按了测试没反应，宿管说下周换，有点担心", "smoke alarm tested, silent"],
    // English: the hazard denied.
    [
      "The smoke alarm in our kitchen goes off whenever we make toast. Nothing's on fire, how do we adjust it?",
      "nothing on fire",
    ],
    ["My boiler stopped, no hot water, not gas smell, just cold. Who fixes it?", "no gas smell"],
    // A standing hazard reported as a worry: nothing has happened yet.
    ["小区配电箱门一直开着，里面的线碰着就打火花，还没出过事，请供电所来看看", "nothing happened yet"],
    ["电线垂到人头顶了，碰着就冒火花，再不修早晚出事", "bound to happen some day"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("dangers the same words still raise", () => {
  it.each([
    // Asked and told it was fine, but something after says harm.
    ["老人坐在路边，我过去一问他说没事，可现在又倒在地上叫不醒了", "injury"],
    // A fire or a gas smell goes on whatever someone was told.
    ["家里燃气味很重，打过去燃气公司说正常，让我自己看着办", "gas"],
    ["楼下着火了！刚问了物业说消防通道正常", "fire"],
    // A confused elder asked where home is is no all-clear.
    ["公交站有个老奶奶坐了一下午，问她家在哪她说不知道，光着脚，天快黑了", "missing"],
    // A detector's test with a real sign of gas.
    ["燃气报警器一直叫，我按了测试键也停不下来，屋里一股臭鸡蛋味，头也晕", "gas"],
    // English: a denial about one place, the danger in another.
    ["no gas smell in my flat but the whole stairwell stinks of gas and a neighbour fainted", "gas"],
    // Nothing happened before; something happening now.
    ["楼道电线一直冒火星，还没出过事，可刚才突然烧起来了", "fire"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).toBe("emergency");
  });
});
