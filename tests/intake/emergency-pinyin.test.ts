import { describe, expect, it } from "vitest";
import { readDialect } from "../../src/intake/emergency-dialect.js";
import { readHazardPinyin } from "../../src/intake/emergency-pinyin.js";

describe("hazard words typed in pinyin", () => {
  it("reads full pinyin, spaced or joined, in any case", () => {
    expect(readHazardPinyin("楼道里ranqi味好大")).toBe("楼道里燃气味好大");
    expect(readHazardPinyin("厨房 mei qi wei dao hen zhong")).toBe("厨房 煤气味道 hen zhong");
    expect(readHazardPinyin("Zhao Huo Le 三楼")).toBe("着火了 三楼");
    expect(readHazardPinyin("jiuming a 电梯卡住了")).toBe("救命啊 电梯卡住了");
    expect(readHazardPinyin("jiuming jiuming")).toBe("救命救命");
    expect(readHazardPinyin("tianranqi xielou")).toBe("天然气泄漏");
  });

  it("reads initials only where the hazard phrase is complete", () => {
    expect(readHazardPinyin("rq xl 快来人")).toBe("燃气泄漏 快来人");
    expect(readHazardPinyin("RQ XL")).toBe("燃气泄漏");
    expect(readHazardPinyin("单元门口mq味很重")).toBe("单元门口煤气味很重");
    expect(readHazardPinyin("rq漏了")).toBe("燃气漏了");
    expect(readHazardPinyin("楼下zh了")).toBe("楼下着火了");
    expect(readHazardPinyin("zh le 快")).toBe("着火了 快");
    expect(readHazardPinyin("jm啊")).toBe("救命啊");
    expect(readHazardPinyin("ranqi wei")).toBe("燃气味");
  });

  it("leaves initials that complete nothing as they are", () => {
    expect(readHazardPinyin("rq 什么时候来抄表")).toBe("rq 什么时候来抄表");
    expect(readHazardPinyin("我们xl小区")).toBe("我们xl小区");
    expect(readHazardPinyin("zh 同学在吗")).toBe("zh 同学在吗");
    expect(readHazardPinyin("wei 你好")).toBe("wei 你好");
    expect(readHazardPinyin("zhao huo 是谁")).toBe("zhao huo 是谁");
  });

  it("never reads inside an English word, a code or a link", () => {
    for (const text of [
      "barqs xl",
      "订单号rq123漏了",
      "见 https://example.com/rq/xl 页面",
      "www.rqxl.cn 味道",
      "发到 rq@corp.cn 味",
      "文件 rq.png 漏",
      "Please check the RQ-form",
      "the mq-broker 味",
    ])
      expect(readHazardPinyin(text)).toBe(text);
  });

  it("leaves text without Latin letters untouched", () => {
    const text = "楼道里有很大的煤气味";
    expect(readHazardPinyin(text)).toBe(text);
  });
});

describe("Cantonese wording", () => {
  it("is read as its Mandarin equivalent", () => {
    expect(readDialect("我哋困咗在电梯度")).toBe("我们困住了在电梯度");
    expect(readDialect("敲门冇人应")).toBe("敲门没人应");
    expect(readDialect("细路搵唔到")).toBe("小孩找不到");
    expect(readDialect("楼下水浸到膝头 阿婆喺屋企出唔到")).toBe("楼下水淹到膝头 老人在家出不到");
  });

  it("leaves Mandarin alone", () => {
    expect(readDialect("向左拐找到了")).toBe("向左拐找到了");
    expect(readDialect("我困了想睡觉")).toBe("我困了想睡觉");
  });
});
