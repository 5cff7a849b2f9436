import { describe, expect, it } from "vitest";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import type { Hazard } from "../../src/intake/urgency-rules.js";

/*
 * The em-cat53 readings: getting around (the metro, road tunnels, vehicles with passengers aboard,
 * bridges and underpasses, filling stations), devices and small circumstances, and the team's decision
 * that someone hurt at a paid venue is the ambulance's. Phrasings are our own.
 */
const owner = (hazard: Hazard, text: string, current = "other", confidence = 0.2): string | null =>
  categoryForHazard(hazard, text, current, confidence);

describe("fire or smoke in the metro, a road tunnel or on board", () => {
  it.each([
    ["fire", "地铁三号线换乘大厅天花板那里冒黑烟，乘客都捂着鼻子往外走"],
    ["fire", "过江隧道中段有辆车冒烟了，后面的车还在往里进"],
    ["fire", "出租车上后排座位底下冒烟了，司机靠边停了"],
    ["fire", "the subway station concourse is full of smoke, people are running up the stairs"],
  ] as const)("%s: %s → traffic", (hazard, text) => {
    expect(owner(hazard, text)).toBe("traffic");
  });

  it.each([
    // Only where the caller is: the fire is at home.
    ["fire", "我在地铁上还有半小时到家，邻居说我家厨房冒烟了"],
    // A charging cabinet sparking by the metro's bike park is the supply's.
    ["fire", "地铁口停车点的充电柜冒火花，有股焦味"],
    // A car park stays the building's.
    ["fire", "地下停车场B1有辆轿车冒烟，烟越来越大"],
  ] as const)("not the traffic police's: %s: %s", (hazard, text) => {
    expect(owner(hazard, text)).not.toBe("traffic");
  });
});

describe("the metro's own machinery", () => {
  it.each([
    ["trapped", "地铁车门夹住了一个小孩的书包带，列车准备开了"],
    ["injury", "地铁站一个老人的脚滑进了站台和车厢之间的缝里"],
    ["trapped", "地铁停在两站中间半小时了，车门不开，车厢里很闷"],
  ] as const)("%s: %s → traffic", (hazard, text) => {
    expect(owner(hazard, text)).toBe("traffic");
  });

  it("a crowd pressing at the gates stays the police's", () => {
    expect(owner("injury", "地铁闸机口人挤人，一个女孩被挤倒踩了几脚")).not.toBe("traffic");
  });
});

describe("bridges and underpasses giving way", () => {
  it.each([
    ["collapse", "过街天桥的桥面被货车撞得裂开了，上面还有行人"],
    ["collapse", "地下人行通道顶上的水泥块往下掉，砸到一个路人"],
    ["flood", "村口小桥的护栏断了，一个骑电动车的掉进河里"],
  ] as const)("%s: %s → municipal", (hazard, text) => {
    expect(owner(hazard, text)).toBe("municipal");
  });

  it("someone only fallen on a footbridge's steps is not the structure", () => {
    expect(owner("injury", "天桥台阶上一个老人摔倒了，腿断了起不来")).not.toBe("municipal");
  });
});

describe("fuel leaking at a filling station", () => {
  it.each([
    ["fire", "加油站二号加油机底下一直在漏油，地上一大片，旁边还有人打电话"],
    ["self_harm", "加油枪不跳枪，汽油喷了出来流了一地"],
  ] as const)("%s: %s → gas_supply", (hazard, text) => {
    expect(owner(hazard, text)).toBe("gas_supply");
  });

  it("a tanker overturned on the road stays a crash", () => {
    expect(owner("trapped", "油罐车在加油站门口侧翻了，油流了一地，司机卡在里面")).not.toBe("gas_supply");
  });
});

describe("devices, chargers, signals, hobs, car fluids, threats and rails", () => {
  it.each([
    ["injury", "隔壁阿婆家的跌倒报警器响了好久，屋里没声音，她家里人的电话也打不通", "social_assistance"],
    ["electric", "小区门口充电桩被车撞倒了，线露出来泡在水里", "power_supply"],
    ["fire", "十字路口信号灯底下的控制箱冒火花了", "power_supply"],
    ["fire", "视频里看到灶上的火被风吹灭了，煤气阀还开着，家里没人", "gas_supply"],
    ["flood", "孩子把车里的防冻液喝了一口，现在说肚子疼", "health"],
    ["fire", "有个男的在楼道里扬言要放火，手里拿着一桶油", "public_order"],
    ["injury", "地库里有人在砸车窗，车里的女人一直喊救命", "public_order"],
    ["violence", "一个女的躺在铁轨上不走，说在等火车", "social_assistance"],
    ["electric", "路上有人被掉下来的电线绊倒了，摔得很重", "health"],
    ["fire", "铁路道口一辆面包车熄火停在铁轨上，司机在推车", "traffic"],
    ["injury", "等公交的一个大叔突然昏倒了，叫他没反应", "health"],
    ["trapped", "小孩的脚卡在路边雨水篦子里拔不出来，水在涨", "municipal"],
    ["flood", "河边的路被淹了，一个骑车的被冲到河里了", "municipal"],
    ["injury", "the bus driver slumped over the wheel and the bus is rolling slowly forward", "health"],
  ] as const)("%s: %s → %s", (hazard, text, expected) => {
    expect(owner(hazard, text)).toBe(expected);
  });

  it.each([
    // A shock told keeps a wire the supply's.
    ["electric", "有人被电线绊了一下，手碰到线被电了一下，在发抖", "power_supply"],
    // Burning oneself is self-harm, not an arson threat.
    ["self_harm", "他拿着打火机说要烧死自己", "social_assistance"],
  ] as const)("kept with their owner: %s: %s → %s", (hazard, text, expected) => {
    expect(owner(hazard, text)).toBe(expected);
  });
});

describe("the team's decision: someone hurt at a paid venue → health", () => {
  it.each([
    ["injury", "蹦床馆的网破了，一个孩子掉下去头磕在地上流血"],
    ["trapped", "密室的机关门卡死了，一个玩家喘不上气"],
    ["collapse", "攀岩馆绳子断了，一个人从上面摔下来不动了"],
    // The classifier sure of the venue's regulator does not keep it for a patient.
    ["injury", "健身房里一个男的做卧推被杠铃砸到胸口，起不来"],
  ] as const)("%s: %s → health", (hazard, text) => {
    expect(categoryForHazard(hazard, text, "market", 0.95)).toBe("health");
  });

  it.each([
    // Nobody hurt yet: the venue's own danger.
    ["trapped", "游乐园的过山车停在半空不动了，上面坐满了人"],
    ["trapped", "密室逃脱的门锁坏了，我们四个出不去"],
  ] as const)("%s: %s → market", (hazard, text) => {
    expect(categoryForHazard(hazard, text, "market", 0.95)).toBe("market");
  });

  it("food that made diners ill stays the market's (the classifier's choice stands)", () => {
    expect([null, "market"]).toContain(
      categoryForHazard("poison", "在那家饭店吃完饭一桌人都在吐", "market", 0.95),
    );
  });

  it("a compound's playground stays its manager's", () => {
    expect(categoryForHazard("injury", "小区游乐场的秋千断了，孩子摔下来流血", "market", 0.95)).not.toBe(
      "health",
    );
  });
});
