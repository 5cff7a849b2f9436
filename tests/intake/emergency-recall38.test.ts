import { beforeAll, describe, expect, it } from "vitest";
import { readPossibleDanger } from "../../src/intake/danger-check.js";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { OfflineEngine } from "../../src/intake/offline-engine.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";

/*
 * No danger filed as normal (the thirtieth round), in sentences written for this file: no set's lines
 * are copied here. Each cause has the dangers it now raises and the near-misses beside them.
 */
const urgency = (text: string) => detectUrgency(text).urgency;
const asked = (text: string) => {
  const found = detectUrgency(text);
  return found.urgency !== "emergency" && readPossibleDanger(text, found.urgency) !== null;
};
// The second-best outcome: not an emergency, but the bot asks the safety question.
const raisedOrAsked = (text: string) => urgency(text) === "emergency" || asked(text);

describe("a fit told in lay words that will not stop", () => {
  it.each([
    "我媽癲癇發作，抽了十多分鐘還不停",
    "我爸羊角风犯了，一直抽，叫他也不应",
    "孩子抽风了，眼睛往上翻，嘴巴闭得紧紧的",
    "表哥的癫痫病又犯了，抽了七八分钟了，以前从来没这么久",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "我女儿发烧抽了一下，现在好了，想问要不要去医院",
    "我爸以前有癫痫，想问问社区有没有补贴",
    "孩子抽风那次抽了十分钟，现在好了，想问医保报销",
    "我弟有癫痫，想问残疾证怎么办",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("a wall falling outward onto people, the ground sinking over running water", () => {
  it.each([
    "圍牆正在往外倒，底下有小孩在玩",
    "马路对面的老房子墙正在往外倒，下面有人在摆摊",
    "菜市场门口的地面正在往下陷，裂开一道口子，底下哗哗地响",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "院墙有点往外歪，底下是停车位，能不能修一下",
    "老围墙往外歪了好几年了，底下有人停车，能不能找人修",
    "院子地面在下沉，地砖都裂开了，找物业几个月了没人管",
    "小区门口的墙刷成往外倒的样子了，设计挺奇怪",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("the caller's own trip or holiday explains nobody else's silence", () => {
  it.each([
    "我来出差的，同屋的同事昨晚出去跑步到现在没回来，电话关机",
    "我们是来出差的，领队昨天傍晚说去江边走走，到现在没回宾馆，手机一直关机",
    "我们来这边旅游的，同伴昨晚说去海边散步，到现在没回民宿，电话关机",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "我要出差一个月，家里没人，想问门口的快递能不能代收",
    "我爸这周出差没有回家，电话关机，想问社区体检改到哪天",
    "我是外地来旅游的，想问海边哪里可以停车",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("a message that is nothing but a cry for help", () => {
  it.each(["救命", "救命！", "救我 西盛路", "救救 桃南二区5栋"])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each(["救命啊 物业费又涨了", "救命 这作业怎么写", "救我，这道题怎么做"])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("English: low blood sugar's signs, someone out of reach, water rising on people", () => {
  it.each([
    "My roommate is diabetic and is sweating and talking nonsense, please help",
    "My friend went swimming in the river two hours ago and has not come back, his phone is off",
    "The water is rising fast in the underground garage and some people are still in there",
    "Our coworker went for a run by the lake last night and did not come back, her phone goes straight to voicemail",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "I am sweating a lot at night in this heat, the air conditioner in our flat is broken",
    "I am diabetic, can the clinic give me a sugar test next week",
    "My colleague is on holiday and his phone is off, who can sign for his parcel at the gate",
    "My colleague went to the gym and his phone is off, he always does that, can you tell me when the office opens",
    "The underground car park has a leak, water dripping from the ceiling, please fix",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("smoke that grows after someone explained it away", () => {
  it.each(["物业说是楼下在烧烤，可是烟越来越大", "邻居说是在烧纸，但是烟越冒越黑，还有噼啪声"])(
    "is asked about: %s",
    (text) => {
      expect(raisedOrAsked(text)).toBe(true);
    },
  );

  it.each(["楼下烧烤烟太大了，每天晚上都这样", "物业说是楼下在烧烤，烟已经小了"])("no danger: %s", (text) => {
    expect(raisedOrAsked(text)).toBe(false);
  });
});

describe("dangers of every kind in words no set uses: raised", () => {
  it.each([
    "厨房里一股烂洋葱的味道，灶台那边还嘶嘶地响",
    "隔壁出租屋的门缝往外冒黑烟，敲门没人应",
    "小区充电桩那边电线掉在水坑里，有人正往那边走",
    "暴雨把桥洞淹了，一辆小车熄火在里面，司机还在车上",
    "我家五岁的孩子在超市门口一转身就没了，找了二十分钟",
    "我爷爷在厕所摔倒了，头磕在马桶上，一直在流血",
    "楼下两个男的打起来了，一个拿着砖头往另一个头上砸",
    "全家吃了自己挖的野菜，现在嘴麻，头晕想吐",
    "我弟发消息说他在江边，说对不起大家，以后不用管他了",
    "商场门口的玻璃雨棚塌下来了，砸伤了两个人",
    // Standing hazards that have just hurt someone: the person hurt is now.
    "人行道上的树枝断了一半挂着，刚才已经砸到一个老人了",
    "小区的秋千链子断了，一个孩子摔下来头着地，现在不说话",
    "工地的脚手架歪了，刚才掉下来一根钢管把路过的人砸了",
    // Traditional characters.
    "樓道裡一股煤氣味，越來越濃",
    "老爺子糖尿病，現在渾身冒汗，說胡話",
    "樓下配電房在冒煙，有焦味",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each(["路中间一个大坑，能不能填一下", "屋檐上的冰溜子挺长的，物业能不能敲掉"])(
    "no danger: %s",
    (text) => {
      expect(raisedOrAsked(text)).toBe(false);
    },
  );
});

describe("hotline calls where the danger comes in the caller's last turn", () => {
  let engine: OfflineEngine;
  beforeAll(async () => {
    engine = await OfflineEngine.create(await loadDomainConfig("config"));
  });

  it.each([
    "坐席：您好，请讲。\n市民：我想反映一下我们楼道里堆了很多纸箱子\n坐席：好的，具体在哪栋？\n市民：五号楼，现在那堆纸箱子冒烟了，楼道里全是烟",
    "坐席：您好。\n市民：电梯又坏了\n坐席：哪个小区的？\n市民：三栋，我妈还在里面，喊她不答应",
    "坐席：请讲。\n市民：楼下有人吵架\n坐席：现在还在吵吗？\n市民：对，一个男的拿着刀追着另一个人砍",
  ])("%s", async (text) => {
    expect((await engine.extract({ channel: "hotline", text })).urgency).toBe("emergency");
  });

  it.each([
    "坐席：请讲。\n市民：电梯坏了\n坐席：哪个小区？\n市民：三栋，已经报修了，里面没人",
    "坐席：请讲。\n市民：楼道堆了纸箱子\n坐席：在哪？\n市民：五号楼一楼，希望物业清理一下",
  ])("no danger: %s", async (text) => {
    expect((await engine.extract({ channel: "hotline", text })).urgency).not.toBe("emergency");
  });
});
