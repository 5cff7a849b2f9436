import { describe, expect, it } from "vitest";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import type { Hazard } from "../../src/intake/urgency-rules.js";

/*
 * The em-cat55 readings (ceremonies and gatherings, ice and cold snaps): a hired cook's cylinders at a
 * banquet are the market regulator's, and a dozen misreadings. Phrasings are our own.
 */
const owner = (hazard: Hazard, text: string, current = "other", confidence = 0.2): string | null =>
  categoryForHazard(hazard, text, current, confidence);

describe("a hired cook's gas cylinders at a banquet", () => {
  it.each([
    ["gas", "院里摆寿宴，请来的厨子那个液化气罐一直在嘶嘶漏气，他还在炒菜"],
    ["fire", "胡同里吃席，大灶边上的煤气罐口窜火苗了，旁边坐满了人"],
  ] as const)("%s: %s → market", (hazard, text) => {
    expect(owner(hazard, text, "gas_supply", 0.6)).toBe("market");
  });

  it.each([
    // A restaurant's own cylinders stay the gas convention's.
    ["gas", "饭店里办婚宴，后厨的液化气罐漏气了，大厅都闻到了"],
    // Piped gas tapped for the banquet is the gas company's.
    ["gas", "邻居家办喜事从燃气管道上私接了一根管子给大灶，现在接头漏气"],
  ] as const)("not the caterer's: %s", (hazard, text) => {
    expect(owner(hazard, text, "gas_supply", 0.6)).not.toBe("market");
  });

  it("someone already burnt is not the regulator's first", () => {
    expect(owner("fire", "喜宴的煤气罐着火了，掌勺的师傅胳膊烧伤了", "gas_supply", 0.6)).not.toBe("market");
  });
});

describe("a brazier's fumes with someone overcome", () => {
  it.each([
    "天冷老爷子在屋里点了个炭火盆，早上叫不醒了",
    "我们俩昨晚烧蜂窝煤炉子睡的，现在头晕想吐，站都站不稳",
  ])("%s → health", (text) => {
    expect(owner("gas", text, "gas_supply", 0.6)).toBe("health");
  });

  it("a gas line named keeps the gas company", () => {
    expect(owner("gas", "厨房燃气管道漏气，旁边还烧着炭炉，我妈头晕", "gas_supply", 0.6)).toBe("gas_supply");
  });
});

describe("a person on fire, or hurt by a firework", () => {
  it.each([
    ["fire", "路口烧纸钱，一个大爷弯腰去拨火，袖子着了，火一下窜到身上"],
    ["fire", "婚礼现场的礼炮哑了，伴郎凑过去看，炸了，手炸伤了在流血"],
    ["collapse", "门口放的烟花筒倒了，横着喷，一个小女孩脸被崩了，一直在流血"],
  ] as const)("%s: %s → health", (hazard, text) => {
    expect(owner(hazard, text, "property", 0.5)).toBe("health");
  });

  it("clothes hung to dry are the flat's fire", () => {
    expect(owner("fire", "阳台上晾的衣服着火了，火往屋里窜", "property", 0.5)).not.toBe("health");
  });
});

describe("vehicles", () => {
  it.each([
    ["trapped", "一辆货车倒车把一个老人挤在车和墙中间了，人出不来"],
    ["fire", "路中间一辆面包车着火了，司机还在驾驶室里没出来"],
  ] as const)("%s: %s → traffic", (hazard, text) => {
    expect(owner(hazard, text, "property", 0.5)).toBe("traffic");
  });

  it.each([
    // A forklift pinning its driver is a work accident.
    ["trapped", "仓库里叉车司机被夹在门架和车身中间了"],
    // A car burning in the car park keeps the older rules.
    ["fire", "地下停车场一辆汽车着火了，司机还在车里"],
  ] as const)("not traffic by these readings: %s", (hazard, text) => {
    expect(owner(hazard, text, "property", 0.5)).not.toBe("traffic");
  });
});

describe("smaller misreadings", () => {
  it("a blow with a tool is the police's", () => {
    expect(owner("collapse", "两个人吵起来，一个拿着木棍把另一个打了，头破了", "municipal", 0.5)).toBe(
      "public_order",
    );
  });

  it("ice broken underfoot on a river is the city's rescue", () => {
    expect(owner("injury", "河面上一个男孩踩碎了冰掉进水里，只剩手在外面", "health", 0.5)).toBe("municipal");
  });

  it.each([
    ["trapped", "我弟把自己关在屋里，刚才说要喝农药，门反锁了"],
    ["violence", "楼下有个人拿打火机要点着自己，说活不下去了"],
  ] as const)("self-harm: %s → social_assistance", (hazard, text) => {
    expect(owner(hazard, text, "property", 0.5)).toBe("social_assistance");
  });

  it("a fire in a school hall with the pupils there is the school's", () => {
    expect(owner("fire", "中学礼堂的舞台灯把幕布点着了，学生还在排练", "property", 0.5)).toBe("education");
  });

  it("a fire beside a school keeps its own owner", () => {
    expect(owner("fire", "学校旁边的垃圾站着火了，教室里孩子在上课", "sanitation", 0.5)).not.toBe(
      "education",
    );
  });

  it("old people snowed in are the community's", () => {
    expect(owner("trapped", "雪把院门堵死了，家里就两个八十多的老人，煤也快烧完了", "property", 0.5)).toBe(
      "social_assistance",
    );
  });

  it("paper offerings that reached the stairwell's wires are the building's fire", () => {
    expect(owner("fire", "有人在楼道里烧纸钱，火烧到了楼道的电线，现在冒黑烟", "power_supply", 0.5)).toBe(
      "property",
    );
  });

  it("someone who went down and does not answer is the ambulance's", () => {
    expect(owner("collapse", "守灵的大伯刚才一下子倒了，怎么叫都不答应，脸色发青", "property", 0.5)).toBe(
      "health",
    );
  });

  it("a bus shelter burning is the city's street furniture", () => {
    expect(owner("fire", "有人在马路边烧纸，把候车亭的塑料顶棚引着了，还有人在等车", "property", 0.5)).toBe(
      "municipal",
    );
  });

  it("a fit in a lift is the ambulance's, not the lift keeper's", () => {
    expect(owner("trapped", "电梯里一个大姐突然抽搐，嘴里吐白沫，电梯卡在7楼了", "property", 0.5)).toBe(
      "health",
    );
    expect(owner("trapped", "电梯卡在7楼了，里面关着两个人，按铃没人应", "property", 0.5)).toBe("property");
  });
});
