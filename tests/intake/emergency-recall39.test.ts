import { beforeAll, describe, expect, it } from "vitest";
import { readPossibleDanger } from "../../src/intake/danger-check.js";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { OfflineEngine } from "../../src/intake/offline-engine.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";

/*
 * No danger filed as normal (the thirty-first round), in sentences written for this file: no set's
 * lines are copied here. Each cause has the dangers it now raises and the near-misses beside them.
 */
const urgency = (text: string) => detectUrgency(text).urgency;
const asked = (text: string) => {
  const found = detectUrgency(text);
  return found.urgency !== "emergency" && readPossibleDanger(text, found.urgency) !== null;
};
// The second-best outcome: not an emergency, but the bot asks the safety question.
const raisedOrAsked = (text: string) => urgency(text) === "emergency" || asked(text);

describe("a fraud under way: a doubted title, a voice on the phone giving orders, money about to move", () => {
  it.each([
    "我奶奶正在菜市场旁边工商银行的取款机那里按电话里的人说的操作转账，拉都拉不走",
    "邻居大妈一边接着电话一边在手机上转钱，电话那头是“法院的书记员”，我劝她她不听",
    "我外公在银行柜台说要取三十万现金，说是交给“社保局的领导”，他手机还开着免提没挂",
    "我儿子被一个“游戏客服”忽悠，说要交解冻费，他现在正拿着平板在转账，对方还在催",
    "我媽現在正在銀行按電話裡的人指示匯款，對方說是公安局的",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "我奶奶接到“公安局”的电话说她涉嫌洗钱，我们已经挂了，没转钱，想举报这个号码",
    "上个月我爸在ATM前按电话里的人指示转了五万，已经报案了，想问进展",
    "提醒大家：有人冒充“客服”打电话要交解冻费，千万别转账",
    "我正在银行柜台排队取五万现金给装修师傅，人太多了，能不能多开个窗口",
    "我一边打电话一边转账给房东，结果转错了，能追回来吗",
    "我妈想取十万现金买理财，银行说要预约，能不能快点",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("a rider who went into the water with the bike, someone in the water who cannot swim", () => {
  it.each(["一个送外卖的小哥骑电动车掉进水塘里了，快叫人", "我朋友在水里，他不会游泳，快来"])(
    "%s",
    (text) => {
      expect(urgency(text)).toBe("emergency");
    },
  );

  it("pinyin: asked", () => {
    expect(raisedOrAsked("wo de peng you zai shui li, ta bu hui you yong, kuai lai")).toBe(true);
  });

  it.each(["我的电动车掉进河里了，人没事，想问怎么捞", "孩子不会游泳，在水里就害怕，想报个游泳班"])(
    "no danger: %s",
    (text) => {
      expect(urgency(text)).not.toBe("emergency");
    },
  );

  it.each(["wo de peng you xiang xue you yong, zai na li bao ming", "ta zai shui li wan, xue you yong"])(
    "not asked: %s",
    (text) => {
      expect(raisedOrAsked(text)).toBe(false);
    },
  );
});

describe("pinyin: a beating at home, a fire set by sparks", () => {
  it.each([
    "ge bi de nan ren you zai da lao po le, ting dao ta ku",
    "ta zheng zai da xi fu le, kuai lai ren",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it("sparks set the insulation alight: asked", () => {
    expect(raisedOrAsked("dian han de huo xing ba bao wen ceng dianzhao le, xian zai yan hen da")).toBe(true);
  });

  it("a story that is over: not raised", () => {
    expect(urgency("ta yi qian da lao po, xian zai li hun le, xiang wen fu yang fei")).not.toBe("emergency");
  });
});

describe("English: a structure breaking up now", () => {
  it.each([
    "Chunks of plaster are falling from the stairwell ceiling onto the steps right now, kids use these stairs",
    "Our bathroom floor suddenly gave way, my grandmother is stuck with one leg through it",
    "The old balcony next door is cracking and pieces are falling onto pedestrians on the pavement",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "Pieces of paint are falling off the fence, can you repaint it",
    "The floor has dropped a little since the renovation, can the landlord check it",
    "Bits of the ceiling fell last year and the landlord fixed it, now there is a stain",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("pills taken, told with a goodbye", () => {
  it.each(["那瓶药都喝下去了 别来救我 就想让你们知道", "安定全吞下去了，替我跟我女儿说一声"])(
    "%s",
    (text) => {
      expect(urgency(text)).toBe("emergency");
    },
  );

  it.each(["降压药已经吃了，好多了，不用来了", "感冒药吃完了，就想让你们知道社区药店缺货"])(
    "no danger: %s",
    (text) => {
      expect(urgency(text)).not.toBe("emergency");
    },
  );
});

describe("a sign swaying hard over people", () => {
  it.each([
    "店门口的广告牌晃得厉害，底下有人排队，能不能来人",
    "公交站上面那块广告牌晃得很厉害，底下一排人在等车",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each(["楼下烧烤店招牌灯太亮晃得睡不着", "小区门口的广告牌有点晃，风停了麻烦物业修一下"])(
    "no danger: %s",
    (text) => {
      expect(urgency(text)).not.toBe("emergency");
    },
  );
});

describe("dangers of every kind in words no set uses: raised", () => {
  it.each([
    // public transport
    "地铁站台上有个老人突然倒下去了，不动了，没人管",
    "公交车上一个小孩嘴里塞着糖噎住了，脸都憋紫了",
    "高铁站厕所里有人锁着门半天不出来，敲门也没反应，门缝底下有血",
    "The bus driver just slumped over the wheel and the bus is still rolling slowly, passengers screaming",
    // household appliances
    "电动车在楼道里充电，电瓶突然砰的一声，现在楼道里全是黑烟",
    "我家洗衣机漏水漏到插座那里，插座在冒火花，孩子在旁边",
    "热水器开着洗澡，我老公在浴室里半天没声音，叫他也不答应，门反锁了",
    "电暖器把被子烤着了，老人腿脚不好在床上下不来",
    "微波炉里在冒火，关了门还在烧，厨房里有人",
    // foreign residents
    "My roommate took a whole box of sleeping pills and now I can't wake her, she is breathing weird",
    "huo che zhan you ren dao di le, bu dong",
    // traditional characters
    "樓下雜貨店的煤氣罐在漏氣，嘶嘶響，老闆還在裡面做飯",
    "陽台的玻璃整塊掉下去了，下面是幼兒園門口",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "地铁站台上的座椅坏了一个，老人坐着不舒服",
    "公交车上空调太冷了，司机不肯调",
    "电动车在楼道里充电，物业不管，怕哪天着火",
    "洗衣机漏水，插座那边地上湿了，想问谁来修",
    "The bus driver was rude and drove past our stop, please check",
    "樓下雜貨店的煤氣罐沒氣了，老闆說明天再換",
    "陽台的玻璃有道裂紋，想問物業管不管換",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("hotline calls where the danger grows across the caller's turns", () => {
  let engine: OfflineEngine;
  beforeAll(async () => {
    engine = await OfflineEngine.create(await loadDomainConfig("config"));
  });

  it.each([
    "坐席：您好。\n市民：我想问一下暖气不热找谁\n坐席：您家哪个小区？\n市民：西山路那个，哎我闻到好大的煤气味，我婆婆在厨房里晕倒了",
    "坐席：请讲。\n市民：楼上装修声音大\n坐席：是白天还是晚上？\n市民：现在，他们把水管打穿了，水顺着电线往下流，灯在闪，滋滋响",
    "坐席：您好。\n市民：我儿子说他在公园\n坐席：多大的孩子？\n市民：六岁，刚才电话里哭着说有个叔叔要带他走，现在打不通了",
  ])("%s", async (text) => {
    expect((await engine.extract({ channel: "hotline", text })).urgency).toBe("emergency");
  });

  it.each([
    "坐席：您好。\n市民：我想问一下暖气不热找谁\n坐席：您家哪个小区？\n市民：西山路那个，三号楼，暖气片一直是凉的",
    "坐席：请讲。\n市民：楼上装修声音大\n坐席：是白天还是晚上？\n市民：晚上十点以后还在砸墙，希望管一管",
    "坐席：您好。\n市民：我儿子说他在公园\n坐席：多大的孩子？\n市民：十二岁，他说跟同学去玩了，晚饭前回来，我就是问问公园几点关门",
  ])("no danger: %s", async (text) => {
    expect((await engine.extract({ channel: "hotline", text })).urgency).not.toBe("emergency");
  });
});

describe("a message that is nothing but a hazard's name: asked", () => {
  it.each(["煤气！！", "屋里进水了", "液化汽", "mei qi guan duan le, hai zai lou qi"])("%s", (text) => {
    expect(raisedOrAsked(text)).toBe(true);
  });

  it.each(["燃气费", "停水了", "燃气表", "进水了吗", "家里进水了，物业说明天来修水管"])(
    "not asked: %s",
    (text) => {
      expect(raisedOrAsked(text)).toBe(false);
    },
  );
});
