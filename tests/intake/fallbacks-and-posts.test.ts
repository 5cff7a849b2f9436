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
  it("reads the name after 家长, 主管 and 经理 before the number", () => {
    expect(extractName("校门口小摊卖过期零食 家长钱令辉 13912345678")).toBe("钱令辉");
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

describe("a name typed in lower-case pinyin", () => {
  it("reads it after wo jiao, or wo shi … de, set off by a pause", () => {
    expect(extractName("ni hao, lou dao deng huai le. wo jiao sun hong, dian hua 13912345678")).toBe(
      "sun hong",
    );
    expect(extractName("wo shi nan guan jie de ma li, men kou shu dao le")).toBe("ma li");
    expect(staffView("wo jiao sun hong, dian hua 13912345678")).not.toContain("sun hong");
  });

  it("reads no place after wo shi … de", () => {
    expect(extractName("wo shi nan guan jia yuan de, lou dao huai le")).toBeNull();
  });
});

describe("a full name after the number, ending its line", () => {
  it("signs the message when the text goes on below it", () => {
    expect(extractName("电话：１３９－１２３４－５６７８ 孟卫红\n公交站台被电动车占满了")).toBe("孟卫红");
  });

  it("is no everyday word", () => {
    expect(extractName("电话：13912345678 周一\n再来看看")).toBeNull();
  });
});

describe("a mobile spoken through speech-to-text with 要 for 幺", () => {
  it("reads 要 as 1 inside the number as well as at its start", () => {
    expect(readCallback("我的电话是要八五三五要二七零九八")?.phone).toBe("18535127098");
  });

  it("leaves 要 in ordinary words alone", () => {
    expect(readCallback("我要八个人来帮忙")).toBeNull();
  });
});

describe("a mobile cut off after seven digits", () => {
  it("joins the last four sent after a word saying the message was cut off", () => {
    expect(readCallback("楼道灯坏了 电话1391234\n刚才没打完 后四位5678")?.phone).toBe("13912345678");
    expect(readCallback("楼道灯坏了\n我电话139 1234\n[刚才没发完] 后面是5678")?.phone).toBe("13912345678");
  });
});

describe("a name field of a form in the staff view", () => {
  it("masks the name whatever its surname or make-up when the field ends its line or the next label follows", () => {
    expect(
      maskFreeText("姓名：朴志英\n国籍：韩国\n内容：门禁卡办不了", { houseNumbers: true }),
    ).not.toContain("朴志英");
    expect(maskFreeText("反映人：區德明\n事項：門前路面開挖", { houseNumbers: true })).not.toContain(
      "區德明",
    );
    expect(
      maskFreeText("称呼：千里 地址：南关街8号院。门口有人私搭棚子", { houseNumbers: true }),
    ).not.toContain("千里");
  });

  it("leaves a field that holds no person's name", () => {
    expect(maskFreeText("联系人：物业客服\n内容：门口小广告贴满了", { houseNumbers: true })).toContain(
      "物业客服",
    );
    expect(maskFreeText("投诉人：不愿透露\n内容：路灯坏了", { houseNumbers: true })).toContain("不愿透露");
  });

  it("reads no name from a nationality field", () => {
    // The name field on its line is read whatever its surname (contact26); the nationality never is.
    expect(extractName("姓名：朴志英\n国籍：韩国\n电话：13912345678")).toBe("朴志英");
    expect(extractName("国籍：韩国\n电话：13912345678")).toBeNull();
    expect(maskFreeText("国籍：韩国，门禁卡不给办", { houseNumbers: true })).toContain("韩国");
  });
});

describe("the writer's own post before the name opening the message", () => {
  it("makes the number right after it theirs", () => {
    expect(readCallback("南关小学保安队长孟勇 电话13912345678 校门口小摊太多")).toEqual({
      phone: "13912345678",
      for: "self",
    });
  });

  it("leaves it someone else's after a pronoun", () => {
    expect(readCallback("他们队长孟勇 电话13912345678 不管事")).toBeNull();
  });
});
