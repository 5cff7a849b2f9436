import { describe, expect, it } from "vitest";
import { afterPostedNotice, formBody } from "../../src/intake/form-fields.js";

describe("formBody", () => {
  it("keeps the title, the description and where, and drops the metadata", () => {
    expect(
      formBody(
        "事件类型：园林绿化\n发生地点：海边街12号门前\n事件描述：行道树倒伏，\n压住两辆电动车。\n上报人：网格员 钱芳 13800001111",
      ),
    ).toBe("内容：行道树倒伏，\n压住两辆电动车。\n地址：海边街12号门前");
    expect(formBody("主题：电梯困人\n内容：3号楼电梯又停了")).toBe("标题：电梯困人\n内容：3号楼电梯又停了");
  });

  it("keeps a field of its own kind with the description", () => {
    expect(formBody("事件描述：该车停在消防通道一个月\n发生地点：西盛花园\n车辆信息：白色面包车")).toBe(
      "内容：该车停在消防通道一个月\n白色面包车\n地址：西盛花园",
    );
  });

  it("leaves prose and a lone label alone", () => {
    expect(formBody("楼下的路灯坏了三天了，晚上黑乎乎的")).toBeNull();
    expect(formBody("内容：楼下的路灯坏了\n谢谢")).toBeNull();
    expect(formBody("地址：西盛花园\n电话：13800001111")).toBeNull();
  });
});

describe("afterPostedNotice", () => {
  it("returns the writer's words after a signed or blank-line-ended notice", () => {
    expect(afterPostedNotice("【停水通知】明天停水一天。——桃南物业\n通知说一天，结果停了三天了")).toBe(
      "通知说一天，结果停了三天了",
    );
    expect(afterPostedNotice("【温馨提示】请勿高空抛物\n\n楼上还是天天往下扔烟头")).toBe(
      "楼上还是天天往下扔烟头",
    );
  });

  it("is null without a notice or without words of the writer's own", () => {
    expect(afterPostedNotice("【投诉】楼下烧烤店油烟太大")).toBeNull();
    expect(afterPostedNotice("【物业通知】本周六清洗水箱。——海西苑物业")).toBeNull();
  });
});
