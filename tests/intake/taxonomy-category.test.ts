import { describe, expect, it } from "vitest";
import {
  categoryByOperator,
  categoryByTaxonomy,
  insteadOfOther,
  praisedUnit,
} from "../../src/intake/taxonomy-category.js";

const noiseFirst = [
  { category: "noise", probability: 0.5 },
  { category: "construction", probability: 0.3 },
  { category: "neighbor_dispute", probability: 0.1 },
];

describe("categories the taxonomy decides", () => {
  it("files noise from a building site at night under construction, with the mass of both readings", () => {
    expect(categoryByTaxonomy("凌晨两点塔吊还在转，轰隆隆的睡不着", noiseFirst)).toEqual({
      category: "construction",
      probability: 0.8,
    });
    expect(categoryByTaxonomy("对面工地晚上十一点多还在干活，吵死了", noiseFirst)?.category).toBe(
      "construction",
    );
  });

  it("leaves renovation at home, daytime site noise and other readings alone", () => {
    expect(categoryByTaxonomy("楼上装修半夜还在施工砸墙", noiseFirst)).toBeNull();
    expect(categoryByTaxonomy("工地白天机器声太大", noiseFirst)).toBeNull();
    // A letter about noise in general names sites and nights in different sentences.
    expect(
      categoryByTaxonomy("建议加强对商户和施工单位的噪音监管。夜间也应有人接听投诉电话。", noiseFirst),
    ).toBeNull();
    expect(
      categoryByTaxonomy("半夜工地门口的垃圾桶满了没人清", [{ category: "sanitation", probability: 0.6 }]),
    ).toBeNull();
  });
});

describe("a procedure question belongs to the unit that owns its subject", () => {
  const counterFirst = [
    { category: "government_service", probability: 0.6 },
    { category: "labor", probability: 0.2 },
    { category: "social_assistance", probability: 0.1 },
  ];

  it("files benefits and contributions under their owner, with the mass of both readings", () => {
    expect(categoryByTaxonomy("断缴的社保在哪里补缴，需要带什么", counterFirst)).toEqual({
      category: "labor",
      probability: 0.8,
    });
    expect(categoryByTaxonomy("特困供养需要准备哪些材料", counterFirst)?.category).toBe("social_assistance");
  });

  it("files pensions, out-of-town medical cover, heating and gas accounts under their owner", () => {
    const ranked = [
      { category: "government_service", probability: 0.5 },
      { category: "labor", probability: 0.1 },
      { category: "health", probability: 0.1 },
      { category: "heating", probability: 0.1 },
      { category: "gas_supply", probability: 0.1 },
    ];
    expect(categoryByTaxonomy("单位一直不给我出离职证明，去哪里反映", ranked)?.category).toBe("labor");
    expect(categoryByTaxonomy("退休金每个月几号发放，今年还调吗", ranked)?.category).toBe("labor");
    expect(categoryByTaxonomy("回老家长住，看病想用医保，异地就医要先办什么", ranked)?.category).toBe(
      "health",
    );
    expect(categoryByTaxonomy("房子今年没人住，暖气报停要带什么去办", ranked)?.category).toBe("heating");
    expect(categoryByTaxonomy("燃气开户要本人去营业厅吗", ranked)?.category).toBe("gas_supply");
    expect(categoryByTaxonomy("我属于灵活就业吗，延迟退休以后几岁能领钱", ranked)?.category).toBe("labor");
    expect(categoryByTaxonomy("在老家交的养老保险怎么转过来", ranked)?.category).toBe("labor");
    expect(categoryByTaxonomy("孩子在外省读书看病，医保回来怎么报销", ranked)?.category).toBe("health");
  });

  it("reads a procedure question the classifier files under nothing by its subject too", () => {
    const otherFirst = [
      { category: "other", probability: 0.3 },
      { category: "public_order", probability: 0.12 },
      { category: "water_supply", probability: 0.05 },
    ];
    expect(categoryByTaxonomy("这个季度的水价涨了吗，按什么标准收", otherFirst)).toEqual({
      category: "water_supply",
      probability: 0.35,
    });
    expect(categoryByTaxonomy("听说下个月有活动，在哪报名", otherFirst)).toBeNull();
  });

  it("leaves documents at the counter", () => {
    expect(categoryByTaxonomy("身份证过期了在哪里换，需要什么材料", counterFirst)).toBeNull();
    expect(categoryByTaxonomy("社保卡丢了怎么挂失", counterFirst)).toBeNull();
  });
});

describe("a short question filed by its subject wherever the classifier put it", () => {
  it("reads a question the classifier filed under a price, welfare or order by its subject", () => {
    const ranked = (top: string) => [
      { category: top, probability: 0.5 },
      { category: "water_supply", probability: 0.1 },
      { category: "education", probability: 0.1 },
      { category: "social_assistance", probability: 0.1 },
    ];
    expect(categoryByTaxonomy("这个月水价涨了吗 在哪能查到", ranked("market"))?.category).toBe(
      "water_supply",
    );
    // "我们是低保户" says who asks; the school fee is what the question is about.
    expect(categoryByTaxonomy("我们是低保户 孩子的学费能减免吗", ranked("social_assistance"))?.category).toBe(
      "education",
    );
    // A welfare question stays welfare; a report that asks nothing stays with the classifier.
    expect(categoryByTaxonomy("低保每年什么时候复核", ranked("social_assistance"))).toBeNull();
    expect(categoryByTaxonomy("水价标牌被人撕了一半", ranked("market"))).toBeNull();
  });
});

describe("a letter that asks about a child's school place", () => {
  it("files it under education, whatever residence or contributions it names", () => {
    const letter =
      "您好：我们一家从外省来本区做生意已经四年，办了居住证，也一直在交社保。" +
      "大女儿明年小学毕业，请问她能否在本区读初中？需要提前准备什么？谢谢。";
    expect(
      categoryByTaxonomy(letter, [
        { category: "government_service", probability: 0.5 },
        { category: "education", probability: 0.2 },
        { category: "labor", probability: 0.1 },
      ]),
    ).toEqual({ category: "education", probability: 0.7 });
  });
});

describe("a letter that names a benefit as background", () => {
  it("keeps the classifier's reading", () => {
    const letter =
      "尊敬的领导：我在本区工作多年，一直按时缴纳社保，孩子也在本区上学，家庭收入稳定，" +
      "名下有一套自住房。现在想把全家的户口从外省迁入本区，请问需要满足哪些条件，需要准备哪些材料，" +
      "可以在网上提交吗？盼复。";
    expect(
      categoryByTaxonomy(letter, [
        { category: "government_service", probability: 0.5 },
        { category: "labor", probability: 0.3 },
      ]),
    ).toBeNull();
  });
});

describe("其他 as a last resort", () => {
  const otherFirst = [
    { category: "other", probability: 0.35 },
    { category: "labor", probability: 0.3 },
    { category: "market", probability: 0.1 },
  ];

  it("files a report with a close real category under it, at its own probability", () => {
    expect(insteadOfOther("嗯，那个，我跟你说啊，厂里三个月没发工资了，老板也找不着人", otherFirst)).toEqual({
      category: "labor",
      probability: 0.3,
    });
  });

  it("files under a runner-up of 0.15 or more", () => {
    expect(
      insteadOfOther("嗯，就是那个，我家阳台外面的晾衣架松了，晃来晃去的", [
        { category: "other", probability: 0.4 },
        { category: "property", probability: 0.16 },
      ])?.category,
    ).toBe("property");
  });

  it("keeps 其他 for the centre's own service: its hotline, platform, tickets and callbacks", () => {
    const ranked = [
      { category: "other", probability: 0.4 },
      { category: "government_service", probability: 0.3 },
    ];
    expect(insteadOfOther("你们热线的等待音乐太吵了，能不能换一首轻一点的", ranked)).toBeNull();
    expect(insteadOfOther("我的工单显示已经办结了，可是根本没人联系过我", ranked)).toBeNull();
  });

  it("keeps 其他 for a message that states nothing, or when nothing comes close", () => {
    expect(insteadOfOther("有个事想反映一下", otherFirst)).toBeNull();
    expect(
      insteadOfOther("嗯，那个，我跟你说啊，有个事情想跟你们说一说，你们听一下", [
        { category: "other", probability: 0.6 },
        { category: "labor", probability: 0.1 },
      ]),
    ).toBeNull();
  });
});

describe("the unit the taxonomy names as owner, over the unit the words sound like", () => {
  const first = (category: string) => [
    { category, probability: 0.5 },
    { category: "traffic", probability: 0.1 },
    { category: "sanitation", probability: 0.1 },
    { category: "market", probability: 0.1 },
    { category: "neighbor_dispute", probability: 0.1 },
    { category: "municipal", probability: 0.05 },
  ];
  const owner = (text: string, top: string) => categoryByTaxonomy(text, first(top))?.category ?? null;

  it.each([
    ["桃园北路口的信号灯黄灯一直闪，车都不知道该不该走", "municipal", "traffic"],
    ["8路车末班提前了半小时，下夜班根本赶不上", "municipal", "traffic"],
    ["菜场门口卖菜的把摊子摆到了马路中间", "municipal", "sanitation"],
    ["河边空地上天天有人焚烧塑料袋，味道呛人", "sanitation", "pollution"],
    ["在健身房交了两年的会员卡，刚用一个月就关门了，想找人调解", "neighbor_dispute", "market"],
    ["和对门为了鞋柜放在楼道里吵了好几回，想让社区调解", "property", "neighbor_dispute"],
    ["租的房子到期了，房东扣着押金说墙面脏了不给", "construction", "neighbor_dispute"],
    ["路口的窨井盖缝里一直往外冒黑水", "pollution", "municipal"],
    ["小区里能不能装几个快递柜，快递都堆在门岗", "traffic", "property"],
    ["公园小路上结冰了，老人散步都不敢出门", "social_assistance", "municipal"],
    ["希望多办几场招聘会，四十多岁的人找活太难", "social_assistance", "labor"],
    ["单元里三家的电瓶车一夜之间全被偷了，门禁形同虚设", "property", "public_order"],
    ["不知道哪家从阳台往下扔酒瓶子，碎了一地", "sanitation", "property"],
    ["二单元的楼梯灯一按就灭，晚上下楼看不见台阶", "municipal", "property"],
    ["楼道里的声控灯拍手也不亮好几天了", "power_supply", "property"],
    // A street lamp, a lamp's live wire and a block without power are not the estate's lights.
    ["门口马路上那盏路灯不亮", "municipal", null],
    ["楼道灯的电线露出来了，摸扶手都麻手，带电", "power_supply", null],
    ["整栋楼停电了，楼道灯也不亮", "power_supply", null],
  ])("%s: %s → %s", (text, top, expected) => {
    expect(owner(text, top)).toBe(expected);
  });

  it.each([
    ["早餐店每天把剩饭剩菜倒在人行道边上，引来一群野猫", "municipal", "sanitation"],
    ["小区围墙上贴满了办证的小广告，刷了又贴", "municipal", "sanitation"],
    ["学校门口的非机动车道上停满了接送孩子的私家车", "municipal", "traffic"],
    ["去火车站坐哪路公交最快，以前那趟好像改线了", "municipal", "traffic"],
    ["车窗上被贴了罚单，那个位置以前一直能停", "government_service", "traffic"],
  ])("%s: %s → %s", (text, top, expected) => {
    expect(owner(text, top)).toBe(expected);
  });

  it.each([
    ["我上个月在热线反映的事 工单显示办结了 可问题一点没变", "property", "other"],
    ["幼儿园要求家长统一订购园服 一套四百多", "market", "education"],
    ["菜市场门口的三轮车乱停 早上根本过不去", "public_order", "traffic"],
    ["有人把旧沙发扔在小区外面的路边 一个月了", "public_order", "sanitation"],
    ["工地出来的渣土车带泥上路 整条街都是泥印子", "municipal", "construction"],
    ["我们小区的滑梯断了一块 小孩差点划伤", "municipal", "property"],
    ["院子里的化粪池往外冒 整个院子都是污水", "construction", "municipal"],
  ])("%s: %s → %s", (text, top, expected) => {
    expect(owner(text, top)).toBe(expected);
  });

  it.each([
    // A follow-up whose grievance is the handling itself is the centre's.
    ["前天报的那件事 说两天内回电话 结果等到现在", "public_order", "other"],
    ["热水器的事都说修好了就结单了 人影都没见着", "sanitation", "other"],
    // Two households, a neighbour's claim, relatives over a flat, flatmates over bills.
    ["三楼两户为了门口放鞋柜的事天天吵架 谁也不让谁", "property", "neighbor_dispute"],
    ["隔壁说我家空调外机嗡嗡响吵得他睡不着 天天来敲门", "noise", "neighbor_dispute"],
    ["我和姐姐为了奶奶留下的一间平房有纠纷 想请社区调解", "social_assistance", "neighbor_dispute"],
    ["跟合租的人说好燃气费平摊 他住了半年一分钱不肯出", "power_supply", "neighbor_dispute"],
    // Bicycles and cars on the pavement, a swindle, tap water that smells, things thrown down.
    ["超市门口的共享单车横七竖八 轮椅都推不过去", "sanitation", "traffic"],
    ["有人打电话冒充社保局 让我妈转账交什么认证费", "health", "public_order"],
    ["早上放出来的自来水有股怪味 烧开了还是有", "gas_supply", "water_supply"],
    ["又有人高空丢烟头 阳台的被子烫了个洞", "sanitation", "property"],
  ])("%s: %s → %s", (text, top, expected) => {
    expect(owner(text, top)).toBe(expected);
  });

  it("leaves owners against their estate manager and a gas smell alone", () => {
    // Owners at odds with the estate manager are the manager's matter, not a private quarrel.
    expect(owner("业主和物业双方矛盾越来越大 物业说不交费就停门禁", "property")).toBeNull();
    // A smell with the gas line named stays with the gas company.
    expect(owner("厨房燃气灶旁边有股汽油味", "gas_supply")).toBeNull();
    // A stall that hides gambling is the police's.
    expect(owner("夜市路边有人摆摊赌钱", "public_order")).toBeNull();
  });

  it("keeps the classifier's reading where a veto or another owner speaks", () => {
    // A road that caved in is the road's, whatever rubbish lies in it.
    expect(owner("路面塌了个坑，里面全是垃圾", "municipal")).toBeNull();
    // A swindle at a stall is the police's; a shop that owes wages is the labour bureau's.
    expect(owner("广场上有人摆摊看相，骗老人买符", "public_order")).toBeNull();
    expect(owner("饭店老板欠我们服务员三个月工资不给", "labor")).toBeNull();
    // The estate's own drain, with its manager named, stays with the estate.
    expect(owner("楼道的下水管堵了往外冒，物业说明天来", "property")).toBeNull();
    // Only the categories a rule lists are moved.
    expect(owner("路口的信号灯不亮了", "construction")).toBeNull();
  });

  it("moves the mass of both readings", () => {
    expect(categoryByTaxonomy("公交站牌被风刮倒了", first("municipal"))).toEqual({
      category: "traffic",
      probability: 0.6,
    });
  });
});

describe("the unit a letter is addressed to, a message asks by name or the operator routes to", () => {
  const ranked = [
    { category: "construction", probability: 0.5 },
    { category: "power_supply", probability: 0.2 },
    { category: "health", probability: 0.1 },
    { category: "market", probability: 0.1 },
  ];

  it("files a letter under the one unit it is addressed to, with the mass of both readings", () => {
    expect(
      categoryByTaxonomy("尊敬的供电公司：我们小区的变压器每到夏天就过载跳闸，恳请予以改造。", ranked),
    ).toEqual({ category: "power_supply", probability: 0.7 });
    // The addressee agrees with the classifier: no rule about the words overrules both.
    const healthFirst = [
      { category: "health", probability: 0.8 },
      { category: "market", probability: 0.1 },
    ];
    expect(
      categoryByTaxonomy("致区卫健委：小区门口的私人牙科诊所收费后拒不退款，质量也有问题。", healthFirst),
    ).toEqual({ category: "health", probability: 0.8 });
    // A unit that owns many categories names none.
    expect(categoryByTaxonomy("尊敬的街道领导：我们楼的变压器总跳闸。", ranked)).toBeNull();
  });

  it("files a message under the one unit it asks by name, unless it weighs two", () => {
    expect(categoryByTaxonomy("建议卫健委在社区医院开个夜间门诊", ranked)?.category).toBe("health");
    expect(categoryByTaxonomy("楼道灯坏了，该找物业还是找供电公司", ranked)).toBeNull();
    // Asking the housing department says nothing about which of its matters this is.
    expect(categoryByTaxonomy("恳请住建部门督促物业维修电梯", ranked)).toBeNull();
  });

  it("files a call under the one unit the operator routes it to", () => {
    expect(categoryByOperator(["好的，我们马上通知供电所派人"], ranked)).toEqual({
      category: "power_supply",
      probability: 0.7,
      soleUnit: true,
    });
    // Advice to go somewhere is no routing.
    expect(categoryByOperator(["您可以去派出所户籍窗口问问"], ranked)).toBeNull();
    expect(categoryByOperator([], ranked)).toBeNull();
  });

  it("takes the unit the operator names first when a call is routed to several", () => {
    expect(categoryByOperator(["我们转给市场监管和卫健部门"], ranked)).toMatchObject({
      category: "market",
      soleUnit: false,
    });
    expect(categoryByOperator(["好的，我们转卫健部门，收费的事一并转市场监管"], ranked)?.category).toBe(
      "health",
    );
    // The order is the operator's across turns too, not the table's.
    expect(categoryByOperator(["先通知环卫来清一下", "漏油的事我们再联系环保"], ranked)?.category).toBe(
      "sanitation",
    );
  });

  it("reads the police's household-registration desk as the counter, unless a crime is reported", () => {
    const caller = "孩子出生半年了还落不了户口，要的材料我们凑不齐";
    expect(categoryByOperator(["好的，我们转派出所和教育部门"], ranked, caller)?.category).toBe(
      "government_service",
    );
    expect(categoryByOperator(["好的，我们转派出所核实"], ranked, "有人冒充户籍民警上门骗钱")?.category).toBe(
      "public_order",
    );
    // Without the caller's words the police stay the police.
    expect(categoryByOperator(["好的，我们转派出所核实"], ranked)?.category).toBe("public_order");
  });
});

describe("praise under the unit it thanks", () => {
  it.each([
    ["半夜停电 供电局的师傅一个小时就来了 谢谢", "power_supply"],
    ["小区保安大爷帮我把快递搬上了六楼 太感谢了", "property"],
    ["为扫街的大姐点赞 落叶一片都没有", "sanitation"],
    ["孩子的班主任周末还给他补课 表扬", "education"],
  ])("%s → %s", (text, expected) => {
    expect(praisedUnit(text)).toBe(expected);
  });

  it("names nobody when the praise thanks no unit or two", () => {
    expect(praisedUnit("谢谢社区的帮助")).toBeNull();
    expect(praisedUnit("感谢民警和物业一起帮我找回了电动车")).toBeNull();
  });
});

describe("owners the fifteenth round read across every read set", () => {
  const top = (category: string, runnerUp = "other") => [
    { category, probability: 0.5 },
    { category: runnerUp, probability: 0.2 },
  ];
  const owner = (text: string, ranked: ReturnType<typeof top>) => categoryByTaxonomy(text, ranked)?.category;

  it("files phone signal, broadband and parcel stations under no unit (其他)", () => {
    expect(owner("我们楼里手机信号很差，打电话老是断，运营商说要等", top("property"))).toBe("other");
    expect(owner("小区的宽带一到晚上就断网，报修了也没人上门", top("public_order"))).toBe("other");
    expect(owner("在门口快递驿站取个件要等半小时，老板还爱答不理", top("traffic"))).toBe("other");
    // Parcel lockers in a compound are its manager's; a courier's van on the pavement is traffic.
    expect(owner("小区里能不能装个快递柜，包裹放门卫那老丢", top("traffic"))).toBe("property");
    expect(owner("快递车天天停在路口卸货，把路堵了一半", top("traffic"))).toBeUndefined();
  });

  it("keeps 其他 for telecom when the classifier puts it first", () => {
    expect(
      insteadOfOther("地下车库一点手机信号都没有，找了运营商好几次也没下文", [
        { category: "other", probability: 0.45 },
        { category: "public_order", probability: 0.2 },
      ]),
    ).toBeNull();
  });

  it("does not read the motor lane pedestrians are pushed onto as a traffic matter", () => {
    expect(
      owner("路边雨水口被树叶堵住，积水漫过人行道，大家只好走到机动车道上", top("municipal")),
    ).toBeUndefined();
    expect(owner("有人在机动车道上摆了一排锥桶占车位", top("municipal"))).toBe("traffic");
  });

  it("files a lift added to an old block under its estate, unless the housing department runs it", () => {
    expect(owner("我们单元想加装电梯，一楼有一户不同意，这事怎么推进", top("construction"))).toBe("property");
    expect(owner("区住建局组织的加装电梯项目什么时候轮到我们小区", top("construction"))).toBeUndefined();
  });

  it("files a broken road surface under 市政设施 and road markings under traffic", () => {
    expect(owner("学校后面那条路坑坑洼洼，电动车骑过去直颠", top("traffic", "municipal"))).toBe("municipal");
    expect(owner("路面上的斑马线磨得看不见了，路口还有个大坑", top("traffic", "municipal"))).toBeUndefined();
  });

  it("files a block without power under the power company, and a manager's own cut-off under the estate", () => {
    expect(owner("整栋楼从早上就没电了，电梯也停了，老人下不了楼", top("property", "power_supply"))).toBe(
      "power_supply",
    );
    expect(owner("物业说我没交物业费，把我家的电给断了", top("property", "power_supply"))).toBeUndefined();
  });

  it("files cars smashed by someone unknown under the police, and falling things under the estate", () => {
    expect(owner("停在小区路边的两辆车夜里被人砸了车窗", top("property", "public_order"))).toBe(
      "public_order",
    );
    expect(owner("楼上掉下来一个花盆，我的车被砸了", top("property", "public_order"))).toBeUndefined();
  });

  it("files posted bills in a stairwell under sanitation", () => {
    expect(owner("单元楼道墙上贴满了办证的小广告，刚刷白的墙又花了", top("property", "sanitation"))).toBe(
      "sanitation",
    );
  });

  it("keeps a building crew's unpaid day wages with labour, though a decorating firm hired them", () => {
    expect(
      owner("一家装修公司招了我们几个干了二十天，说好日结，到现在一分没给", top("labor", "market")),
    ).toBeUndefined();
  });
});

describe("owners the sixteenth round read across every read set", () => {
  const top = (category: string, runnerUp = "other") => [
    { category, probability: 0.5 },
    { category: runnerUp, probability: 0.2 },
  ];
  const owner = (text: string, ranked: ReturnType<typeof top>) => categoryByTaxonomy(text, ranked)?.category;

  it("files snow and ice left on a public walkway under 市政设施, and ice from a leak or a compound elsewhere", () => {
    expect(owner("图书馆门口的台阶结了一层冰，一早就有人滑了一跤", top("public_order", "municipal"))).toBe(
      "municipal",
    );
    // Snow nobody swept is the street cleaners' round (环境卫生) since the thirty-seventh round.
    expect(owner("雪停了好几天，过街天桥上还是厚厚的雪没人清", top("sanitation", "municipal"))).toBe(
      "sanitation",
    );
    expect(owner("能不能早点组织人上街扫雪，别等大家都上班了", top("traffic", "municipal"))).toBe(
      "sanitation",
    );
    // The leak is the source: its owner, not the road's, must stop the water.
    expect(owner("消防栓漏了一夜，人行道上冻成一片冰", top("traffic", "municipal"))).toBeUndefined();
    // A compound's steps are its manager's (物业管理), not the road's.
    expect(owner("小区里的台阶结冰了，物业也不撒盐", top("health", "municipal"))).not.toBe("municipal");
  });

  it("files heating stopped under the heat company, unless the resident asks for relief", () => {
    expect(owner("我们这栋楼昨天夜里突然停暖了，一点消息都没有", top("property", "heating"))).toBe("heating");
    expect(
      owner(
        "家里就我一个老人，交不起取暖费，暖气停了，想请社区帮忙申请补贴",
        top("social_assistance", "heating"),
      ),
    ).toBeUndefined();
  });

  it("files a grate, a manhole cover, a railing or a speed bump stolen or broken under 市政设施", () => {
    expect(owner("菜场门口的雨水箅子昨晚让人偷走了两个", top("public_order", "municipal"))).toBe("municipal");
    expect(owner("桥头的护栏被车撞弯了，半截伸到路上", top("traffic", "municipal"))).toBe("municipal");
    expect(owner("学校门口的减速带碎了，螺丝都露在外面", top("public_order", "municipal"))).toBe("municipal");
    // A compound's own roads are its manager's; signals are the traffic police's.
    expect(owner("小区里的减速带坏了好久，物业一直不修", top("public_order", "municipal"))).toBeUndefined();
    expect(owner("路口红绿灯和护栏都被撞坏了", top("traffic", "municipal"))).toBeUndefined();
  });
});

describe("owners the seventeenth round read, kept after eval-fresh19", () => {
  const top = (category: string, runnerUp = "other") => [
    { category, probability: 0.5 },
    { category: runnerUp, probability: 0.2 },
  ];
  const owner = (text: string, ranked: ReturnType<typeof top>) => categoryByTaxonomy(text, ranked)?.category;

  it("files fallen leaves left lying under the street cleaners, and burnt or drain-choking leaves elsewhere", () => {
    expect(
      owner("菜市场东门那条路的银杏叶堆了好几天，踩上去滑溜溜的", top("public_order", "sanitation")),
    ).toBe("sanitation");
    expect(owner("能不能派人来扫扫落叶，公园北门人行道都看不见砖了", top("municipal", "sanitation"))).toBe(
      "sanitation",
    );
    // Smoke from leaves burnt is pollution's; a drain choked with leaves is the drain's.
    expect(owner("公园保洁把落叶扫成堆就地烧掉，烟飘得到处都是", top("public_order", "pollution"))).toBe(
      "pollution",
    );
    expect(owner("雨水口让落叶堵满了，一下雨路口就成了河", top("municipal", "sanitation"))).toBeUndefined();
  });

  it("files a free-ride card, a timetable or a metro exit under transport, and the senior card at the counter", () => {
    expect(owner("残疾人免费乘车的卡去哪申请？要带残疾证吗", top("government_service", "traffic"))).toBe(
      "traffic",
    );
    expect(owner("夜里十一点以后还有没有首班车之前的夜班线", top("other", "traffic"))).toBe("traffic");
    // The senior card is the counter's in every read set; a lost card with papers stays where it was read.
    expect(owner("老年卡过期了去哪儿换新的", top("government_service", "traffic"))).toBeUndefined();
    expect(owner("钱包丢了，身份证和公交卡都在里面", top("other", "traffic"))).toBeUndefined();
  });
});

describe("the hotline's own handling of a report", () => {
  const ranked = (category: string) => [
    { category, probability: 0.5 },
    { category: "other", probability: 0.2 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files a visit nobody made, a closed ticket with nothing done or a report passed around under 其他", () => {
    expect(owner("欠薪那件事系统里显示已办结，老板一分钱都没给", "labor")).toBe("other");
    expect(owner("说是回访过了我很满意，可我这个月一个电话都没接到", "public_order")).toBe("other");
    expect(owner("一件事从街道转到区里再转了三个部门，到现在没人管", "government_service")).toBe("other");
    // A report about an estate's lift that names the old ticket stays the estate's.
    expect(owner("电梯的事显示已办结，可电梯到现在还是停着", "property")).toBeUndefined();
  });
});

describe("owners the twentieth round read after eval-fresh20", () => {
  const ranked = (category: string) => [
    { category, probability: 0.5 },
    { category: "other", probability: 0.2 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files the centre's own people and service under 其他, told without a ticket word", () => {
    expect(owner("热线排队要等二十分钟，语音菜单还那么长，老人根本按不明白", "government_service")).toBe(
      "other",
    );
    expect(owner("感谢12345的工作人员，电话里特别耐心", "public_order")).toBe("other");
    expect(owner("办事的人打电话让我撤单，说撤了才给办，这算什么", "labor")).toBe("other");
    expect(owner("每次都说转给相关部门了，然后就没下文了", "public_order")).toBe("other");
    // A company's own service line is that company's.
    expect(owner("打热力公司热线一直排队，暖气还是冰凉", "property")).toBeUndefined();
  });

  it("keeps a first-placed 其他 for the centre's service and for lost and found", () => {
    const otherFirst = [
      { category: "other", probability: 0.35 },
      { category: "public_order", probability: 0.2 },
    ];
    expect(insteadOfOther("想谢谢上回那个接线的姑娘，我讲不清楚她一点都不急", otherFirst)).toBeNull();
    expect(insteadOfOther("在公园长椅上捡到一个钱包，里面有银行卡，交到哪里合适", otherFirst)).toBeNull();
  });

  it("files a structure built without a permit under 建设施工, even when the estate's manager does nothing", () => {
    expect(owner("我们楼顶层那户在天台上加盖了一间阳光房，物业说管不了", "property")).toBe("construction");
    expect(owner("隔壁单元一楼搭了个彩钢棚堆杂物，物业一直不管", "property")).toBe("construction");
    expect(owner("在自家院子里搭个棚子算不算违建？要办什么手续？", "government_service")).toBe(
      "construction",
    );
    // A compound nobody manages asks for a manager, whatever sheds it lists.
    expect(owner("我们院子无人管理，私搭乱建、路灯不亮，希望引入物业", "property")).toBeUndefined();
  });

  it("files a bus stop moved or removed under transport, and what happens at a stop elsewhere", () => {
    expect(owner("小区门口的公交站牌被挪到路口那边去了，也没贴个通知", "public_order")).toBe("traffic");
    expect(owner("公交站那边这几天老有人偷手机", "public_order")).toBeUndefined();
  });

  it("files lost and found under 其他, and a theft with the police", () => {
    expect(owner("我家的猫跑丢了，黑白花的，有人看见吗", "public_order")).toBe("other");
    expect(owner("捡到一只受伤的鸽子，不知道交给谁", "health")).toBe("other");
    expect(owner("出门忘了带，钥匙锁在屋里了，开锁的电话多少", "property")).toBe("other");
    expect(owner("我的钱包在地铁上被偷了", "public_order")).toBeUndefined();
  });

  it("files glare shining into homes under 污染, and floodlights on a site with the site", () => {
    expect(owner("街对面的灯箱广告通宵亮着，光照进卧室没法睡", "noise")).toBe("pollution");
    expect(owner("工地晚上开着大灯施工，光照进我家卧室", "noise")).not.toBe("pollution");
  });
});

describe("owners the twenty-first round read after eval-fresh22", () => {
  const ranked = (category: string) => [
    { category, probability: 0.5 },
    { category: "other", probability: 0.2 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files an estate's broken lift or stair rail under 物业 when a hospital visit or a fall is only the circumstance", () => {
    expect(owner("我们单元电梯坏了三天，我爸腿不好，后天还得去医院拆线", "health")).toBe("property");
    expect(owner("老楼的楼梯扶手断了好久，老人上下楼都摔过", "health")).toBe("property");
    // Someone hurt now, or a doctor or medicine named, is still health.
    expect(owner("我妈在楼梯上摔倒了，头磕破了，已经打了120", "health")).toBeUndefined();
    expect(owner("电梯坏了，社区医生没法上门给我爸换药", "health")).toBeUndefined();
  });

  it("files signing up to volunteer or to a choir under 其他, and volunteers wished for company with welfare", () => {
    expect(owner("退休了想当志愿者，去哪里报名，有年龄限制吗", "government_service")).toBe("other");
    expect(owner("社区的腰鼓队还招人吗？我想参加", "social_assistance")).toBe("other");
    expect(
      owner("想请志愿者每周来陪我奶奶聊聊天，做志愿服务的大学生也行", "social_assistance"),
    ).toBeUndefined();
    expect(owner("建议办个老年食堂，我愿意当志愿者帮忙", "social_assistance")).not.toBe("other");
  });

  it("files a pharmacy's prices and sales under 市场监管, and a pharmacy compared with a clinic with health", () => {
    expect(owner("街角那家药店一盒感冒药比网上贵了一半", "health")).toBe("market");
    expect(owner("那家药房卖消炎药从来不要处方", "public_order")).toBe("market");
    expect(owner("社区卫生站的药比药店还贵", "health")).toBeUndefined();
  });

  it("files short weight, prices off the tag and cards left on a closed shop under 市场监管", () => {
    expect(owner("菜场那个卖鸡蛋的秤不准，三斤只有两斤半", "public_order")).toBe("market");
    expect(owner("健身房办的年卡还剩大半年，老板跑路了", "public_order")).toBe("market");
    expect(owner("街边摊标价十块，结账收了二十", "public_order")).toBe("market");
    // A swindle by phone stays with the police.
    expect(owner("有人打电话冒充客服，说我卡里还有余额，让我转账激活", "public_order")).toBeUndefined();
  });

  it("files a lower floor's price for letting a lift be added under 邻里纠纷, and a proposed standard with the estate", () => {
    expect(owner("楼里要装电梯，一楼那家说要每户补偿他两万才签字", "construction")).toBe("neighbor_dispute");
    expect(owner("建议出台办法，一楼住户要求补偿的按统一标准给", "property")).toBeUndefined();
  });

  it("files a title deed or the housing fund at the counter, and demolition compensation with construction", () => {
    expect(owner("买的新房三年了产权证还没拿到，开发商一直拖", "construction")).toBe("government_service");
    expect(owner("住房公积金能不能取出来交首付？要什么手续", "construction")).toBe("government_service");
    expect(owner("老房拆迁的补偿是按房产证上的面积算吗", "construction")).toBeUndefined();
  });

  it("files public libraries, culture halls and sports venues under 其他, and a school's library with education", () => {
    expect(owner("区图书馆的自习室一到周末就占不到座，能不能多开一层", "education")).toBe("other");
    expect(owner("请问街道文化站的太极拳班什么时候招人", "government_service")).toBe("other");
    expect(owner("建议暑假开放学校的图书馆给附近孩子看书", "education")).toBeUndefined();
    expect(owner("在游泳馆办的年卡还没用完就说要关门，退钱也不给", "education")).toBeUndefined();
  });

  it("files someone alone after a fall who needs meals or shopping under 民生救助, and a doctor named with health", () => {
    expect(owner("我一个人住，前几天摔了一跤腰疼，做不了饭，社区能不能找人送饭", "health")).toBe(
      "social_assistance",
    );
    expect(owner("独居的大爷中风后下不了楼，想请医生上门看看", "health")).toBeUndefined();
  });

  it("files a family that can no longer pay for treatment under 民生救助, and a question about the illness with health", () => {
    expect(owner("我爸肝癌住院两个月，家里积蓄全花光了，还差一大笔手术费", "health")).toBe(
      "social_assistance",
    );
    expect(owner("我爸肝癌住院两个月，术后复查要去哪个科挂号", "health")).toBeUndefined();
  });

  it("files brothers who cannot agree over their parents' house under 邻里纠纷", () => {
    expect(owner("爸妈留下的房子我跟哥哥怎么分谈不拢，能找人调解吗", "construction")).toBe(
      "neighbor_dispute",
    );
  });

  it("files a broken compound gate or door entry under the estate, even after a theft", () => {
    expect(owner("院子的电动道闸坏了快两周，外面的车随便开进来，昨晚还丢了辆自行车", "public_order")).toBe(
      "property",
    );
    expect(owner("三号楼的门禁失灵了，陌生人随便进，楼道里贴满了小广告", "property")).toBe("property");
    expect(owner("门禁坏了以后有人冒充物业上门收钱，请派出所查一查", "public_order")).toBeUndefined();
  });

  it("files drills and hammers of a home renovation at the wrong hour under noise", () => {
    expect(owner("对门装修，早上七点就开电锤，物业说了也没用", "property")).toBe("noise");
    expect(owner("楼下晚上十点了还在用冲击钻，问了说在装修", "power_supply")).toBe("noise");
  });
});

describe("owners the twenty-fifth round read after eval-fresh25", () => {
  const ranked = (category: string) => [
    { category, probability: 0.5 },
    { category: "other", probability: 0.2 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files a lit sign or screen shining into a home at night under 污染, and a sign's loudspeaker or a loose board elsewhere", () => {
    expect(owner("商场外墙的大屏一直亮到凌晨，正好对着我家窗户，屋里跟白天一样", "municipal")).toBe(
      "pollution",
    );
    expect(owner("楼下新开的酒吧门口装了一排射灯，晚上扫来扫去照进屋里", "public_order")).toBe("pollution");
    expect(owner("广场的大屏每天放广告，声音大得我家关窗都能听见", "municipal")).toBeUndefined();
    expect(owner("路口那块广告牌的铁架子锈了，风一吹就晃，对面住户都害怕", "municipal")).toBeUndefined();
  });

  it("files farmland, irrigation and a village's collective affairs under 其他, and a subsidy or a village road where they were read", () => {
    expect(owner("我家那几亩承包地合同还有八年，村里说要收回去统一租给公司", "labor")).toBe("other");
    expect(owner("请问村里的集体分红是按户口算还是按户算", "social_assistance")).toBe("other");
    expect(owner("上游把水截了，我们这边的麦田一直浇不上，春灌的水啥时候放", "water_supply")).toBe("other");
    expect(owner("种粮补贴今年还没发，村里说要等通知", "government_service")).toBeUndefined();
    expect(owner("农民工在工地干了半年，工钱一分没拿到", "labor")).toBeUndefined();
  });

  it("files fishing with electricity or fine nets under 治安", () => {
    expect(owner("晚上总有人背着电瓶在河湾里电鱼，连鱼苗都不放过", "power_supply")).toBe("public_order");
    expect(owner("水渠里有人下了迷魂阵，一网下去小鱼全兜走了", "municipal")).toBe("public_order");
  });

  it("files a scenic spot's fees and shuttle under 市场监管", () => {
    expect(owner("景区停车场平时收十块，一到周末就涨到四十，也没个公示", "property")).toBe("market");
  });

  it("files thanks to a grid worker who looks after old people under 民生救助, and the police thanked beside her with the police", () => {
    expect(owner("谢谢社区的网格员小陈，每个月都来帮我这个独居老人交电费、换灯泡", "power_supply")).toBe(
      "social_assistance",
    );
    expect(owner("感谢网格员和派出所民警，连夜帮我们找到了走失的外婆", "public_order")).toBeUndefined();
  });

  it("files dog droppings left on streets and paths under 环境卫生, and one household's dogs as a quarrel", () => {
    expect(owner("河边绿道上到处是狗屎，遛狗的从来不带袋子", "public_order")).toBe("sanitation");
    expect(owner("隔壁那户养了三条狗，狗屎天天拉在我家门口", "public_order")).toBeUndefined();
  });

  it("files waste liquid poured into a drain or onto the road under 污染, and a blocked drain overflowing with the drain", () => {
    expect(owner("路口那家修车铺天天把换下来的机油倒进雨水口", "municipal")).toBe("pollution");
    expect(owner("菜场边上的鱼摊把污水直接倒进路边的沟里", "sanitation")).toBeUndefined();
    expect(owner("街口的下水道堵了，污水漫到马路上", "municipal")).toBeUndefined();
  });

  it("files burning in the open under 污染 wherever the smoke drifts, and a dumping ground that also burns with the cleaners", () => {
    expect(owner("小区后面的地里有人烧秸秆，烟全飘进楼里", "property")).toBe("pollution");
    expect(owner("请问在自家院子里烧落叶犯法吗，隔壁天天烧", "neighbor_dispute")).toBe("pollution");
    expect(
      owner("桥下空地被人倾倒了一大堆装修垃圾，晚上还有人在那焚烧，请尽快清运", "sanitation"),
    ).toBeUndefined();
  });

  it("keeps a culture hall's classes and a village's land under a first-placed 其他", () => {
    const otherFirst = [
      { category: "other", probability: 0.35 },
      { category: "government_service", probability: 0.3 },
    ];
    expect(insteadOfOther("请问区文化馆的国画班还收不收新学员，我刚退休想学学", otherFirst)).toBeNull();
    expect(insteadOfOther("请问村里的承包地到期以后还能不能接着种", otherFirst)).toBeNull();
    expect(insteadOfOther("请问学校图书馆暑假开不开放，孩子想去借书看看", otherFirst)?.category).toBe(
      "government_service",
    );
  });
});

describe("public fouling, read from every readable set together", () => {
  const ranked = (category: string) => [
    { category, probability: 0.5 },
    { category: "other", probability: 0.2 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files people relieving themselves in a corner or a passage under 环境卫生, and a broken toilet or a neighbour's dog elsewhere", () => {
    expect(owner("地铁口旁边的台阶底下天天有人随地小便，夏天那股尿骚味熏得人想吐", "municipal")).toBe(
      "sanitation",
    );
    expect(owner("广场东头那个公厕坏了半年，晚上好多人就在墙角方便", "municipal")).toBeUndefined();
    expect(owner("火车站旁边的涵洞里有人随地小便，里面的灯也坏了，晚上黑乎乎的", "municipal")).toBe(
      "sanitation",
    );
    expect(owner("对门邻居的狗天天在楼道里随地大小便", "property")).toBeUndefined();
  });
});

describe("owners the twenty-sixth round read after eval-fresh26", () => {
  const ranked = (category: string) => [
    { category, probability: 0.5 },
    { category: "other", probability: 0.2 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files an operator's fibre cut by a site, public WiFi and a mast's radiation under 其他", () => {
    expect(owner("隔壁修管道的挖掘机把整栋楼的光缆刨断了，电视和网都没了", "construction")).toBe("other");
    expect(owner("广场上的公共WiFi一直连不上，牌子上写着免费", "municipal")).toBe("other");
    expect(owner("物业把信号塔装在我家阳台对面，辐射会不会影响孩子", "pollution")).toBe("other");
    expect(owner("小区旁边的变电站扩建以后嗡嗡响，担心辐射", "pollution")).toBeUndefined();
    expect(owner("工地夜里还在打桩，吵得睡不着", "construction")).toBeUndefined();
  });

  it("files a canteen or a day centre for old people under 民生救助, not a restaurant's buffet", () => {
    expect(owner("社区的长者食堂周末不开门，老人只能吃剩饭", "market")).toBe("social_assistance");
    expect(owner("想问问日间照料中心接不接坐轮椅的老人", "health")).toBe("social_assistance");
    expect(owner("商场那家自助餐厅的海鲜不新鲜，吃完拉肚子", "market")).toBeUndefined();
  });

  it("files a social security card used at a hospital under the counter, and a swindle over it with the police", () => {
    expect(owner("社保卡在药房刷不出来，说是卡坏了，到哪里换新的", "health")).toBe("government_service");
    expect(owner("有人打电话冒充医保局说我社保卡要冻结，让我转账", "health")).toBe("public_order");
  });

  it("files an identity card or the pension check for someone who cannot come under the counter, a disability card with welfare", () => {
    expect(owner("奶奶瘫在床上，身份证过期了，派出所能不能派人上门拍照", "social_assistance")).toBe(
      "government_service",
    );
    expect(owner("我爸九十岁了刷脸做不了养老金认证，能不能请人上门", "social_assistance")).toBe(
      "government_service",
    );
    expect(owner("残疾证到期了，我下不了楼，能不能上门换证", "social_assistance")).toBeUndefined();
    expect(owner("刚来这边找工作，孩子户口在老家，日子过不下去了", "social_assistance")).toBeUndefined();
  });

  it("files a building's broken stair rail or lift under the estate, whoever needs it, and no lift at all with welfare", () => {
    expect(owner("我们单元楼梯扶手松了好几节，楼上都是老人，社区能不能帮忙", "social_assistance")).toBe(
      "property",
    );
    expect(owner("电梯坏了三天，我妈坐轮椅下不了楼", "social_assistance")).toBe("property");
    expect(
      owner("家住六楼没有电梯，老伴瘫痪，想请志愿者帮忙抬下楼去复查", "social_assistance"),
    ).toBeUndefined();
  });

  it("files a business run without a licence under 市场监管, a clinic without one elsewhere", () => {
    expect(owner("楼下有人在住宅里开了个无证的美容院，化学药水味道很大", "pollution")).toBe("market");
    expect(owner("巷子口的私人作坊没有营业执照，垃圾全倒在路边", "sanitation")).toBe("market");
    expect(owner("街口那家小诊所没有执照还给人打针", "public_order")).toBeUndefined();
  });

  it("files shared bicycles under 交通出行 wherever they are left, and a stolen one with the police", () => {
    expect(owner("物业把停在楼下的共享单车全拖走了，我还没还车", "property")).toBe("traffic");
    expect(owner("工地门口堆满了共享电单车，挡着人行道", "construction")).toBe("traffic");
    expect(owner("我停在路边的共享单车被人撬了锁骑走了", "public_order")).toBeUndefined();
  });

  it("files a metro station's exits and escalators under 交通出行, a metro site with the site", () => {
    expect(owner("地铁站东出口的电梯停了一个月，推婴儿车只能抬上去", "property")).toBe("traffic");
    expect(owner("修地铁的围挡把出口堵了，绕了一大圈", "construction")).toBeUndefined();
  });

  it("files a class for children run in a flat under 教育, and harm done to a child with the police", () => {
    expect(owner("对门在家里开了个辅导班，二十几个孩子挤一屋，这样合法吗", "public_order")).toBe("education");
    expect(owner("托管班的老师把我孩子打伤了，我要报警", "public_order")).toBeUndefined();
  });

  it("files two households the estate sent back to settle it themselves under 邻里纠纷, and a structure without a permit with the builder", () => {
    expect(owner("邻居的电动车天天停在我买的车位上，物业说这种事让我们自己协商", "property")).toBe(
      "neighbor_dispute",
    );
    expect(owner("楼上在阳台外面私搭了一间彩钢房，物业说管不了", "property")).not.toBe("neighbor_dispute");
    expect(owner("物业说管不了，楼道里的声控灯坏了一个月", "property")).toBeUndefined();
  });

  it("files a wedding's firecrackers at dawn under noise, and selling fireworks elsewhere", () => {
    expect(owner("隔壁楼办婚事，早上五点放鞭炮，整栋楼都被吵醒了", "public_order")).toBe("noise");
    expect(owner("婚庆店门口摆摊卖烟花爆竹，安全吗", "public_order")).not.toBe("noise");
  });
});

describe("owners the twenty-seventh round read after eval-fresh27", () => {
  const ranked = (category: string) => [
    { category, probability: 0.5 },
    { category: "other", probability: 0.2 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files fitness equipment and courts in a park under 市政设施, a compound's own and players quarrelling elsewhere", () => {
    expect(owner("街心花园那副单杠的横杆松了，一拉就晃，谁来修一下", "power_supply")).toBe("municipal");
    expect(owner("建议公园里添几台坐着也能用的健身器材，照顾坐轮椅的人", "social_assistance")).toBe(
      "municipal",
    );
    expect(owner("我们小区里的健身器材锈得不能用了，交了物业费也不修", "property")).toBeUndefined();
    expect(owner("打篮球的年轻人和跳舞的阿姨抢场地，天天吵", "sanitation")).toBeUndefined();
  });

  it("files a river turned black or milky, or waste piped into it, under 污染, a broken railing by the river elsewhere", () => {
    expect(owner("桥下那段河水这两天发黑，还浮着一层泡沫", "gas_supply")).toBe("pollution");
    expect(owner("看见有辆罐车半夜把什么东西排进了河里", "water_supply")).toBe("pollution");
    expect(owner("河边的护栏断了一截，有孩子差点掉进河里", "municipal")).toBeUndefined();
  });

  it("files a mixing plant and a muck truck shedding its load under 建设施工", () => {
    expect(owner("东边那个沥青拌合站一开工，半条街都是灰", "municipal")).toBe("construction");
    expect(owner("拉土的渣土车没盖篷布，一路撒下来全是土", "traffic")).toBe("construction");
  });

  it("files a structure a household builds on shared ground under 建设施工, a quarrel over a shed with the neighbours", () => {
    expect(owner("一楼那户在公共过道上盖了间小屋当厨房", "property")).toBe("construction");
    expect(owner("楼顶有人私建了一间铁皮房，风一吹就响", "public_order")).toBe("construction");
    expect(owner("楼下邻居在我窗下搭了个雨棚，我让他拆他不肯", "neighbor_dispute")).toBeUndefined();
  });

  it("files a stairwell filled with bicycles or e-bikes charging under 物业管理, a named neighbour at odds elsewhere", () => {
    expect(owner("三单元的楼道里停满了电动车，晚上还有人在楼道里充电", "public_order")).toBe("property");
    expect(owner("楼道里堆满了纸箱和童车，抬担架都过不去", "sanitation")).toBe("property");
    expect(owner("对门天天在楼道里充电，说他两句还吵起来", "power_supply")).toBeUndefined();
  });

  it("files a compound's own street lamps under 物业管理, a lamp at the gate or the signal with their owners", () => {
    expect(owner("院里的路灯坏了好几盏，晚上黑得看不清台阶", "municipal")).toBe("property");
    expect(owner("小区门口马路上的路灯坏了", "municipal")).toBeUndefined();
    expect(owner("学校门口的红路灯一直不亮，车都不减速", "municipal")).toBe("traffic");
  });

  it("files a dead animal left lying under 环境卫生, kittens to rescue elsewhere", () => {
    expect(owner("小广场边上有只死猫，好几天了都臭了", "municipal")).toBe("sanitation");
    expect(owner("有人把一袋死老鼠扔在巷子口", "public_order")).toBe("sanitation");
    expect(owner("母猫被车撞死了，剩下几只小猫没人管", "public_order")).toBeUndefined();
  });

  it("files a hurt wild animal under 其他, a neighbour's pigeons not", () => {
    expect(owner("阳台上落了一只翅膀受伤的鹰，飞不起来，交给谁", "health")).toBe("other");
    expect(owner("楼上养了一群鸽子，天天掉毛", "health")).toBeUndefined();
  });

  it("files gas cut off to a building under 燃气, and a person who stopped breathing elsewhere", () => {
    expect(owner("我们这栋楼从昨天起就停气了，说是换管子", "water_supply")).toBe("gas_supply");
    expect(owner("整个小区没气了，饭都做不成", "power_supply")).toBe("gas_supply");
    expect(owner("楼下大爷喘不上气，好像快没气了", "social_assistance")).toBeUndefined();
  });

  it("files a disabled person asking for a job under 劳动保障, a wish for a course or an allowance with welfare", () => {
    expect(owner("我腿有残疾，能坐着干活，想找份工作，社区有没有岗位介绍", "social_assistance")).toBe(
      "labor",
    );
    expect(owner("一个残疾姑娘想找工作，心愿是有人教她做手工", "social_assistance")).toBeUndefined();
    expect(owner("我是残疾人，想找份工作，也想问问有没有生活补贴", "social_assistance")).toBeUndefined();
  });

  it("files a renamed bus stop under 交通出行 and a swimming hall's opening hours under 其他", () => {
    expect(owner("那个公交站点改名了，站牌上也没写原来叫什么", "government_service")).toBe("traffic");
    expect(owner("游泳馆能不能周末早上也开放", "municipal")).toBe("other");
  });
});

describe("owners the twenty-eighth round read after eval-fresh28", () => {
  const ranked = (category: string) => [
    { category, probability: 0.5 },
    { category: "other", probability: 0.2 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files a compound's charging piles at fault under 物业管理, a household's own pile and a new one proposed elsewhere", () => {
    expect(owner("我们小区那排充电桩坏了一大半，每天晚上都抢不上", "power_supply")).toBe("property");
    expect(owner("家园北门的车棚顶破了个洞，一下雨车座全湿", "municipal")).toBe("property");
    expect(owner("想在小区自己车位上装个充电桩，供电公司要什么材料", "power_supply")).toBeUndefined();
    // Since the forty-fourth round a proposal for piles in a compound is the estate's (ten read lines
    // file it so, four 供电); one addressed to the power company stays where it is read.
    expect(owner("建议小区里多装几个电动车充电桩，省得大家拉线", "power_supply")).toBe("property");
    expect(owner("建议供电公司在小区里多装几个电动车充电桩", "power_supply")).toBeUndefined();
  });

  it("files parcel lockers under 物业管理 also when parcels went missing, a thief named with the police", () => {
    expect(owner("小区快递柜被撤了，包裹全扔在门岗地上，少了好几件", "public_order")).toBe("property");
    expect(owner("快递柜一半格子打不开，东西取不出来", "other")).toBe("property");
    expect(owner("有人专门撬快递柜偷东西，监控拍到了", "public_order")).toBeUndefined();
  });

  it("files e-bike plates under 交通出行, a dealer who promised one elsewhere", () => {
    expect(owner("电动车的牌照掉了一块，补一个要去哪里", "government_service")).toBe("traffic");
    expect(owner("车行说好帮我的电动车包上牌，钱收了一直没办", "government_service")).toBeUndefined();
  });

  it("files a public toilet's fittings under 市政设施, a theft or a quarrel beside one elsewhere", () => {
    expect(owner("菜场后面的公厕洗手池水管裂了，水流了一地", "water_supply")).toBe("municipal");
    expect(owner("路口公共厕所的灯坏了，晚上进去摸黑", "power_supply")).toBe("municipal");
    expect(owner("在公厕里手机被人偷了，能不能查监控", "public_order")).toBeUndefined();
    expect(owner("公厕旁边那户天天把杂物堆在门口，说了还吵", "water_supply")).toBeUndefined();
  });

  it("files a flat let to a crowd under 物业管理, a landlord at odds with his own tenant as a quarrel", () => {
    expect(owner("隔壁单元一套房子被二房东隔成八间，电闸天天跳", "power_supply")).toBe("property");
    expect(owner("楼下那套群租房的下水又堵了，污水冒到楼道", "construction")).toBe("property");
    expect(owner("我出租的房子被租客私下转成群租，他还不肯搬", "neighbor_dispute")).toBeUndefined();
  });
});

describe("owners residents name: committees, school buses, birth certificates, developers' parking", () => {
  const ranked = (category: string) => [
    { category, probability: 0.5 },
    { category: "other", probability: 0.2 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files an owners' committee under 物业管理, however its founding, accounts or factions are heard", () => {
    expect(owner("楼里想选个业主委员会，第一步要准备什么", "government_service")).toBe("property");
    expect(owner("业委会的账三年没公开，停车费的钱去哪了", "construction")).toBe("property");
    expect(owner("业委会签了楼顶基站的合同，租金一分没公示", "property")).toBe("property");
    expect(owner("两派业主在群里吵翻了，要请人来调解", "neighbor_dispute")).toBeUndefined();
  });

  it("files a school bus under 教育, a school gate jammed by cars with traffic", () => {
    expect(owner("学校的校车总是提前开走，孩子追不上", "traffic")).toBe("education");
    expect(owner("放学时校车和家长的车把校门口堵死了", "traffic")).not.toBe("education");
  });

  it("keeps a medical-insurance claim with health, its papers and window included", () => {
    // The read sets file a claim's papers both at the counter and with health; the convention kept
    // is health, the unit that owns the insurance.
    expect(owner("报销住院费的医保窗口说少一张原件，复印件行不行", "health")).toBeUndefined();
    const counterFirst = [
      { category: "government_service", probability: 0.5 },
      { category: "health", probability: 0.3 },
    ];
    expect(categoryByTaxonomy("医保报销要跑几个窗口，材料能不能列个清单？", counterFirst)?.category).toBe(
      "health",
    );
    expect(categoryByTaxonomy("爸妈在外省看病，回来医保怎么报销？", counterFirst)?.category).toBe("health");
  });

  it("files a birth certificate to correct or reissue at the counter, a newborn's illness with health", () => {
    expect(owner("孩子出生证明上的日期写错了，找谁改", "health")).toBe("government_service");
    expect(owner("刚拿到出生证明，宝宝黄疸一直没退", "health")).toBeUndefined();
  });

  it("files a short question about the electricity tariff under its subject, 供电", () => {
    const counterFirst = [
      { category: "government_service", probability: 0.5 },
      { category: "power_supply", probability: 0.2 },
    ];
    expect(categoryByTaxonomy("居民的阶梯电价按年算还是按月算？", counterFirst)?.category).toBe(
      "power_supply",
    );
    expect(categoryByTaxonomy("营业执照丢了怎么补办？", counterFirst)?.category).not.toBe("power_supply");
  });

  it("files a developer's parking spaces for sale under 物业管理, spaces by the road with traffic", () => {
    expect(owner("开发商说地下车位只卖不租，不买就没地方停", "traffic")).toBe("property");
    expect(owner("路边的停车位是开发商画的，收费谁定的", "traffic")).not.toBe("property");
  });
});

describe("owners for lift quarrels, deposits, stray dogs, agencies, bins, tactile paving and the hotline", () => {
  const ranked = (category: string) => [
    { category, probability: 0.5 },
    { category: "other", probability: 0.2 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files households of one block at odds over a lift under 邻里纠纷, the subsidy question not", () => {
    expect(owner("装电梯的钱怎么摊，五楼和二楼在群里骂了一个月", "property")).toBe("neighbor_dispute");
    expect(owner("楼里装电梯，一楼说挡他家采光，签好的字又反悔了", "property")).toBe("neighbor_dispute");
    expect(owner("加装电梯一楼不同意的话，政府补贴还能拿吗", "property")).toBeUndefined();
  });

  it("files a landlord keeping a deposit under 邻里纠纷, an agency's or a tenant stranded tonight not", () => {
    expect(owner("搬走一个月了，房东说洗衣机有划痕，押金扣了一半", "market")).toBe("neighbor_dispute");
    expect(owner("押金两千房东拖着不退，能不能请人说和一下", "social_assistance")).toBe("neighbor_dispute");
    expect(owner("中介替房东收的押金，退租时中介说不归他管", "market")).toBeUndefined();
    expect(owner("房东锁了门押金不退，我今晚住哪都不知道", "social_assistance")).toBeUndefined();
  });

  it("files stray dogs that chase or bite under 治安秩序, a bite's vaccine and a dead dog not", () => {
    expect(owner("小区后面的流浪狗天天追骑车的人，昨天还咬了个老人", "sanitation")).toBe("public_order");
    expect(owner("被流浪狗咬了一口，疫苗在哪打", "health")).toBeUndefined();
    expect(owner("野狗把垃圾袋扯得满地都是", "sanitation")).toBeUndefined();
  });

  it("files tactile paving blocked or cut under 市政设施, cars parked on it not", () => {
    expect(owner("路口的盲道中间立了根路灯杆", "traffic")).toBe("municipal");
    expect(owner("盲道上天天停满了车", "traffic")).toBeUndefined();
  });

  it("files a letting agency that keeps money under 市场监管, a proposal about agencies not", () => {
    expect(owner("租房中介收了看房押金，房子没看成也不退", "construction")).toBe("market");
    expect(owner("建议把正规中介的名单公布出来，方便租房的人查", "property")).toBeUndefined();
  });

  it("files veterans' allowances under 民生救助, a veteran's job question not", () => {
    expect(owner("我是复员军人，今年的优抚金一直没到账", "labor")).toBe("social_assistance");
    expect(owner("退伍以后想找份保安的工作，哪里有招聘会", "labor")).toBeUndefined();
  });

  it("files the hotline's callbacks and operators under 其他, a utility's own repair line not", () => {
    expect(owner("回访电话一天打好几遍，我说了满意还在打", "power_supply")).toBe("other");
    expect(owner("12345的接线员话没听完就说不归他们管", "power_supply")).toBe("other");
    expect(owner("供电所报修电话的接线员态度很好，当天就来修了", "power_supply")).toBeUndefined();
  });
});

describe("owners the thirty-first round read after eval-fresh31", () => {
  const ranked = (category: string) => [
    { category, probability: 0.5 },
    { category: "other", probability: 0.2 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files public rental and subsidised housing under 政务服务, a hardship plea read as welfare not", () => {
    expect(owner("排了两年公租房，摇号名单到现在也没公布", "construction")).toBe("government_service");
    expect(owner("经济适用房转手卖要交多少钱给政府", "construction")).toBe("government_service");
    expect(owner("我没工作带着孩子，能不能帮我们申请公租房", "social_assistance")).toBeUndefined();
  });

  it("files the heating company's fees and network under 供暖, an impostor in its name not", () => {
    expect(owner("热力公司说我家房子空着也要交三成热费，我从来没用过暖气", "construction")).toBe("heating");
    expect(owner("取暖费按建筑面积算还是按套内面积算，营业厅说法不一", "power_supply")).toBe("heating");
    expect(owner("有人自称热力公司的上门推销节能阀，要价三百", "public_order")).toBeUndefined();
    expect(owner("物业把暖气费和物业费捆在一起收", "property")).toBeUndefined();
  });

  it("files a KTV, a bar or a band at night under 噪音扰民, a fight outside a bar not", () => {
    expect(owner("楼下酒吧每晚放歌到两点，窗户关着也睡不着", "public_order")).toBe("noise");
    expect(owner("邻居办丧事请的乐队吹到半夜", "other")).toBe("noise");
    expect(owner("KTV门口喝醉的人天天打架", "public_order")).toBeUndefined();
  });

  it("files a heating substation's hum under 噪音扰民", () => {
    expect(owner("院里换热站的水泵整夜嗡嗡响，吵得睡不着", "property")).toBe("noise");
    expect(owner("换热站门口的井盖丢了", "property")).toBeUndefined();
  });

  it("files a restaurant's or a grill's fumes under 污染, stalls with their rubbish not", () => {
    expect(owner("底商饭店的排烟口正对我家窗户，满屋油烟味", "property")).toBe("pollution");
    expect(owner("楼下串店用木炭烤，烟顺着窗户往屋里钻", "sanitation")).toBe("pollution");
    expect(owner("流动摊贩晚上烤串，走了以后一地垃圾和油烟", "sanitation")).toBeUndefined();
  });

  it("files posted bills, sprayed numbers and strewn leaflets under 环境卫生, a swindle's leaflets not", () => {
    expect(owner("围墙上又被喷满了办证的电话号码", "construction")).toBe("sanitation");
    expect(owner("路口天天有人发传单，看完都扔地上", "public_order")).toBe("sanitation");
    expect(owner("有人在菜场门口发传单拉老人去听保健品讲座", "public_order")).toBeUndefined();
  });

  it("files the maintenance fund and the owners' meeting under 物业管理, thanks to a counter not", () => {
    expect(owner("卖房的时候维修基金能不能退给我", "construction")).toBe("property");
    expect(owner("业主大会投票，委托家里人去行不行", "government_service")).toBe("property");
    expect(owner("谢谢窗口的工作人员，帮我把维修基金的表填好了", "government_service")).toBeUndefined();
  });

  it("files a dog let loose without a lead that jumps at people under 邻里纠纷, a banned breed not", () => {
    expect(owner("对门的大狗从来不牵绳，扑了我女儿两回，主人还说它不咬人", "public_order")).toBe(
      "neighbor_dispute",
    );
    expect(owner("有人遛藏獒不拴绳，城区能养这种狗吗", "public_order")).toBeUndefined();
  });

  it("files a seller or a platform that will not make good under 市场监管, a driver keeping a lost bag not", () => {
    expect(owner("团购的牛奶过期了，团长说不关他事让找厂家", "other")).toBe("market");
    expect(owner("买的取暖器送到小区门口就坏了，商家说是快递摔的不换", "property")).toBe("market");
    expect(owner("手机落在车上，司机不还，平台说在联系", "public_order")).toBeUndefined();
  });

  it("leaves a question about the rules for dogs without a lead where it is read", () => {
    expect(owner("遛狗不牵绳会被罚款吗，有什么规定", "public_order")).toBeUndefined();
  });

  it("files bulky waste left by a block under 环境卫生, a neighbour's stairwell heap not", () => {
    expect(owner("旧家具旧床垫放楼下半个月了也没人拉走", "other")).toBe("sanitation");
    expect(owner("对门把旧家具堆在楼道里，我家轮椅出不去", "property")).toBeUndefined();
  });

  it("files a landlord going back on paying the heating under 邻里纠纷", () => {
    expect(owner("房东之前答应暖气费他出，现在不认了，非要我交，我们吵了好几次", "heating")).toBe(
      "neighbor_dispute",
    );
    expect(owner("暖气费涨了两块钱一平米，有文件吗", "heating")).toBeUndefined();
  });
});

describe("owners the thirty-second round read after eval-fresh32", () => {
  const ranked = (category: string) => [
    { category, probability: 0.5 },
    { category: "other", probability: 0.2 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files road works and building sites under 建设施工, the road's own lamps and a mended road not", () => {
    expect(owner("东街修路挖的沟两个礼拜没人管，边上也没拉警戒线", "municipal")).toBe("construction");
    expect(owner("旁边工地的塔吊天天从我们楼顶上转过去，吊着钢筋", "property")).toBe("construction");
    expect(owner("施工队把碎砖头全倒在我们院门口的绿地上", "sanitation")).toBe("construction");
    expect(owner("修路的时候把路灯线挖断了，一条街黑了十天", "municipal")).toBeUndefined();
    expect(owner("北街的路终于修好了，走着平平整整的", "municipal")).toBeUndefined();
    expect(owner("在工地干了半年，包工头一直拖着工钱", "public_order")).toBeUndefined();
  });

  it("files a landlord's or flatmate's utility bills under 邻里纠纷, a question of the lawful tariff not", () => {
    expect(owner("房东自己装了个电表，按三块一度收，表也不让我看", "construction")).toBe("neighbor_dispute");
    expect(owner("室友搬走了还差我三个月的水费电费没给", "gas_supply")).toBe("neighbor_dispute");
    expect(owner("房东按商用电价收我电费，这样合法吗", "power_supply")).toBeUndefined();
    expect(owner("前任房东欠的电费，物业让我来交", "power_supply")).toBeUndefined();
  });

  it("files a community activity room under 其他, a room the estate let out not", () => {
    expect(owner("社区活动室的灯坏了半个月，晚上下棋看不见", "municipal")).toBe("other");
    expect(owner("活动室周末能不能让年轻人也用一用", "government_service")).toBe("other");
    expect(owner("物业把活动室租给别人开了棋牌室", "municipal")).toBeUndefined();
  });

  it("files heaps of shared bicycles read as the cleaners' under 交通出行, an abandoned broken one not", () => {
    expect(owner("地铁口的共享单车堆了好几层，行人只能绕到马路上", "sanitation")).toBe("traffic");
    expect(owner("共享单车坏了扔在草丛里，车筐里全是垃圾", "sanitation")).toBeUndefined();
  });

  it("files a school's broadcast heard at home under 噪音扰民", () => {
    expect(owner("对面中学每天六点半就开喇叭放音乐，周末也放", "education")).toBe("noise");
    expect(owner("孩子在学校被同学欺负，老师也不管", "education")).toBeUndefined();
  });

  it("files scales that weigh short and broken check scales under 市场监管, a market's drain not", () => {
    expect(owner("早市那个卖肉的秤有问题，一斤少了一两多", "health")).toBe("market");
    expect(owner("菜场的公平秤坏了一个多月，想复秤都没处去", "municipal")).toBe("market");
    expect(owner("菜场后门的下水道堵了，污水流了一地", "municipal")).toBeUndefined();
  });

  it("files cut branches left in a heap under 环境卫生", () => {
    expect(owner("修剪下来的树枝堆在路口五天了，没人拉走", "municipal")).toBe("sanitation");
    expect(owner("路边的树枝伸到电线上了，刮风就晃", "municipal")).toBeUndefined();
  });
});

describe("owners the thirty-third round read after eval-fresh33", () => {
  const ranked = (category: string) => [
    { category, probability: 0.5 },
    { category: "other", probability: 0.2 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files someone posing as a utility or the community office under 治安秩序, asking how to tell not", () => {
    expect(owner("下午有人冒充供电所的上门，说电表要换新的，要先交三百", "power_supply")).toBe(
      "public_order",
    );
    expect(owner("两个人自称是燃气公司的人，进门看了一眼灶台就说要换阀门，收了我一百五", "gas_supply")).toBe(
      "public_order",
    );
    expect(owner("冒充居委会的人挨家收什么卫生检查费，我妈给了二十", "social_assistance")).toBe(
      "public_order",
    );
    expect(owner("楼道里贴的自来水公司停水通知，电话打过去要先交钱，是骗子吧", "water_supply")).toBe(
      "public_order",
    );
    expect(owner("燃气公司的人上门安检，怎么辨别是不是真的工作人员", "gas_supply")).toBeUndefined();
    expect(owner("燃气公司的师傅说我家阀门该换了，收五十是真的吗", "gas_supply")).toBeUndefined();
    expect(owner("燃气公司上门安检把我家地板踩脏了也不管", "gas_supply")).toBeUndefined();
  });

  it("files a children's class under 教育, a developer's promised kindergarten and a family's hardship not", () => {
    expect(owner("小区门口那个美术班二十几个孩子挤一间屋，只有一个门，出了事怎么跑", "construction")).toBe(
      "education",
    );
    expect(owner("想在家门口开个英语培训班，要去哪里办许可", "government_service")).toBe("education");
    expect(owner("幼儿园的老师罚孩子在门外站了一上午，园长还不认", "property")).toBe("education");
    expect(owner("买房时说好的配套幼儿园到现在还是一片空地", "construction")).toBeUndefined();
    expect(owner("我是低保户，孩子上幼儿园的保教费交不起，能不能减免", "government_service")).toBeUndefined();
    expect(owner("托管班的孩子在楼下被人偷了电话手表", "public_order")).toBeUndefined();
  });
});

describe("owners the thirty-fourth round read after eval-fresh34", () => {
  const ranked = (category: string) => [
    { category, probability: 0.5 },
    { category: "other", probability: 0.2 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files a residents' committee election under 政务服务, an owners' committee's and a village's not", () => {
    expect(owner("居委会换届的选民名单贴在物业门口，好多租户都没登记上", "property")).toBe(
      "government_service",
    );
    expect(owner("有人拿着鸡蛋挨家挨户拉票，说选他当居民代表", "public_order")).toBe("government_service");
    expect(owner("投票站在三楼，腿脚不好的老人上不去，能不能搬到一楼", "construction")).toBe(
      "government_service",
    );
    expect(owner("业委会选举物业自己安排候选人，我们不认", "property")).not.toBe("government_service");
    expect(owner("村里选组长有人送烟送酒拉票", "other")).toBeUndefined();
  });

  it("keeps a residence permit applied for at the counter, how long it must be held for school not", () => {
    expect(owner("续办居住证要房东到场签字，房东在外地回不来，孩子开学要用", "education")).toBe(
      "government_service",
    );
    expect(
      categoryByTaxonomy("续办居住证要房东签字，房东人在外地，孩子入学要用", [
        { category: "government_service", probability: 0.5 },
        { category: "education", probability: 0.3 },
      ])?.category,
    ).toBe("government_service");
    expect(owner("居住证要满一年孩子才能上小学吗", "education")).toBeUndefined();
  });

  it("files an animal clinic under 市场监管, not health", () => {
    expect(owner("宠物医院给我家狗开了一堆药，收了一千多也不给发票", "health")).toBe("market");
    expect(owner("小区旁边的兽医站打疫苗不登记", "health")).toBe("market");
    expect(owner("社区医院打疫苗排队太久", "health")).toBeUndefined();
  });

  it("files personal data leaked to sellers under 治安秩序", () => {
    expect(owner("天天有人打电话问我卖不卖房，连几楼都知道，信息泄露了吧", "property")).toBe("public_order");
    expect(owner("体检中心把我的电话泄露给卖保健品的了", "health")).toBe("public_order");
    expect(owner("物业把业主电话贴在公告栏上，也不打码", "property")).toBeUndefined();
  });

  it("files old people's day centres, meals and home care under 民生救助, food that made them ill not", () => {
    expect(owner("居家养老的护工说好每周来两次，这个月只来了一次", "labor")).toBe("social_assistance");
    expect(owner("日间照料中心的午饭十点半就开，太早了", "sanitation")).toBe("social_assistance");
    expect(owner("日间照料中心设在二楼，坐轮椅的老人上不去", "property")).toBeUndefined();
    expect(owner("老年餐的菜越来越少了，就几根青菜", "market")).toBe("social_assistance");
    expect(owner("老年食堂的饭吃完好几个老人拉肚子", "market")).toBeUndefined();
  });

  it("files a mediator asked for between households under 邻里纠纷, a claim against the estate not", () => {
    expect(owner("楼下住户把鸡笼放在楼道里，说了不听，恳请社区出面调解", "property")).toBe(
      "neighbor_dispute",
    );
    expect(owner("隔壁装修把我家墙震裂了，谈不拢，希望社区组织双方调解", "construction")).toBe(
      "neighbor_dispute",
    );
    expect(owner("我们几户住户和物业为公摊电费争了半年，请社区出面调解", "property")).toBeUndefined();
    expect(owner("业委会和物业闹翻了，请街道出面调解", "property")).not.toBe("neighbor_dispute");
  });

  it("files a missing or too steep kerb ramp under 市政设施, one blocked by parked bikes not", () => {
    expect(owner("天桥的无障碍坡道太陡了，轮椅推不上去", "construction")).toBe("municipal");
    expect(owner("路口没有坡道，推婴儿车只能抬上去", "traffic")).toBe("municipal");
    expect(owner("坡道上停满了电动车，轮椅过不去", "traffic")).toBeUndefined();
  });

  it("files a salon's or gym's prepaid card under 市场监管, working there not; an agent touting stays", () => {
    expect(owner("健身房的教练天天推销私教课，不买就甩脸色，卡里的钱也不给退", "labor")).toBe("market");
    expect(owner("我在美容院工作三个月了，老板一直拖着不给工资，说卡没卖够", "labor")).toBeUndefined();
    expect(owner("小区门口天天有中介拦着人问租房吗卖房吗", "property")).toBeUndefined();
    expect(owner("中介收了我的押金又说房子租出去了，押金不退", "property")).toBe("market");
  });

  it("files words sprayed on walls and notice boards under 环境卫生, a paint shop's smell not", () => {
    expect(owner("巷子口的墙上被人喷了一排开锁电话，刚刷的白墙", "municipal")).toBe("sanitation");
    expect(owner("小区宣传栏被人用红漆喷了骂人的字", "property")).toBe("sanitation");
    expect(owner("楼下汽修店天天喷漆，味道呛得开不了窗", "municipal")).toBeUndefined();
  });
});

describe("owners the thirty-fifth round read after eval-fresh35", () => {
  const ranked = (category: string) => [
    { category, probability: 0.5 },
    { category: "other", probability: 0.2 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files pigeons read as the estate's under 邻里纠纷, a loft called illegal or a hurt bird not", () => {
    expect(
      owner("对面楼顶那家养了一大群鸽子，天天往我家空调上落，拉得到处是", "construction"),
    ).toBeUndefined();
    expect(owner("楼上阳台的鸽笼越搭越多，物业说管不了", "property")).toBe("neighbor_dispute");
    expect(owner("楼顶的铁皮鸽子棚算不算违建，谁来拆", "construction")).toBeUndefined();
    expect(owner("捡到一只受伤的鸽子，翅膀飞不起来了", "other")).toBeUndefined();
    expect(owner("鸽子在楼顶踩坏了防水层，顶楼漏雨", "property")).toBeUndefined();
  });

  it("files recycling points and old-clothes bins under 环境卫生, a scrap yard's smoke not", () => {
    expect(owner("小区门口那个旧衣回收箱被撬了，衣服扔了一地", "public_order")).toBe("sanitation");
    expect(owner("智能回收机扫码投了瓶子，积分一直没到账", "market")).toBe("sanitation");
    expect(owner("后面的废品站天天烧电线，黑烟呛人", "pollution")).toBeUndefined();
    expect(
      owner("我一个人住，旧衣柜太沉搬不动，旁边有回收点但拿不过去", "social_assistance"),
    ).toBeUndefined();
  });

  it("files children running or practising the piano upstairs under 噪音扰民, a wish or a mediation not", () => {
    expect(owner("楼上孩子每天晚上拍球跳绳到十一点", "education")).toBe("noise");
    expect(owner("隔壁小孩练钢琴一练就是三个小时", "social_assistance")).toBe("noise");
    expect(
      owner("困难家庭的孩子想要一根跳绳参加比赛，谁能帮他实现心愿", "social_assistance"),
    ).toBeUndefined();
    expect(owner("楼上孩子跑跳，两家吵了好几次，请社区调解", "public_order")).not.toBe("noise");
  });

  it("files classes and care for schoolchildren in the holidays under 教育", () => {
    expect(owner("社区的暑期班只收本地户口的孩子，外地的不让报", "government_service")).toBe("education");
    expect(owner("楼下有人在家里开托管班，中午一群孩子在楼道里闹", "municipal")).toBe("education");
    expect(owner("托管班在院子里用彩钢板搭了两间教室", "construction")).toBeUndefined();
  });

  it("files the community's own rooms and classes for adults under 其他, children's classes not", () => {
    expect(owner("社区的老年手机班什么时候再开，我想学怎么网上挂号", "education")).toBe("other");
    expect(owner("社区图书室周末能不能开门", "government_service")).toBe("other");
    expect(owner("老年活动室的空调坏了两个月没人修", "power_supply")).toBe("other");
    expect(owner("社区书法班能不能也收小学生", "education")).toBeUndefined();
    expect(owner("活动室被物业改成了仓库", "property")).toBeUndefined();
  });

  it("keeps praise for the teacher of the community's class for adults off the school", () => {
    expect(praisedUnit("感谢社区手机课的王老师，我终于会视频通话了")).toBeNull();
    expect(praisedUnit("感谢社区暑期班的王老师，孩子作业进步很大")).toBe("education");
  });

  it("files the community's group chat under 其他, a swindler posting in it not", () => {
    expect(owner("刚搬来想进小区的居民群，该找谁拉我", "construction")).toBe("other");
    expect(owner("社区群主天天半夜发通知还@所有人", "public_order")).toBe("other");
    expect(owner("有人在居民群里冒充社区发链接骗钱，群主也不管", "public_order")).toBeUndefined();
  });

  it("files a proposal about the hotline's tickets under 其他, thanks for a problem put right not", () => {
    expect(owner("建议12345的工单办结前先问问我们满不满意，别打个电话就算办结", "labor")).toBe("other");
    expect(owner("感谢12345热线，工单第二天就办结了，施工围挡挪开了", "construction")).toBeUndefined();
  });

  it("files the estate's fees and parking under 物业管理 though the housing department is asked", () => {
    expect(owner("新物业一来就把物业费翻了一倍，请住建部门查一查", "construction")).toBe("property");
    expect(owner("车位只售不租，空着也不租给业主", "construction")).toBe("property");
    expect(owner("老旧小区改造把绿地铲了铺成车位", "construction")).toBeUndefined();
  });
});

describe("owners the thirty-sixth round read after eval-fresh36", () => {
  const ranked = (category: string) => [
    { category, probability: 0.5 },
    { category: "other", probability: 0.2 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files a compound's bike shed under 物业管理, a theft from it or a shed built without a permit not", () => {
    expect(owner("小区自行车棚的灯坏了一个月，晚上推车摸黑", "traffic")).toBe("property");
    expect(owner("车棚顶上的石棉瓦裂了，下雨插座全湿了", "power_supply")).toBe("property");
    expect(owner("车棚里停了好几辆没人要的破三轮", "sanitation")).toBe("property");
    expect(owner("车棚里昨晚又丢了两个电瓶", "traffic")).toBeUndefined();
    expect(owner("一楼那户在车棚边上搭了个彩钢房", "sanitation")).toBeUndefined();
    // A bus shelter (候车棚) is the bus company's.
    expect(owner("公交站的候车棚顶被风刮歪了", "traffic")).toBeUndefined();
  });

  it("files neighbours smoking on the common stairs under 邻里纠纷", () => {
    expect(owner("我们单元楼梯间总有人抽烟，能不能请社区去劝劝", "other")).toBe("neighbor_dispute");
    expect(owner("楼道里有人吸烟，老人闻了直咳嗽", "health")).toBe("neighbor_dispute");
    expect(owner("楼下烧烤店的油烟天天往楼道里灌", "pollution")).toBeUndefined();
  });

  it("files a landlord's quarrel with a tenant and a deposit kept under 邻里纠纷, hardship not", () => {
    expect(owner("我是房东，租客半年没交房租，电话也打不通，能帮忙联系一下吗", "social_assistance")).toBe(
      "neighbor_dispute",
    );
    expect(owner("退房时房东说沙发坏了，押金一分不退，这合理吗", "government_service")).toBe(
      "neighbor_dispute",
    );
    expect(owner("房东要涨房租，合同还没到期呢", "construction")).toBe("neighbor_dispute");
    expect(owner("失业了房租交不起，房东要赶我们走，能申请点救助吗", "social_assistance")).toBeUndefined();
    expect(owner("能不能开个居住证明，我要和房东打官司要回押金", "government_service")).toBeUndefined();
  });

  it("files the yearly pension check for someone who cannot come at the counter, a stopped pension not", () => {
    expect(owner("我妈的养老金资格认证还没做，她卧床出不了门，怎么办", "social_assistance")).toBe(
      "government_service",
    );
    expect(owner("老人不会在手机上做养老金资格认证，社区能上门帮忙吗", "labor")).toBe("government_service");
    expect(owner("没做资格认证，养老金停发了三个月，能补发吗，他出不了门", "labor")).toBeUndefined();
  });

  it("keeps a shop's worker's quarrel with the shop under labour", () => {
    expect(owner("奶茶店把我辞退了，说好的补偿一分没给", "labor")).toBeUndefined();
    expect(owner("在装修公司干活摔伤了，公司不认工伤", "labor")).toBeUndefined();
    expect(owner("奶茶店办的充值卡不给退", "labor")).toBe("market");
  });

  it("keeps a mediation asked between two households though the police are asked to stand by", () => {
    const quarrel = [
      { category: "neighbor_dispute", probability: 0.8 },
      { category: "public_order", probability: 0.1 },
    ];
    expect(categoryByTaxonomy("对门装的摄像头对着我家，请社区调解，必要时请派出所到场", quarrel)).toBeNull();
  });

  it("follows an operator routing a call to the counter, labour or the transport department", () => {
    const caller = [
      { category: "health", probability: 0.5 },
      { category: "other", probability: 0.2 },
    ];
    expect(categoryByOperator(["我帮您转政务服务中心查询"], caller)?.category).toBe("government_service");
    expect(categoryByOperator(["好的，我们转劳动保障部门"], caller)?.category).toBe("labor");
    expect(categoryByOperator(["好的，转交通部门核实"], caller)?.category).toBe("traffic");
  });
});

describe("owners the thirty-seventh round read after eval-fresh37", () => {
  const ranked = (category: string, runnerUp = "other") => [
    { category, probability: 0.5 },
    { category: runnerUp, probability: 0.2 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files a shop's or a hawker's loudspeaker under 噪音扰民, car horns and the estate's not", () => {
    expect(owner("街口那家鞋店的喇叭一天到晚喊清仓甩卖", "sanitation")).toBe("noise");
    expect(owner("卖菜的三轮车挂个小喇叭 天不亮就开始喊", "water_supply")).toBe("noise");
    expect(owner("路口车堵死了，汽车喇叭响个不停", "traffic")).toBeUndefined();
    expect(owner("物业在楼下装了大喇叭天天广播", "sanitation")).toBeUndefined();
  });

  it("files the community's canteen for old people under 民生救助, food that made people ill not", () => {
    expect(owner("感谢社区的长者食堂，饭菜软和，天天有汤", "other")).toBe("social_assistance");
    expect(
      categoryByTaxonomy("老年食堂能不能加个晚饭", ranked("social_assistance", "market"))?.probability,
    ).toBe(0.7);
    expect(owner("老年食堂的饭菜是馊的，吃了好几个人拉肚子", "government_service")).not.toBe(
      "social_assistance",
    );
  });

  it("files snow unswept on a street under 环境卫生, a compound's snow under 物业管理", () => {
    expect(owner("菜场那条街的雪一个礼拜没人扫，全踩成冰了", "municipal")).toBe("sanitation");
    expect(owner("能不能在学校门口撒点融雪剂，孩子们一步一滑", "education")).toBe("sanitation");
    // A walkway's own remedy (mats, rails) stays the road owner's.
    expect(owner("人行天桥台阶结冰了，建议铺上防滑垫", "municipal")).not.toBe("sanitation");
    expect(owner("我们单元门口的冰好几天了也没人铲", "municipal")).toBe("property");
    expect(owner("地下车库出口的坡道结冰了，车开不上去", "traffic")).toBe("property");
    // Ice from a leak stays with the leak; "伤口上撒盐" is no snow.
    expect(owner("楼道暖气漏水，单元门口结冰了", "heating")).toBeUndefined();
    expect(owner("医院不认错还在伤口上撒盐", "health")).toBeUndefined();
  });

  it("files a street stall in the way under 环境卫生, a stall keeper's hardship not", () => {
    expect(owner("早市的三轮车把小区的消防通道都堵了", "traffic")).toBe("sanitation");
    expect(owner("小吃摊的油污直接倒进学校门口的下水道", "education")).toBe("sanitation");
    expect(owner("我在路边摆摊卖菜，老伴病了，家里实在困难", "social_assistance")).toBeUndefined();
    expect(owner("夜市很热闹，我们都爱去逛", "traffic")).toBeUndefined();
  });

  it("files the estate's fee billed with the heating fee under 物业管理", () => {
    expect(owner("物业费和取暖费必须一起交吗", "heating")).toBe("property");
    expect(owner("暖气费今年涨了", "heating")).toBeUndefined();
  });
});

describe("owners the thirty-eighth round read after eval-fresh38", () => {
  const ranked = (category: string, runnerUp = "other") => [
    { category, probability: 0.5 },
    { category: runnerUp, probability: 0.2 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files cable TV and lines cut by roadworks under 其他, the operators' matter", () => {
    expect(owner("修下水管道把我们楼的有线电视线挖断了，一直没信号", "construction")).toBe("other");
    expect(owner("外面修管子，家里网线断了三天没网", "power_supply")).toBe("other");
    expect(owner("工地半夜还在打桩", "construction")).toBeUndefined();
  });

  it("files a public drinking fountain under 市政设施", () => {
    expect(owner("公园门口的直饮水机坏了，一按就漏水", "water_supply")).toBe("municipal");
    expect(owner("站台边上能不能装个饮水机", "traffic")).toBe("municipal");
    expect(owner("自来水发黄，烧开了还有沉淀", "water_supply")).toBeUndefined();
  });

  it("files water pressure too low under 供水, a fire hose and a purifier not", () => {
    expect(owner("我们楼七层以上水压太低，热水器打不着火，物业说是水厂的事", "property")).toBe(
      "water_supply",
    );
    expect(owner("装了净水器以后水压变小了，卖的人找不到", "market")).toBeUndefined();
  });

  it("files prepaid meters and power resold by a manager under 供电, the estate cutting power for its fee not", () => {
    expect(owner("预付费电表充了钱不到账，半夜就跳闸了", "property")).toBe("power_supply");
    expect(owner("商场物业转供电每度多收五毛，有没有人管", "market")).toBe("power_supply");
    expect(owner("物业把我家电卡停了，说是欠物业费", "property")).toBeUndefined();
    // "转供电公司" is an operator routing to the power company, not resold power.
    expect(owner("树枝压着电线，我记下来转供电公司处理", "municipal")).toBeUndefined();
  });

  it("files a shop's sign too bright or flashing at night under 污染, a lift's screen not", () => {
    expect(owner("对面饭店的招牌一闪一闪到半夜，晃得睡不着", "noise")).toBe("pollution");
    expect(owner("楼下新装的灯带整宿亮着，屋里跟白天一样", "municipal")).toBe("pollution");
    expect(owner("电梯里的广告屏晚上声音也很大", "property")).toBeUndefined();
  });

  it("does not read a block without a lift as a block without power", () => {
    expect(owner("我家住五楼没电梯，老人下不了楼", "property")).not.toBe("power_supply");
    expect(owner("整个单元停电了，电梯也停了", "property")).toBe("power_supply");
  });

  it("files a compound's ramp under 物业管理 when the estate or its gate is named", () => {
    expect(owner("单元门口的无障碍坡道被物业堆了杂物，轮椅出不去", "sanitation")).toBe("property");
    expect(owner("小区门口的坡道太陡，推车都上不去", "municipal")).toBe("property");
    expect(owner("地铁口的坡道被小区物业的车挡了", "traffic")).toBeUndefined();
  });

  it("files a school bus stop taken or badly placed under 交通出行, the bus itself under 教育", () => {
    expect(owner("学校门口的校车停靠点被私家车占了", "education")).toBe("traffic");
    expect(owner("校车停靠点设在主路边，孩子下车就是车流", "traffic")).toBe("traffic");
    expect(owner("校车司机开得太快", "traffic")).toBe("education");
  });

  it("files the compound's parking revenue under 物业管理", () => {
    expect(owner("小区停车费一年收几十万，钱去哪了，门口的路也不修", "municipal")).toBe("property");
  });

  it("files a boxing or taekwondo studio gone with prepaid lessons under 市场监管", () => {
    expect(owner("跆拳道馆关门了，孩子还有三十节课没上", "public_order")).toBe("market");
  });
});

describe("owners the thirty-ninth round read after eval-fresh39", () => {
  const ranked = (category: string, runnerUp = "other") => [
    { category, probability: 0.5 },
    { category: runnerUp, probability: 0.2 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files a compound's guard asleep or away from the gate under 物业管理, a theft reported to the police not", () => {
    expect(owner("我们院门口那个看门的保安天天夜里趴着睡觉，谁都能进", "public_order")).toBe("property");
    expect(owner("小区北门门岗晚上经常空着，车随便开进来", "traffic")).toBe("property");
    expect(owner("楼下车被划了，保安也不在，已经报警了，派出所来看过", "public_order")).toBeUndefined();
  });

  it("files a manhole cover anywhere under 市政设施, a water meter's pit not", () => {
    expect(owner("学校旁边那块井盖一有车开过就哐哐响", "education")).toBe("municipal");
    expect(owner("菜场门口的窨井盖子翘起来了", "market")).toBe("municipal");
    expect(owner("水表井的井盖丢了，表都冻坏了", "water_supply")).toBeUndefined();
  });

  it("reads a kerb by any of its names as street furniture", () => {
    expect(owner("路口的马路牙子被大车压断了一截", "traffic")).toBe("municipal");
    expect(owner("人行道边的路缘石碎了好几块", "traffic")).toBe("municipal");
  });

  it("files trees that shut out the light under 市政设施 when read as noise or building", () => {
    expect(owner("楼前那排杨树长得太高，屋里白天都要开灯", "noise")).toBe("municipal");
    expect(owner("院墙外的梧桐太密了，一楼常年见不到太阳", "construction")).toBe("municipal");
    // A neighbour's own tree is the households' quarrel: not moved.
    expect(owner("隔壁种的树太高挡了我家阳光", "neighbor_dispute")).toBeUndefined();
  });

  it("files sprinklers of a lawn that water the pavement under 环境卫生", () => {
    expect(owner("路口草坪的喷头老往人行道上喷，鞋都湿了", "municipal")).toBe("sanitation");
  });

  it("files one household's fumes, drips and leaks into another's home under 邻里纠纷, a restaurant's not", () => {
    expect(owner("楼下那户天天炸东西，油烟全飘进我家卧室", "pollution")).toBe("neighbor_dispute");
    expect(owner("楼上晾衣服的水一直滴到我家窗台上", "water_supply")).toBe("neighbor_dispute");
    expect(owner("楼下饭店的油烟直冲我家窗户", "pollution")).toBeUndefined();
    expect(owner("楼上漏水到我家，物业一直推说不归他们管", "property")).toBeUndefined();
    // Water running down the stairwell or into a lift shaft is the building's, whoever's pipe burst.
    expect(owner("楼上水管爆了，水顺着楼道往下流，灌进电梯了", "property")).toBeUndefined();
  });

  it("files two households claiming one parking space and a neighbour's dog bite unpaid under 邻里纠纷", () => {
    expect(owner("我租的车位，对面那家非说是他们的，天天停", "property")).toBe("neighbor_dispute");
    expect(owner("邻居家的狗把我咬了，打针花了一千，狗主人不肯赔", "health")).toBe("neighbor_dispute");
    expect(owner("小区里的流浪狗咬了人，主人是谁也不知道，谁负责", "health")).not.toBe("neighbor_dispute");
  });

  it("files a humming transformer under 供电 and e-bikes charged in a lobby under 物业管理", () => {
    expect(owner("楼后的变压器整夜嗡嗡响", "noise")).toBe("power_supply");
    expect(owner("单元一楼大厅停满了电动车，还有人拉线充电", "power_supply")).toBe("property");
  });
});

describe("owners the fortieth round read after eval-fresh40", () => {
  const ranked = (category: string) => [
    { category, probability: 0.5 },
    { category: "other", probability: 0.1 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files a person's certificate the community writes under 政务服务, a school's or employer's paper not", () => {
    expect(owner("去社区开个亲属关系证明，说盖章的人不在，让下周再来", "social_assistance")).toBe(
      "government_service",
    );
    expect(owner("转学要原来的学校开什么证明", "education")).toBeUndefined();
    expect(owner("公司倒闭了，失业金要公司开证明吗", "labor")).toBeUndefined();
    // Real letters to a board name many papers: family planning's, the army's, a tender's.
    expect(owner("计生办说不结扎就不给开证明，孩子上不了户口", "health")).toBeUndefined();
  });

  it("files a bank's or post office's branch under 其他, a fraud in a bank's name not", () => {
    expect(owner("那家银行网点只开了一个窗口，老人排了一上午", "government_service")).toBe("other");
    expect(owner("邮局窗口领个包裹要排四十分钟", "traffic")).toBe("other");
    expect(owner("有人冒充银行工作人员上门让老人转账", "public_order")).toBeUndefined();
    // A branch's own staff writing about their hours are workers.
    expect(owner("我是银行网点的柜员，每天加班到九点没有加班费", "labor")).toBeUndefined();
  });

  it("files a pharmacy's or an optician's prices and an operator's plans under 市场监管", () => {
    expect(owner("小区门口药店的退烧药一盒卖到六十多", "health")).toBe("market");
    expect(owner("那家药店坐堂医生开的药根本不对症", "health")).toBeUndefined();
    expect(owner("营业厅给我妈办了个套餐，每个月多扣八十", "social_assistance")).toBe("market");
  });

  it("files spoiled food sold in a shop and a price over the tag under 市场监管", () => {
    expect(owner("超市里卖的酸奶过期三天了还在架子上", "government_service")).toBe("market");
    expect(owner("那家奶茶店标价12收15", "property")).toBe("market");
    expect(owner("小区垃圾桶旁边苍蝇成群", "sanitation")).toBeUndefined();
  });

  it("files a laundry's exhaust under 污染, delivery riders on the pavement under 交通, a gym's din under noise", () => {
    expect(owner("楼下干洗店的排气口一直冲着我家窗户，一股药水味", "gas_supply")).toBe("pollution");
    expect(owner("外卖骑手天天在人行道上骑得飞快，差点撞到老人", "public_order")).toBe("traffic");
    expect(owner("外卖电动车都停在人行道上，走都走不过去", "municipal")).toBeUndefined();
    expect(owner("楼下健身房晚上摔杠铃，咚咚响到十一点", "property")).toBe("noise");
  });

  it("files unpaid wages under 劳动保障, a developer's stalled site not", () => {
    expect(owner("在工地干了三个月，工钱一分没拿到", "other")).toBe("labor");
    expect(owner("楼盘停工了，开发商还欠着工人的工资，我们的房子什么时候交", "construction")).toBeUndefined();
  });
});

describe("owners the forty-first round read after eval-fresh41", () => {
  const ranked = (category: string) => [
    { category, probability: 0.5 },
    { category: "other", probability: 0.1 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files an event the community runs under 其他, a talk against fraud or a school's event not", () => {
    expect(owner("桃南社区组织的猜谜晚会奖品发到一半就没了，后面的人白排队", "market")).toBe("other");
    expect(owner("社区办的“邻里厨艺大赛”评委都是自己人，结果早就定好了", "education")).toBe("other");
    expect(owner("建议社区多办几次防诈骗讲座，老人老是被电话骗", "public_order")).toBeUndefined();
    expect(owner("社区广场上搞活动，音响从早响到晚，上夜班的没法睡", "noise")).toBeUndefined();
    // A talk on a unit's subject asks that unit.
    expect(owner("建议社区搞个燃气安全讲座，很多老人不会关阀门", "gas_supply")).toBeUndefined();
    // A developer's offer in quotes is a sale, not the community's event.
    expect(owner("售楼处说参加“交一万抵两万”活动，结果下周就降价了", "market")).toBeUndefined();
  });

  it("files a lost-property desk asked about under 其他, one at a service centre not", () => {
    expect(owner("请问社区有没有失物招领？孩子的水壶落在广场了", "public_order")).toBe("other");
    expect(owner("政务服务中心有没有失物招领，我的文件袋落在窗口了", "government_service")).toBeUndefined();
    expect(owner("在公交站台捡到一个钱包，交给谁", "traffic")).toBe("other");
  });

  it("files couriers kept out at a compound's gate and doors opened by face or phone under the estate", () => {
    expect(owner("小区保安不让快递车进，快递只能堆在大门外的地上", "traffic")).toBe("property");
    // Read as the estate's already, the reading is kept against the riders' traffic rule.
    expect(owner("我是送快递的，大厦保安不让我们坐电梯，门口也不让停车", "property")).toBe("property");
    expect(owner("我是送外卖的，那栋楼保安不让我们进电梯", "public_order")).toBe("property");
    expect(owner("快递员在人行道上卸货，保安也不管，路都堵了", "municipal")).toBeUndefined();
    expect(owner("单元门换成刷脸开门了，我妈录了三次都认不出来", "public_order")).toBe("property");
    expect(owner("物业费现在只能扫码交，拿现金去不收", "social_assistance")).toBe("property");
    expect(owner("有人冒充物业在群里发收费二维码骗钱", "public_order")).toBeUndefined();
  });

  it("keeps the counter's portal and registering where one lives at the counter", () => {
    expect(owner("一网通办上办灵活就业登记，一提交就显示系统繁忙", "government_service")).toBe(
      "government_service",
    );
    expect(owner("政务自助机打印不出社保缴费证明，一直读卡失败", "labor")).toBe("government_service");
    expect(owner("刚租了房子，居住登记在哪办，网上能不能办", "public_order")).toBe("government_service");
    expect(owner("孩子打疫苗要居住证，我们还没办居住证", "health")).toBeUndefined();
  });

  it("files the grid company's app under 供电 and codes that lead to swindles under 治安", () => {
    expect(owner("租的房子电表是房东的名字，网上国网绑定不了，我怎么交电费", "neighbor_dispute")).toBe(
      "power_supply",
    );
    expect(owner("楼下贴着“扫码领补贴”，扫进去要填银行卡号，是不是骗人的", "social_assistance")).toBe(
      "public_order",
    );
    expect(owner("手机店让我扫码办以旧换新，结果给我开了分期贷款，合同我都没见过", "market")).toBeUndefined();
  });
});

describe("owners the forty-second round read after eval-fresh42", () => {
  const ranked = (category: string) => [
    { category, probability: 0.5 },
    { category: "other", probability: 0.1 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files the community's own shop fronts let to tenants under 其他, a tenant's quarrel not", () => {
    expect(owner("社区那两间沿街铺面明年还出租吗，租金怎么定，想报个名", "government_service")).toBe("other");
    expect(owner("我租的是社区集体的门市，到期以后能不能接着续", "social_assistance")).toBe("other");
    expect(owner("我租了社区的铺面开早点铺，隔壁烧烤店的油烟全灌进我店里", "pollution")).toBeUndefined();
    expect(owner("建议利用社区闲置用房办个托育点，租金低一点", "education")).toBeUndefined();
  });

  it("files whether fireworks may be let off under 治安, the din and the litter not", () => {
    expect(owner("元旦晚上在小区广场放点烟花可以吗，要不要跟谁说一声", "other")).toBe("public_order");
    expect(owner("城区禁放的区域今年有没有变，我们这条街算不算", "government_service")).toBe("public_order");
    expect(owner("楼下结婚放了半小时鞭炮，能不能放还不是他说了算", "other")).toBeUndefined();
    expect(owner("放完的鞭炮纸屑堆在门口没人扫，这能放吗", "sanitation")).toBeUndefined();
  });

  it("files leaves or branches burnt in the open under 污染, burning that stopped not", () => {
    expect(owner("保洁把扫起来的枯枝堆在墙角一把火点着了，烟往楼里钻", "property")).toBe("pollution");
    expect(owner("与其把树叶就地烧掉，不如拉去做肥料", "sanitation")).toBe("pollution");
    expect(owner("今年扫起来的树叶都拉走了，没有再烧，谢谢环卫", "sanitation")).toBeUndefined();
  });

  it("files fruit falling from a compound's tree, its pools and its standing water under the estate", () => {
    expect(owner("小区停车位旁边那棵枣树，枣子落下来把车玻璃砸出印子了", "municipal")).toBe("property");
    // A household's own tree, or a street's, is not the estate's.
    expect(owner("一楼那家自己种的石榴树，石榴掉下来砸了我的车", "municipal")).toBeUndefined();
    expect(owner("人行道上的杏树果子掉一地，踩得黏糊糊的", "sanitation")).toBeUndefined();
    expect(owner("小区里那个喷泉池子好几年不放水了，里面全是烟头和塑料袋", "sanitation")).toBe("property");
    expect(owner("广场那个喷泉池子的水发绿了，一股臭味", "sanitation")).toBeUndefined();
    expect(owner("家属院地下室常年积水，孑孓一层，蚊子满楼道飞", "municipal")).toBe("property");
    expect(owner("路口那个坑积水半个月了，蚊子一团一团的", "municipal")).toBeUndefined();
  });

  it("files a shop fitted out with drills or building a canopy under 建设施工, a home's fit-out not", () => {
    expect(owner("楼下的店面装修，半夜还在用电锤凿地面", "noise")).toBe("construction");
    expect(owner("楼上邻居家装修，半夜还在用电锤凿地面", "noise")).toBeUndefined();
    expect(owner("那排商户在店门外搭了一溜铁皮棚，人行道都占了", "municipal")).toBe("construction");
    expect(owner("我家店门口想搭个遮阳棚，要去哪里审批", "other")).toBe("construction");
  });

  it("files a stall keeper's lost livelihood under 民生救助, a stall in the way not", () => {
    expect(owner("我奶奶在菜场门口摆摊卖葱，摊子被收走了，她八十岁了就靠这个", "sanitation")).toBe(
      "social_assistance",
    );
    expect(owner("早上摆摊的把人行道占满了，推车都过不去", "traffic")).toBe("sanitation");
    expect(owner("我是摆摊的，听说有灵活就业社保补贴，年纪大了能不能申请", "labor")).toBeUndefined();
  });

  it("files a health certificate under 卫生健康, asked with a shop's licences at the counter", () => {
    expect(owner("做餐饮的健康证过期了，去哪里重新办", "government_service")).toBe("health");
    expect(owner("开个面馆要办营业执照和健康证，先办哪个", "government_service")).toBeUndefined();
  });

  it("files a platform's riders and drivers under 劳动保障, its passengers not", () => {
    expect(owner("我是跑外卖的，摔了一跤，站点说我没买保险，药费自己掏", "market")).toBe("labor");
    expect(owner("我是开网约车的，平台动不动就罚款，到底谁管", "traffic")).toBe("labor");
    expect(owner("我坐的网约车司机绕路，平台只退了五块钱", "traffic")).toBeUndefined();
  });

  it("files short or rotten goods and a canteen's spoilt food under 市场监管", () => {
    expect(owner("门口三轮车上买的西瓜，回家切开一半是烂的", "traffic")).toBe("market");
    expect(owner("社区食堂的肉吃着有股馊味，老人吃完闹肚子", "social_assistance")).toBe("market");
    expect(owner("社区食堂能不能周末也开", "social_assistance")).toBe("social_assistance");
  });

  it("files a market's stall fee under 市场监管, protection money and fake inspectors under 治安", () => {
    expect(owner("夜市的摊位费一年涨了两回，到底谁定的", "labor")).toBe("market");
    expect(owner("晚上总有人来找我们摊主要保护费，不给就砸东西", "sanitation")).toBe("public_order");
    expect(owner("有人假扮城管上门收卫生费，一户一百", "market")).toBe("public_order");
  });

  it("files a shop's gas cylinders kept at its door under 燃气, a short cylinder not", () => {
    expect(owner("那家烧饼店把煤气罐摆在门口人行道上晒太阳", "public_order")).toBe("gas_supply");
    expect(owner("门口送的煤气罐一称少了两公斤", "public_order")).toBeUndefined();
  });

  it("files a hawker's cart left on a fire lane under 环境卫生", () => {
    expect(owner("卖烤肠的小车天天停在小区消防通道上", "traffic")).toBe("sanitation");
    expect(owner("物业把消防通道划成车位卖了", "property")).toBeUndefined();
  });
});

describe("the district's building programmes in old compounds (forty-third round)", () => {
  const ranked = (category: string) => [
    { category, probability: 0.5 },
    { category: "other", probability: 0.1 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files a renovation's or an added lift's works under 建设施工, whatever the words sound like", () => {
    expect(owner("老楼改造的施工队把我家楼下的信箱砸坏了，没人来修", "property")).toBe("construction");
    expect(owner("小区改造的碎砖和沙子在单元门口堆了三个星期", "sanitation")).toBe("construction");
    expect(owner("我们楼加装电梯，地基坑挖好就停工了，一个多月没人来", "neighbor_dispute")).toBe(
      "construction",
    );
    // The classifier's own reading of the works is kept against the rule that files added lifts
    // under the estate.
    expect(owner("加装电梯的施工队把楼前的花坛推平了", "construction")).toBe("construction");
  });

  it("leaves households at odds, wages, a theft and the estate's upkeep where they are", () => {
    expect(
      owner("小区改造施工队进场，一楼和二楼为了车棚位置吵起来了，请社区调解", "neighbor_dispute"),
    ).not.toBe("construction");
    expect(owner("在老楼改造工地干了两个月，工资一分没拿到", "labor")).toBeUndefined();
    expect(owner("改造以后楼道灯又坏了，物业说是施工队的事", "property")).not.toBe("construction");
  });

  it("files scaffolding under 建设施工, a theft by way of it with the police", () => {
    expect(owner("楼外面的脚手架半年了还不拆，挡着我家窗户", "property")).toBe("construction");
    expect(owner("小偷顺着脚手架爬进三楼偷了东西", "public_order")).toBeUndefined();
    expect(owner("物业在修楼顶，脚手架上掉下一根钢管", "property")).toBeUndefined();
  });

  it("files a works' contractor the classifier could not place under 建设施工, a cable cut not", () => {
    expect(owner("说好施工单位月底前把绿地恢复，现在还是一片土", "other")).toBe("construction");
    expect(owner("施工队挖断了小区的光纤，运营商说等他们赔", "other")).toBeUndefined();
  });

  it("files insulation coming off and a renovated window or roof that leaks under 建设施工", () => {
    expect(owner("楼上的外墙保温层一块一块往下掉，楼下不敢走人", "property")).toBe("construction");
    expect(owner("改造时新换的窗户下雨就渗水，窗框缝都没封好", "property")).toBe("construction");
    expect(owner("楼顶防水层老化漏水，物业说要用维修基金", "property")).toBeUndefined();
    expect(owner("外墙保温层一片片往下掉，物业也没拉警戒线", "property")).toBeUndefined();
  });

  it("files a finished lift still shut under 建设施工, a lift in service that breaks not", () => {
    expect(owner("我们楼加装的电梯装好半年了还没验收，一直锁着", "property")).toBe("construction");
    expect(owner("新装的电梯建好了一直不通电，说在等增容", "power_supply")).toBe("construction");
    expect(owner("加装的电梯今天又坏了，困了一个老人", "property")).toBeUndefined();
  });

  it("files an added lift's shaft or bridge built against a flat under 建设施工, a negotiation not", () => {
    expect(owner("加装电梯以后连廊正对着我家卧室，隐私全没了", "property")).toBe("construction");
    expect(owner("加装电梯的电梯井挡住我家窗户，请社区组织大家协商", "neighbor_dispute")).not.toBe(
      "construction",
    );
  });

  it("leaves questions about an added lift's subsidy and shares with the estate", () => {
    expect(owner("加装电梯政府补贴多少？一楼不同意能装吗", "construction")).toBe("property");
  });
});

describe("a new lift heard running and an open drain (forty-third round)", () => {
  const ranked = (category: string) => [
    { category, probability: 0.5 },
    { category: "other", probability: 0.1 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files a new lift humming through a bedroom wall under 噪音扰民, a lift that breaks not", () => {
    expect(owner("楼里新装的电梯一运行就嗡嗡响，隔着墙睡不着", "property")).toBe("noise");
    expect(owner("新装的电梯总有异响，还困过人，怕不安全", "property")).not.toBe("noise");
  });

  it("files a village's open drain under 市政设施, a market's drain full of fish guts not", () => {
    expect(owner("村里那条排水沟是敞着的，一到夏天就臭，下雨还往外漫", "sanitation")).toBe("municipal");
    expect(owner("菜市场后面的排水沟全是杀鱼的内脏", "sanitation")).toBeUndefined();
  });
});

describe("new ways of living and the centre's own handling (forty-fourth round)", () => {
  const ranked = (category: string) => [
    { category, probability: 0.5 },
    { category: "other", probability: 0.1 },
  ];
  const owner = (text: string, category: string) => categoryByTaxonomy(text, ranked(category))?.category;

  it("files a compound's charging points and wires run down to charge a bike under 物业管理", () => {
    expect(owner("小区的飞线掉进积水里了，小孩在旁边踩水", "power_supply")).toBeUndefined();
    expect(owner("我们小区车库那排充电桩被几辆汽油车天天占着，电车进不去", "public_order")).toBe("property");
    expect(owner("六楼有户从阳台垂下一根插线板给电瓶车充电，楼下人来人往", "power_supply")).toBe("property");
    expect(owner("盼着小区里能建个电动车充电棚，大家就不用把电池扛上楼了", "power_supply")).toBe("property");
  });

  it("leaves the grid's meter, a theft, a quarrel and a street's charging station where they are read", () => {
    expect(owner("小区想给车位装充电桩，供电公司说要先报装", "power_supply")).toBeUndefined();
    expect(owner("车库里的充电桩又被人撬了，铜线全偷走了", "public_order")).toBeUndefined();
    expect(owner("马路上那几个充电桩被燃油车占了，交警也不来", "public_order")).not.toBe("property");
  });

  it("files a compound's face-reading or app-worked gate under 物业管理, a school's gate not", () => {
    expect(owner("小区大门换成人脸识别了，我妈认不出来，在门口等了半天", "government_service")).toBe(
      "property",
    );
    expect(owner("学校门口的人脸识别闸机把接孩子的家长拦在外面", "public_order")).toBeUndefined();
  });

  it("files the community's canteen for old people under 民生救助, food that made people ill not", () => {
    expect(owner("老年饭堂关了快十天，门口贴着装修，我们中午没地方吃饭", "power_supply")).toBe(
      "social_assistance",
    );
    expect(owner("社区食堂的饭卡换了承办人就不认了，卡里还有三百", "market")).toBe("social_assistance");
    expect(owner("社区食堂的包子吃了以后好几个老人拉肚子", "market")).toBeUndefined();
  });

  it("files what a community group-buy sold and its refunds under 市场监管, its organiser absconding not", () => {
    expect(owner("团购买的牛奶过期了，团长让我自己找厂家", "health")).toBe("market");
    expect(owner("团长收了一个楼的钱就跑路了，群也散了", "municipal")).toBeUndefined();
  });

  it("files a courier's service under 市场监管, the estate's rules for couriers and thefts not", () => {
    expect(owner("驿站取件每件要收五毛保管费，快递员也不问就放过去", "property")).toBe("market");
    expect(owner("快递员把我的件扔在楼下，摔坏了还说已经签收", "traffic")).toBe("market");
    expect(owner("物业不让快递员进小区，驿站还收保管费", "property")).not.toBe("market");
    expect(owner("快递柜里的包裹老被偷，监控又坏了", "public_order")).toBeUndefined();
  });

  it("files the centre's own handling with nothing else asked under 其他", () => {
    expect(owner("上礼拜在12345反映的事，工单号我记着，在哪查处理进度", "government_service")).toBe("other");
    expect(owner("我想撤回昨天的投诉，楼上已经不吵了", "neighbor_dispute")).toBe("other");
    expect(owner("这件事被转了三个单位，没有一个说归他们管", "labor")).toBe("other");
    expect(owner("网格员一周上门三次问同样的事，太打扰了", "neighbor_dispute")).toBe("other");
  });

  it("leaves a department's own procedure and a contractor's pace with their owners", () => {
    expect(owner("申请的营业执照变更请核查办理进度，二十天了没动静", "government_service")).toBeUndefined();
    expect(owner("请督促施工单位加快进度，围挡占路八个月了", "construction")).not.toBe("other");
  });

  it("files dogs' mess left on a lawn under 环境卫生, a neighbour's dog on the stairs not", () => {
    expect(owner("广场草坪上到处是狗屎，遛狗的人从来不捡", "public_order")).toBe("sanitation");
    expect(owner("邻居的狗天天在楼道里拉屎，说了也不听", "public_order")).toBeUndefined();
  });

  it("files a shared bicycle towed or fined under 交通出行, a charge on the rider's account not", () => {
    expect(owner("共享单车公司清车的时候把我的私家自行车也拖走了", "labor")).toBe("traffic");
    expect(owner("共享单车的押金退了一个月还没到账", "other")).toBeUndefined();
  });
});
