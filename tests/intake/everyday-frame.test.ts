import { describe, expect, it } from "vitest";
import { agentAlarm } from "../../src/intake/agent-alarm.js";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { allClearOnly, everydayFrameOnly, ordinaryErrandOnly } from "../../src/intake/everyday-frame.js";

describe("a small wish or praise", () => {
  it.each([
    "想表扬一下物业的电工，上个月我爸在楼道晕倒了，是他背下楼送的医院",
    "给环卫的大姐点个赞，那天有个小孩掉进水沟，她跳下去把孩子抱上来了",
    "帮楼下的刘爷爷许个愿：他中风以后一直卧床，想要一台能摇起来的护理床",
    "我们班一个孩子骨折过，走路不稳，他的愿望是有一双合脚的防滑鞋",
    "楼后那口废井的盖子碎了一半，晚上看不见，迟早有人掉进去",
    "广场那个灯箱的螺丝都锈没了，掉下来能砸死人，麻烦来加固一下",
    "小区台阶缺了一块，我妈踩空摔了，膝盖缝了四针，台阶到底谁来修",
    "菜场门口那段坡道一下雪就冻成冰，这个礼拜摔了好几个老人，麻烦撒点融雪剂",
  ])("is no emergency: %s", (text) => {
    expect(everydayFrameOnly(text)).toBe(true);
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });

  it.each([
    "想表扬上次来的民警，可是现在那个人又拿刀回来了，正在砸门",
    "本来想送锦旗的，但是刚才楼下又着火了，浓烟往上冒",
    "微心愿先不说了，救命，我爸倒在厕所里叫不醒",
    "早就说迟早出事，刚才那块招牌掉下来砸到人了，人躺在地上流血",
    "上午缝了三针，回家以后又流血了，止不住，人有点晕",
    "路口冰面上摔了好几个人，刚才一个大爷摔下去就起不来了",
    "想给物业的电工点个赞，上回修好了线路，现在配电箱又冒火花了",
  ])("keeps a danger said to go on now: %s", (text) => {
    expect(everydayFrameOnly(text)).toBe(false);
    expect(detectUrgency(text).urgency).toBe("emergency");
  });
});

describe("gas, fire and smoke beside a frame", () => {
  it.each([
    "锦旗送给王师傅。隔壁煤气味好大",
    "给保安小李点个赞，他人特别好，楼道里冒烟了你们来看看",
    "帮刘奶奶许个愿，她想要个助行器，对了她家厨房着火了",
  ])("stay emergencies, since no frame says they are over: %s", (text) => {
    expect(detectUrgency(text).urgency).toBe("emergency");
  });

  it("are still framed when only foreseen", () => {
    expect(everydayFrameOnly("楼道里的电线都老化了，再不换迟早要起火", "fire")).toBe(true);
  });
});

describe("an operator handing a ticket on", () => {
  it("is no alarm when the office is asked to check or handle it", () => {
    expect(agentAlarm(["好的，我这边马上转派出所和居委会核实一下。"])).toBeNull();
    expect(agentAlarm(["我们马上联系消防和街道处理这个通道。"])).toBeNull();
  });
  it("is an alarm when a rescue is sent or advice to get safe is given", () => {
    expect(agentAlarm(["好的，马上转派出所。"])).not.toBeNull();
    expect(agentAlarm(["我马上通知119，消防过去处理。"])).not.toBeNull();
    expect(agentAlarm(["您先马上离开屋子，我们联系派出所核实。"])).not.toBeNull();
  });
});

describe("a counter, a queue or paperwork complained about", () => {
  // Each was an emergency from the model alone (old people kept waiting read as a danger).
  it.each([
    "医保窗口的叫号机又坏了，老头老太太一直站着等号，也没人来维持",
    "邮局取包裹只开一个柜台，大爷大妈从早上一直站到中午，也没人出来说一声",
  ])("is no emergency: %s", (text) => {
    expect(ordinaryErrandOnly(text)).toBe(true);
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });

  it.each([
    "在银行排了两个小时队，刚才前面一个老人突然倒地不动了",
    "办证大厅窗口排队的人太多，有个孕妇晕过去了",
    "商家卖的电暖器插上就冒烟了，现在屋里全是烟",
    "柜台后面那个店员拿刀追着顾客砍，在商场一楼",
    "营业厅里一个男的抢了柜员的钱，还拿着棍子打人",
  ])("keeps a danger told beside it: %s", (text) => {
    expect(ordinaryErrandOnly(text)).toBe(false);
    expect(detectUrgency(text).urgency).toBe("emergency");
  });
});

describe("a scare said to have ended well", () => {
  // Each was an emergency from the model alone.
  it.each([
    "楼道里的烟感刚才一直叫，物业上来看了说是误报，什么味也没闻到，大家都回屋了",
    "车库的烟雾报警刚才响了半天，保安查了一圈说是误报，车都好好的",
  ])("is no emergency: %s", (text) => {
    expect(allClearOnly(text)).toBe(true);
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });

  it.each([
    "刚才说是误报，可是现在楼道里真的有烟味",
    "我爸刚才晕过去了，现在人清醒了，但是一边手脚动不了",
    "司机一点事没有，可是后座的孩子卡在里面出不来",
  ])("keeps a danger told beside it: %s", (text) => {
    expect(allClearOnly(text)).toBe(false);
    expect(detectUrgency(text).urgency).toBe("emergency");
  });
});
