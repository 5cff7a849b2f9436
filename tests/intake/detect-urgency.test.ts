import { describe, it, expect } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";

describe("detectUrgency", () => {
  it.each([
    "楼道里有很大的煤气味",
    "燃气泄漏了怎么办",
    "6号楼着火了冒浓烟",
    "电梯困人了，里面有个小孩",
    "老人摔倒在路上起不来了",
    "刚才有人被电到了",
    "我家老人走丢了，有老年痴呆",
    "有人被刀砍伤了",
    "孩子掉进河里了",
  ])("flags %s as an emergency", (text) => {
    expect(detectUrgency(text).urgency).toBe("emergency");
  });

  it.each(["停水一天了饭都做不了", "整栋楼停电了", "零下十度整个小区都没暖气", "污水井冒出来了满街脏水"])(
    "flags %s as urgent",
    (text) => {
      expect(detectUrgency(text).urgency).toBe("urgent");
    },
  );

  it("keeps an ordinary complaint normal", () => {
    expect(detectUrgency("暖气不热好几天了").urgency).toBe("normal");
  });

  it("does not raise an alarm when the resident says there is no gas smell", () => {
    expect(detectUrgency("燃气报警器老响，但是没闻到燃气味").urgency).not.toBe("emergency");
  });
});
