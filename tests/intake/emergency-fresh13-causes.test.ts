import { describe, expect, it } from "vitest";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { OfflineEngine } from "../../src/intake/offline-engine.js";

/*
 * The causes behind what emergency-fresh10, -fresh11 and -fresh13 found once read, each in wording
 * of our own (the sets' lines are not copied here, so these keep the causes fixed and the sets keep
 * measuring, if flatteringly).
 */
const dangers: readonly (readonly [string, string])[] = [
  // Pinyin: a little brother missing, water up to the neck, a mother still in a flooded basement.
  ["missing", "wo zhao bu dao mei mei le, ta 5 sui, zai chao shi men kou"],
  ["flood", "shui dao bo zi le, lao ren zai wu li chu bu lai"],
  ["flood", "bao yu, di xia shi jin shui le, wo ba hai zai xia mian"],
  // The caller is the one on the floor.
  ["injury", "我在地上，起不来了，腿动不了，家里就我一个人"],
  // English: a smell "like rotten egg" and a hissing door; a fall behind a locked door; a beating.
  ["gas", "I smell something very strong in the corridor, like rotten egg, and the pipe is hissing"],
  ["trapped", "my grandma fell in the kitchen, she is calling me but the door is locked"],
  ["violence", "the man next door is hitting his wife, she is screaming, please send police"],
  ["electric", "a power line is down near the school gate, sparking, kids walking past"],
  // A cut already made, told by whoever was phoned.
  ["self_harm", "我表妹刚才打电话说已经割了，电话里声音很弱，人在出租屋"],
  // A typed 着或 for 着火.
  ["fire", "对面楼着或了 快点来"],
  // Water up to the driver's chest, the door will not open.
  ["flood", "车开进桥洞，水进来了，车门推不开，水到我胸口了"],
  // A store room smoking at a factory.
  ["fire", "厂里的库房冒黑烟了，里面全是纸箱，门锁着"],
  // A crack that keeps widening, a floor that moves.
  ["collapse", "楼上砸墙以后，我家墙上的裂缝越来越宽，地板都在晃"],
  // A gas valve that will not close; a flame out with the gas still on.
  ["gas", "小饭馆的液化气罐阀门拧不紧了，呲呲响"],
  ["gas", "锅烧干了火灭了，燃气还开着，人不在家，楼道里都是味"],
  // Fire next to fuel; someone down and someone doing CPR.
  ["fire", "加油站边上有人点火堆烧纸"],
  ["injury", "篮球场上一个小伙突然倒下了，有人在给他按压"],
  // An elderly mother out a whole day; rocks rolling onto a road.
  ["missing", "老娘八十了，出去一天没回家，手机没带"],
  ["collapse", "山上的石头往下滚，路上还有车在开"],
  // Saying they will drink poison; saying goodbye and switching the phone off.
  ["self_harm", "他在直播里说要喝药，背景是我们小区的凉亭"],
  ["self_harm", "闺蜜发消息跟大家告别，然后手机就关机了"],
  // A letter that says the danger is going on and asks for someone now.
  [
    "fire",
    "领导您好，我写信主要反映停车难，车位太少，物业还乱收费。另外我现在站在楼下，顺便说一下，十几层有户人家窗户里在往外冒黑烟，你们能不能先派人过来？",
  ],
  // A hotline transcript whose turns end in ellipses.
  [
    "self_harm",
    "坐席：您好，请讲。来电人：……我想问问低保……坐席：低保要到社区申请……来电人：算了……没用了……我想好了……今晚就从楼上下去……坐席：您在哪里？",
  ],
  // The road hollow underneath; a sagging ceiling that creaks.
  ["collapse", "路面下面是空的，踩上去发虚，刚才一块砖陷下去了"],
  ["collapse", "卧室天花板往下鼓，刚才咔咔响，还掉了点水泥渣"],
  // A lift holding someone, in an official's words.
  ["trapped", "写字楼货梯困人，被困者一名，已超过二十分钟，维保单位未到场"],
  // Going to join a dead wife in the river.
  ["self_harm", "我爸喝了酒在河边，说要去找我妈，我妈前年走了"],
  // Several people in a closed room with charcoal the night before, and silence now.
  ["gas", "对门一家三口一上午没动静，昨晚他们在屋里烧炭火锅"],
];

const nearMisses: readonly string[] = [
  // Titles, slogans, metaphors in quotation marks.
  "电影《烈火英雄》在哪个影院还能看",
  "超市门口的喇叭一直喊“跳楼价清仓”，太吵了",
  "我们俩第一次见面就“触电”了，想问结婚登记要带什么",
  // A stroke years ago; a blistered wall; a dog that barks; knives at a price.
  "我妈中风以后一直卧床，想问问护理补贴怎么申请",
  "楼上漏水，我家墙皮都起泡了，楼上不肯赔",
  "邻居的狗见人就叫，没咬过人，就是孩子害怕",
  "这家店菜刀卖得太贵了",
  // Denied harm, a simile, a worry.
  "楼上两口子又在吵，吵得睡不着，不过没听到打人",
  "楼上孩子跑来跑去，跟着了火似的",
  "桥上的栏杆松了，小孩爱趴着看，怕出事，请修一下",
  // Made safe, a joke, an icy road to grit, a pet, a trip.
  "过期酸奶吃了一口就吐了，人没事，要投诉超市",
  "厕所门锁坏了，我被关在里面十分钟，后来自己踹开了",
  "这个月房贷还完我真要跳楼了哈哈，开玩笑的，问下公积金",
  "路面结冰了，早上好多人滑倒，建议撒点盐",
  "我家狗吃了点洗衣液，已经去宠物医院了",
  "群里说楼下那户好几天没见人，我去问了，人家出去旅游了，没事",
  // A correction that names a record; red tape.
  "坐席：您好。来电人：我儿子不见了。坐席：多大了？来电人：不是不是，我说错了，是我儿子的学籍不见了，转学要用。",
  "坐席：您好。来电人：有人被困了。坐席：在哪里？来电人：被困在审批流程里出不来，跑了三个部门。",
  // No leak, no fire: said outright.
  "电表箱的门坏了，一直开着，里面没漏电，就是怕小孩去玩",
  "插座烧黑了一块（未起火），请物业换一个",
  "楼上装修砸墙，现在没看见裂缝，想问合不合规",
  // Lyrics; a mistaken belief; a hotline of a curious caller.
  "酒吧天天放歌，一直在唱“着火了”，我还以为真着火了，出去一看什么事都没有，就是吵",
  "看到好几辆消防车过去，是哪里着火了吗？没看到烟，就是好奇",
  // A threat of later violence; a fire-insurance question; an idiom.
  "老板说再要工资就找人打我，现在还没动手，就是拖欠工资",
  "火灾险怎么买，社区有统一的吗",
  "物业费又涨了，我肺都气炸了",
  "这家火锅太辣，吃得我胃里着火，还乱收餐位费",
  // Poison bought for rats; a burst pipe already shut off; a stolen extinguisher.
  "家里老鼠多，想放老鼠药又怕孩子误吃，社区能不能统一灭鼠",
  "坐席：您好。来电人：厨房水管爆了。坐席：现在还在喷吗？来电人：不喷了，我把总阀关了，就是没水用。",
  "楼道里的灭火器被人偷了",
];

describe("dangers behind the misses of emergency-fresh10, -fresh11 and -fresh13", () => {
  it.each(dangers)("%s: %s", (hazard, text) => {
    expect(detectUrgency(text)).toMatchObject({ urgency: "emergency", hazard });
  });
});

describe("near-misses behind their false alarms", () => {
  it.each(nearMisses)("%s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });
});

describe("the category a sure danger carries", () => {
  it("gives way when the classifier's sure category cannot act on the danger", () => {
    // Only for a danger the rules and the model agree on; everyday misreadings keep the classifier's.
    expect(
      categoryForHazard("fire", "学校实验楼的窗户冒白烟，学生在往外跑", "education", 0.95, { sure: true }),
    ).toBe("property");
    expect(
      categoryForHazard("fire", "学校实验楼的窗户冒白烟，学生在往外跑", "education", 0.95, { sure: false }),
    ).toBeNull();
  });

  it("sends someone fallen behind a locked door to the ambulance first", () => {
    expect(categoryForHazard("trapped", "奶奶摔倒了，门锁着，她在里面喊我", "property")).toBe("health");
  });

  it("files a hotline caller's danger whose turns end in ellipses", async () => {
    const engine = await OfflineEngine.create(await loadDomainConfig("config"));
    const complaint = await engine.extract({
      channel: "hotline",
      text: "坐席：您好，请讲。来电人：……我想问问低保……坐席：低保要到社区申请……来电人：算了……我想好了……今晚就从楼上下去……坐席：您在哪里？来电人：柳巷路……",
    });
    expect(complaint.urgency).toBe("emergency");
    expect(complaint.category).toBe("social_assistance");
  });
});
