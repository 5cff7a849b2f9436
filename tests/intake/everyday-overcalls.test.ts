import { describe, expect, it } from "vitest";
import { agentAlarm } from "../../src/intake/agent-alarm.js";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { detectUrgencyByRules } from "../../src/intake/urgency-rules.js";

/*
 * Everyday messages the rules once called emergencies (eval-fresh8, read in the sixth round), each
 * in wording of our own: a word that also names a danger, told in a context that says it is not one.
 */
const everyday: readonly string[] = [
  // A job not found is not a child not found.
  "我儿子毕业一年了，找了好久工作都没找到，社区有没有招聘信息",
  // A stroke long ago, a patient in bed: a welfare request.
  "我爸中风在床上躺了两年，想问问能不能申请上门护理",
  // A car hit is no casualty.
  "我爸每周要去医院透析，之前我开车送，现在车被撞了送不了，社区能帮忙吗",
  // Smells and flames that are standing problems.
  "旁边工厂晚上偷偷排气，一股臭鸡蛋味，白天就没有",
  "对面汽修店天天喷漆，油漆味刺鼻子，孩子一闻就咳嗽",
  "燃气压力太小，灶上的火苗就一点点，还发红，做个饭要半天",
  // A card or a meter that does not respond is no person unresponsive (found writing a hotline test).
  "我是西盛家园5号楼的，燃气卡充了值插进表里没反应。",
  "电卡插上去没反应，是不是卡坏了",
  // Every year, whenever it rains.
  "下雨就淹那个桥洞，车都熄火了，年年这样没人管吗",
];

describe("everyday messages with a danger's word", () => {
  it.each(everyday)("%s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });

  it("a wire that buzzes whenever it rains is a standing fault to the rules (the model may still call it)", () => {
    expect(detectUrgencyByRules("楼道外面的电线皮都掉了，下雨天滋滋响，麻烦派人看看").urgency).not.toBe(
      "emergency",
    );
    expect(detectUrgencyByRules("楼道外面的电线掉在积水里，滋滋响").urgency).toBe("emergency");
  });

  it("eyes that no longer see are not a person gone", () => {
    expect(detectUrgencyByRules("对门的李奶奶眼睛看不见了，想请社区帮她申请助老服务").hazard).toBeNull();
    expect(detectUrgencyByRules("我家八岁的孩子不见了，到处找不到").hazard).toBe("missing");
  });

  it("a crime over and reported to the police is no alarm in the operator's words", () => {
    expect(agentAlarm(["这属于电信诈骗，请您立即拨打110报案，并带上转账记录去派出所。"])).toBeNull();
  });
});
