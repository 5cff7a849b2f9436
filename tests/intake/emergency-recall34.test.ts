import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";

/*
 * The em-recall34 round (dangers missed), in sentences written for this file (no set's lines are
 * copied here). Each cause has dangers it now raises and near-misses the same words must not.
 */
const urgency = (text: string) => detectUrgency(text).urgency;

describe("a close that opens a sentence going on to a new danger", () => {
  it.each([
    // A bare "现在好了", said bitterly, then the harm.
    "楼道灯坏了半年没人修 现在好了 我爸在楼梯上踩空摔下去了 头上全是血",
    "围墙早就裂了 报了没人来 现在好了 墙倒了 压着一个送快递的",
    "物业说了一百遍要修 现在好了 吊灯砸下来 砸到我妈头上流了好多血",
    // A scare said to be a game, and then it turns.
    "他们说是闹着玩 然后小的那个就倒了 浑身抽 在操场边上",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    // The close ends the story; what follows only retells it or asks.
    "刚才楼道里的火已经灭了，烧得挺大的，谁来清理一下",
    "孩子找到了 在同学家 刚才吓死我了",
    "现在好了 电梯修好了 谢谢物业",
    "现在好了 暖气终于热了 之前冻得睡不着",
    "已经送医院了 然后家里人都去了 想问下楼梯扶手谁来修",
    "说是玩 然后就哈哈大笑 人没事",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("a sentence that turns to just now after a standing complaint", () => {
  it.each([
    "楼下垃圾桶好几天没清运了，味道很大。另外我刚出门看见花坛边坐着一个送外卖的小伙子，脸色发白，一直捂着肚子，满头大汗，问他也只是摇头",
    "小区门口的路灯坏了好几天了。我刚路过看到路灯下面躺着个老头，脸色蜡黄，捂着肚子，额头都是汗",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "楼下的垃圾站好几天没人清了，臭得很，我刚搬来不久，能不能多清几次",
    "小区路灯坏了好几天了，我刚好路过看了一下，还是不亮",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

/*
 * Read from emergency-fresh32 alone (its own commit: on the other readable sets these readings move
 * nothing, so the leave-one-set-out view cannot vouch for them).
 */
describe("pinyin typed with tone marks", () => {
  it.each([
    ["lóu dào lǐ zháo huǒ le, kuài lái", "fire"],
    ["wǒ jiā rán qì xiè lòu, hěn chòu", "gas"],
  ])("%s", (text, hazard) => {
    const f = detectUrgency(text);
    expect(f.urgency).toBe("emergency");
    expect(f.hazard).toBe(hazard);
  });

  it.each(["nǐ hǎo, qǐng wèn lù dēng huài le zhǎo shéi", "The café on 海边街 is closed, résumé attached"])(
    "no danger: %s",
    (text) => {
      expect(urgency(text)).not.toBe("emergency");
    },
  );
});

describe("English: a door forced, someone jumped into water, people below a leaning wall, a sinking ceiling", () => {
  it.each([
    "Two guys kicked down the front door next door and one is holding a crowbar, the old lady lives alone, please hurry",
    "A teenager jumped into the canal from the bridge, we can see him in the water, he is not swimming",
    "The scaffolding on the shop front is leaning and creaking, people are still walking underneath it",
    "Our bathroom ceiling is sinking after the leak upstairs, big cracks, my husband is asleep under it",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each([
    "The landlord broke the door handle last month and still has not fixed it, who do I call",
    "Kids jumped into the swimming pool at the summer camp today, lovely weather",
    "We lost the key and kicked open the back door ourselves, who can change the lock for us",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("how long a body has been down or someone has been signalling now", () => {
  it.each([
    "我奶奶一个人在家，摔了一跤，在厨房地上趴好久了，起不来，我在外地够不着",
    "楼下有个人在河边的护栏上挂着，喊救命，挂好久了",
  ])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each(["小区门口那个喷泉坏了好久了，一直没人修", "投诉电话打了好久了，物业一直没回复"])(
    "no danger: %s",
    (text) => {
      expect(urgency(text)).not.toBe("emergency");
    },
  );
});

describe("a child taken by someone who claimed to be family", () => {
  it.each([
    "幼儿园老师说我女儿被一个自称是她姑姑的女人接走了，可她根本没有姑姑",
    "孩子放学被一个说是他表哥的人带走了，我们家没有这个人，电话也打不通",
  ])("%s", (text) => {
    const f = detectUrgency(text);
    expect(f.urgency).toBe("emergency");
    expect(f.hazard).toBe("missing");
  });

  it.each([
    "今天孩子是他舅舅接走的，我跟老师说过了，想问下接送卡怎么办",
    "表哥说周末来接孩子去玩，想问下小区门禁怎么给他开",
  ])("no danger: %s", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});
