import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import { detectUrgencyByRules, type Hazard } from "../../src/intake/urgency-rules.js";

/*
 * The causes behind the dangers emergency-fresh22 missed once its failures were read, each in wording
 * and situations of our own: no set's lines are copied here. The rules are asserted alone, so a model
 * that happens to agree does not hide a regression.
 */
describe("fresh22 causes: recognition", () => {
  const dangers: readonly (readonly [Hazard, string])[] = [
    // A drill denied in so many words: what follows is real.
    ["fire", "商场的消防广播一直在喊 不是演练 二楼走廊已经有黑烟冒出来了"],
    ["fire", "学校警铃响了 老师说这回不是演习 实验楼那边有烟往外冒"],
    // Smoke told by how much of it there is, in characters or in pinyin.
    ["fire", "地下室好多烟 呛得人直咳嗽 还有人在里面"],
    ["fire", "wo jia chu fang hao duo yan, kuai lai ren"],
    // An appliance giving off smoke is burning, even a range hood.
    ["fire", "出租屋的电暖器冒烟了 一股焦味 我室友还在睡"],
    ["fire", "微波炉里突然冒黑烟 噼啪响"],
    ["fire", "厨房抽油烟机冒浓烟 开关按了没用"],
    // Someone calling for help behind a door that is locked or stuck.
    ["trapped", "仓库里有人一直拍门喊救命 门被风带上卡死了 打不开"],
    ["trapped", "冷冻车间里头有人在敲门 门从外面锁住了 叫了好久"],
    // A vehicle running over or knocking down a person, whatever it is.
    ["injury", "工地铲车转弯碾到一个工人 腿压在轮子底下"],
    ["injury", "电动三轮倒车刮倒一个老太太"],
    ["injury", "拖拉机在村口撞倒了一个放学的孩子"],
    // Seeing double with vomiting or a headache.
    ["injury", "我爸刚才说看东西重影 吐了一次 头疼得厉害"],
    ["injury", "奶奶突然眼前模糊 看人有双影 还一直想吐"],
    // A heater that set something alight, flames out of a window, a stairwell full of white smoke.
    ["fire", "电烤炉把沙发套烤着了 屋里还有个睡着的老人"],
    ["fire", "对面楼三层的窗口往外喷火 上面几层的人在喊"],
    ["fire", "教学楼走廊里全是白烟 学生都在往操场跑"],
    // A pet and a person trapped together: the person counts.
    ["trapped", "狗和孩子都被困在车里了 车门锁着 太阳很晒"],
    // One rescued and others still inside: the trap goes on.
    ["trapped", "消防刚把一个人拉出来了 还有两个困在塌了的棚子里"],
    // A danger during a safety lesson is still a danger.
    ["injury", "学校在上安全教育课 有个孩子突然晕倒了 叫不醒"],
  ];
  it.each(dangers)("%s: %s", (hazard, text) => {
    const rules = detectUrgencyByRules(text);
    expect(rules.urgency).toBe("emergency");
    expect(rules.hazard).toBe(hazard);
    expect(detectUrgency(text).urgency).toBe("emergency");
  });

  it("hears a cry for help behind a locked door in a letter that opens with a standing complaint", () => {
    const letter =
      "尊敬的物业领导：我们楼的地下车库照明坏了一个多月了。今天傍晚我去取车，听见配电间里有人在拍门呼救，" +
      "门被人从外面反锁了，他说手机没电了，喊了很久都没人听见，恳请尽快派人来开门。";
    expect(detectUrgencyByRules(letter).hazard).toBe("trapped");
    expect(detectUrgency(letter).urgency).toBe("emergency");
  });
});

describe("fresh22 causes: the near-misses in the same words stay non-emergencies", () => {
  const nearMisses: readonly string[] = [
    // A drill, said to be one.
    "今天下午小区搞消防演习 楼道里放了烟雾 大家都下楼了",
    // Cigarette ends, the smell of cigarettes, cooking fumes: no fire.
    "抽烟的人太多了 楼道里好多烟头 没人管",
    "楼道里好多烟味 楼下老有人抽烟",
    "油烟机不吸了 满屋子都是油烟 找谁修",
    // Locked out, a help button that does not work.
    "我忘带钥匙了 门锁上了 拍门也没人在家 进不去",
    "家里老人装的一键呼救按钮坏了 按了没反应 找谁修",
    // A near miss by a vehicle, a vehicle hitting a bike with nobody hurt, a car scraping a pillar.
    "快递车在小区里开太快 差点撞到一个小孩 太危险了",
    "车把我的电动车撞倒了 人没事 对方跑了",
    "倒车雷达坏了 倒车老是刮到柱子",
    // A blurred television picture.
    "电视有重影 看得头疼 信号不好",
    // A pet stuck somewhere, a child's card lost, anger, a video, people who slipped and got up.
    "邻居家的小猫卡在空调外机上面下不来 叫了一晚上",
    "女儿的学生证找不到了 明天考试进不了考场 急死了",
    "物业又涨价了 气得我快要爆炸了",
    "群里那个仓库起火的视频是真的吗 在哪个区",
    "楼下坡道结冰了 刚才好几个人滑倒 都自己起来了 能不能撒点盐",
    // The people trapped are out; a lesson for children; a past matter; a runaway stopped; news.
    "中午在地铁口那个电梯里困了二十分钟 保安来了把我们弄出来了 这电梯该修了",
    "想给小区的孩子们做个科普 被困在电梯里应该怎么自救",
    "被邻居打伤了能不能申请赔偿 不是现在 是之前的事",
    "小区门口货车撞人的事 后来怎么处理的 老人说没什么大碍",
  ];
  it.each(nearMisses)("%s", (text) => {
    expect(detectUrgencyByRules(text).urgency).not.toBe("emergency");
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });
});

describe("fresh22 causes: a runaway stopped at the door", () => {
  // The rules no longer read an absence; the model alone still reads "离家出走" as despair (left alone).
  it.each(["我侄子闹着要离家出走 被他爸拦住了 现在在家睡觉", "女儿说要离家出走 被我劝住了 在家躺着呢"])(
    "%s",
    (text) => {
      expect(detectUrgencyByRules(text).urgency).not.toBe("emergency");
    },
  );
});

describe("fresh22 causes: which unit a danger goes to", () => {
  it.each([
    // A weapon drawn or a blow struck on purpose: the police, even where the classifier is sure of health.
    ["injury", "夜市两个人吵起来 一个抄着酒瓶砸过去 对方额头一直在流血", "health", 0.95, "public_order"],
    ["injury", "有人骑车抢了我妈的手机 把她拽倒了 她膝盖全破了", "health", 0.95, "public_order"],
    // A crash on the road, whatever the rules read first.
    ["injury", "环岛那里面包车侧翻 一个骑电动车的被压在车头下面", "health", 0.95, "traffic"],
    ["trapped", "高速口两辆车相撞 副驾驶的人卡在里面出不来", "property", 0.95, "traffic"],
    ["flood", "一辆轿车冲进了河里 车顶还露在外面 里面有人", "municipal", 0.5, "traffic"],
    // Any poison, solvent or small object swallowed: the ambulance.
    ["poison", "我儿子把桌上的除草剂当饮料喝了两口 嘴里发苦", "pollution", 0.5, "health"],
    ["poison", "孙女吞了一颗纽扣电池 现在说喉咙疼", "market", 0.5, "health"],
    // A pole down or a wire fallen: the power company, whatever the rules read first.
    ["collapse", "大风把路口的电线杆刮倒了 电线横在人行横道上", "property", 0.95, "power_supply"],
    ["fire", "断了的电线掉在车棚顶上 一直在冒火花", "property", 0.95, "power_supply"],
    // A trench or a foundation being dug is a site.
    ["collapse", "路边挖排水管的沟塌了一段 有个师傅半个身子埋在土里", "municipal", 0.5, "construction"],
  ] as const)("%s: %s", (hazard, text, current, confidence, expected) => {
    expect(categoryForHazard(hazard, text, current, confidence)).toBe(expected);
  });

  it.each([
    // A kitchen knife is a cut, not an attack; a car park is the building's; food is the market's.
    ["injury", "切菜的时候拿着刀切到了手 血止不住", "health", 0.95, null],
    ["trapped", "地下车库两辆车相撞 一个司机卡在里面", "property", 0.95, null],
    ["poison", "在饭馆吃了凉拌菜 一家人都在吐", "market", 0.5, "market"],
    // A pole named only to say where something fell is no fault of the supply.
    ["collapse", "电线杆旁边那棵大树倒了 压在路边的车上", "municipal", 0.5, "municipal"],
    // A ditch by the road with nobody digging is the city's.
    ["injury", "路边的水沟边 一个老人掉下去了 爬不上来", "health", 0.5, "municipal"],
  ] as const)("not moved: %s: %s", (hazard, text, current, confidence, expected) => {
    expect(categoryForHazard(hazard, text, current, confidence)).toBe(expected);
  });
});
