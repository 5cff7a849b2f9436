import { describe, expect, it } from "vitest";
import { maskFreeText } from "../../src/auth/free-text-mask.js";
import {
  extractName,
  readCallback,
  transcriptCallback,
  transcriptName,
} from "../../src/intake/extract-contact.js";
import { parseTranscript } from "../../src/intake/parse-transcript.js";

const turns = (text: string) => parseTranscript(text)!.turns;

describe("a number the writer says is out of use, then another", () => {
  it("calls the new number, not the one given up", () => {
    expect(
      readCallback("我的号以前是我的，13811110001那个号早不用了，现在是13922220002。路灯坏了")?.phone,
    ).toBe("13922220002");
    expect(
      readCallback("你们存的那个号码13811110003，那是我爱人的，她走了以后号也停了。现在打我的，13922220004。")
        ?.phone,
    ).toBe("13922220004");
    expect(readCallback("我换号了，原来的13811110005停用了，以后打这个13922220006。井盖丢了")?.phone).toBe(
      "13922220006",
    );
  });
});

describe("another person's number the centre is told to check with", () => {
  it("takes no callback from an official's or a neighbour's number", () => {
    expect(
      readCallback("我叫宋立军，小区门口被占了。派出所的何警官电话13811110007你们可以跟他核实。"),
    ).toBeNull();
    expect(
      readCallback("我叫宋立军，楼道被老谭堆满了杂物。老谭电话13811110008，你们直接找他说。"),
    ).toBeNull();
  });
  it("still calls a relative the writer asks for", () => {
    const r = readCallback("我是老宋，宋立军。你们回电话打我女儿的吧，我女儿叫宋佳，电话13811110009。");
    expect(r).toEqual({ phone: "13811110009", for: "relative" });
  });
});

describe("area codes said after the number or agreed to in a call", () => {
  it("puts the code before the local number", () => {
    expect(readCallback("我家座机八三一二五五七，0931的。水管冻了")?.phone).toBe("09318312557");
    expect(readCallback("家里的固定电话是八三一二五五八，区号0931。水管冻了")?.phone).toBe("09318312558");
    expect(readCallback("本人林國華，家中電話0931-8312559，請晚上打。")?.phone).toBe("09318312559");
  });
  it("takes the code the agent asks about when the caller agrees", () => {
    const t = turns("坐席：您电话多少？来电人：家里电话，八三一，二五六零。坐席：前面是0931吧？来电人：对。");
    expect(transcriptCallback(t)?.phone).toBe("09318312560");
  });
});

describe("the writer who signs after telling of an impostor", () => {
  it("calls the writer back on the number after their name", () => {
    expect(
      readCallback("有人冒充银行天天打电话 我怀疑是骗子 帮忙查一下 我是东关的郑红梅 回电13811110010")?.phone,
    ).toBe("13811110010");
  });
});

describe("names", () => {
  it("reads the name the caller tells the agent to write down", () => {
    const t = turns("来电人：我要反映一下路灯的事。坐席：请问您怎么称呼？来电人：你就写个老靳吧。");
    expect(transcriptName(t)).toBe("老靳");
  });
  it("reads and masks a name on no surname list after 我是…的, right before the number", () => {
    const text = "单元门的锁坏了好几天。我是三楼的楚月华，13811110011";
    expect(extractName(text)).toBe("楚月华");
    expect(maskFreeText(text, { houseNumbers: true }, [extractName(text)])).not.toContain("楚月华");
  });
});

describe("a go-between the writer is reached through", () => {
  it("stays the callback", () => {
    expect(readCallback("我没有电话，对门小鲍的电话是13811110012，有事找他转告我。")?.phone).toBe(
      "13811110012",
    );
  });
});
