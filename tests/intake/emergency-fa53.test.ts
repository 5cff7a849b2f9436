import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { fireDeniedOnly } from "../../src/intake/everyday-frame.js";
import { harmlessAside } from "../../src/intake/harmless-reading.js";
import { detectUrgencyByRules } from "../../src/intake/urgency-rules.js";
import { readHazardEnglishForRules } from "../../src/intake/emergency-english.js";

// Each "no emergency" sentence below is my own wording of a class filed as an emergency on main before
// this branch (rules, both, or the model alone); each "keeps the danger" sentence is an emergency here.
describe("ordinary messages that only sound like a danger (fa53)", () => {
  it.each([
    // a watch's fall alarm shown false by someone who was there
    "我妈的手环下午报警说跌倒了，其实她在打太极，这个能不能调灵敏一点",
    // a fall alarm's settings asked about
    "给爷爷买的跌倒报警器不会用，怎么设置紧急联系人",
    // a fall the person got up from and went home after
    "早上看见一个大爷在单元门口滑倒了，他自己站起来回家了，门口的台阶太滑，请物业铺个垫子",
    // a gas smell the gas company checked and found to be something else
    "邻居说我家门口有煤气味，燃气公司的人来查了，说是下水道的味道，想问问还要不要再查",
    // the danger denied in so many words
    "电梯里的对讲按了没人应，我不是被困，就是想让物业修一下",
    // a crowd told by how it feels
    "晚高峰公交站挤得喘不过气，能不能加开几班车",
    // trees and a nest cut down
    "小区门口那几棵老槐树，被物业砍了，也没通知我们",
    // a driver or a shop out of reach over goods or money
    "打车把手机落在车上了，联系不上司机，平台客服也不回",
    "交了一年的游泳课学费，现在泳馆关门了，老板联系不上了",
    // a home or a job not found
    "我一个人带两个孩子，找不到便宜的房子，能不能申请廉租房",
    // an alarm asked about, never sounded
    "燃气报警器装了两年了从来没响过，怎么知道它还好不好用",
    // a fire the writer denies, the thing switched off
    "电暖气插头有股焦味，我马上拔了，没起火，是不是插头质量不行",
    // shallow water denied a depth
    "桥洞下雨后积水，不深，就是行人要绕着走，能不能疏通一下",
  ])("is no emergency: %s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });

  it.each([
    "我妈的手环报警说跌倒了，打她电话一直没人接，她一个人住",
    "手表报警说我爸摔倒了，我赶过去他躺在地上起不来",
    "楼下一个老人滑倒了，头上流血，起不来了",
    "燃气公司来查过说没事，可是现在味道越来越大，头也晕",
    "电梯停在半截，我不是一个人，孩子也被困在里面",
    "地铁里挤得喘不上气，有个老人已经晕倒了",
    "有人拿刀追着砍人，已经砍伤了一个",
    "出租车司机联系不上，我奶奶还在他车上，她有老年痴呆",
    "孩子放学找不到了，到现在还没回家",
    "充电器冒烟了，拔了插头还在冒，屋里全是烟",
    "积水已经到腰了，车里还有人出不来",
  ])("keeps the danger told beside those words: %s", (text) => {
    expect(detectUrgency(text).urgency).toBe("emergency");
  });

  it.each([
    // someone dragged under a truck
    "一辆货车把骑电动车的大姐卷到车底下了，就在十字路口",
    // a door being forced now
    "对门正在有人撬锁，他家是个独居老人",
  ])("finds the danger by the rules: %s", (text) => {
    const found = detectUrgency(text);
    expect(found.urgency).toBe("emergency");
    expect(found.decidedBy === "rules" || found.decidedBy === "both").toBe(true);
  });

  it("reads a weapon held over people and a threat to jump told in English", () => {
    expect(readHazardEnglishForRules("a drunk guy threatened the cashier with a knife")).toContain(
      "持凶器威胁人",
    );
    expect(
      readHazardEnglishForRules("a woman on the bridge railing screaming she's going to jump"),
    ).toContain("喊着要跳楼");
    expect(
      detectUrgencyByRules("a man at the bus stop is threatening people with a broken bottle").urgency,
    ).toBe("emergency");
  });

  it("sets aside only the readings' words and keeps a danger told beside them", () => {
    expect(harmlessAside("手表报警说心率过高，结果她在跳绳", "injury")).not.toBeNull();
    expect(harmlessAside("手表报警说心率过高，结果她在跳绳，现在晕倒了", "injury")).toBeNull();
    expect(harmlessAside("院里的树被人砍了", "violence")).not.toBeNull();
    expect(harmlessAside("院里的树被人砍了，砍树的还把人砍伤了", "violence")).toBeNull();
  });

  it("holds the model's fire back only when the fire is denied and nothing burns beside it", () => {
    expect(fireDeniedOnly("车冒白烟，司机说是水箱开锅了，不是着火", "fire")).toBe(true);
    expect(fireDeniedOnly("充电器焦味，我拔了，没起火，但是还在冒烟", "fire")).toBe(false);
    expect(fireDeniedOnly("车冒白烟，司机说是水箱开锅了，不是着火", "gas")).toBe(false);
  });
});
