import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import { type Hazard } from "../../src/intake/urgency-rules.js";

/*
 * The tune-em26 round, in sentences written for this file (no set's lines are copied here).
 */
const emergency = (text: string) => detectUrgency(text).urgency;

describe("dangers told in words the rules did not know", () => {
  it.each([
    // A power cut stopping a machine someone breathes by, told in two sentences.
    ["又停电了。我爸的呼吸机停了，机器一直在报警", "electric"],
    ["楼里断电了！奶奶的制氧机备用电池只能撑二十分钟了", "electric"],
    // An allergic shock after an injection or a sting.
    ["输完液没多久我女儿嘴唇就肿起来了，喘气困难", "injury"],
    ["被马蜂蜇了以后浑身起疙瘩，现在喉咙发紧说不出话", "injury"],
    // A cleaning product made to look like a sweet, or a drain cleaner, bitten or drunk.
    ["两岁的儿子把洗衣凝珠咬开了，嘴边都是泡", "poison"],
    ["我爸把疏通剂当成饮料喝了一口", "poison"],
    // A farewell with the affairs settled; gas opened to die.
    ["谢谢社区这么多年照顾我，存折都安排好了，以后不麻烦你们了", "self_harm"],
    ["燃气我已经开着了，别救我", "self_harm"],
    // A workshop or a shed that caught.
    ["村口那个木工作坊着了，火蹿得好高", "fire"],
    // Someone living alone, unseen for days, told by what piles up at the door.
    ["隔壁独居的大爷门口的报纸五天没人拿了，敲门也没人应", "missing"],
    // An electric shock from a power strip.
    ["刚被插排电了一下，现在胳膊发麻心跳很快", "electric"],
    // English and pinyin.
    ["a boy fell through the ice at the pond, he is still in the water", "flood"],
    ["ta na zhe dao zai men kou, yao sha wo", "violence"],
  ] as const)("%s → %s", (text, hazard) => {
    const found = detectUrgency(text);
    expect(found.urgency).toBe("emergency");
    expect(found.hazard).toBe(hazard);
  });

  // Told the same way but not a danger now.
  it.each([
    "下周三计划停电，家里老人用制氧机，能不能提前通知",
    "停电那会儿呼吸机用的备用电池，现在已经来电了",
    "谢谢这些年的照顾，东西都收拾好了，下个月搬去女儿家住",
    "两种洗碗块哪个好用？孩子能不能碰",
    "车间里的人都睡着了，没人值班",
  ])("not an emergency: %s", (text) => {
    expect(emergency(text)).not.toBe("emergency");
  });
});

describe("near misses the sets label as such", () => {
  it.each([
    // Over, and everyone out or well.
    "上午被困电梯二十分钟，已经出来了，电梯要修",
    "我爷爷前天走丢过一次，已被民警送回，想问怎么办防走失卡",
    "we were stuck in the lift for a while, we got out ok, please fix it",
    "我妈电话打不通，急死了，刚刚打通了，她好着呢",
    "被邻居家的狗咬了，已经打完疫苗了，想问赔钱的事",
    "奶奶在门口摔了一下，自己能站起来，就是膝盖疼",
    "吃错药了，医生说问题不大，多喝水",
    // Asked, not happening.
    "84和洁厕灵能不能一起用啊",
    "洁厕灵和84放在同一个柜子里，没混过，要不要分开",
    "我想了解一下，有人触电了普通人该怎么救",
    "刚才电视里说有人在商场拿刀砍人，是哪个区的",
    "建议每层放个灭火器，着火了都找不到",
    // Denied signs.
    "燃气报警器坏了一个月了，目前没有异味",
    "楼道里堆了几个液化气罐，目前无泄漏",
    "充电器烫得不行，拔了，没起火",
    // Not fallen yet, nobody hurt yet.
    "小区围墙裂了一条缝，还没塌，请物业看看",
    "屋檐的冰凌挂了一排，还没人被砸，赶紧敲掉",
    "滑梯的螺丝掉了一颗，还没伤到孩子，来修一下",
    // Locked out, not shut in.
    "出门倒垃圾门被风带上了，钥匙在屋里，人在外面，找谁开锁",
    // A simile, a joke, a habit, a mistaken alarm.
    "楼下放鞭炮跟打仗一样，吵死了",
    "他写作业写烦了说要跳楼——开玩笑说的",
    "楼上夜里常有摔东西的声音，没听到呼救",
    "吓死了，以为着火了，结果是邻居在熏腊肉",
  ])("not an emergency: %s", (text) => {
    expect(emergency(text)).not.toBe("emergency");
  });

  // The same words with someone in danger still count.
  it.each([
    "被困电梯二十分钟了，还没出来，里面有老人",
    "墙塌了一半，还没全倒，有个人被压在下面",
    "我们被锁在阳台外面了，外面零下，孩子穿得很少",
    "门被风带上了，宝宝一个人在屋里，灶上还开着火",
  ])("still an emergency: %s", (text) => {
    expect(emergency(text)).toBe("emergency");
  });
});

describe("danger categories by circumstance", () => {
  it.each([
    // Scalded by water or steam (not a radiator), at home: a worker scalded at work is the labour
    // inspectors' since em-cat38 (the lead's convention; see hazard-category-conventions.test.ts).
    ["poison", "家里高压锅的蒸汽阀爆了，我妈手臂全烫起泡了", "market"],
    ["flood", "卫生间热水管裂了，我爸被开水烫伤", "water_supply"],
    // Fireworks going off in a hand or an eye.
    ["fire", "放鞭炮的时候炮仗在手里炸了，手指血肉模糊", "property"],
    // Swallowed: not food, whatever the classifier says.
    ["poison", "孩子把洗碗块当糖吃了，一直吐", "market"],
    ["poison", "他喝了一口饮料瓶里的东西，是装在里面的除草剂", "pollution"],
    // Cleaners mixed or sprayed at home.
    ["injury", "我把八四和洁厕灵一起倒进马桶，现在咳得喘不上气", "pollution"],
    ["poison", "在阳台给花喷了药，现在头晕恶心", "pollution"],
    // A reaction to an injection.
    ["injury", "打完针十分钟，孩子嘴唇肿了，浑身起红疙瘩", "market"],
    // A power cut and a breathing machine.
    ["injury", "停电了，我妈在家做透析的机器停了，她手脚发抖", "labor"],
  ] as const)("%s: %s → health", (hazard, text, current) => {
    expect(categoryForHazard(hazard as Hazard, text, current, 0.9)).toBe("health");
  });

  it.each([
    // Someone living alone, unseen for days: the community opens the door.
    ["gas", "独居的王奶奶这几天没人开门，楼道里有股怪味", "gas_supply", "social_assistance"],
    ["injury", "隔壁独居老人连续五天没出门，电视一直响", "health", "social_assistance"],
    // Shut in by a partner; a beating told as it happens.
    ["trapped", "我被我老公锁在卧室里了，他喝多了", "property", "public_order"],
    ["injury", "爸爸在打妈妈，妈妈倒在地上", "health", "public_order"],
  ] as const)("%s: %s → %s", (hazard, text, current, expected) => {
    expect(categoryForHazard(hazard as Hazard, text, current, 0.9)).toBe(expected);
  });

  // Left alone: a radiator's scald (labelled heating in urgency-dev), a gas smell where someone lives
  // alone (the gas company's), a shop's works mixing chemicals.
  it("leaves a radiator's scald, a named gas smell and a shop's chemicals to the other rules", () => {
    expect(categoryForHazard("flood", "暖气管爆了，开水喷了孩子一身", "heating", 0.9)).toBe(null);
    expect(categoryForHazard("gas", "独居老人这几天没开门，门缝里一股煤气味", "gas_supply", 0.9)).toBe(
      "gas_supply",
    );
    expect(categoryForHazard("poison", "洗车店里两种清洁剂混在一起，店员咳个不停", "pollution", 0.9)).toBe(
      null,
    );
  });
});
