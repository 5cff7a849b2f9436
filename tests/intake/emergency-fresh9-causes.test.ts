import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";

/*
 * The causes behind what the blind emergency-fresh9 set found, each in wording of our own (the set's
 * lines are not copied here, so the set keeps measuring, if flatteringly, and these keep the causes
 * fixed).
 */
const dangers: readonly (readonly [string, string])[] = [
  // English from a foreign resident.
  ["gas", "Hello, my flat smells like rotten eggs near the cooker, gas leak? 双塔小区5号楼"],
  ["missing", "my son 8 years old go to shop 2 hours not come back, phone no answer"],
  // Pinyin for sleeping pills; a lift "closing people in".
  ["self_harm", "wo ba chi le yi ping an mian yao, jiao bu xing"],
  ["trapped", "dian ti guan ren le, li mian you lao ren, 桃南一区"],
  // Cantonese: not back, now, going out.
  ["missing", "阿嫲朝早出街买餸 宜家都未翻 佢有啲痴呆"],
  // A sound-alike with a space before the leak.
  ["gas", "然气 漏了 快来 路西小区"],
  // A confined space that does not give people back.
  ["poison", "污水井里下去一个工人半天没上来，上面的人喊他也没声音"],
  // A burden with the means at hand.
  ["self_harm", "我婆婆总说自己是累赘，刚才看见她把农药瓶子拿到床头了"],
  // A smell measured against the last leak, in a letter that also lists other problems.
  [
    "gas",
    "尊敬的领导：反映三件事。一是垃圾站太臭。二是今早进单元门，那股味和之前燃气公司抢修时闻到的一样，隔壁大爷敲了好几次门都没应。三是路灯不亮。",
  ],
  // A lift dropping.
  ["trapped", "救命啊 电梯往下掉 我还在里面"],
  // A machine closing on someone.
  ["injury", "车库的升降车位落下来把保安压在下面了"],
  // Violence without a textbook word.
  ["violence", "夜市那边几伙人打成一团，有人抄起砖头往别人脑袋上砸"],
  ["violence", "几个大孩子把我弟弟拽到楼后面揍，还踢他肚子"],
  ["violence", "小区门口一个醉汉拎着钢管追着保安跑"],
  // Someone living alone, not seen for days.
  ["missing", "独居的王奶奶三天没人看见了，敲门都没人，牛奶还挂在门把手上"],
];

const nearMisses: readonly string[] = [
  "上个月五天前报过楼道燃气味，燃气公司已更换处理了，就是想表扬那个师傅",
  "网上在卖一种“爆炸头”假发，质量太差，商家不退货",
  "饭店后厨的排烟管天天冒黑烟，把整面墙都熏黑了",
  "楼道的烟感器一直滴滴响，应该是没电了，响了两个星期了，物业也不来换电池",
  "早上跑步滑了一下，摔了一跤，马上爬起来了，没事，就是想说那段路该修了",
  "电梯里的对讲按钮按了没反应，万一有人被困怎么办，请物业修一下",
  "对门两口子又在吵，吵得整栋楼都听得见，没有打人，就是太吵了",
  "刚接到个电话说我女儿出车祸了让我马上转账，我挂了，这种诈骗能不能管管",
  "隔壁扬言要毒死我家的猫，猫现在好好的，这算不算威胁",
  "工友们都说再不发工资就去跳楼，都是气话，想问劳动监察大队的电话",
  "业主群里都炸了，说停车费要翻倍",
  "救命啊，社区的wifi一天断八回，办事大厅等了一上午",
  "我女儿玩手机游戏中毒了，一天玩十个小时，怎么办",
  "被困在审批流程里三个月了，到底还要跑几趟",
  "想咨询一下家庭应急包里放什么，比如着火了、地震了要带哪些东西",
  "有人在群里说桥要塌了，到底有没有这回事，我看桥挺好的",
  "坐席：您好。来电人：我想说路口太滑了。坐席：现在有人摔伤吗？来电人：现在没有，就是提醒一下撒点盐。",
  "坐席：您好。来电人：我家孩子丢了，哦不是，丢了那个，饭卡，在食堂。坐席：饭卡丢了是吧？来电人：对。",
  "楼道里有点煤气味，燃气公司的人正在换表，说是放空管里的余气，已经拉了警戒线",
  "我儿子天天把自己关房间里打游戏，叫都叫不出来，饭都不吃",
  "我家那只老猫不见了，它十六岁了，耳朵也聋了，有人看到吗",
  "新买的取暖器有股焦糊味，我马上拔了插头，现在没事了，想找商家退货",
  "坐席：您好。来电人：我想问下屋里能不能烧炭取暖。坐席：不建议，有一氧化碳中毒风险。您在用吗？来电人：没有，就是问问。",
];

describe("dangers behind the misses of emergency-fresh9", () => {
  it.each(dangers)("%s: %s", (hazard, text) => {
    expect(detectUrgency(text)).toMatchObject({ urgency: "emergency", hazard });
  });
});

describe("near-misses behind the false alarms of emergency-fresh9", () => {
  it.each(nearMisses)("%s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });
});
