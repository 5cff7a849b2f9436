import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { adviceFor } from "../../src/intake/dialogue/safety-advice.js";

/*
 * A fraud going on now, in sentences written for this file: someone else taken in by a fake
 * policeman or "customer service" while the writer watches, or held by debt collectors. Beside each,
 * the same words where nothing is happening now.
 */
describe("a fraud under way is an emergency for the police", () => {
  it.each([
    ["我外公在客厅跟一个自称公安局的人通电话，说要把存款转到什么监管账户，我们劝都劝不住", "fraud"],
    ["楼下的李奶奶拿着存折要去银行取钱，说是检察院的人让她取的，肯定是骗子，人已经在柜台排队了", "fraud"],
    ["我婆婆被冒充快递客服的骗子远程控制了手机，现在还在跟对方视频", "fraud"],
    ["我妈在老家接了个假警察的电话，正准备去转账，她不接我电话，我在外地干着急", "fraud"],
    ["几个催收的人把我爸堵在小卖部里，扣着他不放，说不还钱不让走", "violence"],
  ])("%s", (text, hazard) => {
    const finding = detectUrgency(text);
    expect(finding.urgency).toBe("emergency");
    expect(finding.hazard).toBe(hazard);
  });

  it("tells the resident to stop the transfer and call 110", () => {
    const advice = adviceFor("fraud");
    expect(advice).toContain("110");
    expect(advice).toContain("转账");
    expect(advice.length).toBeLessThanOrEqual(70);
  });
});

describe("the same words with nothing under way", () => {
  it.each([
    ["今天有个自称医保局的打电话说我卡被冻结，我没理他直接挂了", "hung up"],
    ["我爸上个月被冒充公检法的骗了三万块，派出所立案了，钱能追回来吗", "already done"],
    ["社区能不能给老人办个防骗讲座，骗子老让人往安全账户转钱", "a lecture"],
    ["有人打电话说我女儿出事了要我马上汇款，我一听就是骗子", "the writer saw through it"],
    ["物业的车挡着不让我出门，能不能让他们挪一下", "a car in the way"],
    ["几个人天天在单元门口打牌到半夜，吵得不行", "card players"],
  ])("%s (%s)", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });
});
