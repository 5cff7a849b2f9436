import { describe, expect, it } from "vitest";
import { readPossibleDanger } from "../../src/intake/danger-check.js";
import { detectUrgency } from "../../src/intake/detect-urgency.js";

/*
 * No danger filed as normal (the forty-fifth round), in sentences written for this file: no set's
 * lines are copied here. Each cause has the dangers it now raises and the near-misses beside them.
 */
const urgency = (text: string) => detectUrgency(text).urgency;
const asked = (text: string) => {
  const found = detectUrgency(text);
  return found.urgency !== "emergency" && readPossibleDanger(text, found.urgency) !== null;
};

describe("a hand, an arm or hair drawn into a machine", () => {
  it.each([
    "胳膊 卷进去了 面粉厂",
    "和面机把她的手夹住了 拔不出来",
    "头发被传送带绞住了，人被往里拖",
    "切片机夹手了 快来人",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "我的手机卷进洗衣机滚筒里了，怎么拿出来",
    "上个月在车间手指被机器绞伤，厂里不给报医药费",
    "工厂里的传送带噪音太大，晚上吵得睡不着",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("water up to the waist where people live", () => {
  it("a rented basement flooded waist-deep", () => {
    expect(urgency("出租屋在地下室 水已经到腰了 还在往里灌")).toBe("emergency");
  });

  it.each(["地下车库水到腰了，车都泡了", "下穿隧道积水齐腰深，车辆请绕行"])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("a frail person's device that reports stillness, and nobody answers", () => {
  it("a meter idle for a day and the phone unanswered", () => {
    expect(urgency("我妈家的智能电表提示一整天都没用电，她一个人住，电话打了好几遍都没人接")).toBe(
      "emergency",
    );
  });

  it.each([
    "我妈的手环老是误报跌倒，打电话问她说在跳广场舞，怎么关掉这个功能",
    "家里的电表一天都没走，是不是坏了，找谁修",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("a lone parent who does not answer today, never the case before", () => {
  it("many calls today, never like this before", () => {
    expect(
      urgency("我爸一个人住在老房子。我每天中午都给他打电话，今天打了七八个都没人接，以前从来没这样过"),
    ).toBe("emergency");
  });

  it("an office out of reach is a complaint", () => {
    expect(urgency("我爸一个人住，物业电话今天打了七八个都没人接，以前从来没这样过")).not.toBe("emergency");
  });
});

describe("a duct burning inside", () => {
  it("a restaurant's flue alight", () => {
    expect(urgency("楼下饭馆的油烟管道里面在烧，我家厨房都是黑烟")).toBe("emergency");
  });
});

describe("a thing found, the person not", () => {
  it("the bike found by the river, the rider not", () => {
    expect(urgency("我哥出去钓鱼五个小时没回来，自行车在河边找到了，人不见了，手机打不通")).toBe("emergency");
  });

  it("the person found is safe", () => {
    expect(urgency("我哥出去钓鱼五个小时没回来，后来在朋友家找到了")).not.toBe("emergency");
  });
});

describe("gone out, not back, told across a comma", () => {
  it("a confused parent out alone since the afternoon", () => {
    expect(urgency("我母亲有老年痴呆，今天中午她独自出门，至今未归，手机没带")).toBe("emergency");
  });
});

describe("a harm asked about is no harm denied", () => {
  it("a roof come down, and whether anyone is hurt", () => {
    expect(urgency("物业一直不修。刚刚车棚顶整块塌下来了，下面有人在避雨，快来看看有没有人受伤")).toBe(
      "emergency",
    );
  });
});

describe("a leak named with a strong smell at the door", () => {
  it.each(["隔壁家好像漏气了，门口味道特别冲，家里没人"])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each(["电动车轮胎漏气了，一股橡胶味特别大", "暖气片漏气，屋里味道很大，物业什么时候来修"])(
    "no danger: %s",
    (text) => {
      expect(urgency(text)).not.toBe("emergency");
    },
  );
});

describe("the safety question for dangers typed in pinyin, in English or in a hurry", () => {
  it.each([
    "mq bj xiang le, jia li mei ren",
    "rqw hen da 3 lou",
    "chi le shan shang de mo gu, xian zai tou yun e xin",
    "My dad's pendant sent a fall alert and he is not answering, please send someone",
    "孩子吃了奶奶的降压药 怎么办",
  ])("%s", (text) => {
    expect(urgency(text) === "emergency" || asked(text)).toBe(true);
  });

  it.each(["孩子吃了药还是发烧怎么办", "How do I turn off the fall alert on my mum's watch? Thanks"])(
    "no question: %s",
    (text) => {
      expect(asked(text)).toBe(false);
    },
  );
});
