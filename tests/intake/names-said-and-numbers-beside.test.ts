import { describe, expect, it } from "vitest";
import { maskFreeText } from "../../src/auth/free-text-mask.js";
import { findPersonalNumbers } from "../../src/domain/personal-numbers.js";
import { extractName, readCallback, transcriptName } from "../../src/intake/extract-contact.js";
import { parseTranscript } from "../../src/intake/parse-transcript.js";

const staffView = (text: string) => maskFreeText(text, { houseNumbers: true }, [extractName(text)]);
const phoneOf = (text: string) => readCallback(text)?.phone ?? null;
const turns = (text: string) => parseTranscript(text)!.turns;

describe("a surname that is also a digit word, after a number", () => {
  it("leaves 陆 / 陸 after a mobile or a landline to the name it opens", () => {
    expect(findPersonalNumbers("电话15912347701 陆女士").map((f) => f.digits)).toEqual(["15912347701"]);
    const text = "東關橋頭的護欄斷了一截。 電話15912347702 陸先生";
    expect(phoneOf(text)).toBe("15912347702");
    expect(phoneOf("北街的垃圾没人收。电话 0351-7712 3304 陆师傅")).toBe("035177123304");
  });

  it("still reads digit words right after a phone word", () => {
    expect(findPersonalNumbers("电话：幺58 1二34 7七03").map((f) => f.digits)).toEqual(["15812347703"]);
  });
});

describe("names said in so many words", () => {
  it("reads a name field with a surname on no list, and masks it", () => {
    const text = "南关小区的车位被占了。联系人：计红梅 手机：13612347704";
    expect(extractName(text)).toBe("计红梅");
    expect(maskFreeText(text, { houseNumbers: true }, [])).not.toContain("计红梅");
    expect(maskFreeText("联系人：物业 电话13612347705", { houseNumbers: true }, [])).toContain("物业");
  });

  it("reads 我的名字： as the writer's name", () => {
    expect(extractName("装修公司拖着不开工。我的名字：尹立强，电话：13712347706")).toBe("尹立强");
  });

  it("reads a name the writer calls their real one, and a given name spelt by itself", () => {
    const a = "东关路口的健身器材坏了。13712347707 金满满（这是我真名）";
    expect(extractName(a)).toBe("金满满");
    expect(staffView(a)).not.toContain("金满满");
    const b = "我是南苑的业主周安康，安康的安康，想问维修基金怎么用。电话13712347708";
    expect(extractName(b)).toBe("周安康");
    expect(staffView(b)).not.toContain("周安康");
  });

  it("reads 名字就叫 and 是我名字 whatever the word", () => {
    expect(extractName("我是老木，北关的，名字就叫木春生，楼下垃圾满了。电话13712347709")).toBe("木春生");
    expect(extractName("想要个轮椅 我是春生 不是季节那个 是我名字 电话13712347710")).toBe("春生");
  });

  it("reads a dotted name after 叫 in a clause of its own, and the fuller dotted form said at once", () => {
    const a = "你好，我是东关大厦的员工，叫约翰·李，新加坡人。电梯坏了三天。电话18612347711";
    expect(extractName(a)).toBe("约翰·李");
    expect(staffView(a)).not.toContain("约翰·李");
    expect(extractName("我叫玛丽亚，玛丽亚·彼得罗娃，住南苑，楼下太吵。")).toBe("玛丽亚·彼得罗娃");
  });

  it("prefers wo jiao over a place after wo shi in pinyin", () => {
    const text =
      "wo shi Nanguan Xiaoqu 2 hao lou de, lu deng huai le. wo jiao Zhou Lihua, dianhua 15912347712";
    expect(extractName(text)).toBe("Zhou Lihua");
  });

  it("in a call, takes how the caller says to put them down", () => {
    const a = "坐席：您贵姓？来电人：免贵姓高，高山的高，就叫高山。坐席：好的。";
    expect(transcriptName(turns(a))).toBe("高山");
    const b = "坐席：您本人怎么称呼？来电人：我姓钟，你就说钟大爷。";
    expect(transcriptName(turns(b))).toBe("钟大爷");
  });
});

describe("whose the number is", () => {
  it("gives a landlord's name field to nobody and reads the writer's signature", () => {
    const text =
      "楼上漏水半年了。房东姓名严某明，电话13812347713（不接）。我的电话15812347714。\n孩子爸爸 苗立军";
    expect(extractName(text)).toBe("苗立军");
    expect(phoneOf(text)).toBe("15812347714");
  });

  it("keeps the number of a writer who says whose kin they are", () => {
    const text = "我爸叫孟德福，八十了，想申请助餐。我叫孟小川，是他儿子，电话：13912347715";
    expect(phoneOf(text)).toBe("13912347715");
  });

  it("keeps the number after the name the writer signs with as a parent", () => {
    expect(phoneOf("校门口小卖部卖过期零食 我姓叶 叶妈妈 电话13912347716")).toBe("13912347716");
  });

  it("reads a bare number after a sentence about a failing service line", () => {
    const text = "充电桩扣了钱没充上，客服电话4001234567打不通。17612347717";
    expect(phoneOf(text)).toBe("17612347717");
  });

  it("takes the mobile when the landline is said to go unanswered or the writer asks for the mobile", () => {
    expect(phoneOf("我家座机0351-6612347基本没人接，请打我手机18912347718。")).toBe("18912347718");
    expect(phoneOf("联系电话：（家）0351-4412347 （手机）13112347719 白天请打手机")).toBe("13112347719");
    expect(phoneOf("我拨打工地牌子上的电话0351-7712347，均无人接听。\n投诉人：梁某\n手机：13112347720")).toBe(
      "13112347720",
    );
  });

  it("rings a relative's number when the writer's own is said to go flat", () => {
    const text =
      "我不会打字，儿子帮忙写的，有事打我儿子电话：15812347721，我自己的老年机是13412347722，经常没电。";
    expect(phoneOf(text)).toBe("15812347721");
  });

  it("reads a number alone in brackets after a finished statement, and one after an aside on when to ring", () => {
    expect(phoneOf("物业说等过了年再说（17712347723）")).toBe("17712347723");
    expect(phoneOf("某女士，15812347724（白天打这个，晚上关机）。北门斑马线褪色了")).toBe("15812347724");
  });
});
