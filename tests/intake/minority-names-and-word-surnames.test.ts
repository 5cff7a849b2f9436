import { describe, it, expect } from "vitest";
import { extractName, readCallback, transcriptCallback } from "../../src/intake/extract-contact.js";
import { parseTranscript } from "../../src/intake/parse-transcript.js";
import { maskFreeText } from "../../src/auth/free-text-mask.js";
import { maskPersonalData } from "../../src/intake/mask-personal-data.js";
import { findPersonalNumbers } from "../../src/domain/personal-numbers.js";

const turns = (text: string) => parseTranscript(text)!.turns;
const view = (text: string) => maskFreeText(text, { houseNumbers: true });

describe("Tibetan and Mongolian names", () => {
  it("reads and masks a full name opening the message before a place", () => {
    const text = "格桑央金 北关小区 垃圾三天没人收 电话13912204455";
    expect(extractName(text)).toBe("格桑央金");
    expect(view(text)).not.toContain("格桑央金");
  });

  it("reads a single name word alone at the end of a line", () => {
    const text = "井盖丢了一个，晚上很危险\n——北关小区 达瓦\n电话13912204455";
    expect(extractName(text)).toBe("达瓦");
    expect(view(text)).not.toContain("达瓦");
  });

  it("reads the full name after the short form the caller says first", () => {
    expect(extractName("我叫 萨仁，萨仁其其格。路灯不亮。")).toBe("萨仁其其格");
  });

  it("masks a full name wherever it stands", () => {
    expect(view("楼下住着巴特尔额尔敦一家，狗天天叫")).not.toContain("巴特尔额尔敦");
  });

  it("leaves a place spelt with the same characters alone", () => {
    expect(view("我下周去乌兰察布出差，家里暖气不热")).toContain("乌兰察布");
  });

  it("leaves 尼玛 as an exclamation alone", () => {
    expect(view("尼玛，楼上又在装修")).toContain("尼玛");
  });
});

describe("surnames that are also everyday words", () => {
  it("reads and masks 区 after 本人 and a signature's label", () => {
    const text = "路面塌了个坑 本人区德华 手机13912204455";
    expect(extractName(text)).toBe("区德华");
    expect(view(text)).not.toContain("区德华");
    expect(view("小区门口积水。签字：区文斌")).not.toContain("区文斌");
  });

  it("reads 区 with a form of address set off from other words", () => {
    expect(extractName("垃圾没人收，电话13912204455（区先生）")).toBe("区先生");
    expect(view("垃圾没人收（区先生）")).not.toContain("区先生");
  });

  it("reads the full name said after the surname alone", () => {
    expect(extractName("我是朴，朴志浩，朴素的朴。楼上漏水")).toBe("朴志浩");
  });

  it("leaves 小区 and 社区 before a form of address alone", () => {
    expect(view("小区阿姨说社区大妈不在")).toBe("小区阿姨说社区大妈不在");
    expect(view("我是区里的人，本人区内居住")).toBe("我是区里的人，本人区内居住");
  });

  it("masks 朴 signing after the last sentence", () => {
    expect(view("楼下空调外机太吵。朴志浩")).not.toContain("朴志浩");
  });

  it("reads a foreign resident's name after their nationality", () => {
    const text = "我是日本人铃木花子，住在北关公寓。路灯太亮。";
    expect(extractName(text)).toBe("铃木花子");
    expect(view(text)).not.toContain("铃木花子");
  });
});

describe("names where only a name stands", () => {
  it("masks a full name between a standing and its number", () => {
    expect(view("我是业主代表方文明，电话13912204455")).not.toContain("方文明");
  });

  it("masks a name right after 名字 set off by a pause, not an object after it", () => {
    expect(view("电话13912204455 名字秦海 路灯坏了")).not.toContain("秦海");
    expect(view("公告上只有名字和照片，没有简历")).toBe("公告上只有名字和照片，没有简历");
  });
});

describe("forms filled in the wrong boxes", () => {
  const form = "姓名：13912204455\n联系电话：陈书华\n地址：北关小区\n内容：路灯坏了";

  it("takes the mobile from whichever box it landed in", () => {
    expect(readCallback(form)?.phone).toBe("13912204455");
  });

  it("reads and masks the name in the phone box", () => {
    expect(extractName(form)).toBe("陈书华");
    expect(view(form)).not.toContain("陈书华");
  });

  it("takes no number when no box holds a whole mobile", () => {
    const none = "姓名：陈书华\n联系电话：陈书华\n内容：订单号2026112233 的快递丢了";
    expect(readCallback(none)).toBeNull();
  });
});

describe("numbers signed and corrected", () => {
  it("takes a number signed by the writer's name after it, past a third party named before", () => {
    expect(readCallback("路口积水 物业不管 13912204455 联系人 方女士")?.phone).toBe("13912204455");
  });

  it("keeps a number the writer says is someone else's", () => {
    expect(readCallback("物业电话13912204455 打不通")?.phone ?? null).toBeNull();
  });

  it("reads keycap digits as a number and masks them", () => {
    const text = "路灯坏了 电话1️⃣3️⃣9️⃣1️⃣2️⃣2️⃣0️⃣4️⃣4️⃣5️⃣5️⃣";
    expect(findPersonalNumbers(text).map((n) => n.digits)).toEqual(["13912204455"]);
    expect(view(text)).not.toMatch(/1️⃣2️⃣2️⃣0️⃣/u);
    expect(maskPersonalData(text)).toContain("[电话]");
  });

  it("takes the corrected last digits after the agent's read-back", () => {
    const call =
      "来电人：路灯坏了，电话一三九，一二二零，四四五五。\n坐席：一三九一二二零四四五五，对吗？\n来电人：不对，最后是四四五六。\n坐席：好的。";
    expect(transcriptCallback(turns(call))?.phone).toBe("13912204456");
  });

  it("leaves a correction of the first digits to the read-back", () => {
    const call =
      "坐席：电话？\n来电人：159 1220 4455。\n坐席：139 1220 4455？\n来电人：不是一三九，是一五九。\n坐席：好的，159 1220 4455。";
    expect(transcriptCallback(turns(call))?.phone).toBe("15912204455");
  });

  it("takes the number sent again after 发错了", () => {
    expect(readCallback("电话发错了 应该是13912204456 不是13912204455")?.phone).toBe("13912204456");
  });

  it("reads an English request to call", () => {
    expect(readCallback("Streetlight out near gate 2. Call 13912204455. - Amy")?.phone).toBe("13912204455");
  });
});
