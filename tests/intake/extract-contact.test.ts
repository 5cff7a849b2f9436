import { describe, it, expect } from "vitest";
import {
  extractName,
  readCallback,
  transcriptCallback,
  transcriptName,
} from "../../src/intake/extract-contact.js";
import { parseTranscript } from "../../src/intake/parse-transcript.js";
import { extractAddressDetail } from "../../src/intake/extract-address-detail.js";

type Turns = Parameters<typeof transcriptCallback>[0];
// The resident's own number, as the engine keeps it for their profile.
const extractOwnPhone = (text: string, opts: { answering?: boolean } = {}) => {
  const callback = readCallback(text, opts);
  return callback?.for === "self" ? callback.phone : null;
};
const transcriptOwnPhone = (turns: Turns) => {
  const callback = transcriptCallback(turns);
  return callback?.for === "self" ? callback.phone : null;
};
// A number sent in answer to the bot's question for one: how the dialogue reads it.
const extractPhone = (text: string) => extractOwnPhone(text, { answering: true });

describe("a number sent in answer to the bot's phone question", () => {
  it("finds a mobile number and keeps digits only", () => {
    expect(extractPhone("我的电话139-1234-5678，谢谢")).toBe("13912345678");
  });

  it("finds a landline with its area code", () => {
    expect(extractPhone("打0351-7654321找我")).toBe("03517654321");
  });

  it("ignores a house number", () => {
    expect(extractPhone("7号楼3单元501")).toBeNull();
  });
});

describe("phone numbers however they are written", () => {
  it("reads digits a speech-to-text transcript spells out (幺, 两, 洞), grouped or not", () => {
    expect(extractPhone("我手机是幺三八，幺二三四，五六七八")).toBe("13812345678");
    expect(extractPhone("电话一五九零九三一二二三三")).toBe("15909312233");
    expect(extractPhone("号码幺三九洞洞两两三三四四")).toBe("13900223344");
  });

  it("reads digits spaced one by one, dotted, or behind 0086", () => {
    expect(extractPhone("号码是1 3 8 0 0 1 3 8 0 0 0")).toBe("13800138000");
    expect(extractPhone("手机139.0931.2233")).toBe("13909312233");
    expect(extractPhone("手机0086 139 0931 2233")).toBe("13909312233");
    expect(extractPhone("座机(0931)8812345")).toBe("09318812345");
  });

  it("takes no ID, order, amount or date for a phone", () => {
    expect(extractPhone("身份证620102199001011234")).toBeNull();
    expect(extractPhone("工单号20261201000123怎么没人联系")).toBeNull();
    expect(extractPhone("多收了一千三百八十元")).toBeNull();
    expect(extractPhone("2026-12-01 13:00停水")).toBeNull();
  });
});

describe("extractName", () => {
  it("reads a surname from 我姓王", () => {
    expect(extractName("我姓王，住在3号楼")).toBe("王");
  });

  it("reads a full name from 我是李建国", () => {
    expect(extractName("我是李建国，电话13900000000")).toBe("李建国");
  });

  it("reads a polite form such as 王女士", () => {
    expect(extractName("我是桃南一区的王女士，楼顶漏水")).toBe("王女士");
  });

  it("does not take a place for a name", () => {
    expect(extractName("我是路西小区的，路灯坏了")).toBeNull();
  });
});

describe("extractAddressDetail", () => {
  it("reads building, unit and room", () => {
    expect(extractAddressDetail("我住7号楼3单元501，暖气不热")).toBe("7号楼3单元501");
  });
});

describe("extractOwnPhone: only the resident's own number is their contact", () => {
  it("takes a number the resident gives as their own", () => {
    expect(extractOwnPhone("有事打我电话13655556666")).toBe("13655556666");
    expect(extractOwnPhone("我是王建国，电话13912345678，暖气不热")).toBe("13912345678");
    expect(extractOwnPhone("楼下油烟太大，我的手机139 1234 5678")).toBe("13912345678");
  });

  it("leaves a neighbour's or a company's number in the text", () => {
    expect(extractOwnPhone("我家邻居老李天天半夜装修，他电话13700002222")).toBeNull();
    expect(extractOwnPhone("楼上邻居漏水，邻居电话13700002222")).toBeNull();
    expect(extractOwnPhone("物业电话0351-7654321一直没人接")).toBeNull();
  });

  it("takes a bare number that opens or ends a message, as a signature; one in the middle only as an answer", () => {
    expect(extractOwnPhone("路灯坏了13912345678")).toBe("13912345678");
    expect(extractOwnPhone("13912345678 王姐 西盛家园暖气不热")).toBe("13912345678");
    expect(extractOwnPhone("路灯坏了13912345678都说了好几次")).toBeNull();
    expect(extractOwnPhone("路灯坏了13912345678都说了好几次", { answering: true })).toBe("13912345678");
    expect(extractOwnPhone("13912345678", { answering: true })).toBe("13912345678");
    expect(extractOwnPhone("打我儿子电话13900001111", { answering: true })).toBeNull();
  });

  it("takes a contact number offered for the report, unless a third party was just named", () => {
    expect(extractOwnPhone("西盛家园路灯坏了，联系电话13912345678")).toBe("13912345678");
    expect(extractOwnPhone("联系电话：139-1234-5678，西盛家园路灯坏了")).toBe("13912345678");
    expect(extractOwnPhone("对门邻居老李，联系电话13700002222")).toBeNull();
    expect(extractOwnPhone("西盛家园楼下餐馆油烟太大，联系电话13912345678")).toBe("13912345678");
    // A clause that complains about a neighbour does not make the next number theirs; one that
    // ends with them or names them does.
    expect(extractOwnPhone("楼下那家天天吵，电话13912345678")).toBe("13912345678");
    expect(extractOwnPhone("施工队负责人姓刘，电话13700002222")).toBeNull();
  });

  it("takes a number after a bare phone label, as a form's field, unless a third party was just named", () => {
    expect(extractOwnPhone("路灯坏了 电话：186 0931 2233")).toBe("18609312233");
    expect(extractOwnPhone("电话：138-1234-5678（微信同号）")).toBe("13812345678");
    expect(extractOwnPhone("这家店电话13700002222一直打不通")).toBeNull();
  });

  it("reads 我是…社区的 as the writer saying who they are, not as the community's number", () => {
    expect(extractOwnPhone("我是路西社区的，电话是一三九零九三一五五六六，楼下垃圾没人收")).toBe(
      "13909315566",
    );
    expect(extractOwnPhone("社区网格员小张，电话13700002222")).toBeNull();
  });

  it("reads whose a number is from the words after it", () => {
    expect(extractOwnPhone("公厕坏了好几天，15293190853（本人手机）")).toBe("15293190853");
    expect(extractOwnPhone("+86 186-0931-7702 这是我电话，停车位被卖了")).toBe("18609317702");
    expect(extractOwnPhone("面馆油烟排到我家阳台，打了店里电话0931-8426631没人接")).toBeNull();
    expect(extractOwnPhone("我家阳台对着面馆，0931-8426631一直打不通")).toBeNull();
  });

  it("takes a number beside the name the writer signs with, and a number asked to be called on", () => {
    expect(extractOwnPhone("想要一根助行拐杖，家住桃南一区。苏老师 191 7500 3441")).toBe("19175003441");
    expect(extractOwnPhone("油烟太大，请回复或致电0931-8814143")).toBe("09318814143");
    expect(extractOwnPhone("物业收费不合理，打这个号8145878就行")).toBe("8145878");
    expect(extractOwnPhone("【联系人】姜大妈\n【联系电话】0931-8160159")).toBe("09318160159");
    expect(extractOwnPhone("垃圾没人拉 V信/电话:17797312054 小孟")).toBe("17797312054");
  });

  it("takes no bank card or order number for a phone", () => {
    expect(extractOwnPhone("退费说打到我卡上，卡号6228 2433 3203 3027 854，一直没到账")).toBeNull();
    expect(extractOwnPhone("我的运单号8145878查不到")).toBeNull();
  });

  it("picks the resident's number out of a message that also names the neighbour's", () => {
    expect(extractOwnPhone("邻居电话13700002222，我电话13911112222")).toBe("13911112222");
  });
});

describe("extractName from forms, signatures and sign-offs", () => {
  it("reads a form's contact field and a letter's signature line", () => {
    expect(extractName("姓名：郭立新\n联系电话：13900001111\n诉求：楼道灯坏了")).toBe("郭立新");
    expect(extractName("【联系人】老汪\n【联系电话】0931-8000000")).toBe("老汪");
    expect(extractName("……恳请解决。\n此致 敬礼\n反映人：蒋文斌\n2026年12月1日")).toBe("蒋文斌");
    expect(extractName("联系人：Lily 电话：13900001111")).toBe("Lily");
  });

  it("reads a sign-off at the end of a message", () => {
    expect(extractName("路灯坏了一个礼拜了 ——韩建军")).toBe("韩建军");
    expect(extractName("请尽快解决。\n曹玉兰 敬上")).toBe("曹玉兰");
    expect(extractName("井盖丢了，太危险了。秦师傅")).toBe("秦师傅");
    expect(extractName("垃圾没人清（潘姐）")).toBe("潘姐");
    expect(extractName("我是海西苑的刘小军，饭馆油烟太大")).toBe("刘小军");
  });

  it("reads two-character surnames, a standing before the name and a bracket after it", () => {
    expect(extractName("联系人：上官婉清 电话：13900001111")).toBe("上官婉清");
    expect(extractName("我是六号楼业主贺志远，电梯又停了")).toBe("贺志远");
    expect(extractName("投诉人：严冬梅（退休职工），诉求：垃圾站太臭")).toBe("严冬梅");
    expect(extractName("署名：龚建平")).toBe("龚建平");
  });

  it("reads a name given with 本人：, after 我， and before 反映 or at the end after a standing", () => {
    expect(extractName("本人：邱德福，男，68岁，住海西苑")).toBe("邱德福");
    expect(extractName("我，侯建军，住在水库街12号院，反映暖气问题")).toBe("侯建军");
    expect(extractName("业主尹志强反映：车库漏水")).toBe("尹志强");
    expect(extractName("楼下烧烤太吵，谢谢！—— 居民覃晓红")).toBe("覃晓红");
    expect(extractName("我们是沿街的住户和商户，围挡占了人行道")).toBeNull();
  });

  it("takes no everyday word for a sign-off", () => {
    expect(extractName("路灯坏了，麻烦尽快，谢谢")).toBeNull();
    expect(extractName("我是西盛家园的业主，电梯坏了")).toBeNull();
  });

  it("takes the full name after 免贵姓, and in a call the form the agent addresses the caller by", () => {
    expect(extractName("免贵姓白，白建军")).toBe("白建军");
    expect(extractName("我姓卢，叫卢秀芝，楼上天天漏水")).toBe("卢秀芝");
    const turns = parseTranscript("坐席：您贵姓？\n来电人：我姓赵。\n坐席：好的赵女士，您的电话？")!.turns;
    expect(transcriptName(turns)).toBe("赵女士");
    const full = parseTranscript(
      "坐席：好的，戴建华先生，您的电话是？\n来电人：幺三九零九三一五五六六",
    )!.turns;
    expect(transcriptName(full)).toBe("戴建华");
    const surnameFirst = parseTranscript("来电人：我姓戴。\n坐席：戴建华先生您好")!.turns;
    expect(transcriptName(surnameFirst)).toBe("戴建华");
  });
});

describe("extractName and third parties", () => {
  it("does not take a neighbour's name for the resident's", () => {
    expect(extractName("我家邻居王大爷天天在楼道堆垃圾")).toBeNull();
  });
});

describe("transcriptOwnPhone: the callback number in a hotline call", () => {
  const phoneOf = (text: string) => transcriptOwnPhone(parseTranscript(text)!.turns);

  it("takes the caller's answer to the agent's question, spoken digits and all", () => {
    expect(phoneOf("坐席：请问您的联系电话？\n来电人：幺三九，零九三一，五五六六")).toBe("13909315566");
  });

  it("lets a correction win, keeps the first of two numbers otherwise", () => {
    expect(
      phoneOf(
        "坐席：您的手机号码？\n来电人：幺三八 幺二三四 五六七八……不对，那是我老伴的，我的是幺五九 零九三一 二二三三",
      ),
    ).toBe("15909312233");
    expect(
      phoneOf("坐席：留个电话。\n来电人：幺三九零九三一五五六六，打不通的话打幺五九零九三一二二三三"),
    ).toBe("13909315566");
    expect(phoneOf("坐席：您的联系电话？\n来电人：幺三九，零九三一，五五六六，不对，后四位是七七八八")).toBe(
      "13909317788",
    );
  });

  it("takes the agent's read-back once the caller confirms it", () => {
    expect(
      phoneOf(
        "坐席：联系电话是？\n来电人：幺五九……嗯……三幺四七……那个……两零零六\n坐席：幺五九三幺四七两零零六，对吗？\n来电人：对。",
      ),
    ).toBe("15931472006");
    expect(
      phoneOf(
        "坐席：回访打哪个号？\n来电人：打家里座机，八幺六七八幺幺\n坐席：我重复一遍，8167811。\n来电人：对对对。",
      ),
    ).toBe("8167811");
  });

  it("takes no number the caller gives for someone else, nor the agent's own numbers", () => {
    expect(phoneOf("坐席：您好，工号幺零二三为您服务。\n来电人：物业电话13700002222一直没人接")).toBeNull();
  });
});

describe("readCallback: a relative's number given to be called on", () => {
  it("takes a relative's number when the writer gives none of their own, and says whose it is", () => {
    expect(readCallback("我年纪大了手机不会弄，有事打我女儿电话13800661195")).toEqual({
      phone: "13800661195",
      for: "relative",
    });
    expect(readCallback("老伴的电话：13609318257，我的手机坏了，有事打她的。老郑")).toEqual({
      phone: "13609318257",
      for: "relative",
    });
    expect(extractOwnPhone("有事打我女儿电话13800661195")).toBeNull();
  });

  it("prefers the writer's own number to a relative's", () => {
    expect(readCallback("有事打我儿子电话13900001111，我电话13911112222")).toEqual({
      phone: "13911112222",
      for: "self",
    });
  });

  it("never takes a neighbour's, a shop's or the property's number, nor one that does not answer", () => {
    expect(readCallback("对门邻居老李，电话13700002222")).toBeNull();
    expect(readCallback("面馆油烟排到我家阳台，打了店里电话0931-8426631没人接")).toBeNull();
    expect(readCallback("你们可以联系楼长老赵，电话15772479054，他知道情况")).toBeNull();
    expect(readCallback("我女儿电话13800661195一直打不通")).toBeNull();
  });

  it("reads a hotline caller's relative's number as the callback", () => {
    const turns = parseTranscript(
      "坐席：留个联系电话？\n来电人：我不会用手机，打我儿子的，幺三九零九三一五五六六",
    )!.turns;
    expect(transcriptCallback(turns)).toEqual({ phone: "13909315566", for: "relative" });
    expect(transcriptOwnPhone(turns)).toBeNull();
  });
});

describe("numbers and names read from contact-fresh2's misses", () => {
  it("a letter's signature with the number and then the date", () => {
    const text = "恳请有关部门帮助协调。\n谢谢！\n姚文华 09318699216\n2026.11.22";
    expect(extractOwnPhone(text)).toBe("09318699216");
    expect(extractName(text)).toBe("姚文华");
    expect(extractOwnPhone("此致敬礼！\n部分业主\n联系电话：1837 5380 541\n2026.11.7")).toBe("18375380541");
  });

  it("a mobile standing alone between clauses, a name before its number, a call-me word", () => {
    expect(extractOwnPhone("垃圾桶满了三天没人拉，苍蝇乱飞 196 6833 4000 麻烦尽快来看看")).toBe(
      "19668334000",
    );
    expect(extractOwnPhone("想申请居家养老服务。宋先生电话19160026766，或者132.3760.8147")).toBe(
      "19160026766",
    );
    expect(extractOwnPhone("警察说不归他们管，请回电19856883544")).toBe("19856883544");
    expect(extractOwnPhone("本机号码不常用，请打186 509 65002联系")).toBe("18650965002");
    expect(extractOwnPhone("窗户都不敢开。联系我：81719175")).toBe("81719175");
  });

  it("a third party's number that does not answer, and the writer's own shop line", () => {
    expect(
      extractOwnPhone(
        "你们可以联系物业的刘主任，电话151-4931-8795，可一直不接。我的电话+86 15802736452，杜女士",
      ),
    ).toBe("15802736452");
    expect(extractOwnPhone("我是开小卖部的。我店里电话0931-8471620，手机13519046378")).toBe("09318471620");
  });

  it("a country code in brackets, a finished sentence about a third party before a bare number", () => {
    expect(extractOwnPhone("地下室常年积水 | 手机：(+86)16637199859 | 姓名：韩师傅")).toBe("16637199859");
    expect(extractOwnPhone("单号GD20261222215，说是转到社区了  联系方式：4384828  反映人：夏爱华")).toBe(
      "4384828",
    );
    expect(extractOwnPhone("单号GD20261114754，说是转到社区了 零九三一八五八八一一二")).toBe("09318588112");
    expect(extractOwnPhone("楼下面馆的老板 13700002222")).toBeNull();
  });

  it("names: 叫我小周, a name opening the message, not 本人于…", () => {
    expect(extractName("叫我小周就行")).toBe("小周");
    expect(extractName("Tony：水库街的公厕门坏了关不上")).toBe("Tony");
    expect(extractName("本人于西盛路购买的商品房\n此致\n敬礼！\n孟先生\n2026年12月2日")).toBe("孟先生");
  });

  it("a hotline number read out over several turns, and a question left open while the caller looks", () => {
    const phoneOf = (text: string) => transcriptOwnPhone(parseTranscript(text)!.turns);
    expect(
      phoneOf(
        "坐席：您电话多少\n来电人：幺七六\n坐席：嗯嗯\n来电人：三七三三\n坐席：嗯 您说\n来电人：零五零五",
      ),
    ).toBe("17637330505");
    expect(
      phoneOf(
        "坐席：您的联系电话是多少\n来电人：我看一下啊 这个新换的号我记不住\n坐席：好的不着急\n来电人：幺四五五六五五八五二幺",
      ),
    ).toBe("14556558521");
  });
});

describe("names after a standing, a role or 叫, and shops' lines", () => {
  it("reads the writer's name after their standing or role", () => {
    expect(extractName("退休职工邵志强反映：楼道灯坏了一个月")).toBe("邵志强");
    expect(extractName("楼道堆满杂物。联系人：楼委会主任 邵志强，电话0931-8652417")).toBe("邵志强");
    expect(extractName("本人系退休医生姜某，就小区停车一事反映如下")).toBe("姜某");
    expect(extractName("我是社区的志愿者小秦，路口的灯坏了")).toBe("小秦");
    expect(extractName("暖气不热。居民代表 葛文斌\n电话 0931-8652417")).toBe("葛文斌");
    expect(extractName("我是业主，叫葛文斌，车位被占了")).toBe("葛文斌");
    expect(extractName("我是学生家长葛太太，校门口太乱")).toBe("葛太太");
  });

  it("reads a name in traditional script and gives it back as written", () => {
    expect(extractName("聯繫電話：（0931）8652 417，店主鄭先生")).toBe("鄭先生");
  });

  it("takes no addressee, trade or everyday word for the writer's name", () => {
    expect(extractName("恳请领导重视，请求主任明察。")).toBeNull();
    expect(extractName("早上看到环卫阿姨在扫地，辛苦了")).toBeNull();
    expect(extractName("反映暖气不热 联系我 177 0931 2288（白天打）")).toBeNull();
  });

  it("in a call, takes the agent's form of address after a two-character surname, and a bare answer to 姓名", () => {
    expect(
      transcriptName([
        { speaker: "caller", text: "你好，我姓司马" },
        { speaker: "agent", text: "司马女士您好" },
      ]),
    ).toBe("司马女士");
    expect(
      transcriptName([
        { speaker: "agent", text: "好的，您的姓名" },
        { speaker: "caller", text: "郝玉蘭" },
      ]),
    ).toBe("郝玉蘭");
  });

  it("reads a shop's line as the writer's when they said the shop is theirs, not when they complain about it", () => {
    expect(readCallback("巷口路面坏了。我在巷口开面馆，电话是（0931）8-652-417，找老板娘就行")).toEqual({
      phone: "09318652417",
      for: "self",
    });
    expect(readCallback("在一家面馆吃完拉肚子，店里电话 0931-8652417 打了几次都不接")).toBeNull();
    expect(readCallback("路口的灯坏了。我是旁边面馆的，有事打店里 8652417。")).toEqual({
      phone: "8652417",
      for: "self",
    });
    expect(readCallback("请联系我：177/0931/2288，谢谢")).toEqual({ phone: "17709312288", for: "self" });
  });

  it("takes the number a writer sends after correcting the first", () => {
    expect(readCallback("井盖松了。我电话15209314466\n号码写错了，是15209314646，麻烦回电")).toEqual({
      phone: "15209314646",
      for: "self",
    });
    expect(readCallback("电话152 0931 4466，刚才发错了，看这条：15209314646 小葛")).toEqual({
      phone: "15209314646",
      for: "self",
    });
  });

  it("reads two phones joined by a slash as two numbers, and a number read out in three parts", () => {
    expect(readCallback("联系电话：152-0931-4466/177-0931-2288（前面那个打不通打后面的）")).toEqual({
      phone: "15209314466",
      for: "self",
    });
    expect(readCallback("我的电话 152 后面是 0931 再后面是 4466，葛先生")).toEqual({
      phone: "15209314466",
      for: "self",
    });
  });
});

describe("names standing alone, spelt out, and callbacks named a clause away", () => {
  it("reads a name that opens the message before who and where the writer is", () => {
    expect(extractName("魏建红，南湖巷3号，水管爆了")).toBe("魏建红");
    expect(extractName("姚立新反映：菜场门口污水横流")).toBe("姚立新");
    expect(extractName("老童在此，说个事：路灯不亮")).toBe("老童");
    expect(extractName("萧红梅，六十八岁，住东关")).toBe("萧红梅");
  });

  it("reads a name on its own line and a name right before a number", () => {
    expect(extractName("楼道灯坏了一个月\n卫东升\n电话：13512340987")).toBe("卫东升");
    expect(extractName("垃圾没人收，苍蝇很多。贝晓琪，手机13698765432")).toBe("贝晓琪");
    expect(extractName("洪文斌 ☎ 15011223344")).toBe("洪文斌");
  });

  it("takes no sentence opener, trade or place for a name standing alone", () => {
    expect(extractName("周末，楼上一直在装修")).toBeNull();
    expect(extractName("马上，我们这边就要停水了，电话13512340987")).toBeNull();
    expect(extractName("文庙巷\n水管爆了")).toBeNull();
    expect(extractName("施工，电话13512340987")).toBeNull();
    expect(extractName("钱我给，帮忙买一下")).toBeNull();
  });

  it("reads the name after how the surname is written, in Cantonese and as a given name", () => {
    expect(extractName("我姓何（人可何），何秀英，家里停电了")).toBe("何秀英");
    expect(extractName("我姓阎，阎王的阎，阎立本。电话13911112222")).toBe("阎立本");
    expect(extractName("我係黎嘉欣，樓下好嘈")).toBe("黎嘉欣");
    expect(extractName("大家都叫我阿芬，我在菜场卖鱼")).toBe("阿芬");
    expect(extractName("住我对门的邓老师家在装修，我叫钮海燕")).toBe("钮海燕");
  });

  it("in a call, reads the name from an answer that also says how it is written", () => {
    const asked = (answer: string) =>
      transcriptName([
        { speaker: "agent", text: "请问您怎么称呼？" },
        { speaker: "caller", text: answer },
        { speaker: "agent", text: "好的，先生" },
      ]);
    expect(asked("邹德海，左边一个刍的邹")).toBe("邹德海");
    expect(asked("章，立早章，章国平")).toBe("章国平");
    expect(asked("上官，复姓，上官敏")).toBe("上官敏");
    // The caller names the mother they call for, not themselves.
    expect(
      transcriptName([
        { speaker: "agent", text: "老人家怎么称呼？" },
        { speaker: "caller", text: "她姓龚，龚秀珍，她耳朵不好" },
      ]),
    ).toBeNull();
  });

  it("reads a relative's number given a clause or two after the writer asks to reach them", () => {
    expect(readCallback("我耳背，联系我儿子吧，他电话13711112222")).toEqual({
      phone: "13711112222",
      for: "relative",
    });
    expect(readCallback("你们打我二女儿，她叫齐芳，电话13722223333")).toEqual({
      phone: "13722223333",
      for: "relative",
    });
    expect(readCallback("姓名：汤桂兰\n联系电话（儿子）：13733334444")).toEqual({
      phone: "13733334444",
      for: "relative",
    });
  });

  it("takes the writer's number, not one said to be someone else's or given up", () => {
    expect(extractOwnPhone("包工头姓温，手机13811112222，现在也不接。我的电话13922223333")).toBe(
      "13922223333",
    );
    expect(extractOwnPhone("我有两个号，13811112222这个快停用了，你们打13922223333吧")).toBe("13922223333");
    expect(extractOwnPhone("门上贴的广告电话是13811112222，是办证的")).toBeNull();
    expect(extractOwnPhone("你们之前打来的那个号码是0931-8123456吧？我的是13922223333")).toBe("13922223333");
    expect(extractOwnPhone("店老板的手机我有，是13811112222。")).toBeNull();
    expect(extractOwnPhone("菜场的水沟堵了。打139 2222 3333找我")).toBe("13922223333");
  });

  it("joins a mobile's last four digits written apart, and reads a form's phone line as the writer's", () => {
    expect(extractOwnPhone("我是宁静，手机139 2222，后四位是3333")).toBe("13922223333");
    expect(extractOwnPhone("反映人：孟凡\n被反映人：某公司经理吕某\n电话：139-2222-3333")).toBe(
      "13922223333",
    );
  });

  it("reads a spouse named without 我, a pronoun's clause before the number, and a number begun then given whole", () => {
    expect(readCallback("我在外地出差，有事请打老伴的 13519 27 4408")).toEqual({
      phone: "13519274408",
      for: "relative",
    });
    expect(readCallback("有事打我爱人电话，他上午在家：13688889999")).toEqual({
      phone: "13688889999",
      for: "relative",
    });
    expect(extractOwnPhone("我电话137-0931-？？不对，137-0931-5566，邱先生")).toBe("13709315566");
    expect(extractOwnPhone("路灯坏了。电话：幺38 9三1六 0四5二")).toBe("13893160452");
  });

  it("takes no phone reported as a scammer's, a WeChat id said not to be a phone, or a tax or meter number", () => {
    expect(extractOwnPhone("有人冒充社区打电话给我，号码是 0931-8123-456，让我转账")).toBeNull();
    expect(extractOwnPhone("我微信号是13911112222（不是手机号），微信联系")).toBeNull();
    expect(extractOwnPhone("店的税号91620102MA7K3T9L5X，怎么办转企")).toBeNull();
    expect(extractOwnPhone("电表走得太快。表号 0931004781625")).toBeNull();
  });

  it("takes no phone from a bank card grouped in fours or an account number", () => {
    expect(extractOwnPhone("我的卡号6222 0213 0458 8262 193被多扣了钱")).toBeNull();
    expect(extractOwnPhone("燃气户号8107 3645 92，要换表")).toBeNull();
  });
});

describe("the writer's name and number in forms the fifth contact set showed, in other words", () => {
  it("reads a name right after a bare 我, and no date word as one", () => {
    expect(extractName("我戴晓梅住桃南一区，垃圾站太臭了")).toBe("戴晓梅");
    expect(extractName("水管又爆了。我老贺，电话见上")).toBe("老贺");
    expect(extractName("喂，我武建平，我家暖气不热")).toBe("武建平");
    expect(extractName("我于今年，搬到海西苑")).toBeNull();
    expect(extractName("我车停在新城公寓门口被刮了")).toBeNull();
    expect(extractName("我和丈夫住在海西苑，楼上漏水")).toBeNull();
  });

  it("reads a name opening the message before a standing, a trade or a compound like 一区", () => {
    expect(extractName("贺春生，低保户，家里屋顶漏雨，电话13912340001")).toBe("贺春生");
    expect(extractName("钟丽华，开早餐店的，门口的井盖松了")).toBe("钟丽华");
    expect(extractName("鲍雪梅 桃南二区 楼道灯坏了，网格员小吕电话我也没有")).toBe("鲍雪梅");
  });

  it("reads a name in pinyin or English, a given name before an emoji, and after a dash and a compound", () => {
    expect(extractName("wo shi Zhou Min, zhu zai Haixi Yuan, lu deng huai le")).toBe("Zhou Min");
    expect(extractName("Chen Hao here, the bins at Luxi have not been emptied")).toBe("Chen Hao");
    expect(extractName("小婷 🌙 海西苑：楼下烧烤店太吵")).toBe("小婷");
    expect(extractName("楼道灯坏了一个月。\n—— 桃南一区 老薛\n电话13912340002")).toBe("老薛");
    expect(extractName("我係鄭家明，住喺海西苑")).toBe("鄭家明");
  });

  it("takes no neighbour, owner, reported person or official by post for the writer", () => {
    expect(extractName("小区里的车被砸了，车主是8楼的韩先生。")).toBeNull();
    expect(extractName("对门的孔阿姨好几天没出门了，我有点担心")).toBeNull();
    expect(extractName("联系人：蔡女士 不对 我是蔡女士的楼下 她家漏水到我家了")).toBeNull();
    expect(extractName("我要投诉一个人，叫窦家伟，在菜市场门口占道")).toBeNull();
    expect(extractName("街道的葛书记让我来反映，路灯坏了。葛书记电话13912340003")).toBeNull();
  });

  it("takes the writer's number after a finished sentence about a neighbour, or in a signature apart", () => {
    expect(extractOwnPhone("楼上的狗天天叫，邻居姓柏。联系电话13912340004")).toBe("13912340004");
    expect(extractOwnPhone("钱秀云 女 海西苑 楼道堆满了纸箱 物业经理叫孟凡 不管 13912340005")).toBe(
      "13912340005",
    );
    expect(
      extractOwnPhone("对面饭店的老板姓郝，电话我有：13912340006，但他不接。我自己电话13912340007"),
    ).toBe("13912340007");
  });

  it("joins a mobile's head and last four given apart, whichever comes first", () => {
    expect(extractOwnPhone("我的手机前7位是1953820，后四位是1188，漏发了")).toBe("19538201188");
    expect(extractOwnPhone("我手机是139 0931。5566是后四位。")).toBe("13909315566");
  });

  it("reads a relative's number named by 他 or in Cantonese, and no licence or reported person's number", () => {
    expect(readCallback("这个号是我外孙的，他的电话是13912340008，找他就行")).toEqual({
      phone: "13912340008",
      for: "relative",
    });
    expect(readCallback("你哋打俾我阿妈啦，电话13912340009")).toEqual({
      phone: "13912340009",
      for: "relative",
    });
    expect(extractOwnPhone("我开小卖部的，营业执照号码92620102MA7K3T9L5X，联系方式：13912340010")).toBe(
      "13912340010",
    );
    expect(extractOwnPhone("我要投诉一个司机，叫田大勇，开黑车，电话是13912340011")).toBeNull();
  });

  it("in a call, takes a number offered over turns and read back, and not one the agent asks of someone else", () => {
    const offered = parseTranscript(
      "话务员：您好。\n来电人：我的手机后面是五五六六。\n来电人：前面是幺三九零九三幺。\n话务员：13909315566。\n来电人：对。路灯坏了。",
    )!;
    expect(transcriptOwnPhone(offered.turns)).toBe("13909315566");
    const other = parseTranscript(
      "话务员：您好。\n来电人：物业不给修电梯。\n话务员：您的电话多少？\n来电人：一三九幺二三四零零幺二。\n话务员：物业经理的电话您有吗？\n来电人：有，一三九幺二三四零零幺三，你们找他。",
    )!;
    expect(transcriptOwnPhone(other.turns)).toBe("13912340012");
  });
});

describe("surnames and names the sixth contact set showed, in other words", () => {
  it("reads a surname given in a clause of its own when the clause before is the writer's", () => {
    expect(extractName("我是双塔小区的保洁员，姓廉，楼道里的灭火器被人拿走了。")).toBe("廉");
    expect(extractName("我家就在菜市场后面，姓籍，垃圾站的味道太大了")).toBe("籍");
    expect(extractName("我在水库街开了个修车铺。姓薄，手机 139 1234 0101")).toBe("薄");
    expect(extractName("路灯坏了半个月了。电话13912340102，姓宁")).toBe("宁");
    expect(extractName("我姓伏，伏天的伏，西山路的井盖丢了")).toBe("伏");
  });

  it("leaves a surname that belongs to someone else", () => {
    expect(extractName("我妈一个人住，她姓岳，家里水管漏了。有事打我13912340103")).toBeNull();
    expect(extractName("楼上住户姓黄，天天半夜拖椅子")).toBeNull();
    expect(extractName("我邻居，姓樊，他家的狗天天叫")).toBeNull();
    expect(extractName("物业经理住3栋，姓柯，电话不接")).toBeNull();
  });

  it("takes the name after 我叫 even when it is also an everyday word or no common surname", () => {
    expect(extractName("我叫秋菊，住桃南二区，楼下烧烤店的油烟太大")).toBe("秋菊");
    expect(extractName("你好我叫雪梅。小区门口的路灯不亮")).toBe("雪梅");
    expect(extractName("my English is poor. 我叫 Chen Wei，住西盛路")).toBe("Chen Wei");
    expect(extractName("我叫物业来看过了，还是漏水")).toBeNull();
    expect(extractName("我叫了好几次，保安不开门")).toBeNull();
  });

  it("reads the caller's name from a 12345 record's 来电人 field, a letter's 执笔 and 联系：", () => {
    expect(extractName("楼下的变压器嗡嗡响。联系：司马文 13912340108")).toBe("司马文");
    expect(extractName("联系：办公室 13912340109")).toBeNull();
    expect(extractName("来电人：柴晓东\n来电号码：13912340104\n诉求：路口红绿灯不亮。")).toBe("柴晓东");
    expect(extractName("全体住户联名反映（执笔：阎桂芝，电话13912340105）：电梯三个月没修好。")).toBe(
      "阎桂芝",
    );
  });
});

describe("a caller's surname alone and a staff record's 来电人 line", () => {
  it("takes the surname alone given in answer to 贵姓, unless a full name follows", () => {
    const alone = parseTranscript(
      "坐席：您好。\n来电人：路灯坏了。\n坐席：您贵姓？\n来电人：祁。\n坐席：电话？\n来电人：一三九。",
    )!;
    expect(transcriptName(alone.turns)).toBe("祁");
    const spelt = parseTranscript(
      "坐席：您好。\n来电人：井盖丢了。\n坐席：您贵姓？\n来电人：姓阚，门字里一个敢。",
    )!;
    expect(transcriptName(spelt.turns)).toBe("阚");
    const full = parseTranscript("坐席：您贵姓？\n来电人：陈，耳东陈，陈玉兰。")!;
    expect(transcriptName(full.turns)).toBe("陈玉兰");
    const other = parseTranscript("坐席：老人家贵姓？\n来电人：姓邵。")!;
    expect(transcriptName(other.turns)).toBeNull();
  });

  it("reads the caller of a record that opens with its 来电人 field, in either script", () => {
    const record = parseTranscript("来电人：鲍文静\n联系电话：139 1234 0106\n诉求内容：楼道灯不亮。")!;
    expect(transcriptName(record.turns)).toBe("鲍文静");
    const traditional = parseTranscript(
      "來電人：錢國華\n來電號碼：13912340107\n反映內容：路燈壞了。\n坐席：已記錄。",
    )!;
    expect(transcriptName(traditional.turns)).toBe("錢國華");
    expect(extractName("來電人：錢國華\n來電號碼：13912340107\n反映內容：路燈壞了。")).toBe("錢國華");
    const spoken = parseTranscript("来电人：喂你好\n坐席：您好请讲。\n来电人：路灯坏了。")!;
    expect(transcriptName(spoken.turns)).toBeNull();
  });
});

describe("names outside the surname list and rarer surnames", () => {
  it("takes a name of any characters where the slot holds only a name, and nothing else there", () => {
    expect(extractName("德吉央宗，13912340201，小区门口的垃圾桶满了三天没人收")).toBe("德吉央宗");
    expect(extractName("单元门的门禁坏了，谁都能进。巴特尔，139 1234 0202")).toBe("巴特尔");
    expect(extractName("楼后的路灯全灭了，古丽娜 住3号楼，晚上不敢出门")).toBe("古丽娜");
    expect(extractName("哈斯 来自海西苑 楼道里的消防栓没水")).toBe("哈斯");
    expect(extractName("13912340203 格桑。楼顶的太阳能漏水")).toBe("格桑");
    expect(extractName("我是吉日嘎拉，西盛家园的业主，车库门坏了")).toBe("吉日嘎拉");
    // The same slots holding an account, a place or a standing give no name.
    expect(extractName("电费户号13912340204，这个月电费多扣了两百")).toBeNull();
    expect(extractName("我是业主，海西苑的业主，物业乱收费")).toBeNull();
    expect(extractName("水库街这边，路面塌了个坑。13912340205")).toBeNull();
  });

  it("reads 我叫 with four characters, dotted names, 阿 nicknames and the classical compound surnames", () => {
    expect(extractName("我叫古丽米拉，住路西小区，楼下餐馆油烟太大")).toBe("古丽米拉");
    expect(extractName("联系人：热依拉·买买提\n电话：13912340206")).toBe("热依拉·买买提");
    expect(extractName("路口的红绿灯不亮了，艾尔肯·吐尔逊反映")).toBe("艾尔肯·吐尔逊");
    expect(extractName("【热心邻居·阿梅】小区的健身器材坏了")).toBe("阿梅");
    expect(extractName("阿伟反映：桥下的积水一直不退")).toBe("阿伟");
    expect(extractName("阿英这边，电话13912340207。楼上漏水")).toBe("阿英");
    expect(extractName("公冶明，13912340208，小区的监控全坏了")).toBe("公冶明");
    expect(extractName("我是呼延大哥，在文庙巷住了三十年")).toBe("呼延大哥");
    expect(extractName("我姓仉（读zhǎng），叫我仉阿姨就行，楼道灯坏了")).toBe("仉阿姨");
    expect(extractName("门口的井盖丢了。Chen Ming 13912340209")).toBe("Chen Ming");
    expect(extractName("Name: Zhao Lei\n小区停水两天了")).toBe("Zhao Lei");
    expect(extractName("桥下的路灯不亮。—— Sun Li")).toBe("Sun Li");
  });
});

describe("readCallback: a writer who writes for someone else", () => {
  it("keeps the writer's own number after an aside saying who they are to that person", () => {
    expect(readCallback("我外婆家的水管冻裂了，有事联系我（她外孙女）13912340301")?.phone).toBe(
      "13912340301",
    );
    expect(readCallback("老人家不识字，回访请打我(他侄子)13912340302")?.phone).toBe("13912340302");
  });

  it("takes a relative or carer named without 我 when the writer asks to be reached through them", () => {
    expect(readCallback("我没有手机，麻烦联系儿子13912340303。路灯坏了")).toEqual({
      phone: "13912340303",
      for: "relative",
    });
    expect(readCallback("家里护工的电话13912340304，白天她在。楼道扶手松了")).toEqual({
      phone: "13912340304",
      for: "relative",
    });
    expect(readCallback("奶奶耳背，请打给照顾老人的保姆王姐13912340305")).toEqual({
      phone: "13912340305",
      for: "relative",
    });
    // A third party complained about keeps their number.
    expect(readCallback("楼上那家的儿子天天半夜唱歌，他电话13912340306也不接")?.phone).not.toBe(
      "13912340306",
    );
  });
});

describe("people the writer asks the centre to call, and numbers that are no callback", () => {
  it("takes a building head's, a neighbour's or a grandparent's number the writer asks to be called on", () => {
    const cases: [string, string][] = [
      ["我耳背，有事请打我们单元长老刘的电话13588761234，他会告诉我。楼道灯坏了。", "13588761234"],
      ["联系人：楼长钱卫国 15305719876，我们楼的化粪池满了。", "15305719876"],
      ["我替邻居反映，邻居孙阿姨电话13867091234，请直接联系她，她家水管漏了。", "13867091234"],
      ["我妈住在城西，外婆的电话0571-88611234，有事请打给外婆家座机。", "057188611234"],
      ["村里的组长老黄说，有事就打他电话13606811234，我家门口路塌了。", "13606811234"],
    ];
    for (const [text, phone] of cases) expect(readCallback(text), text).toEqual({ phone, for: "relative" });
  });

  it("leaves the number of a company, or of a person only complained about", () => {
    for (const text of [
      "物业经理电话13912341234，你们打过去问问他为什么不修。",
      "有事打物业电话13912341234也没人管，楼道堆满杂物。",
      "邻居张阿姨电话13812341234，她天天在楼道烧纸。",
    ])
      expect(readCallback(text), text).toBeNull();
  });

  it("prefers a later number the record asks to be called back on, in a message and in a call", () => {
    const record =
      "来电人：蒋先生 联系电话：18806571234 备注：来电人要求回电拨打其女儿电话13606541234 反映：路灯不亮。";
    expect(readCallback(record)).toEqual({ phone: "13606541234", for: "relative" });
    expect(transcriptCallback(parseTranscript(record)!.turns)).toEqual({
      phone: "13606541234",
      for: "relative",
    });
    // A fallback is no such request: the writer's own number stays first.
    expect(readCallback("我电话13812345678，打不通的话打我女儿13912345678。")).toEqual({
      phone: "13812345678",
      for: "self",
    });
  });

  it("takes no number abroad and no run of digits too long for a phone", () => {
    expect(readCallback("我在国外，号码+1 4155551234，你们打不通吧？那就打我女儿，13916671234。")).toEqual({
      phone: "13916671234",
      for: "relative",
    });
    expect(readCallback("我电话是138 1234 56789，丁女士。")).toBeNull();
    expect(readCallback("手机号码是一五八 二三四 五六 七八 九洞。")).toBeNull();
  });

  it("reads 要 or 腰 as a spoken one only where a mobile's ten more digits follow", () => {
    expect(readCallback("电话要八 五 二 七 洞 九 六 三 四 幺，我儿子的号", { answering: true })?.phone).toBe(
      "18527096341",
    );
    expect(readCallback("我要八个人来帮忙，电话13812345678")?.phone).toBe("13812345678");
  });
});

describe("names written in other ways", () => {
  it("reads an English given name beside a Chinese surname, either way round", () => {
    expect(extractName("Hello，我是Kevin 刘，住文庙巷，路灯坏了。电话17721341234")).toBe("Kevin 刘");
    expect(extractName("刘Kevin here，楼下烧烤油烟太大。call me 13524091234")).toBe("刘Kevin");
    expect(extractName("公交站牌倒了。Amy 陈 电话13345671234")).toBe("Amy 陈");
    expect(extractName("Hi 王，你好，路灯不亮")).toBeNull();
  });

  it("reads 鄙人 and 在下, and a given name told apart from the surname", () => {
    expect(extractName("鄙人孙建业，住桃南一区，小区门口的路灯坏了。")).toBe("孙建业");
    expect(extractName("在下姓司马，单名一个亮。路口红绿灯坏了。")).toBe("司马亮");
    expect(extractName("我姓黄，名叫志强，电话13812345678")).toBe("黄志强");
  });

  it("reads a name typed a character at a time, and nothing from spaced ordinary words", () => {
    expect(extractName("本人 周 雅 琴，楼下的下水道堵了。")).toBe("周雅琴");
    expect(extractName("我叫 赵　文　斌（住户），路面塌陷。")).toBe("赵文斌");
    expect(extractName("路 灯 不 亮 了")).toBeNull();
  });

  it("takes the form of address a caller gives in answer to the agent's question", () => {
    const turns = (text: string) => parseTranscript(text)!.turns;
    expect(
      transcriptName(
        turns("坐席：您怎么称呼？来电人：我姓邱。坐席：邱先生是吧？来电人：邱奶奶！我都七十了。坐席：好的。"),
      ),
    ).toBe("邱奶奶");
    expect(
      transcriptName(
        turns("坐席：请问贵姓？来电人：叫我小鲁吧。坐席：鲁先生还是鲁女士？来电人：鲁女士。坐席：好的。"),
      ),
    ).toBe("鲁女士");
    // A nickname the caller asked to be called by stays, whatever the agent then says.
    expect(transcriptName(turns("坐席：怎么称呼您？来电人：喊我老符就行。坐席：好的符先生，您说。"))).toBe(
      "老符",
    );
  });
});

describe("callbacks on someone else when the writer has no phone, and numbers that are no callback", () => {
  const callback = (text: string) => readCallback(text);
  it("takes the number of the person the writer asks to be called on after saying they have none", () => {
    expect(
      callback(
        "我住柳巷路平房，院里的水管冻裂了。我没有手机，你们打我们院的刘大哥电话13612345670，他会喊我。",
      ),
    ).toEqual({
      phone: "13612345670",
      for: "relative",
    });
    expect(callback("我腿脚不便，也不会用手机，你们找楼长孙姐吧，她住我对门：15812345670")).toEqual({
      phone: "15812345670",
      for: "relative",
    });
    // Without the words about having no phone, a building head's number stays theirs.
    expect(callback("楼长孙姐的电话15812345670一直打不通。")).toBeNull();
  });

  it("reads relatives named in more words: an aunt, a brother asked for with 致电, 其女儿 in a record", () => {
    expect(callback("我在外地上学，奶奶家停电了，麻烦联系我小姨，她离得近：13712345670。")?.for).toBe(
      "relative",
    );
    expect(callback("我妈住双塔小区，她腿不好。请致电我哥哥，他在本地：13912345670。")).toEqual({
      phone: "13912345670",
      for: "relative",
    });
    expect(callback("联系电话：来电人要求回电至其儿子手机13812345670")).toEqual({
      phone: "13812345670",
      for: "relative",
    });
    expect(callback("号码是我爸的，他晚上在家：15912345670")).toEqual({
      phone: "15912345670",
      for: "relative",
    });
  });

  it("takes no mobile's head for a number, and the local number after it", () => {
    expect(callback("小区门口积水。我手机是1391234，剩下的想不起来了。")).toBeNull();
    expect(
      transcriptCallback(
        parseTranscript(
          "坐席：您电话？来电人：一三九一二三四五，后面忘了，你打我单位吧，零三五幺 六六二八 七一三。",
        )!.turns,
      ),
    ).toEqual({ phone: "03516628713", for: "self" });
  });

  it("takes no mobile typed in groups with a digit too many, nor one the agent reads back too long", () => {
    expect(callback("楼道灯坏了。我的电话是139 1234 5678 9。")).toBeNull();
    expect(
      transcriptCallback(
        parseTranscript(
          "坐席：您的电话？来电人：幺三八 幺二三 四五六 七八九。坐席：138 1234 5678 9？来电人：对。",
        )!.turns,
      ),
    ).toBeNull();
    // Digits typed one at a time, and a number with a floor after it, stay a mobile.
    expect(callback("电话1 3 9 1 2 3 4 5 6 7 8，谢谢")?.phone).toBe("13912345678");
    expect(callback("我电话13912345678 3号楼的")?.phone).toBe("13912345678");
  });

  it("reads 拐 as 7 and an area code given after a local number", () => {
    expect(callback("电话：幺三拐，两二四洞，五五拐八")?.phone).toBe("13722405578");
    expect(callback("家里座机八六二 七三 九四，区号零三五幺。")?.phone).toBe("03518627394");
  });
});

describe("names beside a nickname, in two scripts, and names that are someone else's", () => {
  it("takes the full name the writer gives beside their nickname", () => {
    expect(extractName("我是单元长老贾，3单元的楼道灯全坏了。有事联系我，贾文斌 13812345670。")).toBe(
      "贾文斌",
    );
    expect(extractName("我是菜市场管理员小郝，郝建国，市场后门的下水道冒水了。")).toBe("郝建国");
    // A nickname with no full name beside it stays.
    expect(extractName("我是楼长老贾，楼道灯全坏了。")).toBe("老贾");
  });

  it("takes a Chinese name given after an English one, and a surname with an English name opening a message", () => {
    expect(extractName("我叫Amy，中文名叫方晓雯，住在海西苑。")).toBe("方晓雯");
    expect(extractName("李Jack，在西山路开面馆，门口的雨水井堵了。")).toBe("李Jack");
  });

  it("reads a spaced name of three after 我 叫, and skips a child's name before 的妈妈", () => {
    expect(extractName("我 叫 钱 红 霞，家里停水了。")).toBe("钱红霞");
    expect(extractName("我叫邹雨桐的爸爸，哦不，我叫邹伟，学校门口的路灯不亮。")).toBe("邹伟");
  });

  it("takes the caller's own form of address after the agent's bare one", () => {
    const turns = parseTranscript(
      "坐席：您贵姓？来电人：我姓韦。坐席：韦先生。来电人：韦大爷，我都八十了。坐席：好的韦大爷，您说。",
    )!.turns;
    expect(transcriptName(turns)).toBe("韦大爷");
  });
});

describe("a full name after the surname, a record's caller, a name with its surname said beside it", () => {
  it("takes the full name a caller gives after the surname, spelt out or stammered", () => {
    const spelt = parseTranscript(
      "坐席：请问您怎么称呼？来电人：我姓程，不是成功的成，是禾口程，程丽君。坐席：程女士您好，您说。",
    )!.turns;
    expect(transcriptName(spelt)).toBe("程丽君");
    const stammered = parseTranscript(
      "坐席：您叫什么？来电人：我叫何。坐席：何先生，全名方便吗？来电人：何……何志强吧。",
    )!.turns;
    expect(transcriptName(stammered)).toBe("何志强");
    // A surname alone stays the agent's form of address.
    const bare = parseTranscript("坐席：您贵姓？来电人：姓何。坐席：何先生，电话？")!.turns;
    expect(transcriptName(bare)).toBe("何先生");
  });

  it("reads a 12345 record's caller field with its number field on the same line, under a heading", () => {
    const turns = parseTranscript(
      "受理记录\n来电人：孟小云  来电号码：15287095513\n被反映人：社区保安吕某\n事由：来电人称保安吕某说话难听。",
    )!.turns;
    expect(transcriptName(turns)).toBe("孟小云");
  });

  it("reads a name with its surname in brackets, a name said again after 就是, and a name after an aside", () => {
    expect(extractName("反映人：蓝天（姓蓝）\n问题：路灯不亮。")).toBe("蓝天");
    expect(extractName("我叫李明，不是明天的明，是名字的名，就是李名。电话19702638154")).toBe("李名");
    expect(extractName("我爸叫孙振业，有事请联系我（他女儿）孙萌 13308714426")).toBe("孙萌");
  });

  it("reads a given name after 我是 before where the writer lives, a name before 这边反映, a Latin name opening", () => {
    expect(extractName("我是秋菊，住在文庙巷，巷口的路灯坏了。")).toBe("秋菊");
    expect(extractName("我是业主，住在3栋，电梯坏了。")).toBeNull();
    expect(extractName("我是回族，在清真寺旁边住，门口积水。")).toBeNull();
    expect(extractName("李海这边反映个事，路口红绿灯不亮。")).toBe("李海");
    expect(extractName("Wang Fang, living at 西盛路 3号. The pipe burst.")).toBe("Wang Fang");
  });
});

describe("names in a bracketed sign-off, after a label's colon, after a kin word; others' posts; corrections", () => {
  it("reads a name and number signed in square brackets, and a name after 我： or a reporter's label", () => {
    expect(extractName("楼道的灯不亮三天了。【吴小梅 15803417762】")).toBe("吴小梅");
    expect(readCallback("楼道的灯不亮三天了。【吴小梅 15803417762】")).toEqual({
      phone: "15803417762",
      for: "self",
    });
    expect(extractName("对面饭馆老板：13355201874。我：邹静 18603427751")).toBe("邹静");
    expect(extractName("路口护栏倒了。上报人：韩冬 手机 18836027715")).toBe("韩冬");
  });

  it("reads a given name after 我是 before the number, not a standing or an owner", () => {
    expect(extractName("等了半年没回音。我是谭雪，电话：177 2093 1186")).toBe("谭雪");
    expect(extractName("我是车主，电话17720931186，车被刮了")).toBeNull();
  });

  it("reads the writer's name after the word for who they are to the person written for", () => {
    expect(extractName("我外婆家的水管冻裂了，请联系我，我是她外孙邓超，18935520467。")).toBe("邓超");
  });

  it("reads a carer's full form after her surname, and takes no one's name from a reported post", () => {
    expect(extractName("老人腿脚不便。我是她家的保姆，姓孔，孔姐，电话13995126603。")).toBe("孔姐");
    expect(extractName("工地负责人潘某电话13671429905，一直不接。")).toBeNull();
    expect(extractName("我们是这条街的商户，路灯不亮。电话：0931-8620 551，店主陶先生")).toBe("陶先生");
  });

  it("signs as the child's parent without a name, keeping the number as the writer's", () => {
    expect(extractName("食堂的饭菜太差了，孩子吃不饱。学生家长 13309315528")).toBeNull();
    expect(readCallback("食堂的饭菜太差了，孩子吃不饱。孩子爸爸 13309315528")).toEqual({
      phone: "13309315528",
      for: "self",
    });
  });

  it("takes the surname the writer corrects to, and the agent's corrected form of address", () => {
    expect(extractName("叫我梁大姐就行。不对不对，我不姓梁，我姓柴，柴大姐。")).toBe("柴大姐");
    const turns = parseTranscript(
      "坐席：您贵姓？来电人：姓潘。坐席：潘先生，电话？来电人：我是女的。坐席：抱歉，潘女士，电话多少？来电人：13709317452。",
    )!.turns;
    expect(transcriptName(turns)).toBe("潘女士");
  });

  it("reads a given name alone after the number that closes the message, not a time or a number read out", () => {
    expect(extractName("楼下烧烤太吵了。电话13993127705，丽娟")).toBe("丽娟");
    expect(extractName("楼下烧烤太吵了。电话13993127705，晚上打")).toBeNull();
    expect(extractName("楼下烧烤太吵了。电话一三九 九三一二 七七零五")).toBeNull();
  });
});

describe("callback numbers: which of several, and which are none", () => {
  const phone = (text: string) => readCallback(text)?.phone ?? null;

  it("keeps a landline whose extension follows it", () => {
    expect(phone("楼道灯坏了一周了，没人修 0931-7654321转18")).toBe("09317654321");
    expect(phone("工单\n来电人：孔女士\n来电号码：0931-87651234 分机 302\n诉求：楼道灯不亮")).toBe(
      "093187651234",
    );
  });

  it("reads an English 'call me at' before a number with a country prefix", () => {
    expect(phone("The bins on our lane are overflowing. Please call me at +86 139 1234 5678. Tom")).toBe(
      "13912345678",
    );
  });

  it("takes the second number when the writer says to call that one", () => {
    expect(phone("我两个手机，15011112222信号不好，打这个：18622223333。钱女士")).toBe("18622223333");
    expect(phone("我店里座机0931-8123456，我的手机你们记一下 13544445555")).toBe("13544445555");
    expect(phone("联系电话：0931 8765 4321、手机186 1111 2222（手机优先）")).toBe("18611112222");
    expect(phone("我号码换了，以前的13700001111停了，新的是13900002222")).toBe("13900002222");
  });

  it("takes the writer's own number after one given for someone else", () => {
    expect(phone("培训班老师姓吴，电话13011112222。我的电话：15022223333")).toBe("15022223333");
    expect(phone("路口围挡上留了联系人电话13677778888。——居民 卫国平 13899990000")).toBe("13899990000");
  });

  it("takes the corrected number after 不是…，是…", () => {
    expect(phone("刚才号码写错了，不是13612345678，是13612345687。楼下下水道堵了")).toBe("13612345687");
  });

  it("reads no callback from a parcel code, a quoted sign or a number the writer only has", () => {
    expect(phone("我的包裹单号 SF0093145678123 一直没送到")).toBeNull();
    expect(phone("墙上贴着“管道疏通 联系人：张工 13855556666”，天天贴小广告")).toBeNull();
    expect(phone("那个卖菜的摊主姓魏，电话我有：15866667777，他天天占道")).toBeNull();
  });

  it("takes the later number a caller says to call in one answer to the agent", () => {
    const turns: Turns = [
      { speaker: "agent", text: "您的联系电话？" },
      { speaker: "caller", text: "我单位座机0931-8234567，我的手机你记一下，139 8765 4321，打手机吧。" },
    ];
    expect(transcriptCallback(turns)).toEqual({ phone: "13987654321", for: "self" });
  });

  it("reads the helper named to be called back on as a relative's number", () => {
    expect(readCallback("我眼睛不好，这是外孙女替我发的，回电话打她的：13344445555")).toEqual({
      phone: "13344445555",
      for: "relative",
    });
  });
});

describe("a callback number not written as one run of digits", () => {
  it("reads a mobile told with its last four digits first", () => {
    expect(extractOwnPhone("路灯坏了，尾号6413，前面是150 2207")).toBe("15022076413");
  });

  it("reads a mobile spelt out in English words", () => {
    expect(
      extractOwnPhone(
        "The street light is out. Call me on one five zero double two oh seven six four one three.",
      ),
    ).toBe("15022076413");
  });
});

describe("names read by their make-up where only the writer's name can stand", () => {
  it("reads a full name opening the message before a space, a mark or a colon", () => {
    expect(extractName("许秀芳 我们楼下的垃圾一直没人清")).toBe("许秀芳");
    expect(extractName("孟国栋，男，70岁，住西盛花园，想问养老补贴")).toBe("孟国栋");
    expect(extractName("周家豪：请问居住证在哪里办")).toBe("周家豪");
    expect(extractName("陳志明 我們小區的路燈壞了半個月")).toBe("陳志明");
  });

  it("reads a name of two opening the message before a full stop or a colon", () => {
    expect(extractName("林静。138 0000 1111。菜市场门口积水")).toBe("林静");
  });

  it("reads the name right after 我 or 我是 where no pause follows it", () => {
    expect(extractName("我郑淑英。我腿脚不好，想问问助餐的事")).toBe("郑淑英");
    expect(extractName("我韩梅呀，上次打过电话说漏水")).toBe("韩梅");
    expect(extractName("我是邓桂兰我们小区停电一整天了")).toBe("邓桂兰");
  });

  it("reads 姓某名某 as one name, and a post the writer once held as theirs", () => {
    expect(extractName("我是陈峰，不是山峰的峰哈，是姓陈名峰")).toBe("陈峰");
    expect(extractName("我原来是街道的孙主任，现在退休了，院里路灯坏了")).toBe("孙主任");
  });

  it("takes no everyday word, place or someone's household as the writer's name", () => {
    for (const text of [
      "文明，从我做起，楼道请勿堆物",
      "平安，是最大的幸福",
      "金华，是我老家",
      "高峰时段这条路堵得走不动",
      "石磊建材店门口堆满沙子",
      "他姓王名建国，是楼上的租户",
    ])
      expect(extractName(text)).toBeNull();
    expect(extractName("楼上刘老师家的狗一直叫，我跟刘老师说过。电话13800001111")).toBeNull();
  });
});

describe("callback numbers after the writer's opening name, and agents' questions that offer the caller's own", () => {
  it("reads the number after the name opening the message as the writer's, a post or not", () => {
    expect(extractOwnPhone("孙师傅，电话13912345678，门口垃圾站太臭")).toBe("13912345678");
    expect(extractOwnPhone("邻居老李，电话13912345678，他家漏水")).toBeNull();
  });

  it("reads a number in brackets in a sender's header", () => {
    expect(extractOwnPhone("文博（电话13912345678）：孩子上学要什么证明？")).toBe("13912345678");
  });

  it("takes no number a business's line is said to be in English", () => {
    expect(
      extractOwnPhone("The shop blocks the exit. Property office number is 0351-6608812 but nobody answers."),
    ).toBeNull();
  });

  it("reads the answer to an agent who offers the caller's own number or addresses them by their post", () => {
    const choice: Turns = [
      { speaker: "caller", text: "我叫孙丽，在西山路开了个水果店，门口积水" },
      { speaker: "agent", text: "店里电话还是您手机" },
      { speaker: "caller", text: "店里座机没人接，打我手机，幺三九幺二三四五六七八" },
    ];
    expect(transcriptOwnPhone(choice)).toBe("13912345678");
    const post: Turns = [
      { speaker: "caller", text: "我是物业的孙经理，门口路挖开了" },
      { speaker: "agent", text: "孙经理电话" },
      { speaker: "caller", text: "幺三九幺二三四五六七八" },
    ];
    expect(transcriptOwnPhone(post)).toBe("13912345678");
    const someoneElse: Turns = [
      { speaker: "caller", text: "我家门口路挖开了" },
      { speaker: "agent", text: "物业孙经理电话您有吗" },
      { speaker: "caller", text: "幺三九幺二三四五六七八" },
    ];
    expect(transcriptOwnPhone(someoneElse)).toBeNull();
  });

  it("reads the number after a reply word and 我是 and a post", () => {
    const turns: Turns = [
      { speaker: "caller", text: "我叫孙丽，我替楼里几户反映，暖气不热" },
      { speaker: "agent", text: "联系人就是您吗" },
      { speaker: "caller", text: "对我是楼长，电话幺三九幺二三四五六七八" },
    ];
    expect(transcriptOwnPhone(turns)).toBe("13912345678");
  });
});

describe("names written for their sound, restated names and signatures (contact15)", () => {
  it("reads a name written for its sound after the writer's place or standing", () => {
    expect(extractName("我是在菜场卖干果的艾力江，摊位被占了，电话13912345678")).toBe("艾力江");
    expect(extractName("我是东城小区的住户其其格，楼道灯坏了。电话13912345678")).toBe("其其格");
    expect(extractName("我是河西小区的业主，叫帕丽达·艾山，垃圾没清，电话13912345678")).toBe("帕丽达·艾山");
    expect(extractName("河道有死鱼。联系人：娜迪拉（维吾尔族）电话：13912345678")).toBe("娜迪拉");
    // Words spelt with the same characters are no person.
    expect(extractName("我是跑马拉松的，路上有坑")).toBeNull();
  });

  it("reads a name after 我叫 of up to five characters, with a compound surname or a middle dot", () => {
    expect(extractName("路灯坏了。我叫阿依努尔古，电话13912345678")).toBe("阿依努尔古");
    expect(extractName("我叫司空明，住河西小区")).toBe("司空明");
    expect(extractName("我叫帕提古丽·吾不都，楼下噪音大")).toBe("帕提古丽·吾不都");
    expect(extractName("我叫了救护车，电话13912345678")).toBeNull();
  });

  it("reads a clause opening with 叫 after the writer said who they are, surname list or not", () => {
    expect(extractName("我是每天在河边钓鱼的，叫秋生，护栏断了，电话13912345678")).toBe("秋生");
    expect(extractName("在菜场卖肉，叫阿强就行，电话13912345678")).toBe("阿强");
    expect(extractName("我是楼上的，叫救护车了")).toBeNull();
    expect(extractName("我是开小卖部的，叫人来修，电话13912345678")).toBeNull();
  });

  it("reads the full name said after the surname, and the full form after a short one", () => {
    expect(extractName("我姓卜，叫卜凡，电话13912345678")).toBe("卜凡");
    expect(extractName("我姓东方，东方月。电话13912345678")).toBe("东方月");
    // Surnames outside the list: the full name said right after confirms them.
    expect(extractName("我姓訾，叫訾明，电话13912345678")).toBe("訾明");
    expect(extractName("我姓南郭，南郭月。电话13912345678")).toBe("南郭月");
    expect(extractName("我姓苏，苏州的苏。电话13912345678")).toBe("苏");
    expect(extractName("我叫建军，姓钟，钟建军。电话13912345678")).toBe("钟建军");
    expect(extractName("我叫 Mike，迈克·约翰逊，我家门口灯坏了")).toBe("迈克·约翰逊");
  });

  it("reads signatures: 谨上, a name with who they are in brackets, 名字 as a label, a trade the writer holds", () => {
    expect(extractName("小区门口的树倒了，望速处理。司徒振邦 谨上 电话13912345678")).toBe("司徒振邦");
    expect(extractName("楼道堆满杂物。\n\n张明（小区保洁员）\n手机13912345678")).toBe("张明");
    expect(extractName("说好了修路灯，到现在没修，电话13912345678，名字沈玉兰")).toBe("沈玉兰");
    expect(extractName("我是小区保安钱师傅，有人乱停车，电话13912345678")).toBe("钱师傅");
  });

  it("reads Latin names with an apostrophe or of three words", () => {
    expect(extractName("My name is Liam O'Brien, the street light is broken.")).toBe("Liam O'Brien");
    expect(extractName("我是外国人，名字叫 Nguyen Van Minh（阮文明），房租问题。")).toBe("Nguyen Van Minh");
  });

  it("reads a name written for its sound answering the agent, but not a surname spelt by its parts", () => {
    const turns: Turns = [
      { speaker: "caller", text: "我是送快递的，河边有个坑没盖。" },
      { speaker: "agent", text: "您的姓名？" },
      { speaker: "caller", text: "扎西多吉，藏族，扎西是名字。" },
      { speaker: "agent", text: "扎西先生，电话？" },
      { speaker: "caller", text: "一三九一二三四五六七八。" },
    ];
    expect(transcriptName(turns)).toBe("扎西多吉");
    const spelt: Turns = [
      { speaker: "agent", text: "您贵姓？" },
      { speaker: "caller", text: "贾，西贝贾。" },
    ];
    expect(transcriptName(spelt)).toBe("贾");
  });
});

describe("which number is asked for, and a shop's number given to reach the writer (contact15)", () => {
  it("keeps the number the callback words stand before, not a later one past it", () => {
    expect(extractOwnPhone("路灯坏了。回电请打：13912345678；家里座机：0351-7654321。")).toBe("13912345678");
  });

  it("does not take a shop's number the writer asks to be reached through", () => {
    expect(readCallback("我腿脚不便，有事请打我家楼下便利店的电话13912345678，老板会叫我。")).toBeNull();
    expect(extractOwnPhone("我在对面开便利店，电话13912345678，门口路灯坏了")).toBe("13912345678");
  });
});

describe("a role before the name, a short form then the full one, a child's parent", () => {
  it("reads a full name right after a role the writer holds, listed or known by how it ends", () => {
    expect(extractName("我是南城中学的门卫室管理员钱志刚，住在桂园小区。小区门口的路灯坏了。")).toBe(
      "钱志刚",
    );
    expect(extractName("我是市场街的快递站站长黄俊，小区里的车乱停。")).toBe("黄俊");
    expect(extractName("我是一名货车司机，名叫孔海峰，路口的井盖松了。")).toBe("孔海峰");
  });

  it("reads a standing and a full name opening the message, or before 执笔 / 代表", () => {
    expect(extractName("老党员马国强，东苑小区3号楼。楼下有人烧垃圾。")).toBe("马国强");
    expect(extractName("此信由退休教师吴淑兰执笔。河边的护栏断了。")).toBe("吴淑兰");
    expect(extractName("楼长陶秀珍代表全楼说一下：楼道灯不亮。")).toBe("陶秀珍");
  });

  it("takes the full name said after a nickname or a titled form of the same surname", () => {
    expect(extractName("我是菜场修鞋的严师傅，严振东。门口的污水溢出来了。13512345678")).toBe("严振东");
    expect(extractName("我是在菜场卖菜的老孟，孟国栋，电话13512345678")).toBe("孟国栋");
    // Not a place or a household that starts with the surname.
    expect(extractName("我是物业的王师傅，王府井那边的店也归我们管。")).toBe("王师傅");
    expect(extractName("我是小区的老李，李家的狗天天叫。")).toBe("老李");
    expect(extractName("我是老周，周末总有人在楼下唱歌。")).toBe("老周");
  });

  it("reads a child's parent naming themselves, and a name given in a field with 家 in it", () => {
    expect(extractName("我是孩子妈妈，梁雪。学校门口没有斑马线。")).toBe("梁雪");
    expect(extractName("居民信息 聯繫人：鄭家豪，手機：18600001111")).toBe("鄭家豪");
  });

  it("reads the caller's name said again after 不是, a stammered surname, or the surname given later", () => {
    expect(extractName("坐席：您好。\n市民：我叫田红，不是，田鸿，鸿雁的鸿。")).toBe("田鸿");
    expect(extractName("坐席：请问姓名？\n市民：我叫邱……邱丽萍。")).toBe("邱丽萍");
    expect(extractName("坐席：您好。\n市民：我叫春生。\n坐席：您姓什么？\n市民：姓潘，潘春生。")).toBe(
      "潘春生",
    );
  });

  it("does not take a person brought in with a measure word, and reads a letter dated by month and day", () => {
    expect(
      extractName(
        "你好：\n我们楼下住着一位孤寡的老太太，叫孙桂香，最近没见她出门。请社区去看看。\n赵丽娟\n3月5日晚",
      ),
    ).toBe("赵丽娟");
    expect(extractName("我想说一个事，那个人叫李强，天天在楼下喝酒。\n钱红梅\n十一月二日")).toBe("钱红梅");
  });
});

describe("extractName: dialect first persons, real names, a role before the name (contact17)", () => {
  it("reads 俺 as 我 and Cantonese 嘅 as 的, but not 咱 as a group", () => {
    expect(extractName("俺是卖煎饼的孙玉兰，楼道灯坏了两个礼拜 13512345678")).toBe("孙玉兰");
    expect(extractName("俺叫牛大壮，电话13612345678")).toBe("牛大壮");
    expect(extractName("我係住舊廠宿舍嘅陳伯，水管爆咗")).toBe("陳伯");
    expect(extractName("咱社区的李建国书记很负责")).toBeNull();
    expect(extractName("我系好安全带再说")).toBeNull();
  });

  it("takes the name said to be the real one over a nickname or the agent's form", () => {
    expect(extractName("大家都叫我煎饼李，真名叫李振华，摊位被收了")).toBe("李振华");
    expect(extractName("我是阿花（真名何丽萍），房东不退押金")).toBe("何丽萍");
    expect(extractName("坐席：您贵姓\n市民：我姓史，历史的史，名字就叫史诗\n坐席：史先生您说")).toBe("史诗");
    expect(extractName("他的真名叫周振国，天天在楼下喝酒")).toBeNull();
  });

  it("reads what the writer is, then their name, after 我是", () => {
    expect(extractName("我是骑手宋文博，小区不让进")).toBe("宋文博");
    expect(extractName("我是城南小区的租户方晓燕，热水器坏了")).toBe("方晓燕");
    expect(extractName("我是仓库保管老蒋，门口堵了")).toBe("老蒋");
    expect(extractName("我是中学老师。操场的灯不亮")).toBeNull();
    expect(extractName("我是城西市场的摊主葛亮，电话13812345678")).toBe("葛亮");
    expect(extractName("我是东门小区的蔡桂兰老太太，电话0351-1234567")).toBe("蔡桂兰");
    expect(extractName("我是物业公司保洁主管老曹，垃圾站满了")).toBe("老曹");
    expect(extractName("我是市民，方便的话回个电话")).toBeNull();
    expect(extractName("我是王建国的邻居，他家漏水")).toBeNull();
    expect(extractName("咱老百姓孙德明就想知道，这路啥时候修好")).toBe("孙德明");
    expect(extractName("我一个普通市民黄雅琴，想问问公交改线")).toBe("黄雅琴");
  });

  it("reads a name field holding an everyday word made of name characters, and 我是举报人's number", () => {
    expect(extractName("投诉人：江山。小区门口积水")).toBe("江山");
    expect(extractName("联系人：白天打我电话")).toBeNull();
    const text = "上次说好的事一直没办。我是举报人钱志明，电话：一三九，一二三四，五六七八";
    expect(extractName(text)).toBe("钱志明");
    expect(readCallback(text)).toEqual({ phone: "13912345678", for: "self" });
  });

  it("reads 老X头 opening the message, 老X before 住, a name after a question, and 叫我X嫂就行", () => {
    expect(extractName("老赵头我八十了，楼下烧烤太吵")).toBe("老赵头");
    expect(extractName("我是老刘头，楼下垃圾没人收")).toBe("老刘头");
    expect(extractName("老刘头疼，楼下太吵了")).toBeNull();
    expect(extractName("我老钱住5楼，楼上漏水，电话13712345678")).toBe("老钱");
    expect(extractName("楼道堆满杂物谁来管管？孙玉兰")).toBe("孙玉兰");
    expect(extractName("我是独居老人，要办什么手续？南门巷")).toBeNull();
    expect(extractName("楼梯扶手断了 儿子帮我发的 石振山")).toBe("石振山");
    expect(extractName("楼梯扶手断了。文庙巷")).toBeNull();
    expect(extractName("我係派件嘅，見到個阿婆跌低咗，叫佢唔應")).toBeNull();
    expect(extractName("叫我马嫂就行，菜市场太脏")).toBe("马嫂");
    expect(extractName("Report: bins overflowing at gate 3")).toBeNull();
  });

  it("does not take someone described by what they do as the writer", () => {
    expect(extractName("快递小哥马师傅天天把包裹扔门口，电话13812345678")).toBeNull();
    expect(extractName("学校的老师吴老师收费，这合规吗")).toBeNull();
    expect(extractName("我们楼卖菜的老马大爷人很好")).toBeNull();
    expect(extractName("我是物业保安王师傅，车库漏水")).toBe("王师傅");
    expect(extractName("小区的保洁员黄阿姨很负责，表扬一下")).toBeNull();
  });
});

describe("nicknames, retyped names, bare surnames signing and names in two scripts", () => {
  it("reads a nickname the writer asks to be called by, ended by 就行, an emoji or the number", () => {
    expect(extractName("我是她孙女，叫我小雯就行，电话13912340000")).toBe("小雯");
    expect(extractName("单元门坏了 叫我豆豆爸🐼 电话 13700001111")).toBe("豆豆爸");
    expect(extractName("路灯不亮。昵称 胖虎🐯，电话13600002222")).toBe("胖虎");
    expect(extractName("井盖没了🙏 我是小鱼🐟 13500003333")).toBe("小鱼");
    expect(extractName("大家都叫我阿豪就行，楼道灯坏了")).toBe("阿豪");
  });

  it("does not read what someone tells the writer to do as a nickname", () => {
    expect(extractName("物业叫我填个表就行，这合理吗")).toBeNull();
    expect(extractName("叫我下楼吧，我腿脚不好")).toBeNull();
    expect(extractName("我是她女婿，叫我回电话就行：13611110000")).toBeNull();
    expect(extractName("你们叫我老百姓就行，名字不留了")).toBeNull();
  });

  it("reads a Latin name after a clause-opening 叫", () => {
    expect(extractName("我在这里租房，叫 Omar，电话 15500004444")).toBe("Omar");
  });

  it("takes the name the writer gives after saying they typed it wrong", () => {
    expect(extractName("上一条名字打成了“周斌”，是周彬，文质彬彬的彬。电话13800005555")).toBe("周彬");
    expect(extractName("联系人：韩雪，电话13900006666。名字写错了，应该是韩雪梅。")).toBe("韩雪梅");
    expect(extractName("报修人姓名我写成了“曹丽”，其实是曹莉。")).toBe("曹莉");
  });

  it("reads a surname alone signing after a dash, a standing or before the number", () => {
    expect(extractName("路口红绿灯坏了两天了。—— 蔡")).toBe("蔡");
    expect(extractName("菜场门口污水横流。——退休工人 韩")).toBe("韩");
    expect(extractName("地下车库渗水。业主 唐 13800007777")).toBe("唐");
    expect(extractName("电梯异响。业主代表：冯 / 13900008888")).toBe("冯");
    expect(extractName("楼梯扶手松了。电话：一三九零零零零九九九九 姓钟")).toBe("钟");
    expect(extractName("门口堵了。物业电话 13800000000 找王")).not.toBe("王");
  });

  it("signs with a description of the writer before 的 and the name", () => {
    expect(extractName("广场舞太吵了 —— 住三楼的小蔡 📞13700009999")).toBe("小蔡");
  });

  it("prefers the Chinese name written beside a pinyin one, not a foreign name's gloss", () => {
    expect(extractName("我叫 Zhou Min（周敏），电话 13600001234")).toBe("周敏");
    expect(extractName("我叫 Wu Lei / 吴磊，电话 13600001235")).toBe("吴磊");
    expect(extractName("我叫Kitty，英文名，中文叫林琳 13600001236")).toBe("林琳");
    expect(extractName("名字叫 Nguyen Van Hai（阮文海），电话13600001237")).toBe("Nguyen Van Hai");
  });
});
