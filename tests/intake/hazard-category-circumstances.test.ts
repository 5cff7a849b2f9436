import { describe, expect, it } from "vitest";
import { categoryForHazard } from "../../src/intake/hazard-category.js";

/*
 * Real dangers from the training sets (emergency-train4, -train6, -fresh9, -fresh10), as the engine
 * reads them (normalised), with the hazard detectUrgency gave them and the classifier's own category.
 * Each was filed under the wrong unit before these rules and each expected category is the set's label.
 */
describe("the circumstances that name a danger's owner", () => {
  it.each([
    // Dementia in everyday words: the community searches with the police.
    [
      "missing",
      "阿拉姆妈脑子有点糊涂 今朝下半日一个人跑出去了 到现在天黑了还没回来 伊欢喜往老城隍庙那边跑 家住文庙巷",
      "public_order",
      "social_assistance",
    ],
    [
      "missing",
      "我想咨询一下 老人走丢了 多长时间才能报案 我爸早上出门的 到现在没回来 他得了那个病 认不得人 天又这么冷 我们在海边街找了一圈了",
      "public_order",
      "social_assistance",
    ],
    [
      "missing",
      "爷爷出门散步到现在都没回来，他记性不好常常迷路，天已经黑了，文庙附近，穿咖啡色外套",
      "public_order",
      "social_assistance",
    ],
    [
      "missing",
      "wo ba ba lao nian chi dai, zao shang chu men mei hui lai, hui se mao zi, jia zai xi sheng jia yuan",
      "government_service",
      "social_assistance",
    ],
    // A threat to jump over unpaid wages.
    ["self_harm", "工地讨薪的一个工人爬到塔吊上面了 说不给钱就跳下来 西盛路工地", "construction", "labor"],
    [
      "self_harm",
      "讨不到工钱，桃园北路工地有个工友爬上塔吊了，说不给钱就跳，下面围了好多人",
      "labor",
      "labor",
    ],
    // A flooded basement or car park, rain or not; a flooded site.
    ["flood", "地下室进水了 水到膝盖了 还在涨 我爸妈住在地下室", "water_supply", "property"],
    [
      "flood",
      "暴雨导致海西苑地下室（被改成群租房）大量进水，里面住着七八个外来务工人员，门口台阶已经被淹，有人在里面喊说门推不开，请立即救援。",
      "public_order",
      "property",
    ],
    ["flood", "地下停车场灌水，水好快，我老公下去开车一直没上来，电话打不通", "water_supply", "property"],
    ["flood", "工地基坑进水了，雨太大，下面还有两个工人在抽水，水涨得很快", "construction", "construction"],
    // An electric shock; a parking machine.
    [
      "injury",
      "我老公在阳台修灯 突然不动了 手还贴在灯座上 叫他也不答应 我不敢碰他 路西小区",
      "other",
      "power_supply",
    ],
    [
      "injury",
      "家里热水器洗澡的时候 水淋到身上一阵一阵的麻 我儿子还在里面洗 叫他出来他说腿动不了 双塔小区",
      "water_supply",
      "power_supply",
    ],
    [
      "injury",
      "我老婆在机械车位那儿，车位升上去了她还在车里，现在卡半空不动了，路西小区地下",
      "public_order",
      "property",
    ],
    // Cleaners mixed or insecticide sprayed at home; a sewer on a building site.
    ["poison", "孩子把洁厕剂和漂白水混着用了，冒出刺鼻的气，她一直咳", "pollution", "health"],
    ["poison", "屋里刚喷完杀虫剂，宝宝开始吐，头晕", "other", "health"],
    [
      "poison",
      "工地上有工人下污水井干活，下去一个没上来，第二个下去也没声音了",
      "construction",
      "construction",
    ],
    // A car burning on the road (not in a garage); a plug burning.
    [
      "fire",
      "我在柳巷路看到一辆小轿车车头冒烟，司机还在车里打电话，烟越来越大了还有火苗",
      "traffic",
      "traffic",
    ],
    [
      "fire",
      "我在公交车上，车厢后面冒烟了，司机还在开，有股橡胶烧的味道，现在在南海街上",
      "pollution",
      "traffic",
    ],
    [
      "fire",
      "家里的插头烧融了，黑烟一直冒，灭火器在哪里我找不到，婆婆在房里睡觉",
      "pollution",
      "power_supply",
    ],
    // Down a hole in the road, an open manhole or cut off by a river.
    ["trapped", "路中间塌了个大坑，一辆电动车掉进去了，人还在坑里，西盛路", "municipal", "municipal"],
    [
      "trapped",
      "一个老人跌落咗去个冇盖嘅沙井度 卡住咗出唔嚟 佢话脚好痛 南海街街市侧边",
      "social_assistance",
      "municipal",
    ],
    [
      "trapped",
      "水库放水了吗？河边那边水一下子涨起来了，有几个钓鱼的被困在河中间的沙洲上",
      "water_supply",
      "municipal",
    ],
    // A compound's own tree; a garage's roller door.
    ["collapse", "大风把路西小区那棵老树刮倒了，压在一辆车上，车里好像有人", "public_order", "property"],
    ["collapse", "恒汇大厦车库卷帘门掉下来把一辆车压住了，车里还有人", "public_order", "property"],
  ] as const)("%s: %s → %s", (hazard, text, current, expected) => {
    expect(categoryForHazard(hazard, text, current, 0.4)).toBe(expected);
  });

  it("leaves alone what the sets disagree on or what is no such circumstance", () => {
    // A car burning in an underground garage is the building's (emergency-fresh9).
    expect(
      categoryForHazard("fire", "海西苑地下车库有辆车在冒烟 车头那里有火光 车库里还有人在取车", "other"),
    ).toBe("property");
    // A tree down in the street stays the city's.
    expect(categoryForHazard("collapse", "大风把路边一棵大树刮倒了，压住了一个骑车的人", "other")).toBe(
      "municipal",
    );
    // Self-harm with no wage dispute stays the community's, even at a school.
    expect(categoryForHazard("self_harm", "我同学在学校天台上 说考试考砸了不想活了", "education", 0.7)).toBe(
      "social_assistance",
    );
    // An old man gone missing with no dementia named stays with the police.
    expect(
      categoryForHazard("missing", "我婆婆心脏不好，说去文庙巷烧香，到现在五六个小时了，打电话不接", "other"),
    ).toBe("public_order");
    // An old person who says they cannot find their home is one the community knows (written for this test).
    expect(
      categoryForHazard("missing", "公园长椅上有位老太太坐了半天，说找不到家了，天快黑了", "public_order"),
    ).toBe("social_assistance");
    // A child lost is the police's; an adult's age is not a child's (written for this test).
    expect(categoryForHazard("missing", "孙子三岁，刚才在楼下跟他奶奶，回头就没了", "other")).toBe(
      "public_order",
    );
    expect(categoryForHazard("missing", "独居的82岁老人坐轮椅出去了，到现在没回来", "other")).toBe(
      "social_assistance",
    );
  });
});

describe("someone alone and hurt who asks for daily help", () => {
  it("files a fall of someone living alone who needs meals or shopping under 民生救助", () => {
    expect(
      categoryForHazard("injury", "我一个人在家，脚崴了肿得厉害，下不了楼，冰箱也空了", "health", 0.5),
    ).toBe("social_assistance");
    expect(categoryForHazard("injury", "孤老陈伯扭伤了腰，想找人帮他买点菜", "health", 0.5)).toBe(
      "social_assistance",
    );
  });
});

describe("a fall on a public walkway", () => {
  it("files a fall on a pavement's ice or broken paving under the road's owner, and someone hurt there now under health", () => {
    expect(categoryForHazard("injury", "文化路人行道上全是冰，这两天好几个人在那滑倒", "health", 0.5)).toBe(
      "municipal",
    );
    expect(categoryForHazard("injury", "路口排水沟的箅子没了，有个骑车的摔了一跤", "health", 0.5)).toBe(
      "municipal",
    );
    expect(categoryForHazard("injury", "人行道上结冰，一个老太太滑倒了头上流血，起不来", "health", 0.5)).toBe(
      "health",
    );
  });
});

describe("fires in open country, pills taken by mistake, rolling vehicles, a child at a window", () => {
  it("files a fire on a hillside, in scrub or in field straw under other, but a compound's green belt stays the compound's", () => {
    expect(categoryForHazard("fire", "后山坡上的杂草烧起来了，火往几户平房那边走", "property", 0.4)).toBe(
      "other",
    );
    expect(categoryForHazard("fire", "有人在麦地边烧秸秆，火快烧到村口的柴垛了", "sanitation", 0.4)).toBe(
      "other",
    );
    expect(categoryForHazard("fire", "小区绿化带里的枯草着火了，离一号楼很近", "other", 0.4)).toBe(
      "property",
    );
  });

  it("files pills a small child got hold of, or poison taken for something else, under health", () => {
    expect(
      categoryForHazard(
        "self_harm",
        "我家小孩把外婆的安眠药吃了好几颗，现在一直睡叫不醒",
        "social_assistance",
        0.5,
      ),
    ).toBe("health");
    expect(categoryForHazard("poison", "爷爷把杀蟑螂的药当成白糖放进粥里了，喝完在吐", "market", 0.5)).toBe(
      "health",
    );
    expect(categoryForHazard("poison", "孩子把一瓶止咳药水整瓶喝了，现在迷迷糊糊", "pollution", 0.5)).toBe(
      "health",
    );
    // With despair said, pills stay the community's.
    expect(categoryForHazard("self_harm", "她说活够了，把一瓶安眠药都吃了", "other", 0.5)).toBe(
      "social_assistance",
    );
  });

  it("files a vehicle rolling away or backing into someone under traffic, also in a car park", () => {
    expect(
      categoryForHazard("collapse", "地库出口那辆面包车没拉手刹，自己往下滑，下面有人在走", "property", 0.5),
    ).toBe("traffic");
    expect(categoryForHazard("injury", "快递车倒车把一个老人碰倒了，司机没发现", "health", 0.9)).toBe(
      "traffic",
    );
  });

  it("files a small child at a window or on a balcony rail under property even where the classifier is sure", () => {
    expect(categoryForHazard("injury", "对面楼有个娃在窗台上坐着，窗子开着，九楼", "health", 0.95)).toBe(
      "property",
    );
    expect(
      categoryForHazard(
        "injury",
        "a kid is standing on the balcony railing of the flat above us",
        "market",
        0.9,
      ),
    ).toBe("property");
  });

  it("files cleaners mixed at home and pesticide sprayed in one's own yard under health", () => {
    expect(
      categoryForHazard("poison", "刚才拿漂白水跟洁厕剂一起刷马桶，现在喘不上气", "pollution", 0.5),
    ).toBe("health");
    expect(
      categoryForHazard("poison", "I mixed bleach and a toilet cleaner and now my chest hurts", "other", 0.5),
    ).toBe("health");
    expect(categoryForHazard("poison", "我爸在自家院子里喷农药，现在头晕在吐", "pollution", 0.5)).toBe(
      "health",
    );
  });
});

describe("engine fumes, vehicles burning on the road, flooded underpasses, confused old people", () => {
  it("files someone overcome by an idling engine's fumes under health", () => {
    expect(
      categoryForHazard("injury", "地下车库里那辆车一直没熄火，司机趴在方向盘上叫不醒", "traffic", 0.5),
    ).toBe("health");
    expect(
      categoryForHazard(
        "injury",
        "He was running the car with the garage door shut and now he is slumped over",
        "traffic",
        0.5,
      ),
    ).toBe("health");
  });

  it("files a car, a bus or an electric car burning on the road under traffic, an e-bike in its shed under property", () => {
    expect(categoryForHazard("fire", "公交刚到站后门就冒烟了，车上还有乘客", "property", 0.5)).toBe(
      "traffic",
    );
    expect(categoryForHazard("fire", "路边充电桩那里一辆新能源车冒烟起火了", "property", 0.5)).toBe(
      "traffic",
    );
    expect(categoryForHazard("fire", "骑手被电动车压住了腿，电池在冒烟", "property", 0.5)).toBe("traffic");
    expect(categoryForHazard("fire", "车棚里电动车充电着火了", "property", 0.5)).toBe("property");
  });

  it("files someone caught in a flooded underpass under municipal, a car knocked into a river under traffic", () => {
    expect(
      categoryForHazard("injury", "桥洞下面积水很深，一个老人骑三轮车倒在水里爬不起来", "health", 0.9),
    ).toBe("municipal");
    expect(
      categoryForHazard(
        "trapped",
        "a van is stuck in the flooded underpass, water at the doors",
        "property",
        0.5,
      ),
    ).toBe("municipal");
    expect(categoryForHazard("flood", "钓鱼的大爷被一辆倒溜的车撞进了水塘里", "municipal", 0.5)).toBe(
      "traffic",
    );
  });

  it("files an old person out of a care home, or unable to say where home is, under social_assistance", () => {
    expect(
      categoryForHazard("missing", "护理院的一位老太太自己出了大门，到现在没回来", "public_order", 0.5),
    ).toBe("social_assistance");
    expect(
      categoryForHazard("missing", "超市门口有个老爷爷坐了半天，问他家在哪他说不上来", "public_order", 0.5),
    ).toBe("social_assistance");
    expect(categoryForHazard("missing", "商场里一个小孩在哭，问他家在哪说不清", "public_order", 0.5)).toBe(
      "public_order",
    );
  });

  it("reads a blow by the weather as an injury and a brick swung at someone as an attack", () => {
    expect(categoryForHazard("violence", "冰雹砸下来，我爸头上破了个口子", "public_order", 0.5)).toBe(
      "health",
    );
    expect(categoryForHazard("injury", "有人用砖头砸了保安的头，流了好多血", "health", 0.9)).toBe(
      "public_order",
    );
  });

  it("files hot oil splashed on someone, a breathing machine stopped by a power cut and a faint behind a locked door under health", () => {
    expect(categoryForHazard("collapse", "烧烤摊的油锅翻了，热油溅到一个小孩脸上", "municipal", 0.5)).toBe(
      "health",
    );
    expect(categoryForHazard("trapped", "停电了，我妈离不开呼吸机，现在喘不上气", "property", 0.5)).toBe(
      "health",
    );
    expect(categoryForHazard("trapped", "厕所隔间里有人晕倒了，门从里面锁着", "property", 0.5)).toBe(
      "health",
    );
    expect(categoryForHazard("injury", "人行道上结冰，一个老人摔倒了，现在一动不动", "municipal", 0.5)).toBe(
      "health",
    );
    expect(categoryForHazard("poison", "天太热了，一个环卫工在路边抽搐", "pollution", 0.5)).toBe("health");
  });

  it("reads a driver who will not unlock, a hand on a power cabinet and a site hoarding by their owners", () => {
    expect(categoryForHazard("trapped", "出租车司机把车门锁了不开锁，一直往外开", "property", 0.5)).toBe(
      "public_order",
    );
    expect(categoryForHazard("injury", "路边一个人手扶在配电箱上，浑身在抖", "health", 0.9)).toBe(
      "power_supply",
    );
    expect(categoryForHazard("collapse", "大风把路边的围挡刮倒了，压到两个行人", "property", 0.5)).toBe(
      "construction",
    );
  });
});

describe("machines at work, motorbikes, things from above, charcoal for warmth, pesticide, dogs, live poles", () => {
  it("files a forklift injury under labor and does not take the car to hospital for the cause", () => {
    expect(categoryForHazard("injury", "仓库里叉车把送货的师傅夹在货架中间了", "traffic", 0.5)).toBe("labor");
    // A worker hurt at work is the labour inspectors' since em-cat38 (the lead's convention).
    expect(categoryForHazard("injury", "压面机把学徒的手压了，店主说他开车送医院", "traffic", 0.5)).toBe(
      "labor",
    );
  });

  it("files a motorbike rider down on the road, a tractor overturned on someone, under traffic", () => {
    expect(categoryForHazard("injury", "十字路口一个骑摩托的摔出去了，趴着不动", "health", 0.5)).toBe(
      "traffic",
    );
    expect(categoryForHazard("trapped", "拖拉机在坡上翻了，司机被压在车斗下面", "property", 0.5)).toBe(
      "traffic",
    );
    expect(
      categoryForHazard("collapse", "a man collapsed at the bus stop and is not moving", "traffic", 0.5),
    ).toBe("health");
  });

  it("files glass come down from a balcony under property, a person fallen from one under health", () => {
    expect(
      categoryForHazard("collapse", "楼上阳台掉下来一块玻璃，砸到路过的大爷，在马路边", "municipal", 0.5),
    ).toBe("property");
    expect(categoryForHazard("injury", "有个人从楼上掉下来了，躺在花坛边", "health", 0.5)).toBe("health");
  });

  it("files a flooded garage under property", () => {
    expect(categoryForHazard("flood", "小区车库水漫进来了，我爸还在里面搬东西", "municipal", 0.5)).toBe(
      "property",
    );
  });

  it("files charcoal burnt for warmth with nobody answering, and pesticide sprayed with someone vomiting, under health", () => {
    expect(categoryForHazard("fire", "工棚里几个人用炭盆取暖，早上喊门不应", "property", 0.5)).toBe("health");
    expect(categoryForHazard("violence", "我叔在地里喷完药回家就一直吐，满头是汗", "public_order", 0.5)).toBe(
      "health",
    );
    expect(
      categoryForHazard("poison", "屋里烟大，爷爷奶奶都说头疼想吐，炉子生着一晚上", "gas_supply", 0.5),
    ).toBe("health");
  });

  it("reads a rash before the food named, and confusion in dialect", () => {
    expect(categoryForHazard("injury", "女儿脸肿起来了，喘不上气，她刚吃了一口虾", "market", 0.5)).toBe(
      "health",
    );
    expect(categoryForHazard("missing", "我外公脑壳不清醒，早上出去到现在没回来", "public_order", 0.5)).toBe(
      "social_assistance",
    );
  });

  it("files a dog knocking someone down under public_order and a dog dropping at a lamp pole under power_supply", () => {
    expect(categoryForHazard("collapse", "一条大狗把放学的孩子扑倒了，还在咬他胳膊", "property", 0.5)).toBe(
      "public_order",
    );
    expect(categoryForHazard("collapse", "下雨积水，路人碰了一下路灯杆就倒了，在抽搐", "health", 0.5)).toBe(
      "power_supply",
    );
  });
});

describe("doors and railings, dogs still loose, pools, armed callers at the door, fires near gas", () => {
  it("files someone caught by a building's door or stuck in a railing gap under property, a bus door under traffic", () => {
    expect(
      categoryForHazard("injury", "超市门口的感应门把我女儿的胳膊夹住了，门一直往里挤", "health", 0.9),
    ).toBe("property");
    expect(categoryForHazard("injury", "孙子的腿卡在楼梯护栏中间了，拔不出来，一直在哭", "health", 0.9)).toBe(
      "property",
    );
    expect(categoryForHazard("injury", "公交车门夹住了乘客的手，车还往前开了几米", "traffic", 0.9)).not.toBe(
      "property",
    );
  });

  it("files a dog still loose or holding on under public_order, a bite told by its wound alone under health", () => {
    expect(
      categoryForHazard("injury", "小区花园里一条没牵绳的狼狗咬了一个小姑娘的腿，血一直流", "health", 0.9),
    ).toBe("public_order");
    expect(categoryForHazard("injury", "我老公刚被狗咬了，手背上两个洞，血还在渗", "health", 0.9)).toBe(null);
  });

  it("files someone sinking in a swimming pool under health, not the city's flood crews", () => {
    expect(categoryForHazard("flood", "小区泳池里一个男孩趴着不动，救生员去厕所了", "municipal", 0.5)).toBe(
      "health",
    );
    expect(categoryForHazard("flood", "暴雨后废弃的泳池积水很深，有个孩子掉下去了", "municipal", 0.5)).toBe(
      "municipal",
    );
  });

  it("files an armed man at the door of the people locked in under public_order, not the door's owner", () => {
    expect(
      categoryForHazard(
        "trapped",
        "楼下那人拿着钢管在砸我家防盗门，说要打死我们，我和孩子躲在卧室",
        "property",
        0.9,
      ),
    ).toBe("public_order");
    expect(
      categoryForHazard("self_harm", "前夫用斧头劈我家的门，嘴里骂个不停", "neighbor_dispute", 0.5),
    ).toBe("public_order");
  });

  it("reads a tree named to find the house as a landmark, not as what came down", () => {
    expect(
      categoryForHazard(
        "collapse",
        "老平房的山墙倒了一角，我爸还在里屋。地址是西关那条胡同，门前有棵大榆树",
        "other",
        0.5,
      ),
    ).toBe("property");
  });

  it("reads coal fumes by a sleeper's weak breath, a site's scaffold over the road and a fire beside a gas cylinder", () => {
    expect(
      categoryForHazard("gas", "仓库值班的老师傅屋里烤着炉子，早上发现躺在床边，呼吸很弱", "gas_supply", 0.9),
    ).toBe("health");
    expect(
      categoryForHazard("collapse", "工地的脚手架倒向马路，一个骑车的人被压在底下", "traffic", 0.5),
    ).toBe("construction");
    expect(
      categoryForHazard("fire", "街口的配电箱在冒火花烧起来了，旁边还停着送气的液化气罐", "other", 0.3),
    ).toBe("power_supply");
  });

  it("files someone bedridden left with nobody to care for them under social_assistance", () => {
    expect(
      categoryForHazard(
        "trapped",
        "隔壁卧床的老太太，照顾她的保姆昨天辞职走了，门锁着，听见她在里面喊",
        "property",
        0.5,
      ),
    ).toBe("social_assistance");
    expect(
      categoryForHazard(
        "injury",
        "我姥爷瘫在床上，我姥姥摔了一跤送医院了，家里只有姥爷一个人",
        "traffic",
        0.5,
      ),
    ).toBe("social_assistance");
    // Bedridden, but the carer is there: the fall is the ambulance's.
    expect(
      categoryForHazard(
        "injury",
        "我奶奶卧床好几年了，刚才翻身从床上掉下来，头磕破了，我和我妈在家",
        "health",
        0.5,
      ),
    ).toBe("health");
  });

  it("files a fit the model read as self-harm under health, unless despair is said", () => {
    expect(
      categoryForHazard("self_harm", "我老婆有癫痫，刚才又犯了，全身抽搐停不下来", "social_assistance", 0.5),
    ).toBe("health");
    expect(
      categoryForHazard("self_harm", "他说活着没意思，把家里的癫痫药全吃了", "social_assistance", 0.5),
    ).toBe("social_assistance");
  });

  it("files someone through the ice of a river, read as an injury, under municipal", () => {
    expect(
      categoryForHazard("injury", "河面的冰裂开了，一个钓鱼的大爷掉下去了，正扒着冰沿", "health", 0.5),
    ).toBe("municipal");
    expect(categoryForHazard("injury", "我在小区门口的冰上滑倒了，腿动不了", "health", 0.5)).not.toBe(
      "municipal",
    );
  });

  it("reads more wordings of the conventions above", () => {
    // The corner of the mouth drooping, with the hand failing: a stroke at the table.
    expect(
      categoryForHazard("collapse", "我妈吃着饭嘴角突然往下耷拉，筷子拿不住了，话也说不清", "property", 0.5),
    ).toBe("health");
    // An air conditioner's outdoor unit in other words hangs on the building.
    expect(
      categoryForHazard("collapse", "五楼的室外机歪了只剩一个架子，下面就是人行道", "municipal", 0.5),
    ).toBe("property");
    // A hole "with no hoarding at all" is the road's, not a site's.
    expect(
      categoryForHazard("collapse", "路中间塌了个大坑，一直往下掉土，周围没有任何围挡", "municipal", 0.5),
    ).toBe("municipal");
    // A crowd packed in a heap.
    expect(categoryForHazard("injury", "超市打折开门，入口挤成一团，有个老人被压在下面", "health", 0.5)).toBe(
      "public_order",
    );
    // A driver who locked the doors and will not let the passenger out.
    expect(
      categoryForHazard("injury", "我打的车，司机绕到郊外去了，他把车门锁了不让我下车", "traffic", 0.5),
    ).toBe("public_order");
    // A gate closing by itself on someone, read as a blow.
    expect(
      categoryForHazard(
        "violence",
        "单位门口的电动门坏了自己来回跑，把一个送快递的夹在门和墙中间",
        "public_order",
        0.5,
      ),
    ).toBe("property");
  });

  it("files someone living alone, down or silent behind a shut door, under social_assistance", () => {
    expect(
      categoryForHazard(
        "trapped",
        "楼上独居的刘大爷在屋里喊疼，说是滑倒了起不来，门从里面锁着",
        "property",
        0.5,
      ),
    ).toBe("social_assistance");
    expect(
      categoryForHazard(
        "injury",
        "隔壁一个人住的老太太今天没出门，敲门没反应，从窗户看见她趴在地上",
        "health",
        0.5,
      ),
    ).toBe("social_assistance");
    // Alone, but stuck in the lift: the building's manager opens it.
    expect(
      categoryForHazard("trapped", "独居的老伯被困在电梯里了，门打不开，他说喘不上气", "property", 0.5),
    ).toBe("property");
  });

  it("files pills taken with drink under health, unless despair is said", () => {
    expect(
      categoryForHazard(
        "self_harm",
        "我哥吃了半板安眠药又喝了白酒，现在怎么喊都喊不醒",
        "social_assistance",
        0.5,
      ),
    ).toBe("health");
    expect(categoryForHazard("injury", "我爸喝了自己泡的药酒，现在舌头发麻，心跳得很快", "market", 0.5)).toBe(
      "health",
    );
    expect(
      categoryForHazard(
        "self_harm",
        "她说不想活了，把药和酒都喝了，现在锁在房间里",
        "social_assistance",
        0.5,
      ),
    ).toBe("social_assistance");
  });

  it("files a compound's own wall under property, even one holding back a slope", () => {
    expect(
      categoryForHazard(
        "collapse",
        "家属院的挡土墙后面就是山坡，墙上裂了条大缝，还在往外渗泥水",
        "municipal",
        0.5,
      ),
    ).toBe("property");
    // A retaining wall by the road, no compound named, stays the city's.
    expect(categoryForHazard("collapse", "盘山路边的挡土墙鼓出来了，一直往下掉石头", "other", 0.5)).toBe(
      "municipal",
    );
  });

  it("files a child shut in an abandoned fridge or freezer under other", () => {
    expect(
      categoryForHazard(
        "trapped",
        "两个孩子钻进收废品的院子里那台旧冰柜，盖子扣死了，里面在哭",
        "property",
        0.5,
      ),
    ).toBe("other");
    // Something from the fridge swallowed is no one shut in.
    expect(categoryForHazard("poison", "孩子把冰箱里的药水当饮料喝了一口", "market", 0.5)).toBe("health");
  });
});

describe("categoryForHazard: em-cat36 circumstances", () => {
  it("files a live supply told by its signs under power_supply, even where the classifier is sure of property", () => {
    expect(categoryForHazard("electric", "广场上的地灯在冒火花，几个小孩围着看", "property", 0.9)).toBe(
      "power_supply",
    );
    // Water from the building's own pipes on a lamp: the leak is the manager's to stop.
    expect(categoryForHazard("electric", "楼上漏水流进走廊的吸顶灯里，灯一直滋滋响", "property", 0.9)).toBe(
      "property",
    );
  });

  it("reads low blood sugar from the meter or the words, also where the rules saw violence", () => {
    expect(categoryForHazard("poison", "我妈血糖低得厉害，满头大汗手一直抖", "market", 0.5)).toBe("health");
    expect(
      categoryForHazard("violence", "我血糖好像很低，手抖得拿不住杯子，一个人在家", "public_order", 0.5),
    ).toBe("health");
    expect(categoryForHazard("poison", "血糖仪显示才1.9，人在发抖出冷汗", "market", 0.5)).toBe("health");
  });

  it("reads disinfectant tablets as something swallowed and cephalosporin with drink as pills with drink", () => {
    expect(categoryForHazard("poison", "孙子把抽屉里的消毒片吞了一片，现在一直吐", "market", 0.5)).toBe(
      "health",
    );
    expect(
      categoryForHazard("injury", "吃了两天头孢，晚上又喝了啤酒，现在脸红心慌喘不上气", "market", 0.5),
    ).toBe("health");
  });

  it("files liquor bought loose or home-brewed with the eyes failing under health, drink alone under market", () => {
    expect(categoryForHazard("poison", "在路边摊买的散装白酒，我舅喝完说眼睛看不清东西", "market", 0.5)).toBe(
      "health",
    );
    expect(
      categoryForHazard("missing", "我哥喝了自酿的酒，现在说眼前一片白，什么都看不见", "public_order", 0.5),
    ).toBe("health");
    // Loose liquor with the stomach upset and nothing said of the eyes stays the seller's.
    expect(categoryForHazard("poison", "喝了小卖部买的散装酒，几个人都在吐", "other", 0.5)).toBe("market");
  });

  it("reads hot soup or water poured over someone as a scald", () => {
    expect(
      categoryForHazard("collapse", "锅里的热汤打翻了，整锅淋在孩子腿上，起了好多泡", "property", 0.5),
    ).toBe("health");
  });

  it("files someone fallen off a platform with a train coming under traffic", () => {
    expect(
      categoryForHazard("trapped", "有个小伙子喝醉了掉下站台，列车还有两分钟进站", "property", 0.5),
    ).toBe("traffic");
  });

  it("reads the demolition of an illegal structure as a site", () => {
    expect(
      categoryForHazard("collapse", "对面在拆违章搭的棚子，一根钢管掉下来砸到了路人", "property", 0.5),
    ).toBe("construction");
  });

  it("files someone knocked down by a shock under power_supply, not a hand holding a pole in a flood", () => {
    expect(categoryForHazard("collapse", "我爸修灯的时候被电倒了，手还粘在灯座上", "health", 0.5)).toBe(
      "power_supply",
    );
    expect(
      categoryForHazard("collapse", "洪水冲过来了，卖菜的大爷抓着电线杆不敢松手", "municipal", 0.5),
    ).not.toBe("power_supply");
  });

  it("files a building's stair that gave way under property, whatever street the address names", () => {
    expect(
      categoryForHazard("collapse", "老楼的楼梯塌了一截，三楼的人下不来，地址胜利街十号", "other", 0.5),
    ).toBe("property");
  });

  it("reads a worker standing on a roof's edge as at work, not about to jump", () => {
    expect(
      categoryForHazard(
        "collapse",
        "物业请的师傅站在楼顶边上刷外墙，没系安全绳，瓦片一直往下掉",
        "social_assistance",
        0.5,
      ),
    ).toBe("property");
    expect(categoryForHazard("collapse", "一个男的站在楼顶边上，说不想活了", "social_assistance", 0.5)).toBe(
      "social_assistance",
    );
  });

  it("reads a car left running with someone asleep in it as fumes, even where the rules saw a fire", () => {
    expect(
      categoryForHazard("fire", "地库里一辆车没熄火，司机趴在方向盘上，拍车窗不醒", "property", 0.5),
    ).toBe("health");
    expect(categoryForHazard("fire", "车库里一辆车着火了，冒黑烟", "property", 0.5)).toBe("property");
  });

  it("reads snoring that stopped as breathing failing, not a blow", () => {
    expect(
      categoryForHazard("violence", "我爸打呼噜打着打着突然没声了，推他也不醒", "public_order", 0.5),
    ).toBe("health");
    expect(categoryForHazard("violence", "他打呼噜太响，室友拿着棍子打他", "public_order", 0.5)).toBe(
      "public_order",
    );
  });

  it("files an overturned vehicle read as violence under traffic, unless a fight is told", () => {
    expect(
      categoryForHazard("violence", "货车侧翻了，驾驶室变形，司机卡在里面门打不开", "public_order", 0.5),
    ).toBe("traffic");
    expect(categoryForHazard("violence", "两辆车追尾了，两个司机下车打起来了", "public_order", 0.5)).toBe(
      "public_order",
    );
  });

  it("files fumes from scrubbing a bathroom at home under health, a shop's under pollution", () => {
    expect(categoryForHazard("poison", "我妈关着卫生间的门刷马桶，现在头晕一直咳嗽", "pollution", 0.5)).toBe(
      "health",
    );
    expect(
      categoryForHazard("poison", "楼下洗车店刷厕所用的药水，味道熏得我们一直咳", "pollution", 0.5),
    ).toBe("pollution");
  });

  it("reads an old person who does not know which way to go, or unseen for days in Cantonese, as the community's", () => {
    expect(
      categoryForHazard("missing", "路口有个老爷爷一直打转，不知道往哪走，问他也说不清", "traffic", 0.5),
    ).toBe("social_assistance");
    expect(categoryForHazard("missing", "一个小孩在路口哭，不知道往哪走", "public_order", 0.5)).toBe(
      "public_order",
    );
    expect(categoryForHazard("missing", "樓下阿婆兩日冇出過門，敲門冇人應", "government_service", 0.5)).toBe(
      "social_assistance",
    );
  });
});
