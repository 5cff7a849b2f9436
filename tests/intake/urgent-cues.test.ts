import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { maskRoutineLookalikes, readUrgentCue } from "../../src/intake/urgent-cues.js";
import { normaliseUrgencyText } from "../../src/intake/urgency-rules.js";

const cue = (text: string) => readUrgentCue(normaliseUrgencyText(text));

describe("readUrgentCue: daily life stopped now", () => {
  it.each([
    ["我们单元下午三点起就没水了，锅碗都没法洗", "water"],
    ["整个院子断水快一天了，连冲厕所的水都没有", "water"],
    ["水龙头放出来全是浑黄的泥汤，一家人不敢喝也不敢用", "water"],
    ["七号楼停电四个小时了，天黑了楼里一片漆黑", "power"],
    ["我母亲靠家用呼吸机睡觉，家里断电了，备用电源撑不了一夜", "power"],
    ["大寒天的暖气一点不热，屋里温度计显示八度", "heating"],
    ["暖气冰冷冰冷的，家里卧床的老父亲冻得直发抖", "heating"],
    ["整栋楼今天停暖，外面零下十五度", "heating"],
    ["灶台一点火都打不着，燃气停了也不说原因，孩子还饿着肚子", "gas"],
    ["楼上一冲马桶我家卫生间地漏就往外冒粪水", "sewage"],
    ["单元门口的污水井满了，黑水一直流进一楼住户的院子", "sewage"],
    ["楼上家里没人，他家漏水从我家天花板往下淌，接了三桶还不停", "burst_pipe"],
    ["电梯停运第三天了，我丈夫截瘫坐轮椅，住在十六层", "lift"],
    ["电梯坏了，我怀孕八个月住二十楼，今天要去医院", "lift"],
    ["通往外面唯一的那条土路被泥石冲断了，全村车都过不去", "road"],
    ["风把一棵大杨树吹得斜在小区主路上方，树根都露出来了", "tree"],
    ["咱這棟樓停水兩天了，到現在還沒來，做飯都得去鄰居家接水", "water"],
    ["整个院子没气了做不了饭", "gas"],
    ["管道改完都五天了，到现在还没通气，天天吃泡面", "gas"],
    ["客厅暖气片突然爆了，滚烫的水往外喷，楼下也开始滴了", "burst_pipe"],
    ["卧室的散热器裂开了，热水冲出来，满屋子蒸汽", "burst_pipe"],
    ["燃气从中午就停了，也没有通知，晚饭都做不了", "gas"],
    // Off since a time named yesterday is still off: "昨天" opens no old story here.
    ["我们楼从昨天傍晚就断水了，一直没人说原因，孩子牙都刷不了", "water"],
    ["我们这栋楼从前天起完全无水，只能一桶一桶往上提", "water"],
    ["小区二次供水停了，老人住七楼，桶装水搬不上去", "water"],
    // Who cannot use the stairs, or how cold it is, told in a sentence of its own.
    ["电梯停了。我妈九十了住十二楼，药吃完了，根本下不了楼", "lift"],
    ["电梯从前天就坏了，我父亲每周要去医院透析", "lift"],
    ["暖气冰凉冰凉的。我一个人住，屋里才九度", "heating"],
  ])("reads %s as %s", (text, what) => {
    expect(cue(text)?.what).toBe(what);
    expect(detectUrgency(text).urgency).toBe("urgent");
  });

  it("reads a pipe spraying water as a burst pipe, at least urgent", () => {
    // The emergency model, alone and near its threshold, may raise water spraying in a kitchen with
    // the main valve stuck to an emergency; a guard against that cost a danger on a blind set, and
    // a false alarm costs a phone call where a missed danger costs more.
    const text = "厨房的水管接头裂开了，水哗哗往外喷，总阀拧不动";
    expect(cue(text)?.what).toBe("burst_pipe");
    expect(detectUrgency(text).urgency).not.toBe("normal");
  });

  it.each([
    // Planned or asked about.
    "请问周四片区检修停电，大概几点能来电？",
    "物业贴了告示，后天上午要停水清洗水箱",
    "咨询一下今年供暖开始的日期",
    // Over.
    "上礼拜停了两天水，后来恢复了，就是想反映一下",
    "昨天晚上停了一会儿电，今早已经来电了",
    "前阵子暖气不热，师傅来修过，现在已经热了，表扬一下",
    // Bills, suggestions, standing problems.
    "电费卡里只剩十几块了，怎么在手机上充值",
    "燃气公司说下月换表，否则停气，这合理吗",
    // Months without gas: the household cooks on an electric hob by now.
    "管道改造完都三个多月了还没通气，家里一直用电磁炉",
    "建议停电前至少提前一天贴通知",
    "老小区每到夏天用电高峰就经常跳闸，希望改造线路",
    // Slow repairs that stop nothing.
    "路灯灭了一个礼拜了还没人修",
    "暖气片有一片不太热，其他都还行",
    "暖气片接口有一道细缝，偶尔渗一点水，麻烦约个时间来看看",
    "电梯坏了两天，老人上下楼不太方便",
    "路边的树枝太长，挡住了我家窗户的光线",
    "消防通道的指示牌掉了一块，麻烦补上",
    "车停在消防通道旁边，没有挡住通道，就是看着乱",
    "小区门口马路塌了个小坑，车过去颠一下",
    "楼下下水道井口一股臭味，夏天更重",
    "我家手机没电了，借了邻居的手机打的这个电话，想问下补助的事",
    // A fire lane blocked: a hazard the normal deadline answers.
    "小区消防通道被一排私家车堵死了，大车根本开不进来",
    // An old person who only "下不来": no need that cannot wait is said.
    "电梯坏了三天了，楼上的老人下不来",
    // Outages named as news, or over.
    "建议社区把停水停电、打疫苗这些事贴在单元门口，老人不看群",
    "上周六停水一整天，以后能不能提前贴个通知",
    // Not the home's power, nor a drain.
    "楼道门禁晚上十点以后就断电，门一推就开",
    "孩子放学出来天都黑了，路上车又多",
    "楼前空地想改成停电动车的地方，大家意见不一",
    "我坐轮椅，自己推不上那个台阶，想请人陪我去趟公园",
    "有人在楼前绿地种菜，天天浇粪水，单元门口臭得很",
  ])("keeps %s normal", (text) => {
    expect(cue(text)).toBeNull();
    expect(detectUrgency(text).urgency).toBe("normal");
  });

  it("reads only a way out locked shut as stopped; a manhole left open is covered today", () => {
    expect(cue("整栋楼就这一个安全出口，物业拿铁链锁死了")?.what).toBe("way_out");
    expect(cue("消防通道堆满了纸箱和电动车，物业不清")).toBeNull();
    expect(cue("幼儿园门口的井盖被人偷走了，现在拿个破筐扣着")?.what).toBe("manhole");
  });

  it("lets a later sentence saying the outage is over close the story", () => {
    expect(cue("早上突然停电了。十点多已经来电了，谢谢供电所")).toBeNull();
    // …but not a sentence saying it goes on.
    expect(cue("早上突然停电了。说是十点来电，到现在还没来")?.what).toBe("power");
  });

  it("reads an unannounced outage asked about as live, and a notified one as planned", () => {
    expect(cue("又停水了，也没提前通知，一家人饭都做不上")?.what).toBe("water");
    expect(cue("看到通知说今天停水，几点恢复？")).toBeNull();
  });

  it("reads a question from a home where life stopped, and a recurring outage back today, as urgent", () => {
    expect(cue("请问我们楼停水了怎么办，老人还等着做饭")?.what).toBe("water");
    expect(cue("请问停水了在哪里可以查原因")).toBeNull();
    expect(cue("这小区三天两头停电，今天又停了，冰箱里的菜全化了")?.what).toBe("power");
    expect(cue("这小区三天两头停电，物业也不管")).toBeNull();
  });

  it("reads heating stopped in a few words, sewage pushed out of a drain, a public toilet's tap", () => {
    expect(cue("5号楼暖气全停 外面零下八度 老人冻得睡不着")?.what).toBe("heating");
    expect(cue("暖气昨天下午停了，今天一点都不热，外面零下五度")?.what).toBe("heating");
    expect(cue("菜场后面的下水井堵了，污水从井盖往外冒，门口都淹了")?.what).toBe("sewage");
    expect(cue("公园公厕的门锁坏了，洗手池也不出水")).toBeNull();
  });

  it("reads heating off altogether as urgent, with no cold word said", () => {
    expect(cue("我们这栋楼的暖气都停了 屋里有刚满月的孩子")?.what).toBe("heating");
    expect(cue("暖气有点不热，想问问能不能调一下")).toBeNull();
  });

  it("reads sewage told verb first, a chill for the frail, a stair of households, food out of reach", () => {
    expect(cue("八号楼的排水管堵住了，一楼卫生间往外冒脏水，流到门口了")?.what).toBe("sewage");
    expect(cue("家里暖气一点都不热了，我爸刚做完化疗，医生说千万不能着凉")?.what).toBe("heating");
    expect(cue("我们那个单元暖气从昨天夜里就不热了，五户都不热，暖气片冰凉")?.what).toBe("heating");
    expect(cue("电梯停了三天了，十五楼两位老人下不了楼，买不了菜")?.what).toBe("lift");
  });

  it("reads low pressure as no outage unless the water has gone altogether for a while", () => {
    expect(cue("三号院水压太低，白天七楼以上基本没水")).toBeNull();
    expect(cue("水压低得很，高层住户从昨天到现在完全没水了")?.what).toBe("water");
  });

  it("reads a wall blackened by a kitchen's fumes as no blackout", () => {
    expect(cue("对面饺子馆的排风口冲着我家阳台，油烟把外墙熏得全黑了")).toBeNull();
    expect(cue("整栋楼突然全黑了，电梯也停了")?.what).toBe("power");
  });

  it("reads gas cut off in a line typed with spaces, and a household that cannot eat, as stopped", () => {
    expect(cue("双塔小区 5号楼 天然气 停了 一上午")?.what).toBe("gas");
    expect(cue("西盛家园 煤气 从今天早上 就没了 也没通知")?.what).toBe("gas");
    expect(cue("燃气卡充了钱还是点不着，孩子放学回来吃不上饭")?.what).toBe("gas");
    expect(cue("燃气卡里的钱快用完了，明天去充")).toBeNull();
  });

  it("reads a whole building without gas, and a burst main with water all over, as stopped", () => {
    expect(cue("我们小区整个单元都没气了，从昨天晚上到现在")?.what).toBe("gas");
    expect(cue("我家车胎没气了，停在楼下")).toBeNull();
    expect(cue("路口的自来水管爆了，水冲得老高，半条街都是水")?.what).toBe("burst_pipe");
    expect(cue("楼下的水管去年裂过一次，修好了")).toBeNull();
  });

  it("reads a septic tank in a works compound (家属院) as no home flooded", () => {
    expect(cue("纺织厂家属院的化粪池满了，臭味很大")).toBeNull();
  });

  it("still lets an emergency that looks like an outage be an emergency", () => {
    expect(detectUrgency("家里停电了，我爸的制氧机停了，他现在喘不上气").urgency).toBe("emergency");
    expect(detectUrgency("电梯突然停了，我们三个人被关在里面出不来").urgency).toBe("emergency");
  });
});

describe("kind47: outages told in other words", () => {
  it("reads the spoken past 停的水 still off, a notice denied, no meal with the gas named, black water at the door", () => {
    expect(cue("前天晚上停的水，说第二天中午来，现在都傍晚了还没来")?.what).toBe("water");
    expect(cue("我们楼今天突然又停水了，一点通知都没有，家里老人要吃药")?.what).toBe("water");
    expect(cue("燃气公司检修把阀门关了，说中午恢复，现在都晚上八点了还没开，一家人都没饭吃")?.what).toBe(
      "gas",
    );
    expect(cue("巷子里的排水沟又堵了 脏水都漫到路上 我家门口全是污水")?.what).toBe("sewage");
  });

  it("leaves a planned outage, an outage over, a water stain and a meal missed for no outage", () => {
    expect(cue("通知说明天上午停水，请问几点恢复")).toBeNull();
    expect(cue("昨天停的水，今天早上已经恢复了")).toBeNull();
    expect(cue("楼上往下泼水，我家玻璃上全是脏水印子")).toBeNull();
    expect(cue("孩子学校食堂换了承包商，中午经常没饭吃")).toBeNull();
  });
});

describe("kind48: oxygen on a tripped breaker, nothing to eat with the gas off; outages named as a time", () => {
  it("reads a breaker that trips an oxygen machine and a gas repair put off with nothing to eat as urgent", () => {
    expect(cue("我爸在家离不开制氧机，这两天家里一开机器就跳闸")?.what).toBe("power");
    expect(cue("燃气灶点不着，燃气公司说要等五天才能来，这五天一家人吃啥")?.what).toBe("gas");
  });

  it("leaves a canteen shut, an outage named as a time, a recurring outage, a charger and a phone call", () => {
    expect(cue("社区食堂关门一个礼拜了，我们这些老人中午吃什么")).toBeNull();
    expect(cue("停电的时候楼道一片漆黑，能不能装个应急灯")).toBeNull();
    expect(cue("我们这片每隔两三天就停一次电，冰箱都坏了")).toBeNull();
    expect(cue("小区的充电桩晚上十点以后就断电了")).toBeNull();
    expect(cue("约好上午来修，师傅到中午都没来电话")).toBeNull();
  });
});

describe("maskRoutineLookalikes", () => {
  it("blanks words that only contain an alarm trigger, keeping the length", () => {
    const text = "社区医生上门量血压，我家装了烟雾报警器";
    const masked = maskRoutineLookalikes(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toMatch(/血|报警|烟雾/);
    expect(maskRoutineLookalikes("快报警，有人流血了")).toBe("快报警，有人流血了");
  });

  it.each([
    "家里的血压计读数不准，想问问哪里能校准",
    "楼下总有人改装排气管半夜轰油门",
    "电动车丢了，报了警也没消息，能帮忙催一下吗",
    "自行车被偷了，报警以后一般多久能查到？",
    "房贷车贷压得我们喘不过气，想问问有没有什么减免政策",
    "不是要打110，就是想问问社区能不能派人来劝劝他",
  ])("keeps %s out of the unsure check", (text) => {
    expect(detectUrgency(text).urgency).toBe("normal");
  });
});

describe("kind49: washing and street lights gone black are not a blackout; a cut feared for later", () => {
  it("leaves washing blackened by smoke and dark street lights", () => {
    expect(cue("隔壁工地天天扬尘，晒的被子都黑了")).toBeNull();
    expect(cue("桥下那一段路灯全黑了，晚上走路看不清")).toBeNull();
  });

  it("leaves a cut feared for later, but keeps a home in the dark", () => {
    expect(cue("表换成预付费的了，我们不会在手机上充，到时候停电了怎么办")).toBeNull();
    expect(cue("整栋楼突然停电，屋里全黑了，我妈腿脚不好不敢动")?.what).toBe("power");
  });
});

describe("kind50: power that keeps failing where someone lives on oxygen", () => {
  it("reads a recurring trip or outage with an oxygen machine at home as power stopped", () => {
    expect(cue("我们楼一到夏天晚上就频繁跳闸，三天两头的，我爸离不开呼吸机")?.what).toBe("power");
  });
  it("leaves a recurring water cut beside an oxygen machine a standing complaint", () => {
    expect(cue("我妈在家吸氧，我们小区经常停水，一个月好几回")).toBeNull();
  });
  it("reads a home's heating cut off by the company in winter as heating stopped", () => {
    expect(cue("物业说我们单元欠费，供热公司就把我家暖气给停了，大冬天的孩子晚上盖三床被子")?.what).toBe(
      "heating",
    );
    expect(cue("暖气因为前任房主欠费被停了，屋里只有十一度")?.what).toBe("heating");
  });
});

describe("kind51: a notice denied in other words, sewage over a whole road", () => {
  it("reads an outage whose notice was never posted as unplanned", () => {
    expect(cue("我们单元一早就停电了，说是换电缆，楼道里也没贴通知，冰箱里的肉都化了")?.what).toBe("power");
    expect(cue("整栋楼停水到现在，物业都没发个通知，饭都做不成")?.what).toBe("water");
  });
  it("still reads an outage announced ahead as planned", () => {
    expect(cue("小区贴了通知，明天上午停电检修")).toBeNull();
    expect(cue("物业说明天停电检修，楼道里还没贴通知")).toBeNull();
  });
  it("reads sewage spilling over a whole road or lane as sewage stopped", () => {
    expect(cue("化粪池堵了，污水从井盖往外冒，整条巷子都是")?.what).toBe("sewage");
  });
  it("leaves a gully wetting the kerb a repair", () => {
    expect(cue("路边雨水箅子堵了，下雨积点水")).toBeNull();
  });
});
