import { describe, expect, it } from "vitest";
import { maskFreeText } from "../../src/auth/free-text-mask.js";
import { findPersonalNumbers } from "../../src/domain/personal-numbers.js";
import { extractName, readCallback } from "../../src/intake/extract-contact.js";

const staffView = (text: string) => maskFreeText(text, { houseNumbers: true }, [extractName(text)]);
const phoneOf = (text: string) => readCallback(text)?.phone ?? null;

describe("a form of address, then the full name of the same person", () => {
  it("reads and masks the full name after the titled form", () => {
    const a = "吴工吴建新，13912341001，东关街挖的沟一直没填";
    expect(extractName(a)).toBe("吴建新");
    expect(staffView(a)).not.toContain("吴建新");
    const b = "潘阿姨潘秀香 13912341002 楼上天天剁肉到半夜";
    expect(extractName(b)).toBe("潘秀香");
    expect(staffView(b)).not.toContain("潘秀香");
    expect(extractName("本人郑老师郑美玲，住南关小区，电话15612341003")).toBe("郑美玲");
  });

  it("joins a given name said right after the title to the surname", () => {
    const text = "我是东关中学退休的许老师国华，校门口的井盖没了，电话13812341004";
    expect(extractName(text)).toBe("许国华");
    expect(staffView(text)).not.toContain("国华");
  });

  it("reads no name from a titled run after someone else's standing, nor joins a verb to a title", () => {
    expect(extractName("我家邻居曹大爷曹建军，天天在楼道里堆纸箱")).toBeNull();
    expect(extractName("张老师建议在校门口设个减速带")).not.toBe("张建议");
  });
});

describe("two people with a number each, and the one to ring", () => {
  it("rings the other one when the writer says so, and names them", () => {
    const text =
      "我和我爱人都留一下，我是陶志军13612341005，她是葛丽芳18912341006，白天打她的，我跑车接不了。东关路灯不亮";
    expect(phoneOf(text)).toBe("18912341006");
    expect(extractName(text)).toBe("葛丽芳");
    expect(staffView(text)).not.toContain("葛丽芳");
  });

  it("rings the writer when they say 打我的就行", () => {
    const text =
      "我和老伴的号码都写上：我邹桂英15912341007，老伴严德明13612341008，打我的就行，他听不清。菜场后面臭水沟";
    expect(phoneOf(text)).toBe("15912341007");
    expect(extractName(text)).toBe("邹桂英");
  });

  it("rings the person named after 请优先联系", () => {
    const text = "联系人：宁志刚（13512341009）、汤丽娟（15012341010）。宁志刚常年在外地，请优先联系汤丽娟。";
    expect(phoneOf(text)).toBe("15012341010");
    expect(extractName(text)).toBe("汤丽娟");
  });

  it("masks a spouse's short name right before their number", () => {
    expect(staffView("我老公贺强13412341011 我在外地 有事找他")).not.toContain("贺强");
  });
});

describe("one number written twice with a slip", () => {
  it("calls neither when two digits are swapped and nothing says which is right", () => {
    expect(phoneOf("电话13912341012 东关路口红绿灯坏了 晚上回电13912341021")).toBeNull();
  });

  it("keeps the corrected one, and either of two lines the writer says both work", () => {
    expect(phoneOf("电话13912341012，刚才写错了，是13912341021")).toBe("13912341021");
    expect(phoneOf("电话13912341012 或 13912341013 都行")).toBe("13912341012");
  });
});

describe("names in text copied from forms, cards and receipts", () => {
  it("reads a name after a Latin label on its own line, and a card's first cell", () => {
    expect(extractName("Name 姓名：祁德华\nMobile 手机：+86 139 1234 1013")).toBe("祁德华");
    expect(extractName("[截图文字] 苗志红 | 手机 151-1234-1014 | 南关社区")).toBe("苗志红");
  });

  it("reads the name column of a table under its header", () => {
    const text = "识别结果：\n手机 | 姓名 | 地址\n13512341015 | 卢秀梅 | 东关小区3-2-101\n楼顶漏水";
    expect(extractName(text)).toBe("卢秀梅");
  });

  it("reads a name with the sex after it, and a receipt's person", () => {
    expect(extractName("[图片文字] 柯晓红 女 联系电话 17712341016\n证件到期了怎么换")).toBe("柯晓红");
    expect(extractName("挂号成功 就诊人童冬梅 手机13612341017 结果医生不在")).toBe("童冬梅");
  });

  it("takes the Chinese name beside the same name in letters", () => {
    expect(extractName("Name    Xu Ming 许明\nMobile 15112341018")).toBe("许明");
    expect(extractName("QLJ（秦立军） 15812341019 东关小区门禁坏了")).toBe("秦立军");
  });

  it("reads the name the writer corrects to", () => {
    expect(extractName("刚才名字打错了，是袁秀英不是袁秀莹。电话13412341020。")).toBe("袁秀英");
  });

  it("reads a number after a label with a bracketed note, or given whole after a part", () => {
    expect(phoneOf("联系人（必填）：卓女士　手机（选填）：15012341022\n公厕门锁坏了")).toBe("15012341022");
    expect(phoneOf("短信里显示我的号码是“182****1023”。现补充完整号码：18212341023。地下室积水")).toBe(
      "18212341023",
    );
  });

  it("masks a name opening the message before its number in brackets, and a Latin one before a mobile", () => {
    expect(staffView("寇海龙（联系电话15012341024）反映：房东要我一周内搬走")).not.toContain("寇海龙");
    expect(staffView("Sophie 13912341025 the street lamp is out")).not.toContain("Sophie");
  });
});

describe("numbers that are no one's callback", () => {
  it("takes no service line off a notice, nor a number on a card someone handed over", () => {
    expect(
      phoneOf("[图片文字] 停电通知 明天8点到12点检修 服务热线 0351-5550101 供电所\n都下午了还没来电"),
    ).toBeNull();
    expect(
      phoneOf(
        "拍的名片 袁志国 主管 某某装修公司 电话0351-5550102 就是他说保修三年 我是3楼业主 范女士 13912341026",
      ),
    ).toBe("13912341026");
  });

  it("joins no pieces across a number hidden by stars", () => {
    expect(
      phoneOf("[图片文字] 回执 联系电话：139****1027 编号：AB1028\n我是林芳，回执上说的事还没办"),
    ).toBeNull();
  });
});

describe("the writer's number beside where they live, whom to ask for, and initials", () => {
  it("reads a signature's number under a line saying the writer's community", () => {
    expect(phoneOf("东关巷路面塌了一块。\n\n韦丽萍\n东关社区居民\n电话：（0351）557-1029")).toBe(
      "03515571029",
    );
  });

  it("takes the number before 找小某就行 as the writer's, and 回电话找老某 as the name", () => {
    const text = "3号楼电梯又停了，有消息了打15912341030找小米就行";
    expect(phoneOf(text)).toBe("15912341030");
    expect(extractName("东关路东头的路灯又不亮了 有事回电话找老蒋")).toBe("老蒋");
  });

  it("reads a mail signature's mobile under the writer's firm as theirs", () => {
    const text =
      "东关路围挡占道。\n\n--\n阎志明\n市场部 | 某某商贸有限公司\nM：+86 139 1234 1032\nT：0351-555 7000 转 8012";
    expect(phoneOf(text)).toBe("13912341032");
  });

  it("reads a number after the writer's initials in brackets", () => {
    expect(phoneOf("韦淑仪（WSY）18712341031 东关小区化粪池满了")).toBe("18712341031");
  });
});

describe("a landline written for callers abroad", () => {
  it("finds +86 (0)area number with its trunk 0", () => {
    const [found] = findPersonalNumbers("Tel: +86 (0)351 559 10 20\n人行道砖松了");
    expect(found?.digits).toBe("03515591020");
    expect(staffView("Tel: +86 (0)351 559 10 20")).not.toMatch(/559 10 20/);
  });
});
