import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { normaliseUrgencyText, type Hazard } from "../../src/intake/urgency-rules.js";

/*
 * The causes behind what emergency-fresh20 showed once read (it was blind for two rounds), each in
 * wording of our own: no set's lines are copied here.
 */
describe("fresh20 causes: recognition", () => {
  const dangers: readonly (readonly [Hazard, string])[] = [
    // A cut wrist told haltingly, the words split by pauses.
    ["self_harm", "喂 喂 我 我刚才割了 手腕 在出租屋"],
    // A threat on one's own life with the means in hand.
    ["self_harm", "你们再不给我办 我现在就死给你们看 药都摆在桌上了"],
    // Someone pushed down the stairs tonight, after a quarrel that goes on every day.
    ["violence", "隔壁两口子天天闹 刚才男的把他媳妇从楼梯上推下去了"],
    // A lift typed half in Latin, a call for help from inside.
    ["trapped", "我妈在电t里 救命 出不来"],
    // A trap counted in minutes with nobody come yet, however often the lift breaks.
    ["trapped", "这电梯天天出毛病 今天又把我外婆关里面了 半个钟头了还没人来"],
    // Pinyin: a wire on the ground.
    ["electric", "gao ya xian luo di le, xiao qu hou men"],
  ];
  it.each(dangers)("%s: %s", (hazard, text) => {
    const finding = detectUrgency(text);
    expect(finding.urgency).toBe("emergency");
    expect(finding.hazard).toBe(hazard);
  });

  it("reads a gas smell told in a letter after an old complaint, from this morning on", () => {
    const text =
      "尊敬的领导：去年反映的垃圾站问题一直没解决，另外还有一事：今晨起楼道里一直有很冲的燃气味，三楼敲门没人应，请速派人。";
    const finding = detectUrgency(text);
    expect(finding.urgency).toBe("emergency");
    expect(finding.hazard).toBe("gas");
  });

  it("writes 电t back as a lift only where a lift is meant", () => {
    expect(normaliseUrgencyText("我在电t里")).toContain("电梯");
    expect(normaliseUrgencyText("电tv坏了")).not.toContain("电梯");
  });

  it("leaves a threat with no means, a push at play, and a lift wait without anyone inside alone", () => {
    expect(detectUrgency("再不退钱我就死给你们看").urgency).not.toBe("emergency");
    expect(detectUrgency("电梯坏了半个钟头了还没人来修").urgency).not.toBe("emergency");
  });
});
