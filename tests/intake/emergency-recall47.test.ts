import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";

/*
 * No danger filed as normal (the forty-seventh round), in sentences written for this file: no set's
 * lines are copied here. Each cause has the dangers it now raises and the near-misses beside them.
 */
const urgency = (text: string) => detectUrgency(text).urgency;

describe("a cover or a floor gives way and someone goes down with it", () => {
  it.each(["沼气池的盖板塌了，一个饲养员掉进去了", "商场门口地面塌了一块，有个保洁员掉下去了"])(
    "%s",
    (text) => {
      expect(urgency(text)).toBe("emergency");
    },
  );

  it.each(["路面塌了一块，差点有人掉下去", "井盖塌了，没人掉下去，赶紧来修"])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("a worker below ground who does not answer, or the gas meter above sounding", () => {
  it.each([
    "管道井里检修的师傅对讲机喊了半天没人回，上面的报警仪一直在叫",
    "窨井下面有个工人呼叫不回，快来人",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it("no danger: a detector bought for the shaft", () => {
    expect(urgency("我们想给井下作业买一台气体检测仪，哪里有卖的")).not.toBe("emergency");
  });
});

describe("smoke where people are still inside, even at a works", () => {
  it("a workshop smoking with workers still in it", () => {
    expect(urgency("印刷厂的仓库冒烟了，里面还有工人，机具厂旁边")).toBe("emergency");
  });

  it("no danger: a factory chimney smoking", () => {
    expect(urgency("化工厂的烟囱天天冒烟，熏得人受不了")).not.toBe("emergency");
  });
});

describe("a wall or a house leaning out or undermined, with people in reach", () => {
  it.each([
    "老宿舍的山墙往外倾了一大截，楼里的住户尚未撤离",
    "护坡底部被雨水掏空了，上面就是民房，请立即派人到场抢险",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each(["围墙有点外倾，好几年了，想请人鉴定一下", "去年护坡被掏空过，后来修好了"])(
    "no danger: %s",
    (text) => {
      expect(urgency(text)).not.toBe("emergency");
    },
  );
});

describe("rain pouring into an underground space with people still in it", () => {
  it("a basement car park filling while owners move their cars", () => {
    expect(urgency("暴雨，水正灌入地库，里面还有车主在开车出来")).toBe("emergency");
  });
});

describe("an ambulance held up on its way to a patient", () => {
  it("the ambulance blocked at the gate, the patient waiting", () => {
    expect(urgency("急救车被堵在大门口开不进来，病人在楼上已经昏过去了")).toBe("emergency");
  });

  it.each(["小区车位太乱，万一救护车进不来怎么办", "上次救护车被堵在门口，物业一直不管停车"])(
    "no danger: %s",
    (text) => {
      expect(urgency(text)).not.toBe("emergency");
    },
  );
});

describe("convulsions typed in pinyin", () => {
  it("someone collapsed and convulsing", () => {
    expect(urgency("you ge xiao hai zai chao shi men kou dao di chou chu, kuai lai")).toBe("emergency");
  });

  it("no danger: making time", () => {
    expect(urgency("wo xiang chou chu shi jian qu ban ka")).not.toBe("emergency");
  });
});

describe("a watch's fall alert told in English", () => {
  it("a fall alert with a low heart rate", () => {
    expect(urgency("My grandma's watch just sent a fall alert, heart rate 35, she's not answering")).toBe(
      "emergency",
    );
  });

  it.each([
    "My dad's watch keeps giving false fall alerts, how do I switch it off?",
    "我爸的手环老是误报跌倒，能不能关掉这个功能",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});
