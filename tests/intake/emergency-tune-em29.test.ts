import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import { liveSentences, normaliseUrgencyText } from "../../src/intake/urgency-rules.js";
import type { Hazard } from "../../src/intake/urgency-rules.js";

/*
 * The tune-em29 round (the causes emergency-fresh27's misses revealed, checked on every readable
 * set), in sentences written for this file: no set's lines are copied here. Each new reading has
 * look-alikes it must leave alone.
 */
const urgency = (text: string) => detectUrgency(text).urgency;
const live = (text: string) => liveSentences(normaliseUrgencyText(text));

describe("a sentence that goes on after one person is safe", () => {
  it("reads someone who does not respond after the close", () => {
    expect(live("我先醒过来了 我表哥还叫不醒 屋里有股煤烟味")).toEqual(["我表哥还叫不醒，屋里有股煤烟味"]);
    expect(urgency("小孙女从沙发上掉下来了 现在不哭了就是一直睡 喊也喊不醒")).toBe("emergency");
  });

  it("leaves what refers back to a story that is over", () => {
    expect(urgency("闺女找到了 在她同学家写作业呢 刚才报的走失可以撤了")).not.toBe("emergency");
    expect(urgency("锅里的油着了一下 盖上盖子灭了 没事了 就是想问问以后怎么处理")).not.toBe("emergency");
  });

  it("lets a laugh take the whole sentence back", () => {
    expect(live("哈哈 我家狗装死 叫它也不应 一给零食马上起来")).toEqual([]);
  });
});

describe("a warning nobody heeded, then 现在好了", () => {
  it("reads the danger that follows as it is", () => {
    expect(urgency("跟物业说了好几次车棚的电线乱拉。现在好了，车棚那边冒烟了，还有火苗")).toBe("emergency");
    expect(urgency("早就该修那个堤 你们不听 现在好了 水灌进了一楼 有个老太太出不来")).toBe("emergency");
  });

  it("keeps a plain 现在好了 closing the story", () => {
    expect(urgency("前天吃了路边摊闹肚子，现在好了，想投诉那家摊子")).not.toBe("emergency");
  });
});

describe("yesterday's cause, today's state, in one unpunctuated clause", () => {
  it("reads the clause from its turn to now", () => {
    expect(urgency("我们仨昨晚屋里生的炭火今早上都爬不起来了我头晕得站不住老李喊他也不应")).toBe("emergency");
  });

  it("reads a fall last night told with a night since then", () => {
    expect(urgency("去看独居的舅舅，他说昨晚上在厕所滑倒了，起不来，一宿没吃没喝，手脚冰凉")).toBe(
      "emergency",
    );
  });

  it("leaves a span of days and a story over", () => {
    expect(urgency("昨天烧烤吃多了今天胃有点不舒服")).not.toBe("emergency");
    // Yesterday's clause stays yesterday's: it is not cut down to "今天都没见到快递员".
    expect(live("昨天和今天都没见到快递员")).toEqual([]);
  });
});

describe("English: out of reach, unable to get up, through the ice, dementia", () => {
  it.each([
    ["my uncle is lying on the ground near the bus stop and is not answering me", "not answering"],
    ["I fell in the kitchen and I cannot get up, my leg hurts badly", "cannot get up"],
    ["the pond ice cracked and a boy fell through, he is holding the edge", "fell through the ice"],
    [
      "my grandfather has dementia and wandered off this morning, we cannot find him",
      "dementia, wandered off",
    ],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it("leaves a phone not answered in an everyday message", () => {
    expect(urgency("the property office is not answering their phone about the broken streetlight")).not.toBe(
      "emergency",
    );
  });
});

describe("the one who was missing is back", () => {
  it("closes the story", () => {
    expect(urgency("刚才报了我儿子联系不上，现在联系上了，在网吧，不用找了")).not.toBe("emergency");
    expect(urgency("我妈一早出门到现在还没回家。哎她回来了回来了，去菜市场了")).not.toBe("emergency");
  });

  it("keeps someone else not back", () => {
    expect(urgency("几个孩子去水塘边玩 别的孩子回来了我家老三没回来 天黑了")).toBe("emergency");
  });
});

describe("danger categories by circumstance", () => {
  it.each([
    ["missing", "我姥姥已经不认识人了，一转眼自己开门出去了", "public_order", "social_assistance"],
    ["missing", "我奶奶有阿兹海默，中午出门到现在没回来", "public_order", "social_assistance"],
    ["poison", "屋里烧着土暖气，全家人都头晕想吐", "pollution", "health"],
    ["poison", "宿舍里点着固体酒精煮东西，窗户关着，两个人头疼得厉害", "pollution", "health"],
    ["poison", "工棚里开着柴油发电机取暖，有人口吐白沫", "pollution", "health"],
    ["gas", "婆婆烧了炉子现在头晕站不起来，怕是中煤气了", "gas_supply", "health"],
  ])("%s: %s (classifier: %s) → %s", (hazard, text, current, expected) => {
    expect(categoryForHazard(hazard as Hazard, text, current, 0.5)).toBe(expected);
  });

  it("keeps a piped gas appliance the gas company's", () => {
    expect(categoryForHazard("gas", "燃气热水器洗澡，人晕倒在浴室", "gas_supply", 0.5)).toBe("gas_supply");
  });
});
