import { describe, expect, it } from "vitest";
import { chineseThingAndFault } from "../../src/intake/latin-glossary.js";
import { isLatinMessage, summarizeLatin } from "../../src/intake/latin-summary.js";

describe("isLatinMessage", () => {
  it("takes messages mostly in English or pinyin", () => {
    expect(isLatinMessage("The bin by the east gate of Haixi Yuan is overflowing")).toBe(true);
    expect(isLatinMessage("wenmiao xiang de shui guan lou shui le")).toBe(true);
  });
  it("leaves Chinese messages with an English word or two to the Chinese summary", () => {
    expect(isLatinMessage("新城公寓的电梯又broken了，已经第三次了，物业一直不管")).toBe(false);
    expect(isLatinMessage("OK")).toBe(false);
    expect(isLatinMessage("https://shop.example.com/item?id=abcdef 这家网店骗钱不退款")).toBe(false);
  });
  it("counts letters outside links, whether or not the whole text has enough to look", () => {
    // Enough letters only with the address counted: not English.
    expect(isLatinMessage("mail me: wangfang1988@example.com 路灯")).toBe(false);
    // English around an address: still English.
    expect(isLatinMessage("The water pipe burst, write to wangfang@example.com please")).toBe(true);
    // A long Chinese letter with a building letter in it: not English, however long.
    expect(isLatinMessage(`${"小区楼道的灯坏了很久，".repeat(200)}B栋`)).toBe(false);
  });
});

describe("summarizeLatin", () => {
  it("takes the resolver's name when the Latin one leaves no room for the fault", () => {
    const text = "The streetlight by Xisheng Jiayuan has been out since last Friday, please fix it.";
    expect(summarizeLatin(text, null)).toBe("Xisheng Jiayuan 路灯不亮");
    expect(summarizeLatin(text, null, 30, "西盛家园")).toBe("西盛家园路灯不亮 streetlight out");
    // A line that fits keeps the resident's spelling.
    expect(summarizeLatin("The bin at Haixiyuan is full", null, 30, "海西苑")).toBe("Haixiyuan bin full");
    // An English name written in lower case, which the Latin patterns miss, leads as the resolver's name.
    expect(summarizeLatin("the bench on nanhai street is broken", null, 30, "南海街")).toMatch(
      /^南海街 .*broken/,
    );
  });
  it("leads with the place and keeps the thing and its fault", () => {
    const s = summarizeLatin(
      "Good morning, the lamp post next to Taonan Yiqu south gate has been dark for five days. Please send someone.",
      null,
    );
    expect(s).toMatch(/^Taonan Yiqu 路灯不亮/);
    expect(s).toContain("dark");
    expect([...s].length).toBeLessThanOrEqual(30);
  });
  it("uses the place the resolver read from Chinese in brackets, without the English name", () => {
    const s = summarizeLatin(
      "The water heater in Riverside Tower (恒汇大厦) keeps leaking onto the floor.",
      "恒汇大厦",
    );
    expect(s).toBe("恒汇大厦热水器漏水 water heater leaking");
    expect(s).not.toContain("Riverside");
  });
  it("skips thanks and greetings before the problem", () => {
    const s = summarizeLatin(
      "Thank you for the quick repair last month! Now the fence on Xishan Road is broken.",
      null,
    );
    expect(s).toBe("Xishan Road 栏杆坏 fence broken");
  });
  it("keeps pinyin words whole, with the building number left out when the line is full", () => {
    const s = summarizeLatin("taonan erqu 9 hao lou men kou de xia shui dao du le hao ji tian le", null);
    expect(s).toMatch(/^taonan erqu 下水道堵 /);
    expect(s).not.toContain("hao");
  });
  it("drops the object's modifier before its head when the line is too long", () => {
    const s = summarizeLatin("The public drinking fountain in Haixi Yuan is broken again", null);
    expect(s).toBe("Haixi Yuan fountain broken");
  });
  it("does not end a sentence at a house number's dot, nor read 'No.' as a fault", () => {
    const s = summarizeLatin("Sewage smell at Nanhai Street No. 12 since Monday", null);
    expect(s).toBe("Nanhai Street 下水道臭");
  });
  it("reads the common faults of a street or an estate, in English and in pinyin", () => {
    expect(summarizeLatin("Rubbish piled up behind the bike shed of Luxi Xiaoqu for a week", null)).toBe(
      "Luxi Xiaoqu Rubbish piled up",
    );
    expect(summarizeLatin("xishan lu ting dian le, hao jiu le", null)).toBe("xishan lu ting dian");
  });
  it("reads a letter's report after its salutation, with a three-word fault kept whole", () => {
    const s = summarizeLatin(
      "Dear Sir/Madam, the lift in Block 3 of 海西苑 has been out of order since Friday. Old residents cannot get out. Thanks.",
      "海西苑",
    );
    expect(s).toMatch(/^海西苑电梯停运 lift .*out of order$/);
    expect(s).not.toMatch(/Dear|Old residents/);
  });
  it("takes a negated auxiliary for the fault and leaves the resolver's place out with its preposition", () => {
    const s = summarizeLatin(
      "The bins at 双塔小区 haven't been emptied this week. The whole yard stinks.",
      "双塔小区",
    );
    expect(s).toBe("双塔小区 bins not emptied");
  });
  it("still leaves a salutation alone when nothing follows it in the sentence", () => {
    const s = summarizeLatin("Dear Sir. The fence on Xishan Road is broken.", null);
    expect(s).toBe("Xishan Road 栏杆坏 fence broken");
  });
});

describe("the district's words for a message in English or pinyin", () => {
  it("leads with the Chinese place, thing and fault and keeps the resident's words when they fit", () => {
    expect(summarizeLatin("The heating in building 2 is only lukewarm", null, 30, "双塔小区")).toBe(
      "双塔小区暖气不热 heating only lukewarm",
    );
    expect(summarizeLatin("luxi xiaoqu 3 hao lou dianti anniu bu liang", null, 30, "路西小区")).toMatch(
      /^路西小区电梯按钮不亮/,
    );
  });
  it("names a numbered bus route, and a fault word by the thing it is said of", () => {
    expect(
      summarizeLatin("The number 9 bus skipped our stop again this morning", null, 30, "柳巷路"),
    ).toMatch(/^柳巷路9路公交不停/);
    // "off" is 不亮 for a light and 停水 for water; "停水", not "水停水".
    expect(chineseThingAndFault("the corridor light is off")).toBe("楼道灯不亮");
    expect(chineseThingAndFault("water off since 8am")).toBe("停水");
    // A lift "out of service" is 停运, not 停电.
    expect(chineseThingAndFault("the lift has been out of service")).toBe("电梯停运");
    // Pinyin "lou" is a building, not a leak; "wo men" is no door.
    expect(chineseThingAndFault("wo men 5 hao lou de shu dao le")).toBe("树倒");
  });
  it("keeps the Latin line alone when the glossary does not know the thing or its fault", () => {
    expect(chineseThingAndFault("my landlord keeps my deposit")).toBeNull();
    expect(summarizeLatin("The bin at Haixiyuan is full", null, 30, "海西苑")).toBe("Haixiyuan bin full");
  });
});

describe("behaviour and a utility's quality in English or pinyin", () => {
  it("names who does it, not where it stands, and what they do", () => {
    // The pavement, the roof or the stop is where; the stall, the workshop or the birds are the thing.
    expect(chineseThingAndFault("a noodle stall takes over the sidewalk every night")).toBe("摊贩占道");
    expect(chineseThingAndFault("the guy on the roof is raising pigeons up there")).toBe("养鸽子");
    expect(chineseThingAndFault("next door's dog barking all night")).toBe("狗叫");
    expect(chineseThingAndFault("the pub downstairs plays loud music till 2")).toBe("酒吧噪音");
    // Occupying the pavement is said of who does it, never of a thing found on it.
    expect(chineseThingAndFault("the drain cover on the footpath is cracked")).toBe("井盖裂");
  });
  it("reads the quality of water, gas and a line", () => {
    expect(chineseThingAndFault("our tap water comes out brown")).toBe("自来水发黄");
    expect(chineseThingAndFault("water pressure on the top floors is weak")).toBe("水压低");
    expect(chineseThingAndFault("the gas flame on my stove is too small")).toBe("燃气火小");
    expect(chineseThingAndFault("wo jia kuandai you duan le")).toBe("宽带中断");
    expect(summarizeLatin("xinsheng jiayuan ranqi huo hen xiao", null, 30, "西盛家园")).toMatch(
      /^西盛家园燃气火小/,
    );
  });
});
