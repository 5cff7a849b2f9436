import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { everydayFrameOnly } from "../../src/intake/everyday-frame.js";
import { harmlessAside } from "../../src/intake/harmless-reading.js";

// My own wording of each class: eyesight lost to a blow, a blast or all at once is an injury or a stroke's
// sign, not a device asked for; hopping over puddles, sewage over a lane, a hurt already in hospital and a
// fire engine that "could not get in" are ordinary.
describe("eyesight lost to harm keeps the danger (fa55)", () => {
  it.each([
    "放鞭炮的时候一个炮仗炸到我叔脸上了 他说眼睛看不见了",
    "工地上石灰溅进我同事眼里，他现在眼睛看不见了，一直喊疼",
    "我爸被人一拳打在脸上，现在一只眼睛看不见了",
  ])("is still an emergency: %s", (text) => {
    expect(detectUrgency(text).urgency).toBe("emergency");
  });

  it("does not set the words aside when the eye was hurt or sight went all at once", () => {
    expect(harmlessAside("烟花崩到他了，眼睛看不见了，人不见了", "missing")).toBeNull();
    expect(harmlessAside("我妈突然眼睛看不见了，说头晕，人找不到了", "missing")).toBeNull();
  });

  it("still reads failing eyesight asked about as nobody missing", () => {
    expect(harmlessAside("姥姥眼睛看不清了，想申请一个会说话的血压计", "missing")).not.toBeNull();
    expect(detectUrgency("我爷爷有白内障，眼睛快看不见了，社区能不能帮忙预约手术").urgency).not.toBe(
      "emergency",
    );
  });
});

describe("ordinary messages that only sound like a danger (fa55)", () => {
  it.each([
    // hopping over puddles
    "小区主路全是坑，一下雨到处是水洼，大家只能跳着走",
    // sewage over a lane or a yard
    "后街的化粪池又满了，粪水流到路面上，臭得没法走",
    // a hurt already in hospital, asked about afterwards
    "上周我妈在菜市场门口被三轮车撞了，腿骨折住院了，想问那里的监控找谁调",
    // a fire engine that could not get in, a fire supposed
    "小区消防通道天天停满车，真要着火了消防车都进不来",
  ])("is no emergency: %s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });

  it.each([
    // a jump threatened beside puddles
    "楼下积水，我邻居站在天台边上说要跳下去",
    // sewage into a home with someone in it
    "化粪池的粪水漫到一楼屋里了，家里瘫痪的老人在床上出不来",
    // a fall told now, nobody in hospital yet
    "我妈刚才在菜市场门口被三轮车撞倒了，腿好像断了，起不来",
    // a fire engine kept out while it burns
    "着火了，消防车进不来，楼上还有人在喊救命",
  ])("keeps the danger: %s", (text) => {
    expect(detectUrgency(text).urgency).toBe("emergency");
  });

  it("frames a hurt in hospital only when nothing goes on now", () => {
    expect(everydayFrameOnly("我爸被车撞伤住院了，肇事的跑了", "injury")).toBe(true);
    expect(everydayFrameOnly("我爸被车撞伤住院了，现在又有人被撞了正在流血", "injury")).toBe(false);
  });
});
