import { beforeAll, describe, expect, it } from "vitest";
import { readPossibleDanger } from "../../src/intake/danger-check.js";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { OfflineEngine } from "../../src/intake/offline-engine.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";

/*
 * No danger filed as normal, in sentences written for this file (no set's lines are copied here).
 * Each cause has the dangers it now raises and the near-misses beside them.
 */
const urgency = (text: string) => detectUrgency(text).urgency;
// The second-best outcome: not an emergency, but the bot asks the safety question.
const raisedOrAsked = (text: string) => {
  const found = detectUrgency(text);
  return found.urgency === "emergency" || readPossibleDanger(text, found.urgency) !== null;
};

describe("a deep fryer or an air fryer on fire is no chat group in uproar", () => {
  it.each([
    "小吃街那家的油炸锅烧起来了，火都窜到招牌上了",
    "家里空气炸锅着火了，冒黑烟",
    "食堂的油炸锅着火了，厨师手也烫伤了",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each(["业主群都炸锅了，物业费又涨", "气炸了，楼下又占我车位", "空气炸锅坏了，商家不给退"])(
    "no danger: %s",
    (text) => {
      expect(urgency(text)).not.toBe("emergency");
    },
  );
});

describe("smoke that keeps people in or reaches someone asleep", () => {
  it.each([
    "楼下有人烧纸钱，整个楼道都是浓烟，我家老人下不去",
    "地下室一直冒浓烟，屋里还有人在睡觉",
    "樓梯間全是黑煙，孩子下不來",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each(["锅炉房冒黑烟，想问是不是排放超标", "电梯坏了三天，老人下不来楼"])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("the others came back from the water, one did not", () => {
  it("一起去水库钓鱼的人都回来了，就我爸没回来，电话也不通", () => {
    expect(urgency("一起去水库钓鱼的人都回来了，就我爸没回来，电话也不通")).toBe("emergency");
  });

  it("an adult left on a mountain at least gets the question", () => {
    expect(raisedOrAsked("去后山爬山的同事都回来了，只有小王没回来")).toBe(true);
  });

  it.each(["同事们都回来了，就他没回来，说在公司加班", "大家去河边烧烤都回家了，就他没回来，说去朋友家了"])(
    "no danger: %s",
    (text) => {
      expect(urgency(text)).not.toBe("emergency");
    },
  );
});

describe("someone on a railway line", () => {
  it.each(["铁路道口那有个醉汉躺在铁轨上睡着了", "有个小孩坐在火车道中间玩石子"])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each(["废弃的铁轨上有人拍照，这里能拍吗", "想问一下铁轨边上的噪音能不能管"])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("what someone wore found by the water, the person not", () => {
  it("湖边发现了我哥的外套和手机，人一直联系不上", () => {
    expect(urgency("湖边发现了我哥的外套和手机，人一直联系不上")).toBe("emergency");
  });

  it.each(["河边捡到一只鞋，不知道谁的，放保安室了", "在湖边找到了他的手机，人已经回家了"])(
    "no danger: %s",
    (text) => {
      expect(urgency(text)).not.toBe("emergency");
    },
  );
});

describe("English: a pole, a roof's edge, the water, a door forced, smoke, a ceiling", () => {
  it.each([
    "My neighbour's kid is climbing the electricity pole to get his ball back",
    "A girl is standing on the roof edge of the mall, crying",
    "Someone just jumped into the canal and he is struggling",
    "Two men kicked open the front door and they are inside now",
    "Smoke is pouring out from under the door of 302, nobody answers",
    "The ceiling in the bathroom is bowing and plaster is falling",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "We jumped into the lake for a swim yesterday, is that allowed?",
    "Someone broke the gate lock last month, can it be fixed?",
    "Smoke is coming out of the restaurant chimney every evening, it smells",
    "My son wants to climb the flag pole at school, is that allowed?",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("dangers of every kind in words no set uses: raised", () => {
  it.each([
    // sudden illness in lay words: a stroke, chest pain with a cold sweat, choking, a fit
    "我爸说话突然说不清了，嘴也歪了",
    "我老公胸口疼，出了一身冷汗",
    "孩子吃糖噎住了，说不出话，脸都紫了",
    "我妈突然倒地抽起来了，口吐白沫",
    // traditional characters
    "我爸嘴歪了，說話不清楚，手也抬不起來",
    // gas, electric, collapse, self-harm, poison, flood, violence
    "厨房一股煤气味，我闻着头都晕了，孩子还在睡",
    "配电房门口积水漫进去了，里面在噼啪响",
    "地下车库的顶板在往下掉水泥块，还有车在下面停着",
    "楼顶有个人一直在边上走来走去，说活着没意思",
    "我爸喝了半瓶除草剂，现在在吐",
    "一楼进水了，水已经到腰了，老人出不来",
    "有人拿着刀在小区门口追着一个女的",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "想预约下周三的心内科门诊",
    "孩子上个月发烧抽过一次，医生说是高热惊厥，现在好了，想问疫苗还能打吗",
    "我爸前几天说话有点含糊，已经看过医生了，想问康复科在哪",
    "宝宝昨天吃饭噎了一下，咳出来就好了，想问辅食怎么做",
  ])("no danger: %s", (text) => {
    expect(raisedOrAsked(text)).toBe(false);
  });
});

describe("hotline calls through the engine", () => {
  let engine: OfflineEngine;
  beforeAll(async () => {
    engine = await OfflineEngine.create(await loadDomainConfig("config"));
  });

  it.each([
    "坐席：您好\n市民：我老伴胸口疼，一直冒冷汗\n坐席：他现在能说话吗\n市民：说不出来了",
    "坐席：请讲\n市民：铁路桥那边有个老人坐在铁轨上\n坐席：现在还在吗\n市民：还在，叫他也不走",
    "坐席：您好\n市民：我们楼道有人烧纸，现在全是烟，楼上老人下不来\n坐席：您先别进楼道",
  ])("%s", async (text) => {
    expect((await engine.extract({ channel: "hotline", text })).urgency).toBe("emergency");
  });

  it("no danger: a question about a fit that passed", async () => {
    const text =
      "坐席：您好\n市民：我儿子去年抽过一次，现在好了\n坐席：您想咨询什么\n市民：想问哪个医院看癫痫好";
    expect((await engine.extract({ channel: "hotline", text })).urgency).not.toBe("emergency");
  });
});
