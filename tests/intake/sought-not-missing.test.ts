import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";

/*
 * "找不到" with the thing, the place or the owner looked for after it: nobody is missing. Written
 * for this file; beside them, the people who are.
 */
describe("someone who cannot find a place or a thing is not missing", () => {
  it.each([
    "水库街修路以后公交站挪了，老人找不到车站，能不能立个指示牌",
    "医院里的指示太乱，我爸找不到科室，转了一上午",
    "小区车位太少，下班回来天天找不到地方停车",
    "我奶奶腿脚不好，公园里找不到厕所，能不能多建几个",
    "一辆车堵在消防通道上好几天了，找不到车主",
  ])("%s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });
});

describe("someone lost is still missing", () => {
  it.each([
    "我妈有点糊涂，早上出门到现在找不到回家的路，手机也没带",
    "六岁的孩子在车站找不到了，半个小时了",
    "我爷爷在医院里找不到了，护士说他自己走出去了，他有老年痴呆",
  ])("%s", (text) => {
    expect(detectUrgency(text)).toMatchObject({ urgency: "emergency", hazard: "missing" });
  });
});
