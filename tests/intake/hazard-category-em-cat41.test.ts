import { describe, expect, it } from "vitest";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import { checkedModelHazard } from "../../src/intake/model-hazard-check.js";
import type { Hazard } from "../../src/intake/urgency-rules.js";

/*
 * The em-cat41 round: fresh39's circumstances read as wordings of standing conventions (ice that
 * broke under someone, a heart stopped with someone pressing the chest, a birth under way, charcoal
 * smelt at a locked door, coal fumes told by drowsiness, a worker named by the job, an attacker's
 * stone or a fist in the hair, a park's lawn burning towards the trees), and the model's hazard for
 * someone in open water, a pregnancy, an allergy and a man on a bridge's outer ledge. Phrasings are
 * our own.
 */
const owner = (hazard: Hazard, text: string, current = "other", confidence = 0.2): string | null =>
  categoryForHazard(hazard, text, current, confidence);

describe("fresh39's wordings of standing danger conventions", () => {
  it.each([
    // Ice that broke under someone told in two clauses, read as the ice collapsing or a fall.
    ["collapse", "水库上好多人溜冰，刚才冰裂了，一个小伙子半截身子泡在水里", "municipal"],
    ["injury", "河上有人在冰上走 冰碎了 人掉下去了", "municipal"],
    // Someone down with a bystander pressing the chest or looking for the defibrillator.
    ["collapse", "羽毛球馆有个大叔打着打着倒了，馆里的人在给他按压", "health"],
    ["injury", "篮球场上一个学生被撞倒后没反应了，有人在找AED", "health"],
    // A birth under way or just over with mother or baby in trouble.
    ["injury", "我老婆羊水破了，出血不少，车还没到", "health"],
    ["collapse", "邻居在家生了，孩子生下来脸发青不出声", "health"],
    // Charcoal smelt at a door nobody opens.
    ["trapped", "楼下那户从里面反锁了，敲门不应，门缝里一股炭火的味", "health"],
    // Coal fumes told by drowsiness and a thick tongue.
    ["gas", "外婆屋里生着煤炉子，打电话说话大舌头，一直犯困", "health"],
    // A worker named by the job, buried or overcome at it.
    ["collapse", "灌渠塌了一段，三个清淤的埋在泥里", "labor"],
    ["poison", "污水池边上倒了一个人，是去检查的工人", "labor"],
    // An attacker's stone or a hand in someone's hair.
    ["injury", "有个疯子拿石头砸路人，一个大姐头上出血了", "public_order"],
    ["injury", "楼下一个男的揪着女人的头发往车库拖，女的在喊", "public_order"],
    // A park's lawn burning, the wind taking it towards the trees.
    ["fire", "公园的草坪烧起来了，火往树林那边走", "municipal"],
  ] as const)("%s: %s → %s", (hazard, text, expected) => {
    expect(owner(hazard, text)).toBe(expected);
  });

  it("a driver holding a passenger read as violence is the police's, not the road's", () => {
    expect(owner("violence", "出租车司机锁了车门不让我下，车往城外开", "traffic", 0.6)).toBe("public_order");
  });

  it("a baby born three months ago is no birth under way", () => {
    expect(owner("collapse", "孩子生下来才三个月，客厅的吊顶塌下来了")).toBe("property");
  });

  it("a swelling after seafood is the ambulance's, not the seller's", () => {
    expect(owner("injury", "刚吃完螃蟹身上起包，嗓子发紧", "market", 0.8)).toBe("health");
  });

  it("leaves the near-misses with their own owners", () => {
    // Ice cracking with nobody in the water is no rescue yet; a compound's ornamental lake stays its own.
    expect(owner("injury", "冰箱里的冰块碎了掉下来，砸到脚了")).not.toBe("municipal");
    expect(owner("collapse", "小区景观湖冰裂了，一个孩子掉进去了")).toBe("property");
    // Pressing the chest after a crash stays the crash's.
    expect(owner("injury", "电动车被货车撞了，骑车的人没气了，路人在给他按压")).toBe("traffic");
    // A mother-to-be trapped in a lift is the lift's.
    expect(owner("trapped", "电梯卡住了，里面一个孕妇说快生了")).toBe("property");
    // Charcoal behind a door someone shut on themselves stays self-harm.
    expect(owner("trapped", "室友把自己关在屋里，反锁了，闻到炭火的味")).toBe("social_assistance");
    // A stone thrown at a wasps' nest is no attack.
    expect(owner("injury", "小孩拿石头砸马蜂窝，被蜇了好几个包")).not.toBe("public_order");
    // A woods fire away from any park stays open country.
    expect(owner("fire", "荒草烧到树林里去了，烟很大")).not.toBe("municipal");
  });
});

describe("the model's hazard for fresh39's circumstances", () => {
  it.each([
    // Someone in open water or walking onto thin ice, read as a blow.
    ["violence", "码头边有人被大浪卷下去了，看不见人了", "flood"],
    ["violence", "水库里好像有个人在扑腾，手一直在往上伸", "flood"],
    ["violence", "一个小孩一个人往冰面中间走，冰已经发软了", "flood"],
    // A child gone into the water from a boat, read as self-harm.
    ["self_harm", "女儿跟同学划船，回来船上少了她，说她下去捡桨了", "flood"],
    // A pregnancy failing, read as a blow or someone missing.
    ["violence", "孕36周，肚子一阵一阵硬得厉害，胎动感觉不到了", "injury"],
    // An allergy whose pen cannot be found, read as someone missing.
    ["missing", "孩子对鸡蛋过敏，嘴唇肿起来喘不上气，肾上腺素笔找不到了", "injury"],
    // A man on a bridge's outer ledge, read as a blow.
    ["violence", "有个女的翻过去站在桥栏杆外侧，谁劝都不回来", "self_harm"],
    // A socket or a meter box sparking, read as a fire: a live supply.
    ["fire", "厨房墙上的插座一直噼啪冒火花，闻着有点焦", "electric"],
    ["fire", "走廊配电箱里滋啦滋啦响，还闪蓝光", "electric"],
    // A passenger held by a driver, read as self-harm or an injury.
    ["self_harm", "顺风车司机不让我下车，一直往城外开", "violence"],
    ["injury", "我被人塞进面包车里了，不知道往哪开", "violence"],
  ] as const)("model %s: %s → %s", (hazard, text, expected) => {
    expect(checkedModelHazard(text, hazard)).toBe(expected);
  });

  it("keeps the model's hazard where the water or the ledge is no cause", () => {
    // A fight by the river stays a fight.
    expect(checkedModelHazard("河边两个人打起来了，一个被推到河里了", "violence")).toBe("violence");
    // Despair said by the water stays self-harm.
    expect(checkedModelHazard("他说不想活了，往湖里走，已经到腰了", "self_harm")).toBe("self_harm");
    // A pregnant woman beaten by her husband stays violence.
    expect(checkedModelHazard("老公在打她，她怀孕五个月了", "violence")).toBe("violence");
    // Flames spreading from the socket stay a fire.
    expect(checkedModelHazard("插座冒火花，现在窗帘都烧起来了", "fire")).toBe("fire");
    // A passenger who says she wants to die stays self-harm.
    expect(checkedModelHazard("她在出租车上一直说不想活了，司机不让她下车她就要跳", "self_harm")).toBe(
      "self_harm",
    );
    // A missing child with a medicine named is still missing.
    expect(checkedModelHazard("孩子放学没回家，找不到了，他有哮喘", "missing")).toBe("missing");
  });
});
