import { describe, expect, it } from "vitest";
import { maskFreeText } from "../../src/auth/free-text-mask.js";
import { extractName, readCallback } from "../../src/intake/extract-contact.js";

const staffView = (text: string) => maskFreeText(text, { houseNumbers: true }, [extractName(text)]);

describe("a surname given alone, then more", () => {
  it("takes the titled form the writer uses of their own surname", () => {
    const text = "我在菜市场看门，姓诸，诸师傅，门口的消防栓被车撞歪了。手机15912345678";
    expect(extractName(text)).toBe("诸师傅");
    expect(staffView(text)).not.toContain("诸师傅");
    expect(extractName("我是物业的维修组长，姓滕，三楼水管又爆了。有事找：滕组长 13912345678")).toBe("滕");
    expect(extractName("我是水果店老板，我姓符，门口井盖坏了。符老板 电话 13912345678")).toBe("符老板");
  });

  it("reads 女的 / 男的 after the surname as the form of address", () => {
    expect(extractName("来电人：我姓齐，女的。坐席：电话？来电人：13912345678。")).toBe("齐女士");
  });

  it("keeps a bare surname when no titled form of it stands as a word", () => {
    expect(extractName("我姓贺，贺州的贺，电话13912345678")).toBe("贺");
  });
});

describe("names set off beside the writer", () => {
  it("reads a name in brackets after 我, after 是我, and 找我老某 closing the message", () => {
    expect(extractName("我们单元两户联名：我（房桂珍）、楼上的严大哥。电梯坏了。电话13912345678")).toBe(
      "房桂珍",
    );
    expect(extractName("这家裁缝铺是我开的，老板是我，詹丽。门口路灯坏了，电话13912345678")).toBe("詹丽");
    expect(extractName("垃圾桶三天没人清。我电话13912345678，找我老寇")).toBe("老寇");
    expect(extractName("电话：13912345678，找老板娘")).toBeNull();
  });

  it("reads an English or a pinyin name the writer gives after who they are", () => {
    const text = "My uncle's tap has no water. I am his niece, Kang Yue. My number: 13912345678.";
    expect(extractName(text)).toBe("Kang Yue");
    expect(staffView(text)).not.toContain("Kang Yue");
    expect(extractName("Please contact me, Laura Bianchi, at 13912345678.")).toBe("Laura Bianchi");
    expect(extractName("wo shi xisheng huayuan 12 hao lou de wang fang, dian ti huai le")).toBe("wang fang");
  });

  it("masks a grandparent's full name after the family word", () => {
    expect(staffView("我外公祁德胜让我帮他发，院里的水管冻裂了")).not.toContain("祁德胜");
    expect(staffView("爷爷常说要节约用水")).toBe("爷爷常说要节约用水");
  });
});

describe("whose number", () => {
  it("calls the person the writer says to ring or reach", () => {
    expect(readCallback("我出差了，钥匙在楼上孟阿姨家，你们联系她吧：13912345678。我叫车丽")).toEqual({
      phone: "13912345678",
      for: "relative",
    });
    expect(readCallback("我不在家，隔壁老段有钥匙，师傅上门前给老段打电话13912345678就行")?.for).toBe(
      "relative",
    );
    expect(readCallback("我爸不会用手机，对门许婶的电话13912345678能找到他")?.for).toBe("relative");
    expect(readCallback("替我妈反映：她家楼道灯坏了。电话打她的：13912345678")?.for).toBe("relative");
    // Without 就行 after it, a ring the writer made is no request.
    expect(readCallback("我给卢师傅打电话13912345678，他说明天来")?.for).not.toBe("relative");
  });

  it("takes the later number the writer asks to be reached on", () => {
    const text =
      "我是3号楼楼长，替几户反映：201孔大爷 13812345678，502严家 15912345678。有事先联系我13512345678";
    expect(readCallback(text)?.phone).toBe("13512345678");
    expect(
      readCallback(
        "My neighbour's ceiling leaks, his number is 13812345678. You can reach me at 13512345678.",
      )?.phone,
    ).toBe("13512345678");
    expect(readCallback("我开五金店的，店里座机0351-6612345，手机13512345678，找我打手机。")?.phone).toBe(
      "13512345678",
    );
  });

  it("reads the writer's own number beside their trade or post", () => {
    expect(readCallback("我是修鞋的，姓邱，旁边工地夜里施工。邱师傅 电话 13512345678")?.phone).toBe(
      "13512345678",
    );
    expect(
      readCallback("快递员反映：电梯坏了。客户电话13812345678，也着急。我不留名，电话13512345678")?.phone,
    ).toBe("13512345678");
    expect(readCallback("网格员说要我留个电话登记：13512345678。我是霍女士")?.phone).toBe("13512345678");
    expect(readCallback("我是开杂货铺的，叫我小伍就行。帮邻居反映，电话13512345678")?.phone).toBe(
      "13512345678",
    );
  });

  it("takes no number of someone the writer could not reach or a notice quoted", () => {
    expect(readCallback("垃圾是304的，304电话13812345678我打了他不接。我是303的")).toBeNull();
    expect(readCallback("楼下贴了个通知说“周日停水，联系电话13812345678 马工”，结果停了三天")).toBeNull();
  });
});
