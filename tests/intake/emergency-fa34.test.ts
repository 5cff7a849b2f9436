import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { normaliseUrgencyText } from "../../src/intake/urgency-rules.js";
import { standingWithoutHarm } from "../../src/intake/standing-hazard.js";

/*
 * The fa34 round (false alarms, second pass), in sentences written for this file (no set's lines
 * are copied here): a standing hazard or a habit told as a worry or a request for repair, with
 * nobody hurt and nothing happening now, is not an emergency on the model's word alone; the same
 * hazard with someone hurt or a word of the moment still is.
 */
const urgency = (text: string) => detectUrgency(text).urgency;

describe("standing hazards no longer filed as emergencies", () => {
  it.each([
    // The model alone filed these two as emergencies before this round.
    [
      "工地的吊篮一直挂在半空不收，风一吹就晃，下面小孩老在那玩，太危险了，谁来管一管",
      "a habit near a hazard",
    ],
    ["小区变压器的围栏门一直敞着，小孩老钻进去捡球，请供电局来锁上", "prevention asked"],
    ["厂房二楼的铁楼梯一直晃，工人天天上下，老板不修，大家都提心吊胆", "shaking for a long time, a worry"],
    ["小区后面那个窨井盖一直没盖好，孩子们老在旁边跑，麻烦派人修一下", "an open well, a repair asked"],
    ["外墙上的广告牌松了一个角，暂时没掉，看着不放心，请城管来看看", "not fallen yet, a worry"],
    ["路口那根路灯杆有点歪，还没倒，线也没断，请供电所派人扶正", "not down, a repair asked"],
  ])("%s (%s)", (text) => {
    expect(standingWithoutHarm(normaliseUrgencyText(text))).toBe(true);
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("the same hazards with harm or a moment are still emergencies", () => {
  it.each([
    ["路口那根路灯杆歪了，刚才倒下来砸到一个骑车的人，在流血"],
    ["车库入口的铁栅栏一直往外歪，刚刚整个倒下来，把一个小孩压在下面了"],
    ["仓库的货架一直往一边歪，我很怕，今天倒了把同事压住了"],
    // The model alone still raises this one: someone hangs there now.
    ["工地的吊篮一直晃，现在有个工人吊在外面下不来，太危险了，快来"],
  ])("%s", (text) => {
    expect(standingWithoutHarm(normaliseUrgencyText(text))).toBe(false);
    expect(urgency(text)).toBe("emergency");
  });
});

describe("the reading", () => {
  it("needs a worry or a repair asked, not a duration alone", () => {
    expect(standingWithoutHarm(normaliseUrgencyText("楼下那盏路灯一直亮着"))).toBe(false);
  });
  it("lets 现在还没 through but not 现在 on its own", () => {
    expect(standingWithoutHarm(normaliseUrgencyText("电线杆有点斜，现在还没倒，看着不放心"))).toBe(true);
    expect(standingWithoutHarm(normaliseUrgencyText("电线杆一直斜着，现在往下倒了，看着不放心"))).toBe(false);
  });
  it("leaves someone trapped to the danger", () => {
    expect(standingWithoutHarm(normaliseUrgencyText("冷库门一直坏着，有人被困在里面，请来修"))).toBe(false);
  });
});
