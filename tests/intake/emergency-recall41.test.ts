import { describe, expect, it } from "vitest";
import { readPossibleDanger } from "../../src/intake/danger-check.js";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { detectUrgencyByRules } from "../../src/intake/urgency-rules.js";

/*
 * No danger filed as normal (the thirty-third round), in sentences written for this file: no set's
 * lines are copied here. Each cause has the dangers it now raises and the near-misses beside them.
 */
const urgency = (text: string) => detectUrgency(text).urgency;
const asked = (text: string) => {
  const found = detectUrgency(text);
  return found.urgency !== "emergency" && readPossibleDanger(text, found.urgency) !== null;
};
// The second-best outcome: not an emergency, but the bot asks the safety question.
const raisedOrAsked = (text: string) => urgency(text) === "emergency" || asked(text);

describe("people still at their games beside a danger", () => {
  it.each([
    "台球厅后面仓库的纸板着了，烟往大厅里灌，里面还有好多人在玩游戏没反应过来",
    "电竞馆墙上的插座在冒烟，一股焦味，小孩们还戴着耳机在打游戏",
    "網吧後面的垃圾桶著火了，火燒到招牌上，裡面的人還在玩遊戲",
    "坐席：您好。\n市民：想问下网吧晚上能开到几点\n坐席：这个要问文旅部门。\n市民：哎等下，后面仓库好像着了，冒黑烟了，里面还有人在打游戏",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "孩子天天在网吧打游戏，还说要玩到天亮，能不能管管",
    "网吧里还有人在打游戏，吵得很，楼上睡不着",
    "游戏里的房子着火了，我儿子还在玩游戏，吵得很",
    "酒店隔壁一直有人打游戏，还大喊大叫，怎么投诉",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });

  it("a fire inside the game, told beside the game, stays the game's", () => {
    expect(urgency("我儿子还在玩游戏，说游戏里着火了，吓我一跳")).not.toBe("emergency");
  });
});

describe("著 in traditional characters is read as 着", () => {
  it.each([
    "民宿的電暖器把床單燒著了，我同事還在裡面睡，敲門沒反應",
    "陽台堆的紙箱著了，火越來越大，隔壁還有老人",
    "廚房的抹布被爐火燒著了，火竄到櫃子上，我婆婆在裡面",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it("the words that keep 著 are left alone", () => {
    expect(detectUrgencyByRules("社区请来一位著名作家讲座，什么时候报名").urgency).toBe("normal");
    expect(urgency("这本书是鲁迅的著作，图书馆有没有")).toBe("normal");
  });
});

describe("an all-clear the writer doubts with the smoke before them", () => {
  it.each([
    "楼道烟感一直叫，物业说是误报，但是楼道里确实有烟，呛得人咳嗽",
    "坐席：您好。\n市民：酒店的烟感响了，前台说是误报\n坐席：那您那边现在什么情况？\n市民：可是走廊里真的有烟，越来越呛",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each(["烟感误报了，物业来看过，没有烟，就是灰尘", "宾馆的烟感老是误报，半夜响了好几次，根本没有烟"])(
    "no danger: %s",
    (text) => {
      expect(urgency(text)).not.toBe("emergency");
    },
  );
});

describe("someone shut in behind a door that will not open from inside", () => {
  it.each([
    "烘干房的门从里面打不开，师傅进去四十分钟了，手机在外面充电",
    "冷藏车的车厢门关上了，搬货的小伙子进去十几分钟了，从里面打不开",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "冷库门从里面打不开，老板说下周修，现在里面没人",
    "手机在外面充电，卫生间门锁坏了，现在里面没人，找谁修",
  ])("no one inside: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("an allergic reaction closing the throat, in lay words and in English", () => {
  it.each([
    "被蜜蜂蛰了以后浑身起红疹，喉咙像被人掐住了，说话也费劲",
    "孩子吃了芒果全身发红，嗓子像被捏住一样，说话都吃力",
    "My son ate peanuts at the party, his lips are swollen and he can hardly breathe",
    "My wife got stung by a bee, her throat is swelling and she is struggling to breathe",
    "tā chī le huā shēng, hóu lóng zhǒng le, chuǎn bú shàng qì",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "吃了虾全身起红疹，痒得很，想问挂什么科",
    "My throat has been a bit sore and swollen since last week, where can I see a doctor",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("a fall or a knock that seemed nothing, then signs hours later", () => {
  it.each([
    "我爸上午摔了一跤当时没啥，下午开始老是想睡",
    "奶奶早上在浴室滑了一下，当时说没事，中午开始一直吐，叫她反应慢",
    "孩子上午从床上掉下来磕到头，当时好好的，现在开始犯困叫不醒",
    "坐席：请讲。\n市民：我爸早上在楼梯上摔了一跤\n坐席：现在怎么样？\n市民：当时说没事，下午开始一直想睡，叫他也不怎么应",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "孩子磕了头当时没事，后来吐了一次，医院查过说没事",
    "我爸摔了一跤当时没事，现在好了，想问社区有没有防滑垫",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("smoke and a way out asked for, typed in pieces", () => {
  it.each(["宾馆 楼道 烟 好大 往哪跑", "商场三楼都是烟，到处看不清，怎么出去"])(
    "raised or asked: %s",
    (text) => {
      expect(raisedOrAsked(text)).toBe(true);
    },
  );

  it("the question's sign reads a hotel guest's fragments", () => {
    expect(readPossibleDanger("酒店 烟 走廊全是 看不见 9楼 怎么跑", "normal")?.hazard).toBe("fire");
  });

  it.each(["楼下有人抽烟，烟味飘上来，怎么跑都躲不开", "油烟太大了，往哪走都是味"])(
    "a smoker or a kitchen is no fire: the sign does not read it (%s)",
    (text) => {
      expect(urgency(text)).not.toBe("emergency");
    },
  );
});

describe("dangers of every kind in words no set uses", () => {
  it.each([
    // public transport
    "地铁车厢里有人的充电宝突然冒烟了，有股焦味，大家都往另一节车厢挤",
    "公交车上一位大爷突然倒下了，叫不醒，司机把车停在站台了",
    "高铁站候车厅有人倒地抽搐，口吐白沫，周围没人懂急救",
    // household appliances
    "洗碗机后面的插座在冒烟，有焦糊味，我家老人在厨房",
    "电暖器把窗帘烤着了，火苗往上窜",
    "游泳馆更衣室的热水器漏电，有个小孩被电了一下倒在地上",
    // foreign residents: English and pinyin
    "There is smoke coming out of the power strip behind the TV and a burning smell, my kids are in the room",
    "Our neighbour's gas heater is leaking, the whole stairwell smells of gas and someone is smoking downstairs",
    "wo ye ye shuai dao le, jiao bu xing",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });
});
