import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { safetyAdvice } from "../../src/intake/dialogue/safety-advice.js";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { OfflineEngine } from "../../src/intake/offline-engine.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";

/*
 * The causes behind the dangers a blind set found missed, and behind its false alarms, each with
 * phrasings written for this test (none is in a training file or in a measured set): the fix must
 * catch the class, and must not flag its near-misses.
 */
const dangers: readonly (readonly [string, string, readonly string[]])[] = [
  [
    "whole messages typed in pinyin",
    "",
    [
      "dianti kun ren, 5 hao lou, kuai lai",
      "xiao hai diao jin shuichi li le",
      "dian xian diao xia lai le, lukou you shui",
      "wo laoren bu jian le, zhao le yi xiawu",
    ],
  ],
  [
    "a letter that sets out a standing complaint, then asks for a rescue now",
    "",
    [
      "尊敬的领导：本人一直想反映小区停车难的问题，多次打电话无人处理。但刚才楼下一位外卖小哥被倒车的货车撞倒，躺在地上不能动，腿上全是血。恳请立即派救护车！",
      "尊敬的领导：我们这栋老楼的电梯故障问题拖了一年多。今晚九点，我父亲一个人乘电梯，电梯停住了，他在里面说胸口疼喘不上来，物业值班电话无人接听。恳请马上派人救援！",
      "尊敬的领导：我反映过几次小区监控不亮的事。今天我六岁的孙子在小区广场玩，一转眼就没有找到，已经两个多小时了，恳请立即协调派出所寻找！",
    ],
  ],
  [
    "someone lost, told with 没有, 失联 or a cognitive impairment",
    "missing",
    [
      "我奶奶有认知障碍，下午自己下楼以后一直没有回来",
      "我爸今早去晨练，到现在失联了，他有糖尿病",
      "孙女十岁，补习班早下课了，到现在没有回家，电话也不通",
    ],
  ],
  [
    "electricity felt in something people touch",
    "electric",
    ["浴室的花洒一碰就发麻，老人正要洗澡", "单元门口的铁栏杆摸着麻手，小孩都在那玩"],
  ],
  [
    "several people ill after one meal",
    "poison",
    ["公司聚餐以后好几个同事腹痛呕吐，有一个脸色发白站不住", "托管班晚饭后多名学生呕吐，老师说有个孩子抽搐"],
  ],
  [
    "someone knocked down, the head to the ground",
    "injury",
    ["小区门口一辆三轮把老太太撞倒了，头着地，一直没起来", "孩子从单杠上掉下来，后脑勺着地，鼻子里有血"],
  ],
  ["a fire typed with the wrong 火", "fire", ["车库里着伙了，烟很大", "5号楼厨房失伙了！"]],
  [
    "sewer gas exploding: a manhole cover or a tank blown open",
    "fire",
    ["路口的下水井盖刚被炸飞了", "院里化粪池爆开了，井盖飞出去老远"],
  ],
  [
    "a bottle or a brick being waved at people, nobody hurt yet",
    "violence",
    ["有个醉汉拿着酒瓶在路口乱挥，暂时没伤到人", "两个人吵起来了，一个举着砖头挥舞"],
  ],
  ["a barbecue shop that is itself on fire", "fire", ["楼道里有烟，原来是楼下烧烤店着火了"]],
  ["a stroke typed in pinyin", "", ["wo mama tu ran kou chi bu qing, zui wai le"]],
  ["a confused old man 'lost' himself", "missing", ["姥爷又走丢了 老年痴呆 穿灰色外套"]],
  ["a fever fit said without 搐", "injury", ["闺女烧到四十度，一直抽，叫她也不应", "小孙子发高烧不停地抽"]],
  // Dangers the model alone caught before this round and the rules now catch themselves.
  ["a wire hanging to the ground", "electric", ["路口电线垂到地上了，还冒蓝光"]],
  ["a hand stuck that cannot be pulled out", "trapped", ["我弟弟手卡在栏杆缝里拔不出来"]],
  ["a farewell and then silence", "self_harm", ["朋友发消息说下辈子再见了，现在电话关机"]],
];

const nearMisses: readonly (readonly [string, readonly string[]])[] = [
  [
    "a condition or a question about what to do",
    [
      "假如楼道里闻到燃气味，是先开窗还是先打电话？",
      "孩子被关在电梯里的话，家长应该怎么安抚",
      "要是有人触电了该先断电还是先拉人",
    ],
  ],
  [
    "a harm denied",
    [
      "空调外机掉下来了，幸好没砸到人，请物业处理",
      "电梯卡了一下又好了，没困住人，麻烦检查一下",
      "楼下两口子吵得很凶，但是没动手，就是吵",
      "热水器打不着火，不是漏气，应该是没电池了",
    ],
  ],
  [
    "a story that is over, a scare that was not real",
    [
      "上回我奶奶走丢过一次，后来找回来了，社区能不能组织认识老人的志愿者",
      "以前那个路口出过车祸，能不能加个减速带",
      "骗子打电话说我女儿受伤住院要交押金，后来打给女儿，她好好的",
      "刚才听见有人喊救命，原来是说小孩作业太多，虚惊一场",
      "闻到一股烧焦味，原来是楼下烧烤店在烤",
      "井盖被渣土车压爆了，窟窿挺大，麻烦来换一个",
      "去年那个下水井盖炸飞过一次，现在周边还没修好",
      "孩子发烧了，想抽空带去社区医院，几点关门",
      "我妈有点老年痴呆，老是把老花镜丢了，社区有没有防走失手环",
    ],
  ],
  [
    "a standing problem or a figure of speech",
    [
      "那棵大树歪了好几个月了，还没倒，看着有点斜，想请园林来看看",
      "后墙那道裂缝好几年了，也没变大，不着急，有空来看看",
      "宿舍暖气烧得一点不热，冷死人了",
      "楼下在烧树叶，烟往屋里钻，熏得慌",
      "燃气卡余额还有，插表没反应，明天能派人看看吗",
      "我妈血压有点高，想问社区医院什么时候能量血压",
      "我爸出差一周没回家，想问下社区体检的时间",
    ],
  ],
  ["a goodbye, a stuck nail", ["今天的会就到这，大家再见了", "钉子拔不出来，墙上还有个洞"]],
  ["pinyin that names no danger", ["dianti nianjian shenme shihou zuo", "laoren ka zai nali banli"]],
];

describe("causes of missed dangers: each class is caught in new wordings", () => {
  for (const [cause, hazard, texts] of dangers)
    it.each(texts)(`${cause}: %s`, (text) => {
      const finding = detectUrgency(text);
      expect(finding.urgency).toBe("emergency");
      if (hazard) expect(finding.hazard).toBe(hazard);
    });
});

describe("causes of false alarms: their near-misses are not filed as emergencies", () => {
  for (const [cause, texts] of nearMisses)
    it.each(texts)(`${cause}: %s`, (text) => {
      expect(detectUrgency(text).urgency).not.toBe("emergency");
    });
});

describe("what the resident gets for the new concepts", () => {
  let engine: OfflineEngine;
  beforeAll(async () => {
    engine = await OfflineEngine.create(await loadDomainConfig(path.resolve("config")));
  });

  it.each([
    ["dianti kun ren, 5 hao lou, kuai lai", "trapped", "property", /119.*电梯/],
    ["dian xian diao xia lai le, lukou you shui", "electric", "power_supply", /119.*电线/],
    ["浴室的花洒一碰就发麻，老人正要洗澡", "electric", "power_supply", /119/],
    ["我爸今早去晨练，到现在失联了，他有糖尿病", "missing", "public_order|social_assistance", /110/],
    ["托管班晚饭后多名学生呕吐，老师说有个孩子抽搐", "poison", null, /120/],
    ["电体困人 3号楼 快", "trapped", "property", /119.*电梯/],
    ["路口的下水井盖刚被炸飞了", "fire", "municipal", /119/],
    // Not fire advice for a child in a fever fit (the model alone once read 烧 as a fire).
    ["小孙子发高烧不停地抽", "injury", "health", /120/],
  ] as const)("%s: filed as %s emergency, advice and category", (text, hazard, category, advice) => {
    expect(detectUrgency(text)).toMatchObject({ urgency: "emergency", hazard });
    expect(safetyAdvice(text)).toMatch(advice);
    const complaint = engine.extractSync({ text, channel: "sms" });
    expect(complaint.urgency).toBe("emergency");
    // A missing person may go to the police or to social assistance: either unit can act.
    if (category) expect(category.split("|")).toContain(complaint.category);
    else expect(complaint.category).not.toBe("other");
  });
});
