import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { harmlessAside } from "../../src/intake/harmless-reading.js";

describe("words with a harmless reading", () => {
  it.each([
    "施工队把我们楼后面的围墙推倒了，也不打个招呼",
    "我家新办的电梯卡丢了，补一张要五十块",
    "车库入口堆满了杂物，真着火了消防车怎么进",
    "楼后那根电线一刮风就打火花，请供电所来看看",
    "我爸中风好几年了，想问社区有没有上门照护的服务",
  ])("is no emergency: %s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });

  it.each([
    "工地把围墙推倒了，有个老人被埋在下面",
    "车库入口堆满了杂物，现在车库里着火了，消防车进不来",
    "楼后那根电线刚才下雨冒火花，有个孩子碰了一下倒在地上",
    "我妈有老年痴呆，今天早上出门到现在还没回来",
    "电梯卡住了，我在里面出不来",
  ])("keeps the danger: %s", (text) => {
    expect(detectUrgency(text).urgency).toBe("emergency");
  });

  it("sets aside only readings that explain the hazard found", () => {
    expect(harmlessAside("垃圾桶被人推倒了", "violence")).not.toBeNull();
    expect(harmlessAside("垃圾桶被人推倒了", "gas")).toBeNull();
    expect(harmlessAside("垃圾桶被人推倒了", null)).toBeNull();
  });
});
