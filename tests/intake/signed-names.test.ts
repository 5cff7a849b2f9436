import { describe, it, expect } from "vitest";
import { extractName, readCallback } from "../../src/intake/extract-contact.js";
import { maskPersonalData } from "../../src/intake/mask-personal-data.js";
import { maskFreeText } from "../../src/auth/free-text-mask.js";

// The staff view as the console shows it: the name the reader found is masked wherever it stands.
const staffView = (text: string) => maskFreeText(text, { houseNumbers: true }, [extractName(text)]);

describe("a surname alone", () => {
  // The newest sets' writers count a bare surname as no name; 姓 and the surname, a sentence of its
  // own ending the message, still signs it.
  it("is no name after the number or as the last word", () => {
    expect(extractName("小区东门的路灯坏了一个月了。13912345678 孟")).toBeNull();
    expect(extractName("单元门的闭门器坏了，风一吹就砰砰响。麻烦尽快修，谢谢。孟")).toBeNull();
    expect(extractName("楼道灯不亮好几天了，电话13912345678 谢")).toBeNull();
  });

  it("is read when the writer says 姓 in a sentence of its own at the end", () => {
    expect(extractName("楼道灯不亮好几天了。回复这个号码就行。姓邵")).toBe("邵");
  });
});

describe("a role before the writer's full name", () => {
  it("reads the name after 户主, 考生, 店长 and 团长 before the number or the end", () => {
    expect(extractName("自来水管冻裂了。家住南关街5号，户主邵桂芳，电话13912345678")).toBe("邵桂芳");
    expect(extractName("成绩复核申请一直没人回复，请给个说法。考生孟丽娜")).toBe("孟丽娜");
    expect(extractName("门口施工把店门堵了一周。店长邵晓敏，店里电话0351-7654321")).toBe("邵晓敏");
    expect(extractName("广场晚上不让跳舞了，请社区协调。团长孟秀兰 13912345678")).toBe("孟秀兰");
  });

  it("does not read a role that belongs to someone else", () => {
    expect(extractName("隔壁那家店的店长邵晓敏，电话13912345678")).toBeNull();
    expect(extractName("对方户主邵桂芳，电话13912345678")).toBeNull();
  });

  it("masks the name so read in the staff view", () => {
    expect(staffView("成绩复核申请一直没人回复，请给个说法。考生孟丽娜")).not.toContain("孟丽娜");
  });
});

describe("a name label of the 12345 forms", () => {
  it("reads and masks the name after 诉求人", () => {
    const text = "诉求人：邵桂芳 | 手机：13912345678 | 诉求：小区门口的井盖丢了";
    expect(extractName(text)).toBe("邵桂芳");
    expect(staffView(text)).not.toContain("邵桂芳");
  });
});

describe("a standing before 姓", () => {
  it("reads the surname after the writer's standing", () => {
    expect(extractName("三年级二班的学生家长，姓孟，校门口天天有人卖三无零食")).toBe("孟");
  });
});

describe("a given name of two where only the writer's own name stands", () => {
  it("reads it after 名字叫, 大家都叫我, 我是…啊 and 我是…的", () => {
    expect(extractName("本人名字叫桂芳，姓就不写了，公司两个月没发工资")).toBe("桂芳");
    expect(extractName("大家都叫我秀兰，在菜市场门口卖菜的，摊位被占了")).toBe("秀兰");
    expect(extractName("你好我是丽娜啊，就是南关街修鞋那个，门口的水管漏了")).toBe("丽娜");
    expect(extractName("我是南关街的晓敏，楼上天天半夜拖椅子")).toBe("晓敏");
  });

  it("masks the given name so read in the staff view", () => {
    expect(staffView("大家都叫我秀兰，在菜市场门口卖菜的，摊位被占了")).not.toContain("秀兰");
  });

  it("does not read a standing or an everyday word as a given name", () => {
    expect(extractName("我是小区的业主，楼下天天半夜施工")).toBeNull();
    expect(extractName("我是这里的老人，住了十年，楼道灯一直不亮")).toBeNull();
    expect(extractName("我是南关街的居民，楼下天天半夜施工")).toBeNull();
  });
});

describe("a surname after a number typed in groups", () => {
  it("reads 姓 and the surname after a number typed in groups, not 姓 as part of the name", () => {
    expect(extractName("门口的井盖没了。电话１３９－１２３４－５６７８　姓孟")).toBe("孟");
  });
});

describe("a trade made of name characters", () => {
  it("is no given name after 我是…的", () => {
    expect(extractName("我是西盛家园的保洁，打扫楼道时发现消防栓没水")).toBeNull();
  });
});

describe("names the writer goes by", () => {
  it("reads and masks a nickname signing the message, framed by emoji or a dash", () => {
    const card = "北门的路灯坏了一周，晚上黑得很。\n——🌼朵朵妈妈🌼 139 0351 4477";
    expect(extractName(card)).toBe("朵朵妈妈");
    expect(readCallback(card)?.phone).toBe("13903514477");
    expect(staffView(card)).not.toContain("朵朵");
    expect(extractName("楼下烧烤摊油烟太大了。🌸甜甜姐🌸")).toBe("甜甜姐");
    expect(extractName("楼下烧烤吵死了。——壮壮奶奶")).toBe("壮壮奶奶");
    expect(maskFreeText("小区垃圾站臭得不行。🐱咪咪妈 158****2266", { houseNumbers: true })).not.toContain(
      "咪咪",
    );
  });

  it("keeps a parent who signs by the child's standing nameless", () => {
    expect(extractName("孩子学校门口积水。孩子妈妈 13503517788")).toBeNull();
    expect(extractName("广场舞太吵了，谢谢。——全职妈妈")).toBeNull();
  });

  it("reads a name followed by 这么叫我, one asked for with 叫我…就好, and quoted nicknames", () => {
    expect(extractName("我是阿珍，菜场卖鱼的，大家都这么叫我。菜场的下水道堵了。")).toBe("阿珍");
    expect(extractName("我的网名叫清风，群里都这么叫我。电梯又坏了。")).toBe("清风");
    expect(extractName("我是三号楼的“豆豆妈”，就这么叫我吧。楼道灯不亮。")).toBe("豆豆妈");
    expect(extractName("叫我海燕就行，电话不方便留。路面塌了一个坑。")).toBe("海燕");
    expect(extractName("大家都叫我“开心果”，物业一直不修门禁。")).toBe("开心果");
    expect(extractName("群里的“小太阳”就是我，电话13812345678，垃圾没人收")).toBe("小太阳");
    expect(maskFreeText("我是二单元的兰兰妈妈，楼道里全是小广告", { houseNumbers: true })).toContain("兰***");
    for (const text of [
      "我的网名叫清风，群里都这么叫我。",
      "叫我海燕就行，电话不方便留。",
      "我是三号楼的“豆豆妈”，就这么叫我吧。",
    ])
      expect(maskFreeText(text, { houseNumbers: true })).toMatch(/清\*|海\*|豆\*\*/u);
  });

  it("reads no name from a task the writer is asked to do", () => {
    expect(extractName("叫我签字就行，物业这么说的。")).toBeNull();
    expect(extractName("物业叫我交钱就好，不合理。")).toBeNull();
    expect(maskFreeText("叫我签字就行，物业这么说的。", { houseNumbers: true })).toBe(
      "叫我签字就行，物业这么说的。",
    );
  });
});

describe("names and numbers in other shapes", () => {
  it("reads the name to write, a compound surname with 名, 我小某 and 姓某，先生", () => {
    expect(extractName("本人程美玲的低保卡丢了，名字请写程美玲。电话13803516677")).toBe("程美玲");
    expect(extractName("本人复姓欧阳，名雪梅，白雪的雪。电话13603512211")).toBe("欧阳雪梅");
    expect(extractName("我小娟，13903514455，住桃南一区")).toBe("小娟");
    expect(extractName("我姓孟，先生。电话13903511100，小区门口有坑。")).toBe("孟先生");
    expect(extractName("我以前的网名也叫这个，名字也叫范志刚。电话13503510099")).toBe("范志刚");
  });

  it("reads a number added after 补一下, one after a time and 打, and none inside an e-mail address", () => {
    expect(readCallback("刚才忘了说电话，补一下：138 1234 5678。小区东门积水")?.phone).toBe("13812345678");
    expect(readCallback("3号楼2单元，下午5点以后打13912345678，上午开会接不了。")?.phone).toBe("13912345678");
    expect(readCallback("路灯坏了。结果发我邮箱 13912340000@163.com 就行")).toBeNull();
    expect(readCallback("路灯坏了。邮箱13912340000@qq.com，前面就是我手机号")?.phone).toBe("13912340000");
    expect(readCallback("邮箱是13912340000@163.com，那个号早停了，现在用15834561234。")?.phone).toBe(
      "15834561234",
    );
  });

  it("takes no name the writer says they could not reach, and still masks it", () => {
    const text = "社区网格员程晓燕电话打不通 我自己电话13912345678 我家低保的事";
    expect(extractName(text)).toBeNull();
    expect(staffView(text)).not.toContain("晓燕");
    expect(extractName("网格员小王电话打了三遍没人接，我电话13912345678")).toBeNull();
  });

  it("masks a given name read only beside the number in the text sent to an LLM", () => {
    expect(maskPersonalData("楼道里堆满了杂物，消防通道堵死了。淑芬 13612345678")).not.toContain("淑芬");
  });
});
