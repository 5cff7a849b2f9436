import { describe, expect, it } from "vitest";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import type { Hazard } from "../../src/intake/urgency-rules.js";

/*
 * The em-cat30 round (danger categories grouped over emergency-fresh27 and -fresh28, each cause
 * checked on every readable set), in sentences written for this file: no set's lines are copied.
 * Each new reading has look-alikes it must leave alone.
 */
// A classifier sure of a plausible category keeps it after these rules: 0 stands for one not sure.
const owner = (hazard: Hazard, text: string, current = "other", confidence = 0.9) =>
  categoryForHazard(hazard, text, current, confidence, { sure: true }) ?? current;

describe("choking on something eaten", () => {
  it.each<[Hazard, string, string]>([
    ["trapped", "外公吃粽子噎着了，一直捶胸口，脸都青了", "property"],
    ["gas", "食堂里一个同事吃着面突然呛住了，说不出话，脸越来越紫", "gas_supply"],
    ["injury", "小孩吃了颗糖卡在喉咙里，咳不出来", "market"],
  ])("%s: %s → health", (hazard, text, current) => {
    expect(owner(hazard, text, current)).toBe("health");
  });

  it("leaves a child stuck in play equipment and a gas smell that makes one cough", () => {
    expect(owner("trapped", "小孩钻进游乐场的管子里卡住了出不来", "property")).toBe("property");
    expect(owner("gas", "楼道里煤气味很冲，呛得人直咳嗽", "pollution")).toBe("gas_supply");
  });
});

describe("a stroke where it struck", () => {
  it.each<[Hazard, string, string]>([
    ["injury", "外婆刚吃完午饭，嘴角往一边歪，说话含糊，右手端不住碗也拿不住筷子", "market"],
    ["injury", "地铁上一个大叔半边脸耷拉下来了，流口水，叫他只会啊啊", "traffic"],
    ["violence", "视频里我妈说话舌头大了，左手拿不住手机，她一个人在家", "public_order"],
  ])("%s: %s → health", (hazard, text, current) => {
    expect(owner(hazard, text, current)).toBe("health");
  });

  it("leaves a face hurt in a crash or a blow", () => {
    expect(owner("injury", "电动车和货车撞了，骑车的嘴歪着说不出话，躺在马路上", "traffic")).toBe("traffic");
    expect(owner("injury", "两个人在饭馆门口打起来了，一个被打得嘴歪了说不清话", "public_order")).toBe(
      "public_order",
    );
  });
});

describe("blood sugar falling in a diabetic", () => {
  it("goes to the ambulance, not the meal's seller", () => {
    expect(owner("injury", "我舅有糖尿病，早上打了针没吃东西，现在满身冷汗说胡话", "market")).toBe("health");
  });

  it("leaves a diabetic missing, or shut in", () => {
    expect(owner("missing", "我爸有糖尿病，早上出去遛弯到现在没回来", "public_order")).toBe("public_order");
    expect(owner("trapped", "我奶奶有糖尿病，卫生间门锁坏了出不来，在里面直冒汗", "property", 0)).toBe(
      "property",
    );
  });
});

describe("drunk past waking", () => {
  it("is a patient, not bad food", () => {
    expect(owner("injury", "表哥喝了一瓶白酒，在饭馆门口吐完躺下，叫不醒", "market", 0)).toBe("health");
    expect(owner("poison", "室友喝醉了，又吃了几粒安眠的，现在呼吸很浅", "market", 0)).toBe("health");
  });

  // em-cat36: with the eyes failing it is methanol, the ambulance's — no read set labels these
  // market alone (health in fresh22, fresh32, fresh34; both in fresh13, fresh14).
  it("files loose or home-brewed liquor with the eyes failing under health", () => {
    expect(owner("poison", "喝了村口小卖部买的散装白酒，两个人眼睛看不清了", "other", 0)).toBe("health");
  });

  it("leaves loose liquor with no sign of methanol to the market", () => {
    expect(owner("poison", "喝了村口小卖部买的散装白酒，两个人一直在吐", "other", 0)).toBe("market");
  });
});

describe("gas cylinders carried by a vehicle burning on the road", () => {
  it("is a road fire", () => {
    expect(owner("fire", "十字路口一辆小面包车着火了，车上装着几个液化气罐", "other", 0)).toBe("traffic");
  });

  it("leaves a cylinder burning in a shop or a kitchen to the gas company", () => {
    expect(owner("fire", "早点铺的液化气罐着火了，火苗往上窜", "market", 0)).toBe("gas_supply");
  });
});

describe("something falling on a vehicle", () => {
  it("is the owner of what fell or gave way", () => {
    expect(owner("collapse", "大风把工地的围墙吹倒了，压在一辆停着的轿车上", "traffic", 0)).toBe(
      "construction",
    );
    expect(owner("collapse", "road caved in and a car is stuck in the sinkhole", "traffic", 0)).toBe(
      "municipal",
    );
  });

  it("leaves a vehicle knocking someone down to the road's owner", () => {
    expect(owner("collapse", "一辆货车把骑车的大爷撞倒了，大爷在喊疼", "other", 0)).toBe("traffic");
  });
});

describe("someone held by a person, not a lock", () => {
  it.each<[Hazard, string]>([
    ["trapped", "我朋友说她老公把她锁在卧室里，不让出门，手机也拿走了"],
    ["trapped", "网约车司机不让我下车，车门锁了，一直往山里开"],
    ["injury", "司机不让她下车，她在车里哭，说手被扭伤了"],
  ])("%s: %s → public_order", (hazard, text) => {
    expect(owner(hazard, text, "property")).toBe("public_order");
  });

  it("leaves a child who locked himself in", () => {
    expect(owner("trapped", "孩子把自己反锁在卫生间了，在里面哭", "property")).toBe("property");
  });
});

describe("a child out on the bars of a window guard", () => {
  it("is about to fall, not about to jump", () => {
    expect(owner("self_harm", "楼上防盗网上有个小孩在往外爬，家里没大人", "public_order", 0)).toBe(
      "property",
    );
  });
});
