import { describe, it, expect } from "vitest";
import { extractName, readCallback } from "../../src/intake/extract-contact.js";
import { maskFreeText } from "../../src/auth/free-text-mask.js";

// The staff view as the console shows it: the name the reader found is masked wherever it stands.
const staffView = (text: string) => maskFreeText(text, { houseNumbers: true }, [extractName(text)]);

describe("a fallback number offered after the writer's own", () => {
  it("keeps the first number when the next one is only for when it does not answer", () => {
    expect(readCallback("单元门坏了 我是住户钱芳 电话13912345678 打不通打我老公13987654321")).toEqual({
      phone: "13912345678",
      for: "self",
    });
    expect(
      readCallback("路灯不亮 我叫钱芳 手机13912345678 不接的话是在上课 可以打我女儿的13987654321"),
    ).toEqual({ phone: "13912345678", for: "self" });
    expect(readCallback("垃圾没人清。电话：13912345678 打不通就打 0351-7654321")?.phone).toBe("13912345678");
  });

  it("still drops a number the writer says no longer answers", () => {
    expect(readCallback("楼道漏水，原来的电话13912345678现在打不通了")).toBeNull();
    expect(readCallback("他的电话13912345678一直没人接，物业也不管")).toBeNull();
  });
});

describe("a bare number ending a message after a complaint about the property office", () => {
  it("is the writer's when it stands apart at the end", () => {
    expect(readCallback("我叫钱芳 住南关小区 单元门坏了 物业说没钱修 13912345678")?.phone).toBe(
      "13912345678",
    );
    expect(readCallback("楼顶漏水 物业不管 电话13912345678")?.phone).toBe("13912345678");
  });

  it("stays someone else's when the clause names them", () => {
    expect(readCallback("单元门坏了 找物业小孟 13912345678")).toBeNull();
    expect(readCallback("单元门坏了 物业电话13912345678 打了没用")).toBeNull();
  });
});

describe("a post before the writer's full name", () => {
  it("reads the name after 家长, 主管 and 经理 before the number, a bracketed one or spoken digits", () => {
    expect(extractName("校门口小摊卖过期零食 家长钱令辉 一三九一二三四五六七八")).toBe("钱令辉");
    expect(extractName("南关大厦物业中心　项目经理 孟宇航（手机 13912345678）\n门前井盖下沉")).toBe("孟宇航");
    expect(extractName("外墙瓷砖松了。我是物业客服主管 钱佩珊，电话 13912345678")).toBe("钱佩珊");
  });

  it("does not read a post that belongs to someone the writer deals with", () => {
    expect(extractName("超市经理孟建华 13912345678 就是不给退")).toBeNull();
    expect(extractName("物业经理孟建华 13912345678")).toBeNull();
    expect(extractName("他们经理孟建华 13912345678")).toBeNull();
  });

  it("masks the name so read in the staff view", () => {
    expect(staffView("校门口小摊卖过期零食 家长钱令辉 一三九一二三四五六七八")).not.toContain("钱令辉");
  });
});

describe("a 联络 field", () => {
  it("reads the name after 联络： as after 联系：", () => {
    expect(extractName("樓下冷氣機滴水。聯絡：陳志明 13912345678")).toBe("陳志明");
    expect(staffView("樓下冷氣機滴水。聯絡：陳志明 13912345678")).not.toContain("陳志明");
  });
});
