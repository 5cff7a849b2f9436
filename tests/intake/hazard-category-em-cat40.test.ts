import { describe, expect, it } from "vitest";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import { checkedModelHazard } from "../../src/intake/model-hazard-check.js";
import type { Hazard } from "../../src/intake/urgency-rules.js";

/*
 * The em-cat40 round: fresh38's wordings of standing conventions (a worker hurt at work, an old
 * person who cannot say where they live, pills taken by mistake, hot soup poured over someone, a bus
 * told by its route, a fall onto the tracks), and three more checks of the model's hazard. Phrasings
 * are our own.
 */
const owner = (hazard: Hazard, text: string, current = "other", confidence = 0.2): string | null =>
  categoryForHazard(hazard, text, current, confidence);

describe("fresh38's wordings of standing danger conventions", () => {
  it.each([
    // A worker named by the shop or the job, hurt at it: the lead's convention.
    ["injury", "面馆的厨师被热油溅了一脸，眼睛睁不开", "labor"],
    ["trapped", "压面机把帮忙的小工手卷进去了，拔不出来", "labor"],
    ["injury", "卸货的工人从车斗上摔下来，头着地了", "labor"],
    ["poison", "街边家具作坊里刷漆，一个工人晕在里面了", "labor"],
    // An old person who cannot say where they live or are going: the community's register.
    ["missing", "半夜路口有个老大爷转来转去，问他住哪说不清楚", "social_assistance"],
    ["missing", "公交终点站一个老奶奶不下车，问她去哪说不出来", "social_assistance"],
    // Pills taken by mistake, in either language: the ambulance.
    ["poison", "表弟吃了好多不知道什么药，现在吐了还叫不醒", "health"],
    ["poison", "My brother took too many sleeping pills by mistake and is very drowsy", "health"],
    // Hot soup poured over a child.
    ["injury", "服务员把一盆热汤洒到邻桌小孩身上了，孩子哭得喘不过气", "health"],
    // A bus told by its route number, burning; someone fallen onto the metro's tracks.
    ["fire", "坐的12路车后排座位底下冒烟了，一股焦糊味", "traffic"],
    ["injury", "地铁站有个老人掉到轨道下面了，爬不上来", "traffic"],
  ] as const)("%s: %s → %s", (hazard, text, expected) => {
    expect(owner(hazard, text)).toBe(expected);
  });

  it("things thrown down from the floors above, read as a blow, are the building's", () => {
    expect(owner("violence", "不知道几楼的住户一直往下扔酒瓶，楼下有老人在乘凉", "public_order", 0.5)).toBe(
      "property",
    );
    // A fight in the courtyard with bottles thrown stays the police's.
    expect(owner("violence", "楼下两伙人打起来了，有人从楼上往下扔酒瓶助威", "public_order", 0.5)).toBe(
      "public_order",
    );
  });

  it("a burst supply main on the street is the water company's, not the road's", () => {
    expect(owner("collapse", "路口的自来水主管爆了，路面往下陷，水柱好几米高", "municipal", 0.5)).toBe(
      "water_supply",
    );
    expect(owner("flood", "供水总管破裂，整条街都是水，车都过不去了")).toBe("water_supply");
    // A car park flooded by it is the building's.
    expect(owner("flood", "地下停车场那边供水总管爆了，车都泡了")).not.toBe("water_supply");
  });

  it("a worker who is not yet hurt stays out of the labour convention", () => {
    expect(owner("trapped", "卸货的师傅被关在冷库门外了，进不去")).not.toBe("labor");
  });

  it("a child who cannot say where home is stays the police's search", () => {
    expect(owner("missing", "商场里一个五岁小孩在哭，问他住哪说不出来")).toBe("public_order");
  });

  it("someone's own pills taken with despair said are not made an accident", () => {
    expect(owner("self_harm", "她发消息说活着没意思，吃了好多安眠药")).toBe("social_assistance");
  });

  it("a route number at a stop names a place, not a burning bus", () => {
    expect(owner("fire", "5路车站旁边的垃圾桶着火了")).not.toBe("traffic");
  });
});

describe("the model's hazard checked against more circumstances (em-cat40)", () => {
  it.each([
    // A chemical cloud or smell with no gas line or cylinder named: a poisoning, not a gas leak.
    ["gas", "化工厂那边飘过来一片白雾，闻着刺鼻，好几个人在咳", "poison"],
    ["gas", "冷库机房里一股尿骚味，值班的人还没出来", "poison"],
    ["gas", "楼下喷漆的味道散不掉，孩子闻了一直吐", "poison"],
    // Charcoal smelt behind a door someone shut on themselves, or after a farewell: a life at risk.
    ["gas", "表哥发了条再见的朋友圈，卧室门关着，门缝里一股烧炭的味道", "self_harm"],
    ["gas", "My flatmate locked himself in his room and there is a smell of charcoal burning", "self_harm"],
    // Someone walking on into a river, not turning back.
    ["flood", "河边有个男的一直往河里走，水都到胸口了，喊他不理", "self_harm"],
    // Someone sitting on a roof's edge with the legs over, nothing giving way.
    ["collapse", "对面楼顶边上坐着一个人，腿悬在外面", "self_harm"],
  ] as const)("%s for %s → %s", (hazard, text, expected) => {
    expect(checkedModelHazard(text, hazard)).toBe(expected);
  });

  it.each([
    // A gas smell or a cylinder named keeps the gas company's hazard.
    ["gas", "厨房一股燃气味，还飘着白雾"],
    ["gas", "饭店后厨的气罐阀门在嘶嘶响，闻着刺鼻"],
    // Charcoal burnt for warmth is the fumes the older checks read, not self-harm.
    ["gas", "奶奶屋里烧炭取暖，自己把门关上了，一股味"],
    // Someone wading in to pull a child out is a rescue, not despair.
    ["flood", "孩子掉河里了，他爸往河里走去救，水很急"],
    // A roof's edge where something is falling is a collapse.
    ["collapse", "楼顶边上的广告牌松动了，在晃，下面站着人"],
  ] as const)("%s for %s stays", (hazard, text) => {
    expect(checkedModelHazard(text, hazard)).toBe(hazard);
  });
});
