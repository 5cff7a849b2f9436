import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";

// Someone left hanging outside a building when a rope gives: written for this file.
describe("someone hanging outside a building on a rope that gave way", () => {
  it.each([
    "走过去一看是个刷外墙的工人，安全绳断了一根，人挂在外墙上下不来",
    "擦玻璃的阿姨吊在十几楼窗外，绳子卡住了上不去也下不来",
    "对面楼的吊篮一头绳子松了，两个师傅在上面抓着栏杆",
  ])("%s", (text) => {
    // Whichever rule reads it first names the hazard; 119 comes either way.
    expect(detectUrgency(text).urgency).toBe("emergency");
  });

  it.each([
    "物业请人清洗外墙，下面也没拉警戒线，蜘蛛人干活时行人照样走，建议管一管",
    "空调外机的支架绳子松了，麻烦物业找人看看",
  ])("not: %s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });
});
