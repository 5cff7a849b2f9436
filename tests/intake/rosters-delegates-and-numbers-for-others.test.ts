import { describe, expect, it } from "vitest";
import { maskFreeText } from "../../src/auth/free-text-mask.js";
import { extractName, readCallback } from "../../src/intake/extract-contact.js";

const staffView = (text: string) => maskFreeText(text, { houseNumbers: true }, [extractName(text)]);
const masked = (text: string) => maskFreeText(text, { houseNumbers: true }, []);
const phoneOf = (text: string) => readCallback(text)?.phone ?? null;

describe("names masked where only a person stands", () => {
  it("masks a roster row's name, whatever its given part is made of", () => {
    const text = "东苑5号楼住户联名：\n301 鲁大川 13612340001\n302 郭秀梅 13612340002\n303 柴\n";
    expect(masked(text)).not.toContain("鲁大川");
    expect(masked(text)).not.toContain("郭秀梅");
    // A running number before an office or the writer's own line is no roster name.
    const list = "号码给你们：\n1. 物业经理 13612340003\n2. 我的 13612340004";
    expect(masked(list)).toContain("物业经理");
    expect(masked(list)).toContain("我的");
  });

  it("masks a given name after the writer says whose child they are", () => {
    const text = "我妈腿脚不好，楼道扶手断了。我是她女儿丽娟，电话13612340005。";
    expect(staffView(text)).not.toContain("丽娟");
    expect(extractName(text)).toBe("丽娟");
  });

  it("masks and reads a real name given in a field after a nickname", () => {
    const text = "网名：夜行者\n手机：13612340006\n真名：宓晓峰\n事情：北关路口井盖松了";
    expect(masked(text)).not.toContain("宓晓峰");
    expect(extractName(text)).toBe("宓晓峰");
  });

  it("masks a person of any surname with a form of address after a post", () => {
    expect(masked("联系人：后勤主任蓟老师 13612340007")).not.toContain("蓟老师");
    expect(masked("有事找（食堂经理 凤经理）")).not.toContain("凤经理");
    // 总经理 and 副主任 open with no surname.
    expect(masked("公司主管总经理说了算")).toContain("总经理");
  });
});

describe("names beside where a person lives, a body's member and a function-word surname with a post", () => {
  it("masks a name with where they live in brackets after it", () => {
    expect(masked("北关的垃圾桶翻了没人扶。 小牛（住5号楼的小牛）13612340051")).not.toContain("小牛（");
    expect(masked("我住小区（住3号楼）")).toContain("小区");
  });

  it("masks a full name an SMS gives after an office set off by spaces", () => {
    expect(masked("绿地改停车场了 业委会 蒲德利 有事打办公室")).not.toContain("蒲德利");
    expect(masked("物业 管理处 电话打不通")).toContain("管理处");
  });

  it("masks a function-word surname with a post as a turn of its own", () => {
    expect(masked("坐席：单校长，您的电话？")).not.toContain("单校长");
  });
});

describe("a joint letter's delegate", () => {
  it("reads the delegate named under the roster and rings the number beside them", () => {
    const text =
      "全体住户联名反映：北苑8号楼外墙掉皮。\n101 鲁大川 13612340011\n102 郭秀梅 13612340012\n103 牛振江 13612340013\n住户代表：牛振江（电话见上）";
    expect(phoneOf(text)).toBe("13612340013");
    expect(extractName(text)).toBe("牛振江");
    expect(staffView(text)).not.toContain("牛振江");
  });

  it("reads 联系人统一为 after a list of signatures", () => {
    const text =
      "几家邻居一起反映：院里化粪池满了。\n签名：\n苗立新 13612340014\n卓秀芳 18912345515\n联系人统一为卓秀芳。";
    expect(phoneOf(text)).toBe("18912345515");
    expect(extractName(text)).toBe("卓秀芳");
  });

  it("leaves a single writer's contact field alone", () => {
    expect(extractName("联系人：牛振江 13612340016，北苑路灯坏了")).toBe("牛振江");
  });
});

describe("which of the numbers listed is the writer's", () => {
  it("takes the line the writer labels as their own, with the name bracketed after it", () => {
    const text =
      "几个号都给你们：\n物业前台：0351-6612345\n电工孙师傅：13612340021\n我本人：18912345522（苗姐）\n楼道灯全黑了。";
    expect(phoneOf(text)).toBe("18912345522");
    expect(extractName(text)).toBe("苗姐");
    const numbered =
      "留三个号：\n1. 物业主管 13612340023\n2. 楼下那家 13612340024\n3. 我的 18912345525\n我叫卓秀芳。";
    expect(phoneOf(numbered)).toBe("18912345525");
  });

  it("drops a number the writer says was made up, for the real one after it", () => {
    const text = "手机：13600000000（随便写的）\n真实号码：18912345526\n称呼：苗姐";
    expect(phoneOf(text)).toBe("18912345526");
  });
});

describe("a relative's number instead of the writer's own", () => {
  it("rings the spouse when the writer says their own number will not do", () => {
    expect(
      phoneOf("我手机13612340031，可这个号上班时候静音，你们打我老公的吧，15912348832。南苑停水了。"),
    ).toBe("15912348832");
    expect(phoneOf("先留了我的 13612340033，不对，这号快停机了，你们打我爱人的 15912348834。")).toBe(
      "15912348834",
    );
  });

  it("keeps the writer's own when the relative's is only a second try", () => {
    expect(phoneOf("我的手机13612340035，打不通的话打我老婆的15912348836。")).toBe("13612340035");
    expect(phoneOf("我电话13612340037，要是不接你们就打我女儿的15912348838")).toBe("13612340037");
  });
});

describe("the person the writer reports for", () => {
  it("rings the one reported for when the writer says to call them directly", () => {
    const text =
      "我替隔壁的苗大娘反映，她不会用手机：她家水管冻裂了。苗大娘的电话13612340041，你们直接跟她联系。";
    expect(phoneOf(text)).toBe("13612340041");
    expect(phoneOf("帮同事问一下，公积金怎么提取。同事的电话：13612340042，我就不留了。")).toBe(
      "13612340042",
    );
  });

  it("rings the one the writer says to call first over the writer's own", () => {
    const text =
      "我替店里的收银员反映：她租的房子房东不退押金。我是店长，姓卓，电话13612340043。收银员小苗的电话15812347744，她本人希望你们直接联系她。";
    expect(phoneOf(text)).toBe("15812347744");
  });

  it("leaves a number of someone complained about, with no one reported for", () => {
    expect(phoneOf("北关有家饭店天天占道，老板电话13612340045，你们直接找他。")).toBeNull();
  });

  it("reads no name from 代 and a word for a friend", () => {
    expect(extractName("代朋友反映，朋友的店门口被占了。朋友的电话：13612340046，我就不留了。")).toBeNull();
  });
});
