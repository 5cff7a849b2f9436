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
