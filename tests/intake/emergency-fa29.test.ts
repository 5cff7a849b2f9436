import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";

/*
 * The fa29 round (false alarms), in sentences written for this file (no set's lines are copied
 * here). Each class has its near-misses and the dangers the same words must still raise.
 */
const urgency = (text: string) => detectUrgency(text).urgency;

describe("near-misses no longer filed as emergencies", () => {
  it.each([
    // A cooker's flame colour asked about, nothing leaping out, no smell.
    ["我家灶台的火苗发红，不像以前那么蓝，要不要换个灶", "a reddish flame"],
    ["煤气灶火苗一会儿黄一会儿蓝 没闻到什么味 正常不", "a flickering colour"],
    // A lasting condition told for a certificate, a device or rehabilitation.
    ["我妈脑梗以后走路不稳，一直在做康复，想问社区有没有助行器可以借", "rehabilitation"],
    ["老伴中风后遗症，说话不利索，残疾证怎么办理", "a certificate"],
    // The person said to be safe, a procedure asked about.
    ["想问下怎么申请人身保护令，我表姐被家暴过，她现在搬出来了，很安全", "safe now"],
    ["我弟弟昨晚没回宿舍，刚才打通电话了，在同学家，人是安全的", "reached and safe"],
    // A child seen well again after a tumble.
    ["小孩从椅子上摔下来了，哭了几声，现在又在玩了，要不要去医院", "playing again"],
    ["宝宝从沙发上滚下来，哄了一会儿就好了，能吃能玩，需要拍片吗", "eating and playing"],
    // A rumour passed on to stop it.
    ["网上说我们街道有小孩被拐走了，派出所说是旧新闻，大家别转了", "an old story"],
    ["听说菜场有人被砍了，其实是两个人吵架，大家别瞎传", "don't spread it"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("dangers the same words still raise", () => {
  it.each([
    // A flame out of place, or with a smell.
    ["燃气灶的火苗变黄了，还一直往外窜，烧到旁边的抹布了", "fire"],
    // A sudden change on top of a lasting condition.
    ["我爸中风后遗症好几年了，今天突然倒在地上叫不醒", "injury"],
    // Said safe, but the threat goes on.
    ["她说她现在安全了，可是那个男的还在外面砸门，说要打死她", "violence"],
    // Well again, then a worrying sign.
    ["孩子从床上摔下来，刚开始还在玩，现在一直吐，叫他也没精神", "injury"],
  ] as const)("%s → %s", (text, hazard) => {
    const found = detectUrgency(text);
    expect(found.urgency).toBe("emergency");
    expect(found.hazard).toBe(hazard);
  });

  it.each([
    // A harmful thing swallowed harms later, however well the child looks.
    "孩子把一颗纽扣电池吞下去了，现在又在玩，要紧吗",
    // A rumour checked and found true.
    "听说楼下着火了，我下去一看真的在冒烟，快来人",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });
});
