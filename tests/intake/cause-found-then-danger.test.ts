import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";

/*
 * A cause found ("原来是…", "一看是…") explains the smell or the noise that raised the alarm; what the
 * sentence goes on to report after it is read on its own. A fire, a wound or a fight after the cause
 * is a danger now; smoke or a smell after it is the cause's own. Sentences written for this file.
 */
const urgency = (text: string) => detectUrgency(text).urgency;

describe("a danger reported after the cause is found", () => {
  it.each([
    ["闻到焦味跑下楼，原来是二楼在炸丸子，锅里的油烧起来了，火苗都上了墙", "a pan fire"],
    ["原来是对门在烧香，香炉倒了把窗帘点着了", "incense sets a curtain alight"],
    ["外面吵吵嚷嚷的，原来是两家在争车位，现在动手了，一个人满脸是血", "a quarrel turns to blows"],
  ])("%s (%s) is an emergency", (text) => {
    expect(urgency(text)).toBe("emergency");
  });
});

describe("the cause's own smoke or smell is not a new danger", () => {
  it.each([
    ["闻到烟味吓一跳，原来是楼下大排档在烤串，烟挺大的", "a kebab stall's smoke"],
    ["楼道有股糊味，一看是邻居在熬中药，味道很冲", "herbs simmering"],
    ["听到砰砰响，原来是隔壁在装修，电锤声音很大", "renovation noise"],
    ["闻到煤气味，原来是邻居在做饭，没事了", "cooking, all clear"],
  ])("%s (%s) is not an emergency", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});
