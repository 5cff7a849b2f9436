import { describe, it, expect } from "vitest";
import { extractName, extractPhone } from "../../src/intake/extract-contact.js";
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
