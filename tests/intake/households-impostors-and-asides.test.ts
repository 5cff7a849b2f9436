import { describe, expect, it } from "vitest";
import { maskFreeText } from "../../src/auth/free-text-mask.js";
import { extractName, readCallback } from "../../src/intake/extract-contact.js";

const staffView = (text: string) => maskFreeText(text, { houseNumbers: true }, [extractName(text)]);
const phoneOf = (text: string) => readCallback(text)?.phone ?? null;

describe("the writer named by the household they come from", () => {
  it("reads the name after 某家老大 / 老某家儿子 opening the message", () => {
    expect(extractName("钱家老二钱国栋 东关街平房 院里下水道堵了 13912340001")).toBe("钱国栋");
    expect(extractName("老韩家三小子韩立军 西关那片 路灯不亮 13912340002")).toBe("韩立军");
    const text = "老邓家闺女邓晓云 15612340003 我妈让我问问 暖气什么时候来";
    expect(extractName(text)).toBe("邓晓云");
    expect(phoneOf(text)).toBe("15612340003");
    expect(staffView(text)).not.toContain("邓晓云");
  });

  it("reads no name where the household is someone else's", () => {
    expect(extractName("老韩家那口子又在楼道烧纸，呛得人受不了")).toBeNull();
  });
});

describe("names the writer gives beside someone they write for", () => {
  it("reads the writer's name after who they are to a named person", () => {
    expect(extractName("我是钱永福的外孙女钱佳怡，在外地读书，外公一个人住，我的电话18012340004")).toBe(
      "钱佳怡",
    );
    const text = "我公公摔了 我是他儿媳妇孔玉洁13912340005";
    expect(extractName(text)).toBe("孔玉洁");
    expect(staffView(text)).not.toContain("孔玉洁");
  });

  it("does not take the named relative for the writer", () => {
    expect(extractName("我是南关街9号孟奶奶的孙女，奶奶一个人住，有事打我电话13912340006")).toBeNull();
    expect(extractName("我是东关小区5号楼贺大爷的女儿，我爸住院了，打我电话13912340007")).toBeNull();
  });
});

describe("short names and nicknames the writer goes by", () => {
  it("reads and masks 小 + a name character after where the writer lives", () => {
    const text = "我是东关小区2号楼的小雯～楼下有只猫受伤了，我的电话13912340008";
    expect(extractName(text)).toBe("小雯");
    expect(staffView(text)).not.toContain("小雯");
    expect(extractName("我是楼下的小区住户，电话13912340009")).toBeNull();
  });

  it("reads and masks 老某头, 大某 and 老某 before 我", () => {
    const oldMan = "我老孙头，今年八十了，一个人住，想请人帮忙买菜。";
    expect(extractName(oldMan)).toBe("老孙头");
    expect(staffView(oldMan)).not.toContain("老孙头");
    expect(staffView("我是“西关老郑头”，巷子里的路灯坏了。")).not.toContain("老郑头");
    const big = "工地半夜卸货吵死了。我是大冯，开出租的，手机 136 1234 0010";
    expect(extractName(big)).toBe("大冯");
    expect(staffView(big)).not.toContain("大冯");
    expect(staffView("巷口的垃圾箱满了，老孙我天天路过都闻到，打我电话13912340011")).not.toContain("老孙");
    expect(staffView("老石头底下有个洞，小区的老木头电线杆也倒了")).toBe(
      "老石头底下有个洞，小区的老木头电线杆也倒了",
    );
  });

  it("masks a name joined by a middle dot after 我叫, however short its parts", () => {
    expect(staffView("我叫木沙·马，回族，大家都喊我小马。")).not.toContain("沙·马");
  });

  it("takes no accusation for a nickname", () => {
    expect(extractName("有人在群里说我是小偷，我电话13912340012")).toBeNull();
    expect(extractName("路边小卡片 写着 上门服务 13812340013 谁管")).toBeNull();
  });
});

describe("names in the places only the writer's name stands", () => {
  it("reads a name the writer says is theirs in quotes, or marked as real", () => {
    expect(extractName("有人冒用我的名字“许建华”在群里卖东西，我电话13912340014")).toBe("许建华");
    const real = "我叫春生（真名），住东关小区。活动室被占了。电话：13912340015";
    expect(extractName(real)).toBe("春生");
    expect(staffView(real)).not.toContain("春生");
  });

  it("prefers the full name the writer gives over the agent's form of address", () => {
    expect(extractName("回访总叫我周小姐 我叫周慧敏 不是小姐 路灯修好了 13912340016")).toBe("周慧敏");
  });

  it("reads the landlord's own name and number", () => {
    const text = "我是房东贺建国13912340017 租户在屋里养了几十只鸡 邻居都来找我";
    expect(extractName(text)).toBe("贺建国");
    expect(phoneOf(text)).toBe("13912340017");
    const letter =
      "我是东关小区8号楼的房东，租客把楼道堆满了，我说了也不听。\n房东：邹立华\n电话：13912340018";
    expect(extractName(letter)).toBe("邹立华");
    expect(extractName("租客把楼道堆满了。\n房东：邹立华\n电话：13912340019")).toBeNull();
  });

  it("reads a signature above a labelled number line", () => {
    expect(extractName("Dear officer,\nThe drain near 东关街 is blocked.\nKevin王\nTel: 139 1234 0020")).toBe(
      "Kevin王",
    );
    const letter = "路灯坏了八盏。\n\n——东关小区5号楼 业主\n    戈立新\n    电话13912340021";
    expect(extractName(letter)).toBe("戈立新");
    expect(staffView(letter)).not.toContain("戈立新");
  });

  it("masks a name opening the message before where the writer lives, even an everyday word", () => {
    expect(staffView("金山 东关路 路边树被砍了 电话13912340022")).not.toContain("金山");
    expect(staffView("方圆这边，我是东关小区住户，路灯坏了一大半")).not.toContain("方圆");
    expect(staffView("白天 东关路 一直在施工")).toBe("白天 东关路 一直在施工");
    expect(staffView("柳巷路 海西苑 路灯坏了")).toBe("柳巷路 海西苑 路灯坏了");
    const uncle = "牛大爷反映 东关小区3号楼门禁坏了 电话0351-1234023";
    expect(extractName(uncle)).toBe("牛大爷");
    expect(staffView(uncle)).not.toContain("牛大爷");
  });
});

describe("numbers others gave, called from or posted", () => {
  it("keeps the writer's own number over one they were told to ring", () => {
    expect(
      phoneOf(
        "收到短信说我社保卡要过期，让我打0351-1230024找“人社局王科长”办理。是真的吗？我叫李秀芳，住东关小区，电话13912340025",
      ),
    ).toBe("13912340025");
  });

  it("keeps it over an impostor's or a caller's shown number", () => {
    expect(
      phoneOf(
        "有個自稱「社區主任」的人打電話，號碼是0351-2340026，說要收衛生費。本人陳麗華，手機13712340027。",
      ),
    ).toBe("13712340027");
    expect(
      phoneOf("刚才有电话说是快递理赔，号码显示是0351 7654 028，我没理。我是周红，电话15012340029"),
    ).toBe("15012340029");
  });

  it("keeps it over a number quoted from an advert or a sign", () => {
    expect(
      phoneOf("单元门口张贴的“开锁换锁 13112340030 随叫随到”小广告撕了又贴，我是3号楼的，电话18612340031"),
    ).toBe("18612340031");
    expect(phoneOf("绿化带围起来了，上面挂着“私家菜地 电话13812340032”，这是公共绿地吧")).toBeNull();
    expect(phoneOf("我电话13912340033，小区门口贴着好多小广告")).toBe("13912340033");
  });

  it("gives no callback for the relative of someone written about", () => {
    expect(
      phoneOf("群里转的寻人启事 帮忙找找 刘秀英 女 79岁 今早在东关走失 有消息请联系其女儿15812340036"),
    ).toBeNull();
    expect(phoneOf("我妈走丢了，有消息请联系我15812340037")).toBe("15812340037");
  });

  it("keeps a number followed by an aside on when to ring", () => {
    expect(phoneOf("东关小区楼道灯坏了 13912340034（晚上8点后别打 孩子睡觉）")).toBe("13912340034");
    expect(phoneOf("东关小区楼道灯坏了 13912340035(上午不方便接 下午可以) 孔丽娟")).toBe("13912340035");
  });
});
