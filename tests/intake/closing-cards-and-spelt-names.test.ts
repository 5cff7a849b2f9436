import { describe, it, expect } from "vitest";
import { extractName, readCallback } from "../../src/intake/extract-contact.js";
import { maskFreeText } from "../../src/auth/free-text-mask.js";

// The staff view as the console shows it: the name the reader found is masked wherever it stands.
const staffView = (text: string) => maskFreeText(text, { houseNumbers: true }, [extractName(text)]);
// The staff view with no name known, as for a name the reader leaves.
const bareView = (text: string) => maskFreeText(text, { houseNumbers: true });

describe("我 and a full name before whatever the writer says next", () => {
  it("reads the name and masks it", () => {
    const texts: [string, string][] = [
      ["喂，我邵德胜今年刚退休，想问问医保关系怎么转。", "邵德胜"],
      ["说句实话，我孟淑芬一直没给社区提过要求，这次是真急了。", "孟淑芬"],
      ["俺邵桂珍腿脚不好，单元门口的台阶能不能修个坡。", "邵桂珍"],
      ["这封信——我邵国明——代表全楼十二户写的。", "邵国明"],
    ];
    for (const [text, name] of texts) {
      expect(extractName(text)).toBe(name);
      expect(staffView(text)).not.toContain(name);
    }
  });

  it("leaves 曾 and everyday words after 我", () => {
    expect(extractName("我曾建立过一个业主群，现在没人管了。")).toBeNull();
    expect(extractName("我方建议尽快处理。")).toBeNull();
  });
});

describe("a name alone closing the message", () => {
  it("reads a surname on no list and a given name alone", () => {
    const texts: [string, string][] = [
      ["公交站的棚子漏雨，等车全身湿。请回电。\n訾秀云", "訾秀云"],
      ["楼下的烧烤摊天天开到半夜，吵得睡不着。\n美玲", "美玲"],
      ["暖气一直不热。 —— 秋菊", "秋菊"],
      ["单元门的锁坏了。谢谢！晓燕（家长）", "晓燕"],
    ];
    for (const [text, name] of texts) {
      expect(extractName(text)).toBe(name);
      expect(staffView(text)).not.toContain(name);
      expect(bareView(text)).not.toContain(name);
    }
  });

  it("leaves everyday words on the last line", () => {
    expect(extractName("路灯又坏了。\n平安")).toBeNull();
    expect(bareView("楼道堆满杂物。\n谢谢")).toBe("楼道堆满杂物。\n谢谢");
    expect(bareView("楼道垃圾没人扫。东门 保洁")).toBe("楼道垃圾没人扫。东门 保洁");
  });
});

describe("emoji framing a signature", () => {
  it("reads the name between emoji and masks it", () => {
    const text = "楼上漏水半个月没人管。\n🍀邵海燕🍀 13912345678";
    expect(extractName(text)).toBe("邵海燕");
    expect(staffView(text)).not.toContain("邵海燕");
  });
});

describe("a WeChat contact card pasted into the message", () => {
  it("reads the card's name and masks it whatever its surname", () => {
    const text = "门口的垃圾站臭得不行。\n[名片]訾晓梅\n微信号：zxm_0411";
    expect(extractName(text)).toBe("訾晓梅");
    expect(bareView(text)).not.toContain("訾晓梅");
    expect(bareView("[个人名片] 向日葵开花\n地区：山西")).not.toContain("向日葵开花");
  });
});

describe("a married name", () => {
  it("masks 王李氏-style names wherever they stand, not a clan", () => {
    expect(bareView("老太太邵孟氏反映：院里的水管冻裂了。")).not.toContain("邵孟氏");
    expect(bareView("我们王氏家族在这住了几十年。")).toContain("王氏家族");
  });
});

describe("a name given a character at a time", () => {
  it("reads a name spelt with how each character is written", () => {
    expect(extractName("我叫邵，召耳邵，晓，拂晓的晓，东，东方的东。楼下油烟太大。")).toBe("邵晓东");
    expect(extractName("名字是孟，孟子的孟，丽，美丽的丽，电话13912345678")).toBe("孟丽");
  });

  it("reads and masks a name typed with dashes between its characters", () => {
    const text = "名字是邵-宝-珍，麻烦回电13912345678，井盖没了。";
    expect(extractName(text)).toBe("邵宝珍");
    expect(staffView(text)).not.toMatch(/宝.珍/u);
  });
});

describe("a 签名 field", () => {
  it("reads and masks the name after 签名：", () => {
    const text = "小区的健身器材坏了。\n签名：邵月娥 🌷";
    expect(extractName(text)).toBe("邵月娥");
    expect(staffView(text)).not.toContain("邵月娥");
  });
});

describe("a number typed with two digits swapped", () => {
  it("takes the number after 打反了", () => {
    expect(readCallback("我的电话13912345687，刚才打反了，是13912345678。")?.phone).toBe("13912345678");
  });
});

describe("a last line signing with a trade", () => {
  it("reads the nickname or name after the trade and masks it", () => {
    const texts: [string, string][] = [
      ["路口红绿灯坏了三天了。\n修车的老邵 13912345678", "老邵"],
      ["楼道里有人堆纸箱，着火咋办。\n外卖小哥小孟 13912345678", "小孟"],
      ["水压太低洗不了澡。\n裁缝铺阿珍 13912345678", "阿珍"],
    ];
    for (const [text, name] of texts) {
      expect(extractName(text)).toBe(name);
      expect(staffView(text)).not.toContain(name);
    }
  });

  it("leaves a last line about someone else", () => {
    expect(extractName("说了好几次也没用。\n对门邻居老邵")).toBeNull();
  });
});

describe("a given name of two in the writer's slots", () => {
  it("reads and masks it opening the message, in a field, after the number and closing after a space", () => {
    const texts: [string, string][] = [
      ["秀兰：小区门口的井盖丢了，晚上很危险。", "秀兰"],
      ["美玲 住海西苑，楼下饭店的油烟太大", "美玲"],
      ["楼道灯坏了。联系人：晓梅", "晓梅"],
      ["电话13912345678（丽娟）楼上漏水", "丽娟"],
      ["单元门又坏了 关不上 丽萍", "丽萍"],
      ["我是建华，就住三号楼，门口的井盖丢了。", "建华"],
    ];
    for (const [text, name] of texts) {
      expect(extractName(text)).toBe(name);
      expect(staffView(text)).not.toContain(name);
    }
  });

  it("leaves a closing word that is no name", () => {
    expect(extractName("门口路灯不亮 谢谢")).toBeNull();
  });
});
