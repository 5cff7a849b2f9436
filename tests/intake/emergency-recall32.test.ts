import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { readPossibleDanger } from "../../src/intake/danger-check.js";
import { readHazardEnglish } from "../../src/intake/emergency-english.js";
import { detectUrgencyByRules } from "../../src/intake/urgency-rules.js";

/*
 * The em-recall32 round (dangers missed), in sentences written for this file (no set's lines are
 * copied here). Each cause has dangers it now raises and near-misses the same words must not.
 */
const finding = (text: string) => detectUrgency(text);

describe("dangers told in words the detector now reads", () => {
  it.each([
    // A thing that caught, named by what burns or by where; a fire spreading to a house.
    ["车棚里那堆纸壳着了，火往电动车那边走", "fire"],
    ["门口烧香，风一刮把旁边的杂物全引着了", "fire"],
    ["对面六楼的窗户里冒出火苗来了，屋里好像有人", "fire"],
    ["楼上着了 快来人 3号楼", "fire"],
    ["田里烧的火烧到院墙了，院里有人住", "fire"],
    // Smoke where a side word used to veto it: a woodpile beside it, a chimney choking someone.
    ["配电箱一直在冒烟，下面就是柴火堆", "electric"],
    ["烟囱的烟全倒灌进卧室，我爸呛得喘不上气", "injury"],
    // Low blood sugar told by its signs.
    ["我奶奶有糖尿病，早上打了胰岛素没吃东西，现在一身冷汗手在抖，说话也说不清了", "injury"],
    // English: a faint, a choking baby, a stroke, a child in a car, a roof edge, mixed cleaners.
    ["my dad fainted in the kitchen and he is not waking up, please come", "injury"],
    ["our toddler is choking on a grape and turning blue, help us", "injury"],
    ["my grandma's face is drooping on the left and she is slurring, can't lift her arm", "injury"],
    [
      "a little boy is locked in a black car outside the supermarket, it is very hot, no parents around",
      "trapped",
    ],
    ["a man is sitting on the roof edge of our building with his legs over the side", "self_harm"],
    ["I mixed bleach with toilet cleaner in the bathroom and now I am coughing and dizzy", "poison"],
  ])("%s", (text, hazard) => {
    const f = finding(text);
    expect(f.urgency).toBe("emergency");
    expect(f.hazard).toBe(hazard);
  });

  it.each([
    // Someone pushed towards an edge; a structure knocked over with someone below; a cry, then silence.
    ["桥上有个男的把一个老人往护栏外推，老人一直在喊", "violence"],
    ["刚才大风把广告牌砸倒了，底下有个摆摊的", "collapse"],
    ["隔壁两口子又在吵，刚刚听见女的喊救命，然后就没声音了", "violence"],
  ])("%s", (text, hazard) => {
    const f = finding(text);
    expect(f.urgency).toBe("emergency");
    expect(f.hazard).toBe(hazard);
  });

  it("reads a chat-group clip said to be happening now", () => {
    expect(finding("群里发的视频就是刚才的：工地围墙塌了，下面压着两个工人").urgency).toBe("emergency");
  });

  it("keeps a danger that turns to today after a standing nuisance", () => {
    // The nuisance opens the message; the danger is today's, and a model unsure of it may not veto.
    expect(
      finding("隔壁饭馆的油烟每天都往我家飘，说了好几次不管。今天他们后厨的煤气罐烧起来了，人都跑出来了")
        .urgency,
    ).toBe("emergency");
  });

  it("reads 'never like this before' as a change now, not a story that is over", () => {
    // The model may speak alone: the words of the past here say what is new.
    expect(finding("我妈刚才突然倒在地上抽，口吐白沫，叫不醒，她以前从来没这样过").urgency).toBe("emergency");
  });
});

describe("near-misses the same words leave alone", () => {
  it.each([
    ["他在沙发上睡着了，电视还开着", "asleep"],
    ["楼下烟囱冒黑烟，熏得我家全是烟味，能不能管一管", "a chimney, nobody ill"],
    ["我有糖尿病，有时候低血糖会出汗手抖，吃块糖就好了，社区能测血糖吗", "a habit"],
    ["is there a class on choking first aid for parents of babies?", "a course"],
    ["别把垃圾往楼下扔，楼下院子脏死了", "litter thrown down"],
    ["群里的视频看得我心惊，那家的火太大了", "a clip watched"],
    ["昨天路口出了车祸，今天地上还有碎玻璃没扫", "yesterday's crash, today's litter"],
    ["楼下夜宵摊天天吵到半夜，今天又有人嚷嚷要打架，最后也没打起来", "a fight that did not start"],
    ["the lady who fainted at the market last night is fine now, thanks to the crew", "over, said so"],
  ])("%s (%s)", (text) => {
    expect(finding(text).urgency).not.toBe("emergency");
  });
});

describe("what the fire rule leaves alone", () => {
  it("does not read a stove lit as a fire", () => {
    expect(detectUrgencyByRules("用打火机引着了炉子，屋里暖和多了").hazard).not.toBe("fire");
  });
});

describe("English words read for the detector", () => {
  it("writes a number of days and someone living alone in characters", () => {
    expect(readHazardEnglish("my uncle lives alone and nobody has seen him for three days")).toContain(
      "独居",
    );
    expect(readHazardEnglish("my uncle lives alone and nobody has seen him for three days")).toContain(
      "三天",
    );
  });
});

describe("the safety question for a crash or a cry told without a hazard word", () => {
  it.each([
    ["小区门口一个骑车的被面包车拖行了一段，车开走了"],
    ["高速上两辆车追尾了，前面那辆车门打不开"],
    ["隔壁又在吵，刚才听到有人喊别砍"],
  ])("%s", (text) => {
    expect(readPossibleDanger(text, "normal")).not.toBeNull();
  });
});
