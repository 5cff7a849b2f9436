import { describe, expect, it } from "vitest";
import { maskFreeText } from "../../src/auth/free-text-mask.js";
import { extractName, readCallback } from "../../src/intake/extract-contact.js";

const staffView = (text: string) => maskFreeText(text, { houseNumbers: true }, [extractName(text)]);

describe("a number the writer has changed to", () => {
  it("calls the new number, not the one given up", () => {
    expect(readCallback("手机换了，新号13912345678，老的那个别打了。小区门口的路灯坏了")?.phone).toBe(
      "13912345678",
    );
    expect(readCallback("以前的号13812345678停用了，现在的号码是15912345678，楼道灯不亮")?.phone).toBe(
      "15912345678",
    );
    expect(readCallback("新號碼：13712345678 舊號13612345678不用了 樓下垃圾沒人清")?.phone).toBe(
      "13712345678",
    );
    expect(readCallback("原来那个13512345678是公司的，打不通了，现在用这个：18612345678")?.phone).toBe(
      "18612345678",
    );
  });

  it("still reads a number left before as the one to call when nothing gives it up", () => {
    expect(readCallback("请按我之前留的电话13912345678联系，垃圾桶还是满的")?.phone).toBe("13912345678");
  });
});

describe("labels and marks around a number", () => {
  it("reads a mobile whose first three digits stand in brackets after the label", () => {
    expect(readCallback("联系电话：（139）1234-5678\n问题：井盖不见了")?.phone).toBe("13912345678");
  });

  it("reads a home line that is the only one the writer has", () => {
    expect(readCallback("我家里只有座机：0351-7654321。小巷里积水很深")?.phone).toBe("03517654321");
  });

  it("reads a number given for text messages", () => {
    expect(readCallback("我耳背听不清电话，请发短信：13912345678，楼顶的水箱漏了")?.phone).toBe(
      "13912345678",
    );
  });

  it("leaves a number the writer also has of someone else", () => {
    expect(readCallback("物业经理姓钱，电话我也有，13912345678，你们找他")).toBeNull();
  });
});

describe("names", () => {
  it("reads a full name between 我 and 是 and masks it", () => {
    const text = "我赵振华是西山路的住户，路口的下水道堵了半个月。";
    expect(extractName(text)).toBe("赵振华");
    expect(staffView(text)).not.toContain("赵振华");
  });

  it("ends a name given after 我叫 before a particle", () => {
    expect(extractName("我叫小雨呀，想问问公园几点关门")).toBe("小雨");
  });

  it("reads a transliterated name whole when its second part opens with 阿", () => {
    expect(extractName("我是买买提·阿不力克，在夜市摆摊，电话13912345678")).toBe("买买提·阿不力克");
    expect(extractName("我是老邻居·阿芳，楼下的灯坏了")).toBe("阿芳");
  });

  it("reads a transliterated name opening the message before where the writer lives", () => {
    expect(extractName("依力哈木·托乎提，在海西苑住，楼道的灯坏了一个月")).toBe("依力哈木·托乎提");
  });

  it("ends a nickname after 阿 at 就行", () => {
    expect(extractName("叫我阿里木就行，我在菜市场卖菜")).toBe("阿里木");
  });

  it("reads no name from a form's 姓名 label", () => {
    expect(extractName("姓名无 电话13912345678 菜市场门口的秤不准")).toBeNull();
  });
});
