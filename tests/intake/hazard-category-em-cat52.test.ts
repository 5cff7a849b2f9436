import { describe, expect, it } from "vitest";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import type { Hazard } from "../../src/intake/urgency-rules.js";

/*
 * The em-cat52 readings: a heating main or riser burst where people pass, escape rooms and paying
 * amusements whose own equipment failed, an open well in the fields, a driver taken ill at the wheel,
 * and a gas box told only by its distance from a fire. Phrasings are our own.
 */
const owner = (hazard: Hazard, text: string, current = "other", confidence = 0.2): string | null =>
  categoryForHazard(hazard, text, current, confidence);

describe("a heating main or riser burst where people pass", () => {
  it.each([
    ["flood", "三单元楼梯上的暖气立管裂了，热水顺着台阶往下冲，五楼的老人不敢下来", "heating"],
    ["injury", "路口地下的热力管道喷白汽，整条马路雾蒙蒙的，骑车的看不清", "heating"],
    ["collapse", "人行道鼓起来裂开了，底下热力管沟往外冒蒸汽", "heating"],
    ["flood", "学校门口的暖气井盖被冲开了，热水淌了一地", "heating"],
  ] as const)("%s: %s → %s", (hazard, text, expected) => {
    expect(owner(hazard, text)).toBe(expected);
  });

  it.each([
    // Someone already scalded: the ambulance's, as the older sets have it.
    ["injury", "暖气管在楼道里爆了，我妈路过被烫伤了脚", "heating"],
    // The water reaching a switch room is the supply's fire.
    ["fire", "楼顶暖气管裂了，水流进配电房，里面噼啪响", "heating"],
    // A frozen riser leaking onto ice: a slip, no hot water or steam told.
    ["injury", "三单元的暖气管冻裂了，楼梯上结了一层冰，两个人滑倒了", "heating"],
    // A burst in the car park is the building's.
    ["flood", "地下车库的暖气管爆了，热水一直往外冒，冒着白气", "heating"],
  ] as const)("not the heating company's: %s: %s", (hazard, text, notExpected) => {
    expect(owner(hazard, text)).not.toBe(notExpected);
  });
});

describe("escape rooms and paying amusements", () => {
  it.each([
    ["trapped", "密室最后一关的门锁坏了，我们五个出不去，有人开始喘", "market"],
    ["fire", "剧本杀店里停电了，有股焦味，包间门打不开", "market"],
    ["trapped", "We are locked in an escape room, the door will not open and there is smoke", "market"],
    ["trapped", "庙会的大摆锤停在半空，上面坐满了人", "market"],
    // Someone hurt there is the ambulance's since the team's decision of the em-cat53 round.
    ["injury", "蹦床馆的网子破了，一个小孩从边上掉下去了", "health"],
    ["collapse", "商场室内儿童乐园的攀岩墙倒了，压着一个孩子", "health"],
    ["injury", "卡丁车翻了，小孩被扣在车下面", "health"],
    ["collapse", "商场室内儿童乐园的攀岩墙晃得厉害，快倒了", "market"],
  ] as const)("%s: %s → %s", (hazard, text, expected) => {
    expect(owner(hazard, text)).toBe(expected);
  });

  it("a fight among the players stays the police's", () => {
    expect(owner("violence", "密室里两拨客人打起来了，有人拿椅子砸人")).toBe("public_order");
  });

  it("a compound's own slide stays its manager's, a plain fall on a trampoline the ambulance's", () => {
    expect(owner("injury", "小区里的滑梯断了，孩子摔下来了")).not.toBe("market");
    expect(owner("injury", "孩子在蹦床上跳的时候摔了，腿动不了")).not.toBe("market");
  });
});

describe("a school's laboratory", () => {
  it("a reagent spilt in it is the school's", () => {
    expect(owner("poison", "中学化学实验室有瓶试剂打翻了，好几个学生在咳嗽")).toBe("education");
  });
  it("smoke seen at its window with no cause told is a fire like any other", () => {
    expect(owner("fire", "学校实验楼三楼窗户在冒烟，学生都往外跑")).toBe("property");
  });
});

describe("an open well in the fields", () => {
  it.each([
    ["injury", "地头那口废弃的机井没有盖，邻居家孩子掉下去了，在下面哭", "municipal"],
    ["injury", "村后面的老井边上，我爷爷滑了一跤掉进去了", "municipal"],
  ] as const)("%s: %s → %s", (hazard, text, expected) => {
    expect(owner(hazard, text)).toBe(expected);
  });

  it("a shaft on a building site and a light well keep their owners", () => {
    expect(owner("injury", "工地上那口降水井没盖，一个工人掉进去了")).not.toBe("municipal");
    expect(owner("injury", "有人从楼梯口掉进了采光井")).toBe("property");
  });
});

describe("a driver taken ill at the wheel", () => {
  it.each([
    ["injury", "前面那辆出租车司机趴在方向盘上一动不动，车停在路中间", "health"],
    ["injury", "The bus driver fainted at the stop, passengers are trying to wake him", "health"],
  ] as const)("%s: %s → %s", (hazard, text, expected) => {
    expect(owner(hazard, text)).toBe(expected);
  });

  it("a crash told stays the traffic police's; a vehicle rolling on is the driver taken ill (em-cat53)", () => {
    expect(owner("injury", "货车司机晕过去了，车撞上了护栏，路上全是玻璃")).toBe("traffic");
    expect(owner("injury", "司机趴在方向盘上，车还在往前溜，前面就是人行横道")).toBe("health");
  });
});

describe("a gas box told only by its distance from a fire", () => {
  it("the fire keeps the building's owner", () => {
    expect(owner("fire", "小区里堆的纸箱着火了，离燃气调压箱只有三米")).toBe("property");
  });
  it("a gas cylinder burning is still the gas company's", () => {
    expect(owner("fire", "厨房里煤气罐着火了，火往上窜")).toBe("gas_supply");
  });
});

describe("sudden harm at home and in the water, told by what happened", () => {
  it.each([
    ["collapse", "孩子踩着抽屉往上爬，整个五斗柜翻过来压在他身上", "health"],
    ["collapse", "衣柜倒下来砸到我妈的腿，她起不来", "health"],
    ["flood", "温泉池里有个老人泡着泡着沉下去了，刚拉上来", "health"],
    ["flood", "水上乐园造浪池里一个小孩不见了，救生员在捞", "health"],
    ["collapse", "羽毛球馆有人突然倒了，没心跳，有人在做心肺复苏", "health"],
  ] as const)("%s: %s → %s", (hazard, text, expected) => {
    expect(owner(hazard, text)).toBe(expected);
  });

  it("someone shut in behind a door a wardrobe blocks is no furniture fall", () => {
    expect(owner("trapped", "柜子倒下来把卧室门堵住了，我爸在里面出不来")).not.toBe("health");
  });
});

describe("works, warehouses and loads on the road", () => {
  it.each([
    ["collapse", "物流园仓库里一排货架往一边歪，底下还有人在拣货", "labor"],
    ["fire", "饲料厂的粉仓冒火星了，里面粉尘很大，工人还在干", "labor"],
    ["fire", "小区外面那排储能集装箱在冒白烟，还有爆裂的声音", "power_supply"],
    ["fire", "路口的换电柜着火了，里面电池一个接一个地炸", "power_supply"],
    ["poison", "一辆槽罐车停在路边一直往下滴东西，味道很冲，路过的人眼睛疼", "pollution"],
  ] as const)("%s: %s → %s", (hazard, text, expected) => {
    expect(owner(hazard, text)).toBe(expected);
  });

  it("a tanker overturned stays a crash, a cement mixer is no tanker", () => {
    expect(owner("injury", "一辆槽罐车在路口侧翻了，往外漏东西，司机卡在里面")).toBe("traffic");
    expect(owner("injury", "水泥罐车右转刮倒了一个骑车的老人")).not.toBe("pollution");
  });

  it("a shopper pushed against a supermarket shelf in a fight stays the police's", () => {
    expect(owner("injury", "超市里两个人打起来了，一个被推到货架上头破了")).toBe("public_order");
  });
});

describe("fireworks for sale burning, ice told loosely", () => {
  it.each([
    ["fire", "卖烟花的那家店门口箱子冒烟了，噼里啪啦响，店里全是货", "market"],
    ["injury", "冰钓的大爷掉下去了，冰太薄了，在水库北边", "municipal"],
    ["injury", "几个孩子在河上滑冰车，有一个刚掉进去了", "municipal"],
  ] as const)("%s: %s → %s", (hazard, text, expected) => {
    expect(owner(hazard, text)).toBe(expected);
  });

  it("a compound's ornamental lake stays its manager's", () => {
    expect(owner("injury", "小区人工湖的冰面上一个孩子掉下去了")).toBe("property");
  });
});
