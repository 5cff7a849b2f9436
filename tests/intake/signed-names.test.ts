import { describe, it, expect } from "vitest";
import { extractName } from "../../src/intake/extract-contact.js";
import { maskFreeText } from "../../src/auth/free-text-mask.js";

// The staff view as the console shows it: the name the reader found is masked wherever it stands.
const staffView = (text: string) => maskFreeText(text, { houseNumbers: true }, [extractName(text)]);

describe("a surname alone", () => {
  // The newest sets' writers count a bare surname as no name; 姓 and the surname, a sentence of its
  // own ending the message, still signs it.
  it("is no name after the number or as the last word", () => {
    expect(extractName("小区东门的路灯坏了一个月了。13912345678 孟")).toBeNull();
    expect(extractName("单元门的闭门器坏了，风一吹就砰砰响。麻烦尽快修，谢谢。孟")).toBeNull();
    expect(extractName("楼道灯不亮好几天了，电话13912345678 谢")).toBeNull();
  });

  it("is read when the writer says 姓 in a sentence of its own at the end", () => {
    expect(extractName("楼道灯不亮好几天了。回复这个号码就行。姓邵")).toBe("邵");
  });
});

describe("a role before the writer's full name", () => {
  it("reads the name after 户主, 考生, 店长 and 团长 before the number or the end", () => {
    expect(extractName("自来水管冻裂了。家住南关街5号，户主邵桂芳，电话13912345678")).toBe("邵桂芳");
    expect(extractName("成绩复核申请一直没人回复，请给个说法。考生孟丽娜")).toBe("孟丽娜");
    expect(extractName("门口施工把店门堵了一周。店长邵晓敏，店里电话0351-7654321")).toBe("邵晓敏");
    expect(extractName("广场晚上不让跳舞了，请社区协调。团长孟秀兰 13912345678")).toBe("孟秀兰");
  });

  it("does not read a role that belongs to someone else", () => {
    expect(extractName("隔壁那家店的店长邵晓敏，电话13912345678")).toBeNull();
    expect(extractName("对方户主邵桂芳，电话13912345678")).toBeNull();
  });

  it("masks the name so read in the staff view", () => {
    expect(staffView("成绩复核申请一直没人回复，请给个说法。考生孟丽娜")).not.toContain("孟丽娜");
  });
});

describe("a name label of the 12345 forms", () => {
  it("reads and masks the name after 诉求人", () => {
    const text = "诉求人：邵桂芳 | 手机：13912345678 | 诉求：小区门口的井盖丢了";
    expect(extractName(text)).toBe("邵桂芳");
    expect(staffView(text)).not.toContain("邵桂芳");
  });
});

describe("a standing before 姓", () => {
  it("reads the surname after the writer's standing", () => {
    expect(extractName("三年级二班的学生家长，姓孟，校门口天天有人卖三无零食")).toBe("孟");
  });
});

describe("a given name of two where only the writer's own name stands", () => {
  it("reads it after 名字叫, 大家都叫我, 我是…啊 and 我是…的", () => {
    expect(extractName("本人名字叫桂芳，姓就不写了，公司两个月没发工资")).toBe("桂芳");
    expect(extractName("大家都叫我秀兰，在菜市场门口卖菜的，摊位被占了")).toBe("秀兰");
    expect(extractName("你好我是丽娜啊，就是南关街修鞋那个，门口的水管漏了")).toBe("丽娜");
    expect(extractName("我是南关街的晓敏，楼上天天半夜拖椅子")).toBe("晓敏");
  });

  it("masks the given name so read in the staff view", () => {
    expect(staffView("大家都叫我秀兰，在菜市场门口卖菜的，摊位被占了")).not.toContain("秀兰");
  });

  it("does not read a standing or an everyday word as a given name", () => {
    expect(extractName("我是小区的业主，楼下天天半夜施工")).toBeNull();
    expect(extractName("我是这里的老人，住了十年，楼道灯一直不亮")).toBeNull();
    expect(extractName("我是南关街的居民，楼下天天半夜施工")).toBeNull();
  });
});

describe("a surname after a number typed in groups", () => {
  it("reads 姓 and the surname after a number typed in groups, not 姓 as part of the name", () => {
    expect(extractName("门口的井盖没了。电话１３９－１２３４－５６７８　姓孟")).toBe("孟");
  });
});

describe("a trade made of name characters", () => {
  it("is no given name after 我是…的", () => {
    expect(extractName("我是西盛家园的保洁，打扫楼道时发现消防栓没水")).toBeNull();
  });
});
