import { describe, it, expect } from "vitest";
import {
  extractName,
  readCallback,
  transcriptCallback,
  transcriptName,
} from "../../src/intake/extract-contact.js";
import { parseTranscript } from "../../src/intake/parse-transcript.js";
import { maskFreeText } from "../../src/auth/free-text-mask.js";

const turns = (text: string) => parseTranscript(text)!.turns;

describe("a city before a local number", () => {
  it("gives the city's area code to the local number after a phone label", () => {
    expect(readCallback("路灯不亮，姓名石海军，电话：昆明 6318 2241")?.phone).toBe("087163182241");
  });

  it("reads the city set off by commas after a home line's label", () => {
    expect(readCallback("家里座机，兰州的，8312 5570，晚上有人。我叫石海军，井盖丢了")?.phone).toBe(
      "093183125570",
    );
  });

  it("masks the local number in the staff view", () => {
    expect(maskFreeText("电话：太原 6318 2241", { houseNumbers: true })).not.toContain("6318 2241");
  });

  it("leaves a local number without a city as it was", () => {
    expect(readCallback("井盖丢了，我叫石海军，家里电话63182241")?.phone).toBe("63182241");
  });

  it("takes no area code cut short for a number", () => {
    expect(readCallback("姓名：石海军\n电话：0931-8312\n内容：井盖丢了")).toBeNull();
  });
});

describe("numbers said to be the WeChat account too, or typed with a stray stop", () => {
  it("reads a phone label saying WeChat is the same number", () => {
    expect(readCallback("手机同微信13912203344 楼下烧烤到半夜")?.phone).toBe("13912203344");
    expect(readCallback("电话微信都是这个：139-1220-3344。楼下烧烤到半夜")?.phone).toBe("13912203344");
  });

  it("joins four digits after a full stop slipped in after the seventh", () => {
    expect(readCallback("我手机号是1391220。3344 打这个就行 路灯倒了")?.phone).toBe("13912203344");
  });

  it("still reads a last four said in words after a stop", () => {
    expect(readCallback("我手机是139 1220。3344是后四位")?.phone).toBe("13912203344");
  });
});

describe("a name right after the number that opens the message", () => {
  it("reads the name after 补充 and the number", () => {
    const text = "补充：13912203344 石海军，早上说的路灯的事";
    expect(extractName(text)).toBe("石海军");
    expect(readCallback(text)?.phone).toBe("13912203344");
  });

  it("reads the name after a request to be called and the number", () => {
    expect(extractName("有事打我 13912203344 石海军 桃园路 车棚漏雨")).toBe("石海军");
  });

  it("reads no word after the number as a name", () => {
    expect(extractName("有事打我 13912203344 路灯 不亮")).toBeNull();
  });
});

describe("names", () => {
  it("reads no placeholder without a surname", () => {
    expect(extractName("姓名：某某\n电话：保密\n内容：垃圾没人收")).toBeNull();
  });

  it("leaves 吧 out of a nickname before the number", () => {
    expect(extractName("楼下太吵。就叫我小敏吧，电话：139 1220 3344")).toBe("小敏");
  });

  it("reads no standing word that opens with a surname character", () => {
    expect(extractName("我是单元长 吕建华，海西苑3号楼，楼道灯坏了")).toBe("吕建华");
  });

  it("reads a name with the writer's standing in brackets", () => {
    expect(extractName("海西苑5号楼 吕建华（楼长） 楼道灯全坏 13912203344")).toBe("吕建华");
  });

  it("reads a standing and a name opening the message before a colon", () => {
    expect(extractName("退休工人 吕明远：学校门口有人卖三无零食")).toBe("吕明远");
  });

  it("ends a name typed without a pause before 我家", () => {
    expect(extractName("你好我是海西苑的吕秀兰我家楼上漏水")).toBe("吕秀兰");
  });

  it("prefers the name given over what others call the writer", () => {
    expect(extractName("我叫吕秀兰，大家都叫我吕奶奶。")).toBe("吕秀兰");
    expect(extractName("大家都叫我王姐，电话13912203344")).toBe("王姐");
  });

  it("reads a Latin name whose surname is in capitals", () => {
    expect(extractName("姓名：ZHAO Lei\n手机：139 1220 3344")).toBe("ZHAO Lei");
    expect(extractName("Lei ZHAO 13912203344 车位被占")).toBe("Lei ZHAO");
    expect(extractName("Room 1203 漏水 13912203344")).toBeNull();
  });
});

describe("hotline calls", () => {
  it("keeps the caller's 老X over the agent's form of address", () => {
    const call =
      "坐席：您好。\n来电人：我老葛啊，海西苑的，路灯还没修。\n坐席：葛先生，工单号记得吗？\n来电人：不记得，电话13912203344。";
    expect(transcriptName(turns(call))).toBe("老葛");
  });

  it("takes the name the agent says over after the caller corrects a character", () => {
    const call =
      "坐席：您的姓名？\n来电人：我叫石立新。\n坐席：树立的立？\n来电人：不是树立的立，是秀丽的丽。\n坐席：石丽新，好的。电话？\n来电人：13912203344。";
    expect(transcriptName(turns(call))).toBe("石丽新");
  });

  it("corrects the last digit", () => {
    const call =
      "坐席：电话？\n来电人：一三九，一二二零，三三四五。\n坐席：139 1220 3345。\n来电人：最后一位是四。\n坐席：好的。";
    expect(transcriptCallback(turns(call))?.phone).toBe("13912203344");
  });

  it("takes the new number the caller says to write down", () => {
    const call = "坐席：电话？\n来电人：13912203345……这个号不用了，你记我新号吧，13812203344。";
    expect(transcriptCallback(turns(call))?.phone).toBe("13812203344");
  });

  it("takes the number the agent puts to the caller when the caller agrees", () => {
    const call = "坐席：您打进来的这个号码，13912203344，能联系到您吗？\n来电人：能，就这个。";
    expect(transcriptCallback(turns(call))?.phone).toBe("13912203344");
  });
  it("reads a Latin name given in answer to the agent's question", () => {
    const call = "坐席：您的名字？\n来电人：Anna Smith。\n坐席：A-N-N-A？\n来电人：Yes。";
    expect(transcriptName(turns(call))).toBe("Anna Smith");
  });

  it("reads the name the agent spells a character at a time when the caller agrees", () => {
    const call =
      "坐席：您的姓名？\n来电人：shi hai jun。\n坐席：是石头的石，大海的海，军队的军吗？\n来电人：对的。\n坐席：电话？\n来电人：13912203344。";
    expect(transcriptName(turns(call))).toBe("石海军");
  });
});

describe("the staff view", () => {
  it("masks a name outside the surname list signing after the last sentence", () => {
    expect(maskFreeText("路灯还是不亮。原志刚", { houseNumbers: true })).not.toContain("原志刚");
    expect(maskFreeText("路灯还是不亮。请尽快", { houseNumbers: true })).toBe("路灯还是不亮。请尽快");
  });
});
