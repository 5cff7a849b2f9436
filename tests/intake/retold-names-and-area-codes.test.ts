import { describe, it, expect } from "vitest";
import {
  extractName,
  readCallback,
  transcriptCallback,
  transcriptName,
} from "../../src/intake/extract-contact.js";
import { maskFreeText } from "../../src/auth/free-text-mask.js";

// The staff view as the console shows it: the name the reader found is masked wherever it stands.
const staffView = (text: string, name: string | null = extractName(text)) =>
  maskFreeText(text, { houseNumbers: true }, [name]);

describe("a name taken back and given again", () => {
  it("reads the name given after 不对 with one character changed", () => {
    expect(extractName("井盖丢了 我叫汤春燕 不对是唐春燕 唐朝的唐 电话13912345678")).toBe("唐春燕");
    expect(extractName("我叫林芳 不对 输入法打错了 是凌芳 电话13912345678")).toBe("凌芳");
  });

  it("reads the name given after 不是X，是…", () => {
    expect(extractName("上回留的名字错了，不是王海，是三点水的汪海。电话13912345678")).toBe("汪海");
    expect(extractName("楼顶漏水 13912345678 孟 (不是孟女士是孟先生)")).toBe("孟先生");
  });

  it("masks the corrected name in the staff view", () => {
    expect(staffView("上回留的名字错了，不是王海，是三点水的汪海。电话13912345678")).not.toContain("汪海");
  });

  it("keeps the name read when 不是 names the other spelling it is not", () => {
    expect(extractName("我叫王芳，不是汪芳那个汪，是三横王。电话13912345678")).toBe("王芳");
    expect(extractName("我叫钱芳 不对，是钱芳的妈妈替她写的")).toBe("钱芳");
  });

  it("does not take a corrected number or another person for the name", () => {
    expect(extractName("我叫钱芳，电话13912345678 不对是13912345679，楼下孙芳家漏水")).toBe("钱芳");
  });
});

describe("the surname spelt, then the given or full name", () => {
  it("completes the surname with what follows the spelling", () => {
    expect(extractName("我姓张 弓长张 张桂兰 路灯坏了 电话13912345678")).toBe("张桂兰");
    expect(extractName("我姓司马，司马光的司马，单名一个琳。电话13912345678")).toBe("司马琳");
  });

  it("keeps the bare surname when what follows is a place or another person", () => {
    expect(extractName("我姓张，弓长张，张家湾那边的路灯坏了")).toBe("张");
    expect(extractName("我姓张，弓长张，张师傅知道这事")).toBe("张");
  });
});

describe("an area code said before 号码", () => {
  it("joins the area code to the local number after 号码", () => {
    expect(readCallback("我家座机，区号0351，号码6123457，白天有人")?.phone).toBe("03516123457");
    expect(readCallback("區號0351，號碼是6123457")?.phone).toBe("03516123457");
    expect(readCallback("联系电话区号：0351\n联系电话号码：61234578\n地址：某小区")?.phone).toBe(
      "035161234578",
    );
  });

  it("reads it in a call with the digits spoken", () => {
    const turns = [
      { speaker: "agent" as const, text: "您留个电话？" },
      { speaker: "caller" as const, text: "区号零三五一，号码六一二三四五七，家里的。" },
    ];
    expect(transcriptCallback(turns)?.phone).toBe("03516123457");
  });

  it("leaves a local number alone when no area code stands before it", () => {
    expect(readCallback("我家电话6123457，区号以后再说")?.phone).toBe("6123457");
    expect(readCallback("房号0351，电话6123457")?.phone).toBe("6123457");
  });
});

describe("a web form's 您的电话 field", () => {
  it("is the writer's number", () => {
    expect(readCallback("您的称呼：钱阿姨\n您的电话：13912345678\n反映内容：路灯不亮")?.phone).toBe(
      "13912345678",
    );
  });

  it("does not make a third party's number the writer's", () => {
    expect(readCallback("物业电话：13912345678 打了没人管")).toBeNull();
  });
});

describe("names in Latin letters and a group's representative", () => {
  it("reads a name field in capitals and masks it", () => {
    const text = "姓名：WANG XIAOLONG\n电话：13912345678\n内容：路面塌了";
    expect(extractName(text)).toBe("WANG XIAOLONG");
    expect(staffView(text)).not.toContain("XIAOLONG");
    expect(extractName("备注：LED TV\n电话：13912345678")).toBeNull();
  });

  it("reads and masks the representative named in brackets", () => {
    const text = "诉求人：某小区部分业主（代表：孙建伟）\n电话：13912345678";
    expect(extractName(text)).toBe("孙建伟");
    expect(staffView(text, null)).not.toContain("孙建伟");
    expect(staffView("路灯坏了（代表：全体业主）", null)).toContain("全体业主");
  });

  it("reads lower-case pinyin after wo shi when the given name has two syllables", () => {
    expect(extractName("wo shi wang xiaolong, zhu zai 3 hao lou, dianhua 13912345678")).toBe("wang xiaolong");
    expect(extractName("wo shi zhu hu, louxia de lajitong mei ren qing")).toBeNull();
  });
});

describe("a known name in traditional script beside a character the converter widens", () => {
  it("is masked although the text's simplified form is longer", () => {
    const text = "來電人：樓下嗰間士多擺晒啲貨。\n來電人：鄧志強。";
    expect(staffView(text, "邓志强")).not.toContain("鄧志強");
  });
});

describe("a full name the agent puts to the caller", () => {
  const call = (...lines: string[]) =>
    lines.map((text, i) => ({ speaker: i % 2 === 0 ? ("agent" as const) : ("caller" as const), text }));

  it("wins over the caller's when the caller agrees and it corrects or completes theirs", () => {
    expect(
      transcriptName(
        call("您叫什么名字？", "我叫孙海。", "记录上是孙凯，凯旋的凯，对吗？", "对，是凯旋的凯。"),
      ),
    ).toBe("孙凯");
    expect(
      transcriptName(call("您叫什么？", "我叫钱、钱秀，秀气的秀，兰花的兰。", "钱秀兰是吧？", "对。")),
    ).toBe("钱秀兰");
  });

  it("keeps the caller's name for a form of address, another name or no agreement", () => {
    expect(transcriptName(call("您叫什么？", "我叫孙海。", "孙先生是吧？", "对。"))).toBe("孙海");
    expect(transcriptName(call("您叫什么？", "我叫孙海。", "孙凯是您家人吗？", "不是，邻居。"))).toBe("孙海");
    expect(transcriptName(call("您叫什么？", "我叫孙海。", "是孙明吗？", "对，我替他打的。"))).toBe("孙海");
  });
});

describe("a department before the name in a contact field", () => {
  it("reads the name after 行政部 / 财务科", () => {
    expect(extractName("门口堆满纸箱。联系人：行政部钱晓红 13912345678")).toBe("钱晓红");
  });

  it("reads no name when only the department is given", () => {
    expect(extractName("联系人：物业部 13912345678")).toBeNull();
  });
});
