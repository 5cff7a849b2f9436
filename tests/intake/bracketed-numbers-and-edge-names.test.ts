import { describe, it, expect } from "vitest";
import { extractName, readCallback } from "../../src/intake/extract-contact.js";
import { findPersonalNumbers } from "../../src/domain/personal-numbers.js";
import { maskFreeText } from "../../src/auth/free-text-mask.js";

// The staff view as the console shows it: the name the reader found is masked wherever it stands.
const staffView = (text: string, name: string | null = extractName(text)) =>
  maskFreeText(text, { houseNumbers: true }, [name]);

describe("a number in brackets with its label", () => {
  it("takes a labelled number opening a bracket after the complaint", () => {
    expect(readCallback("小区后门的垃圾三天没人清（手机：139 4410 2756 联系人：郑师傅）")?.phone).toBe(
      "13944102756",
    );
  });

  it("takes the number of a sender's header whatever the form of address", () => {
    expect(readCallback("钱师傅（手机1394 4102 756）：楼下的路灯一到晚上就闪")?.phone).toBe("13944102756");
  });

  it("still gives a company's bracketed number to the company", () => {
    expect(readCallback("物业公司（电话：0351-6624 1187）一直不接，路灯坏了半个月")).toBeNull();
  });
});

describe("陆 in a number", () => {
  it("still reads 陆 as a digit inside a number read out", () => {
    const [span] = findPersonalNumbers("电话是幺三陆九，四四幺零，二七陆");
    expect(span?.digits).toBe("13694410276");
  });
});

describe("a form's name field and names that are no names", () => {
  it("reads a name field on its line whatever the surname", () => {
    expect(extractName("联系人：鄢建设\n联系电话：13944102756\n内容：楼道堆满了杂物")).toBe("鄢建设");
    expect(extractName("反映人：佴晓琳\n电话：13944102756")).toBe("佴晓琳");
  });

  it("does not read an office or a refusal in that field", () => {
    expect(extractName("联系人：物业部\n联系电话：13944102756")).toBeNull();
    expect(extractName("姓名：不方便\n电话：13944102756")).toBeNull();
  });

  it("reads 居民： and 网格员： before a name", () => {
    expect(extractName("楼下化粪池满了，请派车。居民：邹立新（手机：139-4410-2756）")).toBe("邹立新");
    expect(extractName("网格员：严秀梅\n情况：独居老人家里停电两天")).toBe("严秀梅");
  });

  it("takes no name from 热心市民 or an English label", () => {
    expect(extractName("公交站的顶棚塌了一角 电话13944102756 热心市民")).toBeNull();
    expect(extractName("井盖没了\n快来人\nMob 13944102756")).toBeNull();
  });

  it("reads a full name typed right after an opening number", () => {
    expect(extractName("13944102756邹秀英 桃南一区路灯不亮好几天了")).toBe("邹秀英");
    expect(extractName("13944102756邹秀 桃南一区路灯不亮好几天了")).toBeNull();
  });

  it("reads a pinyin surname with a form of address", () => {
    expect(extractName("lu deng huai le, dianhua: 13944102756, Zhao xiansheng")).toBe("Zhao xiansheng");
    expect(extractName("lu deng huai le, dianhua: 13944102756, haoxin xiansheng")).toBeNull();
  });
});

describe("names the staff view masks without the reader", () => {
  it("masks 阿 with a Latin given name", () => {
    expect(maskFreeText("楼下烧烤摊太吵了 阿Ken 13944102756", { houseNumbers: true })).not.toContain("Ken");
  });

  it("masks a surname with 婶儿 or 婶子", () => {
    const view = maskFreeText("院里的灯坏了，我就是院里的樊婶儿，电话是13944102756", { houseNumbers: true });
    expect(view).not.toContain("樊婶儿");
  });

  it("masks a name set off before a bracket about the number", () => {
    const view = maskFreeText("押金一直不退 人也联系不上 谭凡（电话同上次）", { houseNumbers: true });
    expect(view).not.toContain("谭凡");
  });

  it("masks a surname outside the list after 我是␠, 全名 or a standing with 女士", () => {
    const policy = { houseNumbers: true };
    expect(maskFreeText("楼道太黑了。 我是 郜晓东 13944102756", policy)).not.toContain("郜晓东");
    expect(maskFreeText("我叫佴，全名佴秀兰，电话13944102756", policy)).not.toContain("佴秀兰");
    expect(maskFreeText("我是五楼的住户鄂女士，电话13944102756", policy)).not.toContain("鄂女士");
    expect(maskFreeText("住户这位先生说了不算", policy)).toBe("住户这位先生说了不算");
  });

  it("masks a Latin name answering the agent's question, and its spelling", () => {
    const text = "坐席：May I have your name?\n来电人：Anna Keller. K-E-L-L-E-R.\n坐席：Thank you.";
    const view = maskFreeText(text, { houseNumbers: true });
    expect(view).not.toContain("Keller");
    expect(view).not.toContain("K-E-L");
  });

  it("leaves a Latin place answering another question", () => {
    const text = "坐席：Which building?\n来电人：Riverside Garden.";
    expect(maskFreeText(text, { houseNumbers: true })).toContain("Riverside Garden");
  });
});

describe("the staff view of a read name", () => {
  it("masks the pinyin name read", () => {
    expect(staffView("lu deng huai le, dianhua: 13944102756, Zhao xiansheng")).not.toContain(
      "Zhao xiansheng",
    );
  });
});
