import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import { normaliseUrgencyText, type Hazard } from "../../src/intake/urgency-rules.js";

/*
 * The causes behind what emergency-fresh20 showed once read (it was blind for two rounds), each in
 * wording of our own: no set's lines are copied here.
 */
describe("fresh20 causes: recognition", () => {
  const dangers: readonly (readonly [Hazard, string])[] = [
    // A cut wrist told haltingly, the words split by pauses.
    ["self_harm", "喂 喂 我 我刚才割了 手腕 在出租屋"],
    // A threat on one's own life with the means in hand.
    ["self_harm", "你们再不给我办 我现在就死给你们看 药都摆在桌上了"],
    // Someone pushed down the stairs tonight, after a quarrel that goes on every day.
    ["violence", "隔壁两口子天天闹 刚才男的把他媳妇从楼梯上推下去了"],
    // A lift typed half in Latin, a call for help from inside.
    ["trapped", "我妈在电t里 救命 出不来"],
    // A trap counted in minutes with nobody come yet, however often the lift breaks.
    ["trapped", "这电梯天天出毛病 今天又把我外婆关里面了 半个钟头了还没人来"],
    // Pinyin: a wire on the ground.
    ["electric", "gao ya xian luo di le, xiao qu hou men"],
  ];
  it.each(dangers)("%s: %s", (hazard, text) => {
    const finding = detectUrgency(text);
    expect(finding.urgency).toBe("emergency");
    expect(finding.hazard).toBe(hazard);
  });

  it("reads a gas smell told in a letter after an old complaint, from this morning on", () => {
    const text =
      "尊敬的领导：去年反映的垃圾站问题一直没解决，另外还有一事：今晨起楼道里一直有很冲的燃气味，三楼敲门没人应，请速派人。";
    const finding = detectUrgency(text);
    expect(finding.urgency).toBe("emergency");
    expect(finding.hazard).toBe("gas");
  });

  it("writes 电t back as a lift only where a lift is meant", () => {
    expect(normaliseUrgencyText("我在电t里")).toContain("电梯");
    expect(normaliseUrgencyText("电tv坏了")).not.toContain("电梯");
  });

  it("leaves a threat with no means, a push at play, and a lift wait without anyone inside alone", () => {
    expect(detectUrgency("再不退钱我就死给你们看").urgency).not.toBe("emergency");
    expect(detectUrgency("电梯坏了半个钟头了还没人来修").urgency).not.toBe("emergency");
  });
});

describe("fresh20 causes: the danger's category follows the circumstance", () => {
  const cases: readonly (readonly [Hazard, string, string])[] = [
    // A gas leak told beside the harm it did: the gas company, not the ambulance or the police.
    ["injury", "燃气灶关了还在呲呲响，屋里有味，我奶奶说头晕想吐", "gas_supply"],
    ["missing", "楼上那家门缝里的味儿就像开火没点着，按门铃一直没人应", "gas_supply"],
    // A wire down read as a collapse: the power company cuts it.
    ["collapse", "大风把电线吹断了，一头耷拉在自行车棚上，还在冒火星", "power_supply"],
    // A person collapsed, with no structure named: the patient.
    ["collapse", "超市门口一个大爷突然倒了，嘴唇发紫", "health"],
    // A vehicle knocking someone down while backing: the traffic police first.
    ["collapse", "快递车在楼下倒车，把一个老人碰倒了", "traffic"],
    // A crowd pushing people over: the police hold it back.
    ["injury", "游园会人太多，入口那里一个小孩被挤倒了，后面的人还在涌", "public_order"],
    // A threat to burn someone's home, whatever the quarrel.
    ["fire", "对门扬言要烧了我家，手里拎着一桶油就在门口", "public_order"],
    // Exhaust from an engine left running in a shut garage: the polluter, not the gas main.
    ["gas", "隔壁车库门关着，里面车一直没熄火，门口一股尾气味", "pollution"],
    ["fire", "地库里一辆车没熄火，卷帘门拉下来了，车里好像有人", "pollution"],
    // A chemical spilt or burnt: pollution.
    ["fire", "一辆拉盐酸的罐车翻在路边，冒着白烟", "pollution"],
    ["collapse", "水上乐园不知道倒了什么，一股漂白粉味，孩子们都在咳", "pollution"],
    // Stung by a swarm.
    ["collapse", "树上的马蜂窝掉下来了，一个老头被蛰得满头包", "health"],
    // A retaining wall giving way, ice cracking under children: the city's crews.
    ["collapse", "坡下的挡土墙开裂了，一直往下掉土，下面是几户平房", "municipal"],
    ["collapse", "湖上的冰面裂开了，有几个孩子还在上面跑", "municipal"],
    // Digging foundations next door cracks the house: the site.
    ["collapse", "旁边挖地基，我家墙上的裂缝越来越大", "construction"],
    // A disability makes an adult son someone the community looks after; a neighbour unseen at home.
    ["missing", "邻居家有自闭症的儿子，二十多岁，下午走丢了", "social_assistance"],
    ["missing", "楼下独居的阿婆好几天没见，门把上挂的牛奶都没拿", "social_assistance"],
    // Poison taken for food at home: the patient, not the market.
    ["poison", "我爷爷把农药当成醋拌了凉菜，吃了几口就吐了", "health"],
    // Pills swallowed by mistake, not despair.
    ["self_harm", "老伴糊涂了，把一整板安眠药当成糖吃了，现在叫不醒", "health"],
    // A goodbye posted online behind a shut door with a smell of charcoal: despair.
    ["gas", "室友在朋友圈发了再见，门反锁着，门缝有烧炭的味道", "social_assistance"],
    // A security guard with a stun baton: the police, however sure the classifier is of property.
    ["injury", "物业保安用电棍打业主，人倒在地上抽搐", "public_order"],
  ];
  it.each(cases)("%s → %s (%s)", (hazard, text, category) => {
    expect(categoryForHazard(hazard, text, "property", 0.5)).toBe(category);
  });

  it("keeps the police for someone gone after posting a goodbye", () => {
    expect(categoryForHazard("missing", "朋友在朋友圈说了再见，之后就联系不上了", "other", 0.2)).toBe(
      "public_order",
    );
  });

  it("lets the classifier decide a fire the model alone read from words that name no fire", () => {
    const text = "老人骑着三轮在快车道上逆行，后面的车一直按喇叭";
    expect(categoryForHazard("fire", text, "traffic", 0.5, { modelOnly: true })).toBeNull();
    // A fire the rules read keeps its owner, even in a typo.
    expect(categoryForHazard("fire", "三楼那家着伙了，窗户通红", "other", 0.2)).toBe("property");
  });

  it("keeps a sure classifier's fight category only when it is the police's", () => {
    expect(categoryForHazard("injury", "两个人在店门口动手了，一个头破了", "neighbor_dispute", 0.9)).toBe(
      "public_order",
    );
  });

  it("does not read money for a demolished house as unpaid wages", () => {
    expect(categoryForHazard("self_harm", "拆了我的房子不给钱，我就在这里把自己点了", "labor", 0.5)).toBe(
      "social_assistance",
    );
    expect(categoryForHazard("self_harm", "干活半年老板不给钱，我现在就从楼上跳下去", "other", 0.5)).toBe(
      "labor",
    );
  });
});
