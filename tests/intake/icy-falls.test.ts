import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";

/*
 * Several people slipping on ice over days is a path to grit (property or the street office), not
 * an ambulance; one person down now, or one of many who cannot get up, is.
 */
describe("falls on ice", () => {
  it.each([
    "西盛家园主路结了一层冰，这两天好几个老人滑倒了，物业也不撒盐",
    "学校门口台阶上全是冰，好几个孩子摔倒了，希望有人来铲一下",
    "桃南一区坡道冻住了，经常有老年人摔跤",
  ])("does not file %s as an emergency", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });

  it.each([
    "公交车一个急刹，车上好几个老人摔倒了，有一个起不来",
    "小区门口冰上好几个人摔倒了，有个大爷头上流血了",
    "我妈在楼门口滑倒了，躺在冰上起不来",
  ])("keeps %s an emergency", (text) => {
    expect(detectUrgency(text).urgency).toBe("emergency");
  });
});
