import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { agentAlarm } from "../../src/intake/agent-alarm.js";
import { detectUrgency, vetoableContext } from "../../src/intake/detect-urgency.js";
import { harmlessAside } from "../../src/intake/harmless-reading.js";
import { OfflineEngine } from "../../src/intake/offline-engine.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";

// Each "no emergency" sentence below was filed as an emergency on main before this branch (rules, both,
// or the model alone); each "keeps the danger" sentence is an emergency on main and stays one.
describe("ordinary messages that only sound like a danger", () => {
  it.each([
    // fruit dropping on a car
    "院子里那棵枣树的枣子熟了天天掉下来，砸在我车顶上全是印子，树主人不管",
    "邻居家的核桃熟了掉下来砸了我的挡风玻璃，他说不是他的事",
    // cars blocked in
    "小区门口天天停着拉货的卡车，一停就是半天，我们的车出不来",
    // work not found
    "我爸在菜场门口修自行车二十年了，现在不让摆了，他年纪大找不到别的活",
    // first aid asked about to learn it
    "老人摔倒的时候应该怎么扶才对？我想学一下，社区有没有课",
    // a clause asked about
    "健身房合同写着运动中受伤概不负责，这种条款合法吗",
    // a clip talked about
    "那个饭店着火的短视频是真的吗？评论说在我们街上，我下楼看了没事",
    // a fire or a blow feared as near
    "楼道里堆满纸箱，还有人在里面抽烟，离着火就差一步了，请物业清理",
    "楼道电线老化外皮都裂了，还有人私接线，我怕哪天着火",
    "路口那串装饰灯掉了一半，吊在树杈上晃，底下就是人行道，砸下来就麻烦了",
    // a prepaid shop gone
    "美容院办卡充了五千 现在关门了人找不到",
    // a scare said to have ended well
    "业主群里说电梯间的吊顶掉了，我下去看是块泡沫板，没砸到人，保安已经拿走了",
    // leaves burnt in the open
    "保洁把一堆落叶在花坛边点着了，烟熏得我们不敢开窗",
  ])("is no emergency: %s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });

  it.each([
    "树上的椰子掉下来砸到一个老人的头，他躺在地上不动",
    "地下车库淹了，水已经到车门，车出不去，里面还有人在车里",
    "孩子现在噎着了，脸发紫，噎着的时候怎么办，我没学过",
    "游乐场的免责协议有效吗？我儿子刚才从滑梯上摔下来，一直流血",
    "那个着火的短视频就是我们楼，现在三楼还在冒烟",
    "有人在楼下烧落叶，火已经烧到旁边的车棚了，电动车都着了",
    "有人在院子里烧垃圾，烟大得看不见人，孩子喘不上气",
    "刚才招牌掉下来了，没砸到人，可是砸断了电线，地上的线在冒火花",
    "店里办卡的钱不说了，老板跑了，店里还锁着一个孩子出不来",
  ])("keeps the danger told beside those words: %s", (text) => {
    expect(detectUrgency(text).urgency).toBe("emergency");
  });

  it("sets insect bites aside as an injury, not a bite that swells or chokes", () => {
    expect(harmlessAside("孩子在楼下玩被蚊子咬了二十几个包，物业不管", "injury")).not.toBeNull();
    expect(harmlessAside("孩子被虫子咬了一口，现在脸肿起来了喘不上气", "injury")).toBeNull();
    expect(harmlessAside("孩子被蚊子咬了几个包，又被狗咬了一口", "injury")).toBeNull();
  });

  it("reads 前两天 as a story told, but not 前两天开始 of something still going on", () => {
    expect(vetoableContext("前两天出了车祸，腿断了，家里没人做饭")).toBe("other");
    expect(vetoableContext("前两天开始在屋里烧炭取暖，敲门没人应")).toBeNull();
  });
});

describe("the operator handing a case to the station and an everyday office", () => {
  it("marks the hand-on, and not a rescue sent", () => {
    expect(agentAlarm(["好的，我这边马上转派出所和物业。"])?.handedOn).toBe(true);
    expect(agentAlarm(["我们马上通知辖区派出所和学校。"])?.handedOn).toBe(true);
    expect(agentAlarm(["请您马上离开屋子，我们通知派出所和燃气公司。"])?.handedOn).toBeUndefined();
    expect(agentAlarm(["我马上帮您转110，派出所和社区也会过去。"])?.handedOn).toBeUndefined();
  });

  let engine: OfflineEngine;
  beforeAll(async () => {
    engine = await OfflineEngine.create(await loadDomainConfig(path.resolve("config")));
  });

  it("is no emergency when the caller tells of no one gone or threatened", () => {
    const text =
      "坐席：您好。来电人：我们楼里有人挨家挨户推销净水器，说不买就停水，好几个老人都买了。" +
      "坐席：好的，这种情况我马上转派出所和社区。";
    expect(engine.extractSync({ text, channel: "hotline" }).urgency).not.toBe("emergency");
  });

  it("stays an emergency when the caller tells of someone lost", () => {
    const text =
      "坐席：您好。来电人：超市门口有个小男孩在哭，说找不到妈妈了，问他家在哪说不清。" +
      "坐席：好的，我马上联系派出所和社区过去。";
    expect(engine.extractSync({ text, channel: "hotline" }).urgency).toBe("emergency");
  });
});
