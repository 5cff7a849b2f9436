import { describe, it, expect } from "vitest";
import { extractName, readCallback } from "../../src/intake/extract-contact.js";
import { digitView, findPersonalNumbers } from "../../src/domain/personal-numbers.js";
import { maskFreeText } from "../../src/auth/free-text-mask.js";

// The staff view as the console shows it: the name the reader found is masked wherever it stands.
const staffView = (text: string, name: string | null = extractName(text)) =>
  maskFreeText(text, { houseNumbers: true }, [name]);

describe("the writer's standing right before the name", () => {
  it("reads 消费者 / 业主 / 住户 / 租户 and a name before a colon, the number or its label", () => {
    expect(extractName("超市卖的牛奶过期了 老板不认账 消费者宁晓燕 电话15834120096")).toBe("宁晓燕");
    expect(extractName("业主冉志勇：小区东门的道闸坏了一个星期，车都堵在外面。13623410978")).toBe("冉志勇");
    expect(extractName("楼道里的灯全坏了 请尽快修 租户小范 15834120096")).toBe("小范");
    expect(extractName("垃圾车天天半夜来。柳巷路7号院住户晏国华 15834120096")).toBe("晏国华");
  });

  it("takes that number as the writer's, though 租户 usually names someone else", () => {
    expect(readCallback("楼道里的灯全坏了 请尽快修 租户小范 15834120096")?.phone).toBe("15834120096");
  });

  it("masks the name so read in the staff view", () => {
    expect(staffView("超市卖的牛奶过期了 老板不认账 消费者宁晓燕 电话15834120096")).not.toContain("宁晓燕");
  });

  it("leaves a neighbour's standing and an ordinary phrase alone", () => {
    expect(extractName("楼上住户陈立新天天半夜剁肉")).not.toBe("立新");
    expect(extractName("住户和商户都被吵得睡不着，请处理")).toBeNull();
  });
});

describe("a short form asked to be written", () => {
  it("keeps the nickname, not the words asking to write it", () => {
    expect(extractName("大家都叫我小范，就写小范。")).toBe("小范");
  });

  it("still reads the full name set off after the short form", () => {
    expect(extractName("我叫建军，姓钟，钟建军")).toBe("钟建军");
  });
});

describe("a number sent again whole, or in two parts", () => {
  it("takes the whole number sent after one cut off or mistyped", () => {
    expect(readCallback("电话1582\n发太快了按错了 完整的是15823401176 西山路井盖没了")?.phone).toBe(
      "15823401176",
    );
    expect(readCallback("（接上条）\n电话刚才没发全 是15823401176 谢谢")?.phone).toBe("15823401176");
    expect(readCallback("号码写错了 应该是15823401176 不是15823401167 路灯不亮")?.phone).toBe("15823401176");
  });

  it("does not take a number the writer corrects for a third party", () => {
    expect(readCallback("物业电话写错了，应该是0351-6621337，你们核实一下")).toBeNull();
  });

  it("joins 手机前七位 and 后四位, and the rest after 没打完就发出去了", () => {
    expect(readCallback("井盖碎了。手机前七位1582340，后四位1176。")?.phone).toBe("15823401176");
    expect(readCallback("路灯不亮 我电话1582340\n刚才没打完就发出去了 后面是1176")?.phone).toBe(
      "15823401176",
    );
  });
});

describe("area codes, lines that do not reach the writer, labels run into the name", () => {
  it("joins 区号 to the local number after 电话", () => {
    expect(readCallback("联系电话：区号0351 电话6217 3390")?.phone).toBe("035162173390");
  });

  it("does not take a line the writer says will not reach them", () => {
    expect(readCallback("我用的是单位的电话，6217 3390，你们打这个找不到我。")).toBeNull();
  });

  it("reads a name field run into the number, and the number", () => {
    const text = "小区门口积水了，联系人宁晓燕15834120096";
    expect(extractName(text)).toBe("宁晓燕");
    expect(readCallback(text)?.phone).toBe("15834120096");
    expect(extractName("联系人：宁晓燕3号楼")).toBeNull();
  });

  it("reads a labelled number opening the message, then the standing and the name", () => {
    expect(extractName("电话15834120096 业主宁晓燕 柳巷路5号院 下水道堵了")).toBe("宁晓燕");
    expect(extractName("15834120096 楼上邻居 冉志勇 天天吵")).toBeNull();
  });
});

describe("l and O typed for 1 and 0", () => {
  it("reads a mobile typed with letters for digits", () => {
    expect(digitView("电话l5834l2OO96")).toBe("电话15834120096");
    expect(readCallback("路灯坏了 电话l5834l2OO96")?.phone).toBe("15834120096");
    expect(findPersonalNumbers("Tel: 158 3412 OO96")[0]?.digits).toBe("15834120096");
  });

  it("leaves words and codes with those letters alone", () => {
    expect(digitView("hello world look")).toBe("hello world look");
    expect(digitView("订单号AB1O23")).toBe("订单号AB1O23");
    expect(digitView("电话l234567890l")).toBe("电话l234567890l");
  });
});

describe("pinyin names in fields and after wo shi … de", () => {
  it("reads a pinyin name field in either case", () => {
    expect(extractName("Ni hao, wo shi Xisheng jiayuan de zhuhu, lu deng huai le. xingming Qian Li")).toBe(
      "Qian Li",
    );
    expect(extractName("Name: qian lili\nPhone: 158-3412-0096")).toBe("qian lili");
  });

  it("reads a capitalised name after wo shi … de", () => {
    expect(extractName("wo shi xisheng lu de Qian Lili, louxia tai chao le")).toBe("Qian Lili");
  });

  it("reads no name from a place after wo shi … de", () => {
    expect(extractName("wo shi xi sheng jia yuan de, dian hua 15834120096")).toBeNull();
  });
});

describe("pieces of a number told in parts", () => {
  it("masks the pieces once the whole number stands in the text", () => {
    const call =
      "坐席：您的电话？来电人：前三位158。坐席：嗯。来电人：中间3412，后面0096。坐席：15834120096？来电人：对的。";
    const view = staffView(call);
    expect(digitView(view).replace(/\D/g, "")).not.toContain("15834120096");
    expect(view).not.toContain("3412");
  });

  it("leaves rooms, years and numbers that are no part of the phone", () => {
    const view = staffView("我家1203室漏水 2026年就这样 楼下5566也漏 电话15834120096");
    expect(view).toContain("1203室");
    expect(view).toContain("2026年");
    expect(view).toContain("5566");
  });
});
