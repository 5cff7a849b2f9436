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

  it("picks the resident's number out of a message that also names the neighbour's", () => {
    expect(extractOwnPhone("邻居电话13700002222，我电话13911112222")).toBe("13911112222");
  });
});

describe("extractName and third parties", () => {
  it("does not take a neighbour's name for the resident's", () => {
    expect(extractName("我家邻居王大爷天天在楼道堆垃圾")).toBeNull();
  });
});
