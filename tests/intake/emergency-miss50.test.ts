import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { detectUrgencyByRules } from "../../src/intake/urgency-rules.js";

/*
 * No danger filed as normal (the fiftieth round), in sentences written for this file: no set's lines
 * are copied here. Each cause has the dangers it now raises and the near-misses beside them.
 */
const urgency = (text: string) => detectUrgency(text).urgency;
const byRules = (text: string) => detectUrgencyByRules(text);

describe("an escape room or a murder-mystery game is a real room when a body or a lock fails", () => {
  it.each([
    "剧本杀的包间门坏了出不来，我同学哮喘发作了，老板电话打不通",
    "密室逃脱里有个人晕倒了，门打不开，工作人员不知道密码",
    "密室逃脱店里停电了，电子锁失灵，我们被关在里面，闻到焦味",
  ])("%s", (text) => {
    expect(byRules(text).urgency).toBe("emergency");
  });

  it.each([
    "周末去玩了密室逃脱，里面设计了一个着火的场景，挺刺激的",
    "剧本杀玩的是一个被困地下室的本，我们困了两个小时才出来",
    "密室逃脱哪家好玩，想带同事团建",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("sudden illness told with the verb first, and a faint as 昏过去", () => {
  it.each([
    "健身房有个大叔犯心脏病了，倒在跑步机边上",
    "商场里一个小伙子犯了癫痫，倒在地上",
    "我妈在菜市场昏过去了",
  ])("%s", (text) => {
    expect(byRules(text).urgency).toBe("emergency");
  });

  it.each(["我爸以前犯过心脏病，想问问家庭医生怎么签约", "气得我差点犯心脏病了，快递又丢了"])(
    "no danger: %s",
    (text) => {
      expect(byRules(text).urgency).not.toBe("emergency");
    },
  );

  it("an all-clear the writer doubts, the face still bad after so long, stays a danger", () => {
    expect(urgency("诊所里我老婆输液时昏过去了，护士说没事让她躺着，都四十分钟了，嘴唇发白")).toBe(
      "emergency",
    );
  });
});

describe("a children's class is a place, not a safety training", () => {
  it("a child pulled out of the water at a swimming class", () => {
    expect(byRules("儿童游泳培训班里一个小孩沉下去了，刚捞上来，不动了").urgency).toBe("emergency");
  });

  it("a fire-safety training still tells no danger", () => {
    expect(byRules("消防培训课上讲了有人晕倒怎么处理").urgency).not.toBe("emergency");
  });
});

describe("fire: a heater that caught, a smoker denied", () => {
  it.each(["店里的取暖器着了，楼上宿舍还有人", "屋里好大的烟，不是抽烟的烟，是插排烧的，里面还有人在打麻将"])(
    "%s",
    (text) => {
      expect(byRules(text)).toMatchObject({ urgency: "emergency", hazard: "fire" });
    },
  );

  it.each(["电暖器着了吗？开了半天也不热", "棋牌室里全是抽烟的烟，呛死了，能不能管管"])(
    "no danger: %s",
    (text) => {
      expect(byRules(text).urgency).not.toBe("emergency");
    },
  );
});

describe("people hanging in mid-air on a ride", () => {
  it.each(["过山车停了，一个女孩被安全带挂在半空", "游乐场的大摆锤断电了，十几个游客悬在十米高空"])(
    "%s",
    (text) => {
      expect(byRules(text)).toMatchObject({ urgency: "emergency", hazard: "trapped" });
    },
  );

  it("a lantern hung high is no one hanging", () => {
    expect(byRules("广场上的灯笼挂在高空，上面写着福字").urgency).not.toBe("emergency");
  });
});

describe("a loose railing at a height with people on it", () => {
  it("teenagers sitting on a railing that came loose", () => {
    expect(byRules("楼顶的护栏松动了，几个小孩坐在上面打闹，下面就是停车场").urgency).toBe("emergency");
  });

  it.each(["楼顶的护栏松动了，物业能不能派人来修", "五楼阳台栏杆晃了，孩子老是趴在上面，担心出事"])(
    "no danger: %s",
    (text) => {
      expect(byRules(text).urgency).not.toBe("emergency");
    },
  );
});

describe("a cold store with someone already shut in", () => {
  it("a worker shut in, already cold, is no door fault to fix", () => {
    expect(urgency("冷库门关上了，里面的应急把手坏了，我同事被困了二十分钟，发消息说手脚都麻木了")).toBe(
      "emergency",
    );
  });

  it("a door fault with nobody inside stays a repair", () => {
    expect(urgency("冷库门里面的应急把手坏了，想找人来修一下")).not.toBe("emergency");
  });
});

describe("a child or a dependant who locked the door from inside", () => {
  it("a toddler locked in with the stove on", () => {
    expect(byRules("三岁的女儿把自己反锁在屋里了，锅里还煮着粥，我在外面进不去")).toMatchObject({
      urgency: "emergency",
      hazard: "trapped",
    });
  });

  it("a teenager sulking behind a locked door is no emergency", () => {
    expect(byRules("儿子把自己锁在房间里打游戏，叫他吃饭也不出来").urgency).not.toBe("emergency");
  });
});

describe("the airway: an allergic swelling, breath failing said plainly", () => {
  it.each([
    "我女儿吃了芒果以后嘴唇肿了，一直喘",
    "爷爷哮喘犯得很厉害，呼吸不行了",
    "打完疫苗后孩子脸肿起来了，呼吸急",
  ])("%s", (text) => {
    expect(byRules(text).urgency).toBe("emergency");
  });

  it.each(["楼下饭店油烟太大，呼吸都不行了", "狗咬了，已经打完疫苗了，还要注意什么"])(
    "no danger: %s",
    (text) => {
      expect(byRules(text).urgency).not.toBe("emergency");
    },
  );
});

describe("a leg broken, a pot boiled dry, a fee not paid", () => {
  it("a leg said to be broken", () => {
    expect(byRules("孩子在蹦床上摔了，腿好像折了").urgency).toBe("emergency");
  });

  it("a pot boiled dry and glowing with nobody home", () => {
    expect(byRules("邻居家锅烧干了，锅底都烧红了，家里没人")).toMatchObject({
      urgency: "emergency",
      hazard: "fire",
    });
  });

  it("a pot boiled dry and turned off in time is over", () => {
    expect(byRules("锅烧干了，我回来关了火，想问锅还能用吗").urgency).not.toBe("emergency");
  });

  it("a driver who would not pay dragging the attendant is no bill", () => {
    expect(urgency("收费员被一个不交费的司机开车拖行了十几米")).toBe("emergency");
  });
});

describe("livestock loose on a road with traffic", () => {
  it.each(["几头羊跑到国道上了，车开得很快", "路上有好几头牛，天黑了，车都在急刹"])("%s", (text) => {
    expect(byRules(text).urgency).toBe("emergency");
  });

  it.each(["村里的牛每天都放到公路边吃草，迟早出事", "跑上马路的那头牛已经被主人牵回去了，车也通了"])(
    "no danger: %s",
    (text) => {
      expect(byRules(text).urgency).not.toBe("emergency");
    },
  );
});

describe("a child's head stuck in a railing, typed in pinyin", () => {
  it("is read by the rules", () => {
    expect(byRules("wo er zi tou ka zai langan li, ba bu chulai le").urgency).toBe("emergency");
  });
});
