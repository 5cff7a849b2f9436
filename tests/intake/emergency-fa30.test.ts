import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";

/*
 * The fa30 round (false alarms), in sentences written for this file (no set's lines are copied
 * here). Each class has its near-misses and the dangers the same words must still raise.
 */
const urgency = (text: string) => detectUrgency(text).urgency;

describe("near-misses no longer filed as emergencies", () => {
  it.each([
    // A suggestion about a standing hazard, with no word of the moment.
    ["小区路灯的电线断了一截垂在积水里，容易漏电，建议供电所派人看看", "a wire in a puddle"],
    ["滑梯的扶手断了，小孩从上面摔下来很容易受伤，建议换个新的", "a broken slide"],
    // A danger heard of elsewhere, the reason for a precaution.
    ["听说隔壁小区有人家里充电宝着火了，我们宿舍充电宝很多，想问问怎么放比较安全", "heard of a fire"],
    // A rumour forwarded and said to be false.
    ["群里转的视频说西门有人持刀砍人，是假的，我就在西门，大家都好好的", "a forwarded rumour"],
    // The neighbour not seen for days answered the door.
    ["楼下阿姨三天没下楼了，我去敲门，她开门了，说是感冒在家躺着，想请社区常来看看她", "answered the door"],
    ["对门的大爷好几天没出门了，我刚才敲门，他开了门，说腿疼不想下楼", "answered, a sore leg"],
    // Talked down from a height, or fetched home.
    ["刚才那个在桥栏杆上坐着的大哥，民警已经劝下来了，他老婆也来了，就是跟你们说一声", "talked down"],
    ["我奶奶有老年痴呆，上午自己出门了，找了一中午，邻居把她接回家了", "fetched home"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("dangers the same words still raise", () => {
  it.each([
    // A suggestion, and something happening just now.
    ["建议把这段护栏修一修，刚才有个骑车的大爷从这里翻下去了，头上全是血", "injury"],
    // Heard of elsewhere, then the same thing at home now.
    ["刚看到新闻说电热毯容易着火，结果我家电热毯真的着火了，被子都烧起来了", "fire"],
  ] as const)("%s → %s", (text, hazard) => {
    const found = detectUrgency(text);
    expect(found.urgency).toBe("emergency");
    expect(found.hazard).toBe(hazard);
  });

  it.each([
    // The door opened, and the one behind it is found unwell.
    "对面老爷爷好几天没出门，我敲门他开了，一开门就摔在地上，叫也不应",
    // Nobody answers the door.
    "隔壁独居的奶奶两天没出门了，敲门一直没人开，电话也不接",
    // Not yet talked down.
    "楼顶有个人要跳，民警在劝，还没劝下来",
    // Heard of, then seen with one's own eyes.
    "听说后面那栋楼着火了，我从窗户一看真的在冒浓烟，楼上还有人在喊",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });
});
