import { describe, expect, it } from "vitest";
import { categoryByTaxonomy } from "../../src/intake/taxonomy-category.js";

/*
 * The community's own rooms and classes (其他), the employment service's schemes (劳动保障) and a
 * business licence asked about (政务服务), read as welfare, health, building, the market or the street.
 * Sentences are our own.
 */
const first = (category: string) => [
  { category, probability: 0.45 },
  { category: "other", probability: 0.2 },
  { category: "labor", probability: 0.1 },
];
const moved = (text: string, from: string) => categoryByTaxonomy(text, first(from))?.category ?? from;

describe("the community's own rooms and classes", () => {
  it.each([
    ["社区棋牌活动室最近老是下午三点才开门，我们几个老头在门口等半天", "social_assistance"],
    ["双塔社区阅览室的报纸还是上个月的，能不能按时换新的", "social_assistance"],
    ["文庙社区书屋想捐几十本旧书，请问找谁登记", "social_assistance"],
    ["老年大学的电子琴班下学期还开不开，我想接着学", "social_assistance"],
    ["海西社区的活动室刚刷了墙，味道很大，老人们进去都说头疼", "health"],
    ["社区活动室翻修完三个月了还不开放，说是等验收", "construction"],
    // A parent who brings a child along still asks about the room.
    ["周六我带孩子去社区图书室借书，门又锁着，贴的开放时间是假的吧", "education"],
  ])("%s (%s) → other", (text, from) => {
    expect(moved(text, from)).toBe("other");
  });

  it.each([
    // Care for someone living alone, a doctor's visit, a children's class, the estate, remedies sold.
    ["能不能在活动室给独居老人每周送一次午饭，很多人自己不做饭", "social_assistance"],
    ["希望请社区医生每个月到活动室来给老人量量血压", "health"],
    ["暑假社区活动室能不能办个托管班，孩子没人看", "education"],
    ["物业把活动室锁起来堆了装修材料，老人没地方去", "property"],
  ])("%s (%s) stays", (text, from) => {
    expect(moved(text, from)).toBe(from);
  });
});

describe("the employment service's schemes and wages unpaid", () => {
  it.each([
    ["失业保险金交了材料快一个月了，账户里还是没有钱，问谁都说等", "social_assistance"],
    ["就业困难人员的认定表交到街道以后就没消息了", "social_assistance"],
    ["下个月区里的招聘会在哪个场馆办，几点开始", "market"],
    ["桥头那个零工市场搬到哪里去了，以前每天早上都有人在那里等活", "sanitation"],
    ["学完叉车证以后的培训补贴什么时候发下来", "education"],
    // Wages unpaid by a shop or a kindergarten are the labour inspectors', not the market's or the school's.
    ["面馆老板欠薪三个月了，店还开着就是不给我们发", "market"],
    ["托儿所拖欠我们两个阿姨的工资，园长一直说下个月", "education"],
  ])("%s (%s) → labor", (text, from) => {
    expect(moved(text, from)).toBe("labor");
  });

  it("leaves relief and the minimum living allowance with welfare", () => {
    expect(moved("失业以后家里没有收入了，想申请低保，要什么材料", "social_assistance")).toBe(
      "social_assistance",
    );
  });
});

describe("a business licence asked about", () => {
  it.each([
    "想在家里做烘焙卖给邻居，要不要先办营业执照",
    "水果店的食品经营许可明年到期，续期要准备什么材料",
    "门面换了个地址，营业执照怎么变更，要跑几个地方",
  ])("%s → government_service", (text) => {
    expect(moved(text, "market")).toBe("government_service");
  });

  it.each([
    "楼下那家按摩店根本没有营业执照，天天开到半夜，我要举报",
    "有人拿着假的经营许可证上门推销净水器，说是社区统一安装",
  ])("%s stays with the market regulator", (text) => {
    expect(moved(text, "market")).toBe("market");
  });
});
