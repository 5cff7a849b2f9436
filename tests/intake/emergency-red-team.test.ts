import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { safetyAdvice } from "../../src/intake/dialogue/safety-advice.js";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { OfflineEngine } from "../../src/intake/offline-engine.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";

/*
 * Causes a red-team set (emergency-challenge8) found: dangers in verbs and bodies the concept lists
 * did not know, and near-misses that reuse hazard words in a safe sense (a bill, a drill, a film, a
 * habit, a dated story, a kind of incident, chronic pollution, a claim). Every phrasing here was
 * written for this test; none is in a training file or in a measured set.
 */
const dangers: readonly (readonly [string, string])[] = [
  ["gas", "接头那里刷了一圈肥皂水，泡泡一个劲往外鼓，燃气味也有"],
  ["gas", "致燃气公司：今晨起厨房阀门附近有怪味，家母头晕恶心，请尽快处置。"],
  // Gas that escapes again and again is a leak now, however habitual the wording.
  ["gas", "每次一开灶台就能闻到天然气味，这样好些天了"],
  ["gas", "楼道的管子老是漏气，一股臭味"],
  ["fire", "电暖器把晾着的衣服烤着了，火往窗帘上爬"],
  ["fire", "厨房的火扑不灭，我们已经退到门口了"],
  ["electric", "晾衣架碰到空调线，我婆婆被电击了一下，胳膊一直发麻"],
  ["flood", "山沟里的水一下冲下来，把放羊的老汉卷走了"],
  ["trapped", "电梯刚才往下一沉，停住不走了，门也不开，里面有个孕妇"],
  ["missing", "我外甥说在球场踢球，教练说他今天根本没来，电话打不通"],
  ["injury", "我嫂子怀着孕，刚才下身见红，肚子疼得直冒汗"],
  ["injury", "路口一个骑手被渣土车轧到腿，躺着动弹不了"],
  ["injury", "我爷爷心脏病犯了，坐在楼梯上喘，脸色发白"],
  ["violence", "停车场里几个人把一个司机按在地上拳打脚踢"],
  ["violence", "她老公拿皮带抽她，她跑到我家来了，那人正在外面踢门"],
  ["poison", "婆婆在山上摘了野蘑菇炒着吃，现在说看东西重影，手也在抖"],
  ["poison", "喷完杀虫剂没开窗，屋里两个孩子都头晕呕吐"],
  ["collapse", "工地的脚手架在风里晃，下面就是菜市场"],
  ["collapse", "村口的老戏台塌了一半，上面还有几个孩子"],
  ["self_harm", "我表哥翻出了天桥护栏，蹲在外沿上，谁劝都不听"],
  ["self_harm", "我同学说药都攒好了，今晚就一了百了，现在不回消息"],
];

const nearMisses: readonly string[] = [
  "每次开火炒菜都是一股油烟味，楼上楼下都闻得到",
  "燃气费怎么又涨了，这个账单闻着都不对劲",
  "楼里做消防演习，广播里喊着火了，老人被吓了一跳，下次能不能先通知",
  "那部电影里电梯坠落的镜头拍得太真了，孩子看完不敢坐电梯",
  "我们小区以前经常电梯困人，现在换了新电梯，想表扬一下物业",
  "2019年我在厂里被砸伤过，工伤赔偿到现在还没拿到",
  "医院打人事件频发，希望加强保安巡逻",
  "这家化工厂长期排放刺鼻气体，周边居民反映咳嗽，请环保部门查一查",
  "办事窗口把我的材料被打回来两次了，到底缺什么",
  "这次比赛的难题把我难倒了，社区有没有辅导班",
  "一到雨季，路边的垃圾便被大水冲进河里，请多清理",
  "我儿子说被这道数学题气得头都晕了，想问社区补课班的时间",
  "孩子把皮球卡在电梯门缝里，电梯停用了，里面没人，请物业取一下",
];

describe("dangers the red-team set found missing", () => {
  it.each(dangers)("%s: %s", (hazard, text) => {
    expect(detectUrgency(text)).toMatchObject({ urgency: "emergency", hazard });
  });
});

describe("near-misses that reuse the same words in a safe sense", () => {
  it.each(nearMisses)("%s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });
});

describe("what the resident gets for each class touched", () => {
  let engine: OfflineEngine;
  beforeAll(async () => {
    engine = await OfflineEngine.create(await loadDomainConfig(path.resolve("config")));
  });

  it.each([
    ["接头那里刷了一圈肥皂水，泡泡一个劲往外鼓，燃气味也有", "gas", /燃气泄漏.*119/],
    ["电暖器把晾着的衣服烤着了，火往窗帘上爬", "fire", /119.*撤离/],
    ["晾衣架碰到空调线，我婆婆被电击了一下，胳膊一直发麻", "electric", /119.*电线/],
    ["山沟里的水一下冲下来，把放羊的老汉卷走了", "flood", /119.*高处/],
    ["电梯刚才往下一沉，停住不走了，门也不开，里面有个孕妇", "trapped", /119.*电梯/],
    ["我外甥说在球场踢球，教练说他今天根本没来，电话打不通", "missing", /110/],
    ["我嫂子怀着孕，刚才下身见红，肚子疼得直冒汗", "injury", /120/],
    ["停车场里几个人把一个司机按在地上拳打脚踢", "violence", /110/],
    ["婆婆在山上摘了野蘑菇炒着吃，现在说看东西重影，手也在抖", "poison", /120/],
    ["村口的老戏台塌了一半，上面还有几个孩子", "collapse", /119.*倒塌/],
    ["我表哥翻出了天桥护栏，蹲在外沿上，谁劝都不听", "self_harm", /110和120/],
  ] as const)("%s: filed as a %s emergency with its advice", (text, hazard, advice) => {
    expect(detectUrgency(text)).toMatchObject({ urgency: "emergency", hazard });
    expect(safetyAdvice(text)).toMatch(advice);
    const complaint = engine.extractSync({ text, channel: "wechat" });
    expect(complaint.urgency).toBe("emergency");
    expect(complaint.category).not.toBe("other");
  });
});
