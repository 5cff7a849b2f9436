import { beforeAll, describe, expect, it } from "vitest";
import { affirmedDanger, agentAlarm } from "../../src/intake/agent-alarm.js";
import { readPossibleDanger } from "../../src/intake/danger-check.js";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { OfflineEngine } from "../../src/intake/offline-engine.js";
import { parseTranscript } from "../../src/intake/parse-transcript.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";

/*
 * The em-recall35 round (no danger filed as normal), in sentences written for this file: no set's
 * lines are copied here. Each cause has dangers it now raises and near-misses beside them.
 */
const urgency = (text: string) => detectUrgency(text).urgency;
// The second-best outcome: not an emergency, but the bot asks the safety question.
const raisedOrAsked = (text: string) => {
  const found = detectUrgency(text);
  return found.urgency === "emergency" || readPossibleDanger(text, found.urgency) !== null;
};

describe("smoke that keeps growing, whatever someone said of it", () => {
  it.each([
    "问了物业说正常，但是楼道里烟越来越大",
    "問了物業說正常，但是樓道裡煙越來越大",
    "保安说是隔壁在装修，可是走廊里的烟越来越浓，我们在九楼",
    "车库最里面那辆车底下烟越冒越多 已经看不清车牌了",
    "仓库后门缝里往外冒的烟越来越黑 里面没开灯",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "楼下烧烤店的油烟越来越大，窗户都不敢开",
    "小区里抽烟的人越来越多，烟头扔得到处都是",
    "过年放鞭炮的烟越来越多，空气太差了",
    "工地扬尘越来越大，灰尘烟雾一样飘进屋",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });

  it("a firecracker's smoke does not get the question either", () => {
    expect(raisedOrAsked("过年放鞭炮的烟越来越多，空气太差了")).toBe(false);
  });
});

describe("the immersion heater called 热得快", () => {
  it.each(["宿舍的热得快烧起来了 床帘也着了", "那个热得快烧起来了，宿管不在，灭火器也拿不下来"])(
    "%s",
    (text) => {
      expect(urgency(text)).toBe("emergency");
    },
  );

  it.each([
    "今天热得快要着火了，空调还坏了",
    "宿舍能不能用热得快？想问下学校规定",
    "热得快哪里能买到，宿舍的坏了",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("a neighbour who has not shown up for days", () => {
  it.each([
    "樓上鄰居阿公好幾天沒出現了，門口堆著報紙，還有蒼蠅飛",
    "隔壁独居的阿姨四天没出现了 门口一股怪味",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each(["隔壁独居的阿婆三天没出现了，问物业说她回老家了", "那个卖菜的好几天没出现了，菜市场的摊位空着"])(
    "no danger: %s",
    (text) => {
      expect(urgency(text)).not.toBe("emergency");
    },
  );
});

describe("dangers in words the sets do not use: raised, or at least asked", () => {
  it.each([
    // gas, fire, electric, trapped, collapse, missing, violence, self-harm, poison, flood, injury
    "屋里一股臭鸡蛋味 我婆婆在厨房晕倒了 叫不醒",
    "爐子上的鍋燒乾了冒黑煙 我爸睡著了叫不醒",
    "配电箱滋滋响还冒火花 地上全是水 小孩在旁边",
    "電梯卡在兩層中間 裡面有個孕婦 說肚子疼",
    "老楼的阳台整块往下掉了 下面有人在晾衣服",
    "我爸早上说去河边钓鱼 手机关机 到现在都没回来 他有老年痴呆",
    "有个男的拿着砖头追着一个女的打 就在菜市场门口",
    "我同学发朋友圈说再见了 配了一张天台的照片 电话打不通",
    "孩子误喝了洗衣液 现在一直吐 嘴唇发白",
    "河水漫过了堤坝 村里老人还没撤出来",
    "工地上有人从脚手架摔下来 一动不动",
    "外卖小哥被车撞了 躺在路中间 腿在流血",
  ])("%s", (text) => {
    expect(raisedOrAsked(text)).toBe(true);
  });
});

describe("the operator's question about a danger, confirmed by the caller", () => {
  const turnsOf = (call: string) => parseTranscript(call)!.turns;

  it.each([
    ["坐席：您好。\n市民：（小声）我说不了话\n坐席：您身边有人要伤害您吗？\n市民：对", "violence"],
    ["坐席：您好，请讲。\n市民：……\n坐席：您是否有危险？是的话请按一下键。\n市民：（按键音）", null],
    ["坐席：请讲。\n市民：桥下面车撞了\n坐席：有人受伤吗？\n市民：有两个，趴着不动", "injury"],
    ["坐席：您好。\n市民：我家厨房那个，那个味\n坐席：您是说闻到煤气味吗？\n市民：对，很冲", "gas"],
    ["坐席：请讲。\n市民：地下室那边\n坐席：现在还冒烟吗？\n市民：还冒，比刚才多", "fire"],
    ["坐席：您慢慢说，是闻到天然气味吗？\n市民：是的是的，特别大", "gas"],
  ])("%s", (call, hazard) => {
    expect(affirmedDanger(turnsOf(call))?.hazard).toBe(hazard);
  });

  it.each([
    // A no, a yes to "are you safe", a yes about cooking fumes or a past event, a statement.
    "坐席：您好。\n市民：想问一下上次的维修\n坐席：您家里有人受伤吗？\n市民：没有没有，就是想问门什么时候修",
    "坐席：请讲。\n市民：我邻居吵架\n坐席：您现在安全吗？\n市民：是的，安全，就是吵得睡不着",
    "坐席：请讲。\n市民：楼下饭店\n坐席：是油烟的问题吗？\n市民：对，天天往我家灌",
    "坐席：您好。\n市民：想问问上次的事\n坐席：上次有人受伤吗？\n市民：有，已经出院了，想问赔偿",
    "坐席：好的，冒烟的那家消防已经处理了。您还有别的事吗？\n市民：有，想问垃圾清运",
    "坐席：请讲。\n市民：想问消防检查的事\n坐席：您家里装了烟感吗？\n市民：有，就是不知道有没有电",
    "坐席：您好。\n市民：消防演练的事\n坐席：如果遇到危险，请按一下键，我们会派人\n市民：好的",
  ])("no danger: %s", (call) => {
    expect(affirmedDanger(turnsOf(call))).toBeNull();
  });

  it("a conditional answered by a key, in the operator's own turn", () => {
    const call = "坐席：您好？您方便说话吗？\n市民：……\n坐席：如果您现在有危险，就按一下数字键5。（按键音）";
    expect(affirmedDanger(turnsOf(call))).not.toBeNull();
    expect(affirmedDanger(turnsOf("坐席：如果您有危险，请按一下键。\n市民：不用不用，我就问问"))).toBeNull();
  });

  it("the operator saying the crew is already on its way is an alarm; a visit that is over is not", () => {
    expect(agentAlarm(["好的，消防已经在路上了，您先用湿毛巾捂住口鼻"])?.hazard).toBe("fire");
    expect(agentAlarm(["您别动她，救护车已经出发了"])?.hazard).toBe("injury");
    expect(agentAlarm(["民警已经到过现场了吧？"])).toBeNull();
  });

  describe("through the engine", () => {
    let engine: OfflineEngine;
    beforeAll(async () => {
      engine = await OfflineEngine.create(await loadDomainConfig("config"));
    });

    it.each([
      "坐席：您好。\n市民：我不方便讲话，您问吧\n坐席：有人在您身边要伤害您吗？\n市民：是的，在客厅",
      "坐席：您好。\n市民：（很轻）我躲在阳台\n坐席：您是有危险吗？不方便就按一下键\n市民：（按键音）",
    ])("%s", async (text) => {
      expect((await engine.extract({ channel: "hotline", text })).urgency).toBe("emergency");
    });

    it.each([
      "坐席：请讲。\n市民：我邻居吵架\n坐席：您现在安全吗？\n市民：是的，安全，就是吵得睡不着",
      "坐席：请讲。\n市民：我家门口车被刮了\n坐席：民警已经到过现场了吧？\n市民：对，处理完了，我就想问保险",
    ])("no danger: %s", async (text) => {
      expect((await engine.extract({ channel: "hotline", text })).urgency).not.toBe("emergency");
    });
  });
});
