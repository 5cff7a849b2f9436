import { describe, expect, it } from "vitest";
import { maskFreeText } from "../../src/auth/free-text-mask.js";
import {
  extractName,
  readCallback,
  transcriptCallback,
  transcriptName,
} from "../../src/intake/extract-contact.js";
import { parseTranscript } from "../../src/intake/parse-transcript.js";

const staffView = (text: string) => maskFreeText(text, { houseNumbers: true }, [extractName(text)]);
const turns = (text: string) => parseTranscript(text)!.turns;

describe("a name signing before 手机号码", () => {
  it("reads and masks the name before a number labelled 手机号码 or 电话号", () => {
    const text = "我的工单一直显示待处理，是不是漏了？事情是文庙巷下水道堵了。廖志诚，手机号码：13812345678";
    expect(extractName(text)).toBe("廖志诚");
    expect(staffView(text)).not.toContain("廖志诚");
    expect(extractName("路口红绿灯坏了。白振东，电话号 13912345678")).toBe("白振东");
  });
});

describe("someone else's number in brackets", () => {
  it("leaves a neighbour's number in brackets after their form of address and calls the writer", () => {
    const text =
      "楼上刘大妈（电话13912345678）家漏水淹到我家了，她不会用微信，我替她反映。我是楼下的小赵 15812345678";
    expect(readCallback(text)?.phone).toBe("15812345678");
  });

  it("still reads the writer's own name with their number in brackets", () => {
    expect(readCallback("我是王阿姨（电话13912345678），楼道灯坏了")?.phone).toBe("13912345678");
  });

  it("takes no number the writer tried and could not reach", () => {
    expect(readCallback("想报名社区书法班，电话打过去总是没人接（0351-6612345），能帮我报上吗")).toBeNull();
  });

  it("takes no number the writer says not to call", () => {
    expect(
      readCallback("我在文庙巷开理发店，门口下水道堵了。店里座机0351-6612345是店员接的，别打那个"),
    ).toBeNull();
  });
});

describe("the writer's own standing before the number", () => {
  it("reads a tenant's number after 我是…，…的租户", () => {
    const text =
      "你好！我是陈丽，海西苑的租户，电话15935102233。房东把客厅隔成三间出租，房东电话是13812349876。";
    expect(readCallback(text)?.phone).toBe("15935102233");
  });

  it("reads a crew member's number after 我是…，施工队的", () => {
    expect(readCallback("我是刘工，施工队的，电话13912345678，工地围挡被风吹倒了")?.phone).toBe(
      "13912345678",
    );
  });
});

describe("a mobile given in two parts", () => {
  it("joins the head and the last four across a full stop or 再加", () => {
    expect(readCallback("我手机号前七位是1380351。后四位是2245。楼道灯坏了")?.phone).toBe("13803512245");
    expect(readCallback("电话138 0351 再加2245 我叫李建平 路灯不亮")?.phone).toBe("13803512245");
  });
});

describe("a mobile's head and last four in the staff view", () => {
  it("masks the two parts as one mobile", () => {
    const text = "手机号前七位是1380351，后四位是2245，楼道灯坏了";
    expect(staffView(text)).toContain("138****2245");
    expect(staffView(text)).not.toContain("0351");
    expect(staffView("手机199 5028。后面四位是3716")).not.toContain("5028");
  });

  it("leaves a count before 后四位 alone", () => {
    expect(staffView("共1380351户，后四位是2245")).toContain("后四位是2245");
  });
});

describe("digit words", () => {
  it("reads 勾 as nine and masks the number", () => {
    const text = "我电话是一三八 勾勾拐拐 六六五五，路西小区停水";
    expect(readCallback(text)?.phone).toBe("13899776655");
    expect(staffView(text)).not.toContain("勾勾拐拐");
  });
});

describe("names", () => {
  it("reads a nickname with 哥 asked for", () => {
    expect(extractName("路灯坏了，电话13803512245，叫我小马哥")).toBe("小马哥");
  });

  it("reads a full name with a function-word surname after an opening number", () => {
    expect(extractName("手机:13803512245 于建华 海西苑门口路灯坏了")).toBe("于建华");
  });

  it("reads 小 and the surname 代 after 我是…的", () => {
    const text = "我是桃南一区修鞋的小代 城管不让我摆了";
    expect(extractName(text)).toBe("小代");
    expect(staffView(text)).not.toContain("小代");
  });

  it("reads no name from a person in brackets after the role they play", () => {
    expect(
      extractName("反映人：（保密）\n电话：13803512245\n本人曾与饲养人（5楼张先生）沟通过，对方不理。"),
    ).toBeNull();
  });
});

describe("hotline calls", () => {
  it("takes the agent's form after a surname spelt by its parts", () => {
    const call =
      "坐席：您好。来电人：路西小区停水了。坐席：请问先生您贵姓？来电人：木子李。坐席：李先生，联系电话？来电人：138 0351 2245。坐席：13803512245，好的。";
    expect(transcriptName(turns(call))).toBe("李先生");
  });

  it("applies the last digits the caller corrects after 说错了，是…", () => {
    const call =
      "坐席：您好。来电人：我反映路灯不亮。坐席：您贵姓？来电人：姓周。坐席：周先生，电话？来电人：138，0351，2245。坐席：13803512245。来电人：不对，我说错了，是2254。坐席：好的，13803512254。";
    expect(transcriptCallback(turns(call))?.phone).toBe("13803512254");
  });
});

describe("words that start with the surname 代", () => {
  it("reads no name from 代发 or 代表", () => {
    expect(extractName("【代发】帮隔壁问问高龄补贴怎么领，回复请打我电话 17612345678")).toBeNull();
    expect(extractName("业委会代表大会什么时候开？")).toBeNull();
  });

  it("leaves 业主代表 readable in the staff view", () => {
    expect(staffView("恳请社区尽快协调。海西苑业主代表 敬上")).toContain("业主代表");
    expect(staffView("我是海西苑的业主代表，物业合同到期了")).toContain("业主代表");
  });
});
