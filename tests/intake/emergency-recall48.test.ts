import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { detectUrgencyByRules } from "../../src/intake/urgency-rules.js";
import { englishDanger } from "../../src/intake/english-danger.js";

/*
 * No danger filed as normal (the forty-eighth round), in sentences written for this file: no set's
 * lines are copied here. Each cause has the dangers it now raises and the near-misses beside them.
 */
const urgency = (text: string) => detectUrgency(text).urgency;

describe("a driver slumped at the wheel", () => {
  it.each([
    "出租车司机趴在方向盘上，乘客在摇他，车停在路中间",
    "小货车驾驶员趴方向盘上，引擎还响着，窗户上全是雾气",
    "前面的大巴绿灯了也不动，司机歪着",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each(["司机趴在方向盘上睡觉，等客人呢", "网约车司机趴方向盘上玩手机，半天不开车"])(
    "no danger: %s",
    (text) => {
      expect(urgency(text)).not.toBe("emergency");
    },
  );
});

describe("a car in the water", () => {
  it.each(["鱼塘里有辆车！！", "一辆面包车冲进水库了"])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each(["河里有辆报废的车扔了好几个月了，没人管", "电视台要在湖边拍一场汽车开进湖里的戏，想问要报备吗"])(
    "no danger: %s",
    (text) => {
      expect(urgency(text)).not.toBe("emergency");
    },
  );
});

describe("a frail person behind a silent door", () => {
  it("coal smoke at the door of someone who lives alone", () => {
    expect(urgency("隔壁独居的老太太敲门无人应答，门缝里一股煤烟味")).toBe("emergency");
  });

  it("a knock unanswered while the phone rings inside", () => {
    expect(urgency("楼下的老爷子今天敲门他没开，手机在屋里一直响")).toBe("emergency");
  });

  // The rules raise neither (the model, unchanged this round, has its own opinion of both).
  it.each(["楼下烧煤炉，煤烟味飘进来了，很难闻", "敲门没人开，电话在屋里响，原来她下楼买菜忘带手机了"])(
    "no danger by the rules: %s",
    (text) => {
      expect(detectUrgencyByRules(text).urgency).not.toBe("emergency");
    },
  );
});

describe("a fire guessed inside what smokes", () => {
  it("a silo smoking, the fire inside it", () => {
    expect(urgency("饲料厂的料仓冒烟了，好像里面烧起来了")).toBe("emergency");
  });

  it("no danger: a factory's chimney", () => {
    expect(urgency("饲料厂的烟囱每天冒烟，味道很大")).not.toBe("emergency");
  });
});

describe("English: a cloud, a sharp smell, lightning", () => {
  it.each([
    "a yellow cloud is coming from the plant next door and my kids are coughing",
    "the truck spilled something that smells of ammonia and my throat is burning",
    "lightning struck the pavilion in the park, a man is lying there burnt on the leg",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "is there a rule about lightning rods on old buildings in our district",
    "the pool smells of chlorine every summer, can you ask them to use less",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("the question: a load shed onto the road", () => {
  it("asks", () => {
    expect(
      englishDanger("some pipes just rolled off a lorry onto the ring road, please send someone now"),
    ).toBe(true);
  });

  it("no question: a delivery complaint", () => {
    expect(englishDanger("the courier said my parcel fell off the van last week, thanks for checking")).toBe(
      false,
    );
  });
});
