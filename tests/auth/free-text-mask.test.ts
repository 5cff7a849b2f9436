import { describe, expect, it } from "vitest";
import { freeTextPolicy, maskFreeText } from "../../src/auth/free-text-mask.js";

const centre = { houseNumbers: true };
const outsider = { houseNumbers: false };

describe("masking personal data inside free text", () => {
  it("masks mobiles written with spaces, dashes and +86", () => {
    for (const written of [
      "13911112222",
      "139 1111 2222",
      "139-1111-2222",
      "+86 139 1111 2222",
      "+8613911112222",
    ]) {
      const out = maskFreeText(`有事打${written}找我`, centre);
      expect(out).toBe("有事打139****2222找我");
    }
  });

  it("masks full-width digits too", () => {
    expect(maskFreeText("电话１３９１１１１２２２２", centre)).not.toMatch(/1111|１１１１/);
  });

  it("masks landlines with their area code", () => {
    for (const written of ["010-88886666", "0351 7654321", "（0351）7654321", "03517654321"]) {
      const out = maskFreeText(`座机${written}`, centre);
      expect(out).not.toContain("8888");
      expect(out).not.toContain("7654");
    }
  });

  it("masks numbers a hotline transcript spells out, grouped as they were read", () => {
    expect(maskFreeText("来电人：我手机是幺三九，零九三一，五五六六", centre)).toBe(
      "来电人：我手机是139****5566",
    );
    expect(maskFreeText("电话一五九零九三一二二三三，找王师傅", centre)).toBe("电话159****2233，找王**");
    expect(maskFreeText("号码是1 3 9 0 9 3 1 5 5 6 6", centre)).toBe("号码是139****5566");
    expect(maskFreeText("身份证号六二零一零二一九九零零三零七四四七X", centre)).toBe("身份证号[身份证号]");
  });

  it("masks numbers in financial numerals, with an input method's 么, or bracketed and underscored", () => {
    expect(maskFreeText("我的电话：壹叁捌零玖叁壹贰贰肆肆", centre)).toBe("我的电话：138****2244");
    expect(maskFreeText("電話幺參捌，洞玖參幺，貳貳肆肆", centre)).toBe("電話138****2244");
    expect(maskFreeText("手机么五八零九三一七七八八", centre)).toBe("手机158****7788");
    expect(maskFreeText("打(150)9312-3344找我", centre)).toBe("打(150****3344找我");
    expect(maskFreeText("tel:150_9312_3344", centre)).toBe("tel:150****3344");
    expect(maskFreeText("来了伍个人，柒点到", centre)).toBe("来了伍个人，柒点到");
  });

  it("masks numbers typed with spaced dashes and spoken with a hesitation between the groups", () => {
    expect(maskFreeText("我电话150 - 9312 - 3344", centre)).toBe("我电话150****3344");
    expect(maskFreeText("来电人：幺五洞，呃，九三幺二，三三四四", centre)).toBe("来电人：150****3344");
    expect(maskFreeText("来电人：一五零九三一二，后面是三三四四", centre)).toBe("来电人：150****3344");
    expect(maskFreeText("2026 - 12 - 01 开始，1 2 3 4 号楼", centre)).toBe(
      "2026 - 12 - 01 开始，1 2 3 4 号楼",
    );
  });

  it("masks a mobile told in groups with words between them, or its last four first", () => {
    expect(maskFreeText("手机前三位150，中间是2207，最后是6413，晚上打", centre)).toBe(
      "手机前三位150****6413，晚上打",
    );
    expect(maskFreeText("尾号6413，前面是150 2207", centre)).toBe("尾号150****6413");
    // Counts and a year between short numbers are not a phone.
    expect(maskFreeText("共158户，2026年3月有1200人签名", centre)).toBe("共158户，2026年3月有1200人签名");
  });

  it("masks a number spelt out in English words", () => {
    const out = maskFreeText(
      "Please call me back on one five zero, double two oh seven, six four one three.",
      centre,
    );
    expect(out).toContain("150****6413");
    expect(out).not.toMatch(/seven, six/);
    expect(maskFreeText("I have one or two questions about the bus", centre)).toBe(
      "I have one or two questions about the bus",
    );
  });

  it("masks a full name before a form of address whole, not only its last character", () => {
    expect(maskFreeText("话务员：好的，戴建华先生，您的电话是？", centre)).toBe(
      "话务员：好的，戴**先生，您的电话是？",
    );
    expect(maskFreeText("送给龚明老师", centre)).toBe("送给龚*老师");
    expect(maskFreeText("请物业师傅来看看，明天老师也来", centre)).toBe("请物业师傅来看看，明天老师也来");
  });

  it("masks the ticket's known name in the resident's traditional characters too", () => {
    expect(maskFreeText("電話見上條。——許大媽", centre, ["许大妈"])).toBe("電話見上條。——許**");
  });

  it("leaves counts and dates spelt in words alone", () => {
    expect(maskFreeText("三三两两的人在楼下，一二月份最冷", centre)).toBe("三三两两的人在楼下，一二月份最冷");
    expect(maskFreeText("2026-12-01 08:30 开始停水", centre)).toBe("2026-12-01 08:30 开始停水");
  });

  it("masks a local number after a phone word", () => {
    expect(maskFreeText("电话是7654321", centre)).not.toContain("7654");
  });

  it("masks 18-digit ID numbers, with or without X", () => {
    expect(maskFreeText("身份证110101199003074477", centre)).toBe("身份证[身份证号]");
    expect(maskFreeText("身份证号11010119900307447X。", centre)).toBe("身份证号[身份证号]。");
  });

  it("masks names given as a contact or with a form of address", () => {
    expect(maskFreeText("我叫王建国，暖气不热", centre)).toBe("我叫王**，暖气不热");
    expect(maskFreeText("联系人：李四", centre)).toBe("联系人：李*");
    expect(maskFreeText("请张先生尽快处理", centre)).toBe("请张**尽快处理");
    expect(maskFreeText("我是赵小明电话13655556666", centre)).toBe("我是赵**电话136****6666");
    expect(maskFreeText("我姓王", centre)).toBe("我姓*");
  });

  it("keeps place names and ordinary words that look like names", () => {
    expect(maskFreeText("我是西盛家园的，路灯坏了", centre)).toBe("我是西盛家园的，路灯坏了");
    expect(maskFreeText("我是高层住户，电梯坏了", centre)).toBe("我是高层住户，电梯坏了");
    expect(maskFreeText("我和大妈吵了一架", centre)).toBe("我和大妈吵了一架");
    expect(maskFreeText("我叫王建国住3号楼", centre)).toBe("我叫王**住3号楼");
  });

  it("masks house numbers for a role without need and keeps them for the centre", () => {
    const text = "西盛家园7号楼3单元501，隔壁502室和12-3-401也不热，门牌号15号";
    expect(maskFreeText(text, centre)).toBe(text);
    const out = maskFreeText(text, outsider);
    expect(out).toBe("西盛家园7号楼3单元[门牌]，隔壁[门牌]和[门牌]也不热，门牌号[门牌]");
  });

  it("keeps the text of a reference number and of ordinary numbers", () => {
    expect(maskFreeText("工单ZT20261121-0042，室温14度，已经3天", outsider)).toBe(
      "工单ZT20261121-0042，室温14度，已经3天",
    );
  });
});

describe("who keeps house numbers", () => {
  it("the centre and the handling unit do; leaders and other units do not", () => {
    const ticket = { unitId: "community.xisheng" };
    expect(freeTextPolicy({ role: "dispatcher", unitId: null }, ticket).houseNumbers).toBe(true);
    expect(freeTextPolicy({ role: "admin", unitId: null }, null).houseNumbers).toBe(true);
    expect(freeTextPolicy({ role: "unit", unitId: "community.xisheng" }, ticket).houseNumbers).toBe(true);
    expect(freeTextPolicy({ role: "unit", unitId: "street.qimashan" }, ticket).houseNumbers).toBe(false);
    expect(freeTextPolicy({ role: "leader", unitId: null }, ticket).houseNumbers).toBe(false);
  });
});

describe("names by where they stand, and the words that only look like names", () => {
  it("masks a name after a standing, a form's label with a role, or 叫", () => {
    expect(maskFreeText("退休教师邵志强反映：楼道灯坏了", centre)).toBe("退休教师邵**反映：楼道灯坏了");
    expect(maskFreeText("联系人：楼委会主任 邵志强，电话见上", centre)).toBe(
      "联系人：楼委会主任 邵**，电话见上",
    );
    expect(maskFreeText("家长：郝玉兰", centre)).toBe("家长：郝**");
    expect(maskFreeText("知情人：老葛（别公开）", centre)).toBe("知情人：老*（别公开）");
    expect(maskFreeText("我是社区志愿者小秦，路灯坏了", centre)).toBe("我是社区志愿者小*，路灯坏了");
    expect(maskFreeText("有事找邻居老廖的电话", centre)).toBe("有事找邻居老*的电话");
    expect(maskFreeText("他叫小武，住隔壁", centre)).toBe("他叫小*，住隔壁");
    expect(maskFreeText("本人系退休医生姜某，特此反映", centre)).toBe("本人系退休医生姜*，特此反映");
  });

  it("masks a full name after the surname, and forms of address such as 太太, 大娘", () => {
    expect(maskFreeText("老人家姓房，房桂芝", centre)).toBe("老人家姓房，房**");
    expect(maskFreeText("学生家长葛太太来过", centre)).toBe("学生家长葛**来过");
    expect(maskFreeText("楼里的邵大娘摔倒了", centre)).toBe("楼里的邵**摔倒了");
  });

  it("leaves an official named by their post readable: the office is what staff deal with", () => {
    expect(maskFreeText("请找物业蒋主任", centre)).toBe("请找物业蒋主任");
    expect(maskFreeText("物业的柯经理答应周五来修", centre)).toBe("物业的柯经理答应周五来修");
    // The resident's own name is masked whatever it is.
    expect(maskFreeText("我是退管会的蒋主任，路灯不亮", centre, ["蒋主任"])).toBe(
      "我是退管会的蒋**，路灯不亮",
    );
  });

  it("masks a private third party named in full after who they are to the writer", () => {
    expect(maskFreeText("租的房子，房东葛文斌拖着不修热水器", centre)).toBe(
      "租的房子，房东葛**拖着不修热水器",
    );
    expect(maskFreeText("隔壁邻居孔繁林家的鸡天天叫", centre)).toBe("隔壁邻居孔**家的鸡天天叫");
    expect(maskFreeText("楼上住户韦小东，半夜跳绳", centre)).toBe("楼上住户韦**，半夜跳绳");
    expect(maskFreeText("物业经理邱海波说不归他们管", centre)).toBe("物业经理邱**说不归他们管");
    expect(maskFreeText("我前夫严立军把门锁换了", centre)).toBe("我前夫严**把门锁换了");
  });

  it("leaves families, places and everyday words after a neighbour word", () => {
    for (const text of [
      "楼下张家天天吵",
      "隔壁单元的门坏了",
      "楼下商户占道经营",
      "邻居都说不安全",
      "对门住户在楼道堆杂物",
      "楼上管道漏水",
      "9号楼上周暖气管道爆了",
      "幸亏邻居闻到焦味",
      "中介费两千元",
    ])
      expect(maskFreeText(text, centre)).toBe(text);
  });

  it("finds names in traditional script and masks them as written", () => {
    expect(maskFreeText("聯繫人：店主鄭先生", centre)).toBe("聯繫人：店主鄭**");
    expect(maskFreeText("退休幹部 鄒國華，電話見上", centre)).toBe("退休幹部 鄒**，電話見上");
  });

  it("leaves trades, ordinary words and an office's title after 公司 alone", () => {
    for (const text of [
      "保安大哥帮我开了门",
      "环卫阿姨每天五点扫地",
      "住户阳台、窗户都是灰",
      "要走好群众路线",
      "业主车位，被外人占了",
      "叫车来拖走了",
      "老人夏天晒、冬天冻",
      "找了装修公司经理，没用",
      "高级会计师也来看过",
      "许多老师都来过",
      "请相关老师处理",
    ])
      expect(maskFreeText(text, centre)).toBe(text);
  });
});

describe("numbers split on purpose and house numbers in other forms", () => {
  it("masks numbers split by slashes, a bracketed area code, and a spaced local number", () => {
    expect(maskFreeText("号码分开发：177/0931/2288", centre)).toBe("号码分开发：177****2288");
    expect(maskFreeText("店里电话：【0931】8652 417", centre)).toBe("店里电话：093****2417");
    expect(maskFreeText("打店里 8 6 5 2 - 4 1 7 3", centre)).not.toMatch(/8\s*6\s*5\s*2/);
    expect(maskFreeText("2026 - 12 - 01 起，3/4 的住户", centre)).toBe("2026 - 12 - 01 起，3/4 的住户");
  });

  it("masks a number a caller reads out over several turns of a call, the agent's word between", () => {
    const mobile = "来电人：一八两。坐席：嗯嗯。来电人：一四一零\n话务员：嗯\n来电人：八一四零";
    expect(maskFreeText(mobile, centre)).not.toMatch(/一四一零|八一四零/);
    expect(maskFreeText(mobile, centre)).toContain("182****8140");
    const local = "话务员：您的联系电话是多少\n来电人：八四四\n话务员：嗯\n来电人：七幺七九";
    expect(maskFreeText(local, centre)).not.toContain("七幺七九");
    // Groups that are not a number stay: a building, a unit and a room across turns.
    const place = "来电人：住3号楼。坐席：好的。来电人：2单元502";
    expect(maskFreeText(place, centre)).toBe(place);
  });

  it("masks a number a caller reads out on lines of their own, with no agent's word between", () => {
    const mobile = "坐席：请留个电话\n市民：159\n市民：0731\n市民：4468";
    expect(maskFreeText(mobile, centre)).toBe("坐席：请留个电话\n市民：159****4468");
    const spoken = "坐席：号码？\n来电人：幺五九，\n来电人：零七三幺\n来电人：四四六八";
    expect(maskFreeText(spoken, centre)).not.toMatch(/零七三幺|四四六八/);
    // A building and a room on two caller lines are no number.
    const place = "市民：我住12号楼\n市民：3单元201";
    expect(maskFreeText(place, centre)).toBe(place);
  });

  it("masks a room after 房间, in digit words, or after its floor for a role without need", () => {
    expect(maskFreeText("住在302房间", outsider)).toBe("住在[门牌]");
    expect(maskFreeText("住在三零二室", outsider)).toBe("住在[门牌]");
    expect(maskFreeText("6号楼2单元六楼603", outsider)).toBe("6号楼2单元六楼[门牌]");
    expect(maskFreeText("6楼603", centre)).toBe("6楼603");
    expect(maskFreeText("两室一厅，5楼1200平米的商铺", outsider)).toBe("两室一厅，5楼1200平米的商铺");
  });
});

describe("names standing alone and third parties' names", () => {
  it("masks a name opening the message, on its own line, or right before a number", () => {
    expect(maskFreeText("魏建红，南湖巷3号，水管爆了", centre)).toBe("魏**，南湖巷3号，水管爆了");
    expect(maskFreeText("楼道灯坏了\n卫东升\n电话：13512340987", centre)).toBe(
      "楼道灯坏了\n卫**\n电话：135****0987",
    );
    expect(maskFreeText("垃圾没人收。贝晓琪，手机13698765432", centre)).toBe(
      "垃圾没人收。贝**，手机136****5432",
    );
  });

  it("masks a name masked once wherever else it stands", () => {
    expect(maskFreeText("网格员小田来过，小田说已经上报", centre)).toBe("网格员小*来过，小*说已经上报");
    expect(maskFreeText("面馆老板老孟把桌子摆到路上", centre)).toBe("面馆老板老*把桌子摆到路上");
  });

  it("masks relatives, shop owners and an agent's read-back of a name", () => {
    expect(maskFreeText("请打这个（儿子黎明，白天在）", centre)).toBe("请打这个（儿子黎*，白天在）");
    expect(maskFreeText("店主姓祝，祝老板说有证", centre)).toBe("店主姓祝，祝**说有证");
    expect(maskFreeText("邻居于大姐家的狗咬人", centre)).toBe("邻居于**家的狗咬人");
    expect(maskFreeText("老板叫阿强，脾气很大", centre)).toBe("老板叫阿*，脾气很大");
    expect(maskFreeText("来电人：邹德海。\n话务员：周德海？", centre)).toBe("来电人：邹**。\n话务员：周**？");
  });

  it("masks a spelt surname and the spelling of a known name's given name", () => {
    expect(maskFreeText("我姓章，立早章", centre)).toBe("我姓*，***");
    expect(maskFreeText("我叫陈美玲，美丽的美，玲珑的玲", centre, ["陈美玲"])).toBe("我叫陈**，****，****");
    expect(maskFreeText("许多老师的师德很好", centre, ["王老师"])).toBe("许多老师的师德很好");
  });

  it("leaves sentence openers, trades, places and officials' posts", () => {
    for (const text of [
      "周末，楼上一直在装修",
      "施工师傅很负责",
      "健身房老板卷钱跑了",
      "屠宰场老板姓王",
      "尊敬的李局长：您好",
      "文庙巷\n水管爆了",
      "谢谢叔叔阿姨",
      "音乐老师很负责",
    ])
      expect(maskFreeText(text, centre)).toBe(text);
  });
});

describe("masking names and numbers written in unusual ways", () => {
  it("masks a known name typed a character at a time, keeping its spaces", () => {
    expect(maskFreeText("本人 周 雅 琴，楼下的下水道堵了。", centre, ["周雅琴"])).toBe(
      "本人 周 * *，楼下的下水道堵了。",
    );
    expect(maskFreeText("我叫 赵　文　斌（住户）", centre, ["赵文斌"])).toBe("我叫 赵　*　*（住户）");
  });

  it("masks a number abroad and a mobile typed with a digit too many as numbers are masked", () => {
    expect(maskFreeText("儿子的号码+1 4155551234，打不通", centre)).toBe("儿子的号码141****1234，打不通");
    expect(maskFreeText("我电话是138 1234 56789", centre)).toBe("我电话是138*****6789");
  });
});

describe("masking a neighbour's full name with any surname, an English name and an over-long number", () => {
  it("masks a neighbour's full name and form of address whose surname is also a word, and the same person later", () => {
    expect(maskFreeText("我的邻居于秀兰阿姨腿脚不好，于阿姨家的水管漏了。", centre)).toBe(
      "我的邻居于****腿脚不好，于**家的水管漏了。",
    );
    // A standing and a particle after a surname-like word are no name, nor everyday words after a standing.
    expect(maskFreeText("家长成了老师，天天检查作业。", centre)).toBe("家长成了老师，天天检查作业。");
    for (const text of ["物业不跟业主商量就涨价", "楼下住户简直没法睡", "让社区工作人员马上来看看"])
      expect(maskFreeText(text, centre)).toBe(text);
  });

  it("masks an English name the writer goes by and a Chinese name after 中文名", () => {
    expect(maskFreeText("我叫Amy，中文名叫方晓雯，住在海西苑。", centre)).toBe(
      "我叫A**，中文名叫方**，住在海西苑。",
    );
  });

  it("masks a mobile read out with a digit too many whole", () => {
    expect(maskFreeText("电话一八八，零三五，幺二三，四五六七", centre)).not.toMatch(
      /[一二三四五六七八九零幺]{3}/,
    );
    expect(maskFreeText("电话：幺三拐，两二四洞，五五拐八", centre)).toBe("电话：137****5578");
  });
});

describe("masking a compound surname, a record's caller and a name with its surname beside it", () => {
  it("masks a surname given after 姓 opening a turn, a compound one whole", () => {
    expect(maskFreeText("坐席：您贵姓？来电人：姓司马。", centre)).toBe("坐席：您贵姓？来电人：姓**。");
    expect(maskFreeText("姓名：王五", centre)).toBe("姓名：王*");
  });

  it("masks a record's caller beside the number field, never a call's answer", () => {
    expect(maskFreeText("来电人：孟小云  来电号码：15287095513", centre)).toBe(
      "来电人：孟**  来电号码：152****5513",
    );
    const answer = "坐席：在店里还是在路边？来电人：路边，桌子都摆出来了。";
    expect(maskFreeText(answer, centre)).toBe(answer);
  });

  it("masks a name with its surname in brackets and a name after an aside before a number", () => {
    expect(maskFreeText("反映人：蓝天（姓蓝）", centre)).toBe("反映人：蓝*（姓蓝）");
    expect(maskFreeText("请联系我（他女儿）孙萌 13308714426", centre)).toBe(
      "请联系我（他女儿）孙* 133****4426",
    );
  });

  it("masks a full name after a standing before where the person lives, and a given name after 我是", () => {
    expect(maskFreeText("他是退休教师孙文华，家住水库街。", centre)).toBe("他是退休教师孙**，家住水库街。");
    expect(maskFreeText("我是秋菊，住在文庙巷。", centre)).toBe("我是秋*，住在文庙巷。");
    for (const text of ["我是业主，住在3栋。", "我是回族，在清真寺旁边住。"])
      expect(maskFreeText(text, centre)).toBe(text);
  });
});

describe("masking names in a bracketed sign-off, after a colon, parents' names and compound surnames", () => {
  const centre = { houseNumbers: true };
  it("masks a name before a number after an opening square bracket or a label's colon", () => {
    expect(maskFreeText("【吴小梅 15803417762】", centre)).toBe("【吴** 158****7762】");
    expect(maskFreeText("我：邹静 18603427751", centre)).toBe("我：邹* 186****7751");
    expect(maskFreeText("上报人：韩冬 手机 18836027715", centre)).toBe("上报人：韩* 手机 188****7715");
  });

  it("masks a given name after 我是 before a phone, but not a standing or an owner", () => {
    expect(maskFreeText("我是谭雪，电话：17720931186", centre)).toBe("我是谭*，电话：177****1186");
    expect(maskFreeText("我是车主，电话17720931186", centre)).toBe("我是车主，电话177****1186");
  });

  it("masks a parent's full name, not what is said of their health", () => {
    expect(maskFreeText("我母亲孟淑华今年九十了", centre)).toBe("我母亲孟**今年九十了");
    expect(maskFreeText("我父亲高血压，走不了远路", centre)).toBe("我父亲高血压，走不了远路");
  });

  it("masks a compound surname with a form of address whole, not a gate's old man", () => {
    expect(maskFreeText("诸葛阿姨家漏水了", centre)).toBe("诸***家漏水了");
    expect(maskFreeText("小区西门大爷在下棋", centre)).toBe("小区西门大爷在下棋");
    expect(maskFreeText("楼下的单阿姨说", centre)).toBe("楼下的单**说");
  });
});

describe("names found by their make-up, whoever's they are and wherever they stand", () => {
  const centre = { houseNumbers: true };
  it("masks a surname with two name characters in the middle of a sentence", () => {
    expect(maskFreeText("上周楼下孔丽琴把垃圾堆在过道", centre)).toBe("上周楼下孔**把垃圾堆在过道");
    expect(maskFreeText("那天尉迟晓燕也在场", centre)).toBe("那天尉***也在场");
    expect(maskFreeText("物业那边苏小军答应过", centre)).toBe("物业那边苏**答应过");
  });

  it("masks a short name signing the message or in brackets, and 老 / 阿 / 叔 forms set off", () => {
    expect(maskFreeText("井盖松了，请尽快修，潘明", centre)).toBe("井盖松了，请尽快修，潘*");
    expect(maskFreeText("电话不方便（冯叔）", centre)).toBe("电话不方便（冯*）");
    expect(maskFreeText("隔壁的老贺说他也听见了", centre)).toBe("隔壁的老*说他也听见了");
    expect(maskFreeText("卖菜的阿娟，", centre)).toBe("卖菜的阿*，");
  });

  it("masks a surname outside the list after 我叫, a function-word surname as a turn, English and pinyin names", () => {
    expect(maskFreeText("我叫訾秀梅，住三楼", centre)).toBe("我叫訾**，住三楼");
    expect(maskFreeText("坐席：查女士，请讲", centre)).toBe("坐席：查**，请讲");
    expect(maskFreeText("Thanks, Nancy", centre)).toBe("Thanks, N****");
    expect(maskFreeText("wo shi Zhou Lihua, zhu 5 lou", centre)).toBe("wo shi Z*********, zhu 5 lou");
  });

  it("leaves places, businesses and everyday words that share a name's make-up", () => {
    for (const text of [
      "建华路和志强五金店之间的路灯不亮",
      "日常保洁没人管，公司保安也不在",
      "春节和国庆期间游客多",
      "小区里老人多，小时候就住这",
      "路过金华市，心情很高兴，金额不对",
      "白天马路江边田地路灯文件都正常",
      "王府井那边的文明建设",
      "He said the Long Road is closed",
      "I live at Lu Xi community, building 3",
      "全社会对老人的关爱。",
      "门口那个高峰建材店堆了沙子",
    ])
      expect(maskFreeText(text, centre)).toBe(text);
  });
});

describe("given names that also name a household or a building", () => {
  const centre = { houseNumbers: true };
  it("masks 家 / 栋 in a full name that stands as a word of its own", () => {
    expect(maskFreeText("周家豪：请问居住证在哪里办", centre)).toBe("周**：请问居住证在哪里办");
    expect(maskFreeText("孟国栋，男，70岁，住西盛花园", centre)).toBe("孟**，男，70岁，住西盛花园");
    expect(maskFreeText("陳國棟 我們小區的路燈壞了", centre)).toBe("陳** 我們小區的路燈壞了");
  });

  it("leaves households, buildings and shops named with 家 or 栋", () => {
    for (const text of [
      "高家美食的油烟太大",
      "路西小区8栋漏水",
      "王家的狗天天叫",
      "张家豪宅门口在施工",
      "过年拍了一张全家福。",
    ])
      expect(maskFreeText(text, centre)).toBe(text);
  });
});

describe("names written for their sound (contact15)", () => {
  it("masks them after a word that introduces a person, and joined by a middle dot anywhere", () => {
    expect(maskFreeText("联系人：其其格（蒙古族）", centre)).toBe("联系人：其**（蒙古族）");
    expect(maskFreeText("邻居帕丽达·艾山天天放音乐", centre)).not.toContain("艾山");
    expect(maskFreeText("我叫娜迪拉，家门口积水", centre)).toBe("我叫娜**，家门口积水");
  });

  it("leaves places and words spelt with the same characters", () => {
    for (const text of [
      "我们去了中国·太原博物馆",
      "小区居民马拉松比赛占道",
      "我叫救护车来的",
      "寄来的伊犁葡萄干坏了",
    ])
      expect(maskFreeText(text, centre)).toBe(text);
  });

  it("masks the given part said alone after 叫 when the full name is known", () => {
    expect(maskFreeText("我叫建军，姓钟，钟建军。", centre, ["钟建军"])).toBe("我叫建*，姓*，钟**。");
  });
});

describe("short forms of a known full name", () => {
  const policy = { houseNumbers: true };

  it("masks the surname with a form of address or 老 / 小, and the given part alone between pauses", () => {
    expect(maskFreeText("我是菜场修鞋的严师傅，严振东。", policy, ["严振东"])).toBe(
      "我是菜场修鞋的严**，严**。",
    );
    expect(maskFreeText("坐席：春生？您姓什么？\n市民：潘春生。", policy, ["潘春生"])).toBe(
      "坐席：春*？您姓什么？\n市民：潘**。",
    );
  });

  it("leaves words that only hold the given part or the surname", () => {
    expect(maskFreeText("门前春生了好多草，王府井的店。", policy, ["潘春生"])).toBe(
      "门前春生了好多草，王府井的店。",
    );
    expect(maskFreeText("严振东：小区阿姨们都去跳舞", policy, ["严振东"])).toBe("严**：小区阿姨们都去跳舞");
  });
});
