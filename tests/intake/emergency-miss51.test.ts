import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { detectUrgencyByRules } from "../../src/intake/urgency-rules.js";

/*
 * No danger filed as normal (the fifty-first round: schools, campuses, heating mains), in sentences
 * written for this file: no set's lines are copied here. Each cause has the dangers it now raises
 * and the near-misses beside them.
 */
const urgency = (text: string) => detectUrgency(text).urgency;
const byRules = (text: string) => detectUrgencyByRules(text);

describe("a heating main or a hot-water pipe burst where people pass", () => {
  it.each([
    "小区门口供热管道爆了，白茫茫的蒸汽盖住了整条马路，开车的什么都看不见",
    "人行道底下的热水管裂开了，开水往外冒，有个老人脚被烫着了",
    "楼道的暖气立管爆了，滚烫的水顺着台阶往下淌，四楼的老太太下不来",
  ])("%s", (text) => {
    expect(byRules(text).urgency).toBe("emergency");
  });

  it.each([
    "暖气管接头爆了，屋里都是蒸汽，地上一层水，热力公司快来修",
    "路口那个热力井盖一直冒白气，冬天都这样，能不能立个牌子",
    "上周暖气管爆过一次，修好了以后墙上都是水印，谁来赔",
  ])("no danger: %s", (text) => {
    expect(byRules(text).urgency).not.toBe("emergency");
  });
});

describe("a tutoring school or a training centre is a place, not a safety training", () => {
  it("a fire there with children upstairs", () => {
    expect(byRules("英语培训机构的后厨起火了，楼上教室里还有二十几个孩子").urgency).toBe("emergency");
  });

  it.each(["社区组织了消防安全培训，教大家用灭火器", "那家培训机构收了学费就关门了，报警说是经济纠纷"])(
    "no danger: %s",
    (text) => {
      expect(urgency(text)).not.toBe("emergency");
    },
  );
});

describe("a fire in a centre, and a boiler house smoking with flames seen", () => {
  it.each(["社区活动中心着火了，里面还有老人在打牌", "锅炉房窗户里冒黑烟，能看见明火，旁边就是宿舍楼"])(
    "%s",
    (text) => {
      expect(byRules(text).urgency).toBe("emergency");
    },
  );

  it.each(["锅炉房的烟囱天天冒黑烟，呛得人不敢开窗", "急得我心里着火了，快递三天了还没到"])(
    "no danger: %s",
    (text) => {
      expect(byRules(text).urgency).not.toBe("emergency");
    },
  );
});

describe("a child not where the school or the class says", () => {
  it.each([
    "儿子住校，今天班主任打电话说他根本没到学校，手机也关机了",
    "闺女早上七点出门，学校说她没到校，到现在联系不上",
    "孩子在少年宫上课，下课以后没出来，老师说早走了，打他手表打不通",
    "春游回程点名少了两个学生，车已经开回学校了",
  ])("%s", (text) => {
    expect(byRules(text).urgency).toBe("emergency");
  });

  it.each([
    "儿子住校，周末不回家，想问问学校宿舍有没有热水",
    "孩子今天发烧没去上学，已经跟老师请过假了，想问问补课怎么安排",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("many children sick after one meal", () => {
  it.each([
    "幼儿园中午吃完饭，整个班都在拉肚子，还有发烧的",
    "托管班晚饭后至少五个孩子出现呕吐，老师还不让家长接",
  ])("%s", (text) => {
    expect(byRules(text).urgency).toBe("emergency");
  });

  it("no danger: a meal complained about", () => {
    expect(urgency("学校食堂的午饭太咸了，孩子都说不好吃，能不能改进")).not.toBe("emergency");
  });
});

describe("a gas main broken by works, a manhole lid pushed up by gas", () => {
  it.each(["修路的把燃气管道破坏了，现场味道很冲，旁边都是饭店", "小区门口井盖被沼气顶起来好几次，还冒白烟"])(
    "%s",
    (text) => {
      expect(byRules(text).urgency).toBe("emergency");
    },
  );

  it("typed in pinyin", () => {
    expect(byRules("ranqiguan bei wapo le, weidao hen da").urgency).toBe("emergency");
  });

  it("no danger: works announced", () => {
    expect(urgency("燃气公司通知明天要改造管道，会停气一天")).not.toBe("emergency");
  });
});

describe("a chemical spilt in a classroom, a platform tilting with children on it", () => {
  it.each([
    "化学课上一瓶试剂打翻了，好几个同学在咳嗽，眼睛睁不开",
    "游乐场的蹦床架子断了一根，台子歪了，几个孩子还在上面不敢下来",
  ])("%s", (text) => {
    expect(byRules(text).urgency).toBe("emergency");
  });

  it.each(["化学老师上课演示了酸碱反应，孩子回来说很有意思", "小区的滑梯有点歪了，希望物业找人来修一下"])(
    "no danger: %s",
    (text) => {
      expect(urgency(text)).not.toBe("emergency");
    },
  );
});

describe("despair passed on with a height or a silent phone", () => {
  it.each([
    "同学在群里说“这次再挂科就不活了”，还发了天台的照片，现在电话打不通",
    "我表弟在朋友圈发了像遗书的话，说他在楼顶",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it("no danger: a catchphrase", () => {
    expect(urgency("孩子说作业再这么多就不活了，哈哈，现在的小孩真会说")).not.toBe("emergency");
  });
});

describe("someone pinned under what fell, however many fell", () => {
  it("is down now", () => {
    expect(urgency("看台塌了，摔下来好几个人，有一个被压在钢架底下")).toBe("emergency");
  });

  it("no danger: falls counted as a record", () => {
    expect(urgency("这段台阶结冰了，这两天摔了好几个人，物业也不撒盐")).not.toBe("emergency");
  });
});

describe("a load shed on a road, something hanging loose over an exit, fumes from a broken flue", () => {
  it.each([
    "前面一辆货车的钢筋散了一地，后面的车差点撞上",
    "楼上的广告牌被风吹开了一半，在那里晃，底下就是小区大门",
    "我奶奶头疼得厉害还想吐，炉子的烟囱昨晚被风吹断了",
  ])("%s", (text) => {
    expect(byRules(text).urgency).toBe("emergency");
  });

  it.each([
    "前天有辆车撒了一路沙子，到现在还没人扫",
    "楼上的空调外机架子锈了，担心哪天掉下来",
    "冬天烧煤炉子取暖，想问问社区有没有发一氧化碳报警器",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});
