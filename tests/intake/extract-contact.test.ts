import { describe, it, expect } from "vitest";
import { extractName, extractOwnPhone, extractPhone } from "../../src/intake/extract-contact.js";
import { extractAddressDetail } from "../../src/intake/extract-address-detail.js";

describe("extractPhone", () => {
  it("finds a mobile number and keeps digits only", () => {
    expect(extractPhone("我的电话139-1234-5678，谢谢")).toBe("13912345678");
  });

  it("finds a landline with its area code", () => {
    expect(extractPhone("打0351-7654321找我")).toBe("03517654321");
  });

  it("ignores a house number", () => {
    expect(extractPhone("7号楼3单元501")).toBeNull();
  });
});

describe("phone numbers however they are written", () => {
  it("reads digits a speech-to-text transcript spells out (幺, 两, 洞), grouped or not", () => {
    expect(extractPhone("我手机是幺三八，幺二三四，五六七八")).toBe("13812345678");
    expect(extractPhone("电话一五九零九三一二二三三")).toBe("15909312233");
    expect(extractPhone("号码幺三九洞洞两两三三四四")).toBe("13900223344");
  });

  it("reads digits spaced one by one, dotted, or behind 0086", () => {
    expect(extractPhone("号码是1 3 8 0 0 1 3 8 0 0 0")).toBe("13800138000");
    expect(extractPhone("手机139.0931.2233")).toBe("13909312233");
    expect(extractPhone("手机0086 139 0931 2233")).toBe("13909312233");
    expect(extractPhone("座机(0931)8812345")).toBe("09318812345");
  });

  it("takes no ID, order, amount or date for a phone", () => {
    expect(extractPhone("身份证620102199001011234")).toBeNull();
    expect(extractPhone("工单号20261201000123怎么没人联系")).toBeNull();
    expect(extractPhone("多收了一千三百八十元")).toBeNull();
    expect(extractPhone("2026-12-01 13:00停水")).toBeNull();
  });
});

describe("extractName", () => {
  it("reads a surname from 我姓王", () => {
    expect(extractName("我姓王，住在3号楼")).toBe("王");
  });

  it("reads a full name from 我是李建国", () => {
    expect(extractName("我是李建国，电话13900000000")).toBe("李建国");
  });

  it("reads a polite form such as 王女士", () => {
    expect(extractName("我是桃南一区的王女士，楼顶漏水")).toBe("王女士");
  });

  it("does not take a place for a name", () => {
    expect(extractName("我是路西小区的，路灯坏了")).toBeNull();
  });
});

describe("extractAddressDetail", () => {
  it("reads building, unit and room", () => {
    expect(extractAddressDetail("我住7号楼3单元501，暖气不热")).toBe("7号楼3单元501");
  });
});

describe("extractOwnPhone: only the resident's own number is their contact", () => {
  it("takes a number the resident gives as their own", () => {
    expect(extractOwnPhone("有事打我电话13655556666")).toBe("13655556666");
    expect(extractOwnPhone("我是王建国，电话13912345678，暖气不热")).toBe("13912345678");
    expect(extractOwnPhone("楼下油烟太大，我的手机139 1234 5678")).toBe("13912345678");
  });

  it("leaves a neighbour's or a company's number in the text", () => {
    expect(extractOwnPhone("我家邻居老李天天半夜装修，他电话13700002222")).toBeNull();
    expect(extractOwnPhone("楼上邻居漏水，邻居电话13700002222")).toBeNull();
    expect(extractOwnPhone("物业电话0351-7654321一直没人接")).toBeNull();
  });

  it("takes neither when a number stands without an owner, unless it answers the bot's phone question", () => {
    expect(extractOwnPhone("路灯坏了13912345678")).toBeNull();
    expect(extractOwnPhone("13912345678", { answering: true })).toBe("13912345678");
    expect(extractOwnPhone("打我儿子电话13900001111", { answering: true })).toBeNull();
  });

  it("takes a contact number offered for the report, unless a third party was just named", () => {
    expect(extractOwnPhone("西盛家园路灯坏了，联系电话13912345678")).toBe("13912345678");
    expect(extractOwnPhone("联系电话：139-1234-5678，西盛家园路灯坏了")).toBe("13912345678");
    expect(extractOwnPhone("对门邻居老李，联系电话13700002222")).toBeNull();
    expect(extractOwnPhone("西盛家园楼下餐馆油烟太大，联系电话13912345678")).toBe("13912345678");
    expect(extractOwnPhone("楼下那家天天吵，电话13700002222")).toBeNull();
  });

  it("takes a number after a bare phone label, as a form's field, unless a third party was just named", () => {
    expect(extractOwnPhone("路灯坏了 电话：186 0931 2233")).toBe("18609312233");
    expect(extractOwnPhone("电话：138-1234-5678（微信同号）")).toBe("13812345678");
    expect(extractOwnPhone("这家店电话13700002222一直打不通")).toBeNull();
  });

  it("reads 我是…社区的 as the writer saying who they are, not as the community's number", () => {
    expect(extractOwnPhone("我是路西社区的，电话是一三九零九三一五五六六，楼下垃圾没人收")).toBe(
      "13909315566",
    );
    expect(extractOwnPhone("社区网格员小张，电话13700002222")).toBeNull();
  });

  it("picks the resident's number out of a message that also names the neighbour's", () => {
    expect(extractOwnPhone("邻居电话13700002222，我电话13911112222")).toBe("13911112222");
  });
});

describe("extractName and third parties", () => {
  it("does not take a neighbour's name for the resident's", () => {
    expect(extractName("我家邻居王大爷天天在楼道堆垃圾")).toBeNull();
  });
});
