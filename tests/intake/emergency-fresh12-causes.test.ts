import { describe, expect, it } from "vitest";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";
import { agentAlarm } from "../../src/intake/agent-alarm.js";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { OfflineEngine } from "../../src/intake/offline-engine.js";

/*
 * The causes behind what emergency-fresh12 found once read (it was blind for two rounds), each in
 * wording of our own: the set's lines are not copied here.
 */
const dangers: readonly (readonly [string, string])[] = [
  // A floor that got out is an evacuation, not a rescue done: the flat is still burning.
  ["fire", "隔壁单元冒烟了，一股烧焦的味道，喊门没人应，我们这层的人都出来了"],
  // Smoke at a factory is an emission, unless people are running from it.
  ["fire", "印刷厂里冒出好多黑烟，工人都在往外跑，还有人没出来"],
  // Despair said from a height.
  ["self_harm", "我真的扛不住了，现在一个人在天台上，就想跟你们说一声"],
  // English: how bad the smell is comes between "smell" and "like eggs".
  ["gas", "the flat upstairs smells really strong like rotten eggs, nobody opens the door"],
  // Pinyin: shut in a cold store.
  ["trapped", "wo bei guan zai leng ku li mian le, chu bu lai"],
  // A smell going on for days that is worse today is going on now.
  ["gas", "楼道里已经是第二天有很浓的燃气味了，今天比昨天还重，对门老人说头晕"],
];

const nearMisses: readonly string[] = [
  // Exclamations about the weather or a complaint.
  "救命啊，这鬼天气热死人了，空调报修一周了还没人来",
  // A simile: the gas only says how bad the bins smell.
  "楼下餐馆后面臭得跟煤气漏了似的，其实是泔水桶没人清",
  // A name in quotes, a slogan learnt at school.
  "我家狗名字叫“火球”，宠物登记时说名字不合适，为什么",
  "儿子在学校学了“119火警”，回家老拿电话玩，误拨会被罚吗",
  // Harm denied, a story over, someone caught, everybody well again.
  "马路边的盖板松了，踩上去直晃，还没人摔倒，麻烦尽快修",
  "楼下那个醉汉半夜在楼道唱歌，不打人也不砸东西，就是吵得睡不着",
  "上周小区里有人偷电动车，已经抓到了，想问问车棚能不能装监控",
  "全家吃了那家店的凉皮都拉肚子，现在都好了，想找他们赔钱",
  "山坡上有过一次小塌方，石头滚到路边，路上没人，已经过去了，建议派人看看",
];

describe("emergency-fresh12's causes", () => {
  it.each(dangers)("%s: %s", (hazard, text) => {
    const found = detectUrgency(text);
    expect(found.urgency).toBe("emergency");
    expect(found.hazard).toBe(hazard);
  });

  it.each(nearMisses)("%s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });
});

describe("the operator's reaction in a hotline transcript", () => {
  it("is an alarm when the operator tells the caller to get out or hands the call on", () => {
    expect(agentAlarm(["请您马上开窗离开屋子，不要用明火和电器，您的地址？"])?.hazard).toBe("gas");
    expect(agentAlarm(["您不要自己过去，我们马上通知派出所，地址？"])?.hazard).toBe("violence");
    expect(agentAlarm(["报119不会罚款，请您马上拨打，同时离开楼道"])?.hazard).toBe("fire");
    expect(agentAlarm(["大爷，这个可能很危险，请您马上打120"])?.hazard).toBe("injury");
  });

  it("is no alarm for an everyday promise or advice for another time", () => {
    expect(agentAlarm(["好的，我马上给您派单，尽快通知社区处理。"])).toBeNull();
    expect(agentAlarm(["本周四上门检修。如果闻到燃气味，请立即开窗离开并拨打抢修电话。"])).toBeNull();
    expect(agentAlarm(["平时不要用明火烤衣服。"])).toBeNull();
  });

  it("makes the call an emergency even when the caller's own words do not say so", async () => {
    const engine = await OfflineEngine.create(await loadDomainConfig("config"));
    const call =
      "坐席：您好，直通热线。来电人：我问下燃气卡在哪儿买。顺带说一句，厨房那边一直有点声音，怪怪的。" +
      "坐席：请您马上开窗离开房间，不要动电器开关，您的地址？来电人：海西苑5号楼。";
    const complaint = await engine.extract({ channel: "hotline", text: call });
    expect(complaint.urgency).toBe("emergency");
    expect(complaint.category).toBe("gas_supply");

    const routine =
      "坐席：您好，直通热线。来电人：燃气检修什么时候来我们小区？" +
      "坐席：本周四上门。如果闻到燃气味，请立即开窗离开并拨打抢修电话。来电人：好的，谢谢。";
    expect((await engine.extract({ channel: "hotline", text: routine })).urgency).not.toBe("emergency");
  });
});
