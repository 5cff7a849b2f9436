import { describe, expect, it } from "vitest";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import type { Hazard } from "../../src/intake/urgency-rules.js";

/*
 * The em-cat54 readings: old people missing are the community's, people hurt at sports and play venues
 * or on a park's fitness kit the ambulance's, and six smaller misreadings. Phrasings are our own.
 */
const owner = (hazard: Hazard, text: string, current = "other", confidence = 0.2): string | null =>
  categoryForHazard(hazard, text, current, confidence);

describe("an old person missing", () => {
  it.each([
    "我姥爷下午出去遛弯到现在没回来，电话也没人接，他八十一了",
    "楼里的老太太一早去赶集，天黑了还没回家，儿女都在外地",
    "爷爷说去钓鱼，六个钟头了联系不上，76岁",
  ])("%s → social_assistance", (text) => {
    expect(owner("missing", text, "public_order", 0.3)).toBe("social_assistance");
  });

  it.each([
    // A child stays the police's, whoever was minding it.
    "奶奶带着孙子在广场跳舞，一回头孙子不见了，五岁",
    // A parent not said to be old: the police search, as before.
    "我老公出门买东西到现在没回来，电话关机",
    // An old neighbour beside a crew nobody can find: no old person gone.
    "小区门口的沟挖开一个月了，老人晚上出门差点摔，物业人影都找不到",
    // Thanks for a search that ended well keep the unit thanked.
    "感谢派出所的民警，帮我找回了走丢的八十岁老母亲",
  ])("stays public_order: %s", (text) => {
    expect(owner("missing", text, "public_order", 0.3)).toBe("public_order");
  });
});

describe("hurt at a sports or play venue, whatever the classifier says", () => {
  it.each([
    ["collapse", "乒乓球馆顶上的风扇掉下来砸到一个打球的人，头上全是血"],
    ["injury", "室内游乐场的蹦床网子破了，一个小孩摔到地上不动了"],
    ["collapse", "体育馆看台的座椅塌了，几个观众摔下去，有个起不来"],
    ["injury", "健身房一个会员跑步机上摔下来，头磕破了在流血"],
  ] as const)("%s: %s → health", (hazard, text) => {
    expect(owner(hazard, text, "property", 0.3)).toBe("health");
  });

  it.each([
    // A mall's ceiling is its building manager's (the premises convention).
    ["collapse", "商场中庭的吊顶掉下来砸到人了，还在往下掉"],
    // A compound's playground is its manager's.
    ["injury", "小区里的游乐滑梯断了，一个孩子摔下来胳膊肿了"],
    // Nobody hurt yet: not the ambulance's.
    ["collapse", "羽毛球馆的顶棚在晃，上面有块板子快掉了，下面还有人在打球"],
  ] as const)("not health: %s: %s", (hazard, text) => {
    expect(owner(hazard, text, "property", 0.3)).not.toBe("health");
  });
});

describe("hurt on a park's fitness kit", () => {
  it.each([
    ["injury", "街心公园的单杠上一个老人掉下来，后脑勺着地，叫他没反应"],
    ["trapped", "广场健身器材的转轮把一个小孩的手夹住了，手指在流血"],
    ["injury", "A woman fell off the exercise equipment by the river path and is bleeding from her head"],
  ] as const)("%s: %s → health", (hazard, text) => {
    expect(owner(hazard, text, "municipal", 0.3)).toBe("health");
  });

  it("the kit in a compound stays its manager's", () => {
    expect(owner("injury", "小区健身器材的铁杆断了，一个老人摔下来起不来", "property", 0.3)).toBe("property");
  });
});

describe("smaller misreadings", () => {
  it("a beating told by its blow is the police's", () => {
    expect(
      owner(
        "injury",
        "楼下的因为停车吵起来，他拿着锤子上来把我哥打倒了，头上都是血",
        "neighbor_dispute",
        0.95,
      ),
    ).toBe("public_order");
  });

  it("a child climbed into a transformer's enclosure is the supply's, whatever the model read", () => {
    expect(owner("self_harm", "小孩翻进箱变的铁栅栏里捡风筝，里面一直嗡嗡响，叫他不出来")).toBe(
      "power_supply",
    );
  });

  it("someone in a lake told water-first, with a parent jumping in after them, is no self-harm", () => {
    expect(owner("flood", "河里有个孩子掉进去了，他爸跳下去救，两个人在水里扑腾", "municipal", 0.3)).toBe(
      "municipal",
    );
  });

  it("paint fumes with a child's breath failing are the ambulance's, not the gas company's", () => {
    expect(owner("gas", "楼下刷木器漆，楼道里全是味，我儿子喘不上气，嘴唇发紫")).toBe("health");
  });

  it("something thrown from high up onto a passer-by in the street is the building's", () => {
    expect(
      owner("collapse", "高空有人扔下一个花瓶，砸到路边一个阿姨，头破了，在人民路上", "property", 0.5),
    ).toBe("property");
  });

  it("a park's artificial lake is open water, the city's", () => {
    expect(owner("injury", "公园人工湖的冰面裂开了，一个男孩掉进冰窟窿里")).toBe("municipal");
  });

  it("an oxygen machine without power beside works' dust: the patient first", () => {
    expect(owner("injury", "隔壁在打磨墙面，粉尘很大，我妈有肺病咳得厉害，家里吸氧机又没电了")).toBe(
      "health",
    );
  });
});
