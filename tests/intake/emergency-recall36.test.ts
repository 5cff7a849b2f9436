import { beforeAll, describe, expect, it } from "vitest";
import { readPossibleDanger } from "../../src/intake/danger-check.js";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { OfflineEngine } from "../../src/intake/offline-engine.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";

/*
 * The em-recall36 round (no danger filed as normal), in sentences written for this file: no set's
 * lines are copied here. Each cause has dangers it now raises and near-misses beside them.
 */
const urgency = (text: string) => detectUrgency(text).urgency;
// The second-best outcome: not an emergency, but the bot asks the safety question.
const raisedOrAsked = (text: string) => {
  const found = detectUrgency(text);
  return found.urgency === "emergency" || readPossibleDanger(text, found.urgency) !== null;
};

describe("breathing that has stopped, in a parent's words", () => {
  it.each([
    "我家小孩睡着睡着不呼吸了，怎么拍都没反应",
    "我外公呼吸停了好几秒又喘一口，现在又停了",
    "外孫女剛才不呼吸了，臉發青，我們在三號樓",
    "宝宝不会呼吸了！！",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "我老公打呼噜，睡觉时呼吸会停一下，想问挂哪个科",
    "练瑜伽憋气憋得头有点晕，现在好了",
    "家里的鱼不呼吸了，是不是水有问题",
    "宝宝睡觉的时候喘气声很大，正常吗",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });

  it("a fish that stopped breathing does not get the question", () => {
    expect(raisedOrAsked("家里的鱼不呼吸了，是不是水有问题")).toBe(false);
  });
});

describe("someone slumped at a car's wheel", () => {
  it.each([
    "停车场一辆车里，司机歪在方向盘上一动不动，敲车窗不理",
    "公交站旁边一辆出租车，司机趴在方向盘上，拍窗户没反应",
    "路口那輛車的司機倒在方向盤上，臉色發青",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it("no danger: a driver asleep in a parking space", () => {
    expect(urgency("司机趴在方向盘上睡觉，占着车位不走，敲窗户也不理")).not.toBe("emergency");
  });
});

describe("a machine someone breathes with, its power gone", () => {
  it.each([
    "停电了 我爸的呼吸机电池只剩二十分钟 求助",
    "我爸用的家用呼吸器没电了 他喘得很厉害",
    "家裡停電，奶奶的製氧機停了，她喘得很厲害",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "呼吸机想申请补贴，停电的时候怎么办",
    "我妈的制氧机坏了，想问哪里可以修",
    "下周停电，我爸的呼吸机电池只能用两个小时，想问能不能提前通知",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("what the morning finds after last night", () => {
  it("昨晚朋友来家里喝酒，早上起来发现他叫不醒，一身酒气", () => {
    expect(urgency("昨晚朋友来家里喝酒，早上起来发现他叫不醒，一身酒气")).toBe("emergency");
  });

  it.each([
    "昨晚聚会到很晚，早上起来发现手机丢了",
    "昨天早上发现他叫不醒，送医院抢救过来了，现在想问医保怎么报",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("smoke too thick to see through", () => {
  it.each([
    "楼道里烟大得看不见人，呛得睁不开眼",
    "每天都有人在楼梯间抽烟，今天烟浓得看不清台阶，好像不是抽烟了",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "楼道里天天有人抽烟，烟大得呛人",
    "楼道里有人抽烟，烟大得看不见人",
    "冬天烧柴烟大得看不清路",
    "路边有人在空地上烧塑料，烟大得睁不开眼",
    "工地扬尘大得看不见对面楼",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("something swallowed as a drink or a sweet", () => {
  it.each([
    "孩子以为是饮料，喝了一口车里的玻璃水",
    "有人把蓝色的清洁剂当饮料喝了",
    "小孩把爸爸的降糖药当糖豆吃了几颗",
    "工友喝了半瓶防冻液，现在站都站不稳",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "我把苏打水当饮料喝，会不会不健康",
    "狗把袜子当零食吃了",
    "狗狗又把纸巾当零食吃了",
    "小孙子把益生菌当零食吃了一包，虚惊一场",
    "冬天车里要加防冻液吗，想问问",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("pinyin and English the question now reaches", () => {
  it.each([
    "wo jia chu fang quan shi chou ji dan wei, ran qi biao zai zhuan",
    "ge bi zai da ren, you ren jiao jiu ming",
    "the man upstairs is hitting his wife and she is screaming, now it went quiet",
    "my son is not breathing properly and his lips are turning blue",
  ])("%s", (text) => {
    expect(raisedOrAsked(text)).toBe(true);
  });

  it.each([
    "da jia hao, wo xiang wen yi xia ran qi fei zen me jiao",
    "ni hao, qing wen ran qi biao zai na li",
  ])("no danger: %s", (text) => {
    expect(raisedOrAsked(text)).toBe(false);
  });
});

describe("dangers of every kind in words no set uses: raised", () => {
  it.each([
    // sudden illness in lay words: a stroke, chest pain with a cold sweat, choking, a fit
    "我爸刚才吃饭吃着吃着嘴歪了，说话也不清楚",
    "我老公胸口疼得厉害，一头冷汗，脸都白了",
    "孩子吃果冻卡住了，咳不出来，脸憋得通红",
    "我奶奶突然浑身抽，嘴里吐白沫，叫她没反应",
    // gas, fire, electric, trapped, collapse, self-harm, poison, flood, missing, violence
    "厨房里煤气味特别冲，我头晕想吐",
    "樓道裡煙濃得睜不開眼，不知道哪家燒起來了",
    "配电箱那边在冒火花，地上全是水",
    "电梯卡在两层中间，里面有个孕妇，喊了半天没人来",
    "阳台的水泥板往下掉，楼下就是幼儿园门口",
    "我儿子说不想活了，现在人站在天台边上",
    "孩子把洗衣凝珠当糖咬破了，嘴里都是泡沫",
    "小孩掉进小区的景观池了，水很深",
    "三岁的女儿在超市门口不见了，找了半小时",
    "有个男的拿着棍子在楼下追着人打",
    "my grandma fell in the bathroom and she is not answering me, door locked",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "想预约下周的心内科门诊，我胸口偶尔闷",
    "之前孩子发烧抽过一次，现在好了，想问要不要去复查",
    "上周我爸中风住院了，现在出院了想问康复去哪个医院",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("hotline calls through the engine", () => {
  let engine: OfflineEngine;
  beforeAll(async () => {
    engine = await OfflineEngine.create(await loadDomainConfig("config"));
  });

  it.each([
    "坐席：您好\n市民：我爸……倒在厕所了，叫不醒\n坐席：有呼吸吗\n市民：好像没有了",
    "坐席：请讲\n市民：我妈用的呼吸机，停电了，机器停了\n坐席：她现在怎么样\n市民：喘不上气",
    "坐席：您好\n市民：我家宝宝……宝宝不呼吸了\n坐席：您先别挂",
  ])("%s", async (text) => {
    expect((await engine.extract({ channel: "hotline", text })).urgency).toBe("emergency");
  });

  it("no danger: a question about a ventilator subsidy", async () => {
    const text = "坐席：您好\n市民：我爸用呼吸机，想问有没有电费补贴\n坐席：好的我帮您查";
    expect((await engine.extract({ channel: "hotline", text })).urgency).not.toBe("emergency");
  });
});
