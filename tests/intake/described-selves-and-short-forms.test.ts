import { describe, expect, it } from "vitest";
import { maskFreeText } from "../../src/auth/free-text-mask.js";
import { extractName, readCallback, transcriptName } from "../../src/intake/extract-contact.js";
import { findPersonalNumbers } from "../../src/domain/personal-numbers.js";
import { parseTranscript } from "../../src/intake/parse-transcript.js";

const staffView = (text: string) => maskFreeText(text, { houseNumbers: true }, [extractName(text)]);
const masked = (text: string) => maskFreeText(text, { houseNumbers: true }, []);
const turns = (text: string) => parseTranscript(text)!.turns;

describe("the short name after a long account of who the writer is", () => {
  it("reads and masks 老 / 小 / 大 / 阿 and a character after a trade or a standing", () => {
    const cases: [string, string][] = [
      ["我是南关菜场东头卖豆腐的老蔺，市场门口的水管爆了 13712340101", "老蔺"],
      ["我是锦绣大厦地下车库保安小戚 车库进水了 电话13712340102", "小戚"],
      ["我是锦绣苑南门修自行车的大贾，门口路面塌了一块。13712340103", "大贾"],
      ["我是锦绣苑业主群的管理员阿琛，大家让我来说一下：路灯全灭了。13712340104", "阿琛"],
      ["我是锦绣公寓的租客小蒯 楼道灯一直闪 13712340105", "小蒯"],
    ];
    for (const [text, name] of cases) {
      expect(extractName(text)).toBe(name);
      expect(staffView(text)).not.toContain(name);
      // Masked without the reader too.
      expect(masked(text)).not.toContain(name);
    }
  });

  it("reads one character and 姐 / 哥, and a given name of two after 的 or a standing", () => {
    expect(extractName("我是北关街开理发店的娟姐 店门口的井盖翻了 13712340106")).toBe("娟姐");
    expect(extractName("我是锦绣苑的住户丽萍，单元门的锁坏了。电话13712340107")).toBe("丽萍");
    expect(extractName("我是北关街修钟表的秀芝 门口积水一尺深 13712340108")).toBe("秀芝");
    expect(staffView("我是锦绣苑业主婧然，小区东边堆了一车渣土。13712340109")).not.toContain("婧然");
  });

  it("takes the short name after a standing and a pause", () => {
    expect(extractName("我是锦绣苑物业的维修工，小滕。配电箱冒烟了")).toBe("小滕");
  });

  it("reads no name from forms of address, standings and trades", () => {
    for (const text of [
      "我是卖水果的大姐 门口占道的车太多 13712340110",
      "我是送快递的小哥 北门不让进 13712340111",
      "我是锦绣苑的业主，小区门口的树倒了 13712340112",
      "我是锦绣苑物业的保洁，垃圾站满了 13712340113",
      "我是这里的老住户，门口的路十年没修了 13712340114",
      "我是3号楼的，小蔺家的狗天天叫 13712340115",
      "我是孩子的家长，校门口车太多 13712340116",
      "我是独自住的老头，八十多了，想要个收音机",
    ])
      expect(extractName(text)).toBeNull();
    expect(masked("我是卖水果的大姐 门口占道")).toContain("大姐");
    expect(masked("我是这里的老住户，门口的路")).toContain("老住户");
  });
});

describe("other slots only a name stands in", () => {
  it("reads what the people around the caller call them, 我 left out, whatever the character", () => {
    const text = "我是锦绣苑的，蔺，蔺相如的蔺，大家叫老蔺。门口的水管冻裂了。";
    expect(extractName(text)).toBe("老蔺");
    expect(masked(text)).not.toContain("老蔺");
    // Another person called so is not the writer.
    expect(extractName("楼下那位大家都叫他老蔺，天天在楼道烧纸")).toBeNull();
  });

  it("reads the form the writer goes by after the surname said alone", () => {
    expect(extractName("我姓滕，小滕，锦绣苑门口开药店的。")).toBe("小滕");
    expect(extractName("我姓滕，锦绣苑门口开药店的。")).toBe("滕");
  });

  it("reads and masks an organisation's contact named by department and form of address", () => {
    const text = "锦绣大厦物业报：大厦东侧井盖丢失，已临时围挡。对接人工程部柏工 15012340117";
    expect(extractName(text)).toBe("柏工");
    expect(masked(text)).not.toContain("柏工");
  });

  it("reads and masks a name signed with the building after the number", () => {
    const text = "锦绣苑9号楼楼顶的广告牌要掉了 13712340118 9号楼老蒯";
    expect(extractName(text)).toBe("老蒯");
    expect(masked(text)).not.toContain("老蒯");
    // 号楼老人 is no name.
    expect(masked("9号楼老人摔倒了")).toContain("老人");
  });

  it("reads an everyday-word name said with where the writer lives, and masks every place it stands", () => {
    const text = "我是高峰，住在锦绣苑，门口修路三个月，早晚高峰全堵。13712340119";
    expect(extractName(text)).toBe("高峰");
    expect(staffView(text)).not.toContain("高峰");
  });

  it("reads a name set off between the compound and the report", () => {
    expect(extractName("锦绣社区 关山月 北关街路灯不亮一周 0351 2265910")).toBe("关山月");
    expect(extractName("锦绣小区 高压线 断了 13712340120")).toBeNull();
    expect(extractName("锦绣苑 北门 路灯坏了 13712340121")).toBeNull();
  });
});

describe("hotline answers and numbers beside times", () => {
  it("takes 老 / 小 and a surname answering how to address the caller", () => {
    const call = "坐席：怎么称呼您？来电人：老蒯。坐席：您反映什么问题？来电人：排水沟堵了。";
    expect(transcriptName(turns(call))).toBe("老蒯");
  });

  it("takes the full name asked for over the form said in passing", () => {
    const call =
      "坐席：您好。市民：我是锦绣社区的网格员小滕，今天以居民身份打的，院里的水发黄。坐席：您全名是？市民：滕晓梅。坐席：电话？市民：151-0351-6241。";
    expect(transcriptName(turns(call))).toBe("滕晓梅");
  });

  it("reads a mobile with a time after it, not the time's hour as two digits too many", () => {
    const text = "外墙保温层掉了一大块 赶紧派人 13712340122 15:30以后打 我在开会";
    expect(readCallback(text)?.phone).toBe("13712340122");
    expect(findPersonalNumbers(text).map((s) => s.digits)).toEqual(["13712340122"]);
    // A mobile with a digit too many is still masked whole and not called.
    expect(readCallback("电话 137 1234 0122 5")?.phone ?? null).toBeNull();
  });

  it("reads sound-alike digits voice typing writes right after a phone word, at most three", () => {
    expect(readCallback("这是语音输入的 井盖没了 手机要三七一二似四零期二二")?.phone).toBe("13712440722");
    expect(readCallback("我的电话是幺三七就二三四是零二二")?.phone).toBe("13792344022");
    expect(masked("我的电话是幺三七就二三四是零二二")).not.toContain("零二二");
    // Away from a phone word the words are what they are, and four sound-alikes are too many.
    expect(readCallback("他就是不听 就是不改 电话13712340123")?.phone).toBe("13712340123");
    expect(readCallback("电话要三七就是二似期零吧二")?.phone ?? null).toBeNull();
  });

  it("keeps a mobile with a digit too many masked whole", () => {
    expect(masked("电话 137 1234 0122 5")).not.toContain("0122");
  });
});
