import { describe, expect, it } from "vitest";
import { maskFreeText } from "../../src/auth/free-text-mask.js";

// The standing-phrase name patterns run only on a text holding what each of their matches holds
// (the standing or kin word, what follows the name, 老 / 小 before a surname, the function-word
// surname with its form of address). These pin that every such name is still masked, the gate's
// part standing anywhere in the text, and that a text with the gate's part but no name is left as is.
const keepDoors = { houseNumbers: true };

describe("names after a standing or a role, behind the patterns' gates", () => {
  it("masks a full name after a standing before where the person lives or their number", () => {
    expect(maskFreeText("他是退休职工常德胜，家住东关街3号", keepDoors)).toBe(
      "他是退休职工常**，家住东关街3号",
    );
    expect(maskFreeText("我是业主代表钱立平，电话在后面", keepDoors)).toBe("我是业主代表钱**，电话在后面");
  });

  it("masks a function-word surname with its form of address after a neighbour word", () => {
    expect(maskFreeText("楼下的于秀梅阿姨天天半夜放音乐", keepDoors)).toBe("楼下的于****天天半夜放音乐");
    expect(maskFreeText("隔壁单大姐家的狗一直叫", keepDoors)).toBe("隔壁单**家的狗一直叫");
  });

  it("masks 老 / 小 and a surname after a role, and a name after a standing or kin word", () => {
    expect(maskFreeText("物业管家老潘说明天来修", keepDoors)).toBe("物业管家老*说明天来修");
    expect(maskFreeText("居民代表 鲁国强反映，路灯不亮", keepDoors)).toBe("居民代表 鲁**反映，路灯不亮");
    expect(maskFreeText("我女儿蒋某某，联系她", keepDoors)).toBe("我女儿蒋**，联系她");
  });

  it("finds the name when the text is only the name's phrase, and again after other text", () => {
    expect(maskFreeText("楼道灯坏了。物业管家老潘说明天来修", keepDoors)).toBe(
      "楼道灯坏了。物业管家老*说明天来修",
    );
    expect(maskFreeText("管家老潘", keepDoors)).toBe("管家老*");
  });

  it("leaves a text holding a gate's part but no name as it was", () => {
    for (const text of [
      "楼道灯坏了好几天",
      "电梯坏了老人下不了楼",
      "小区门口的老槐树倒了",
      "隔壁的于是搬走了",
      "退休职工，家住三楼",
    ])
      expect(maskFreeText(text, keepDoors)).toBe(text);
  });
});
