import { setImmediate as nextTurn } from "node:timers/promises";
import type { Channel } from "../domain/complaint.schema.js";
import type { ExtractionInput } from "./extraction-engine.js";

/**
 * Made-up messages that walk the offline engine's paths: contact names and numbers, places,
 * urgency rules and the emergency model, every classifier, traditional script, a hotline
 * transcript. None comes from a data set or a benchmark; they only need to run the code.
 */
const SAMPLES: readonly [Channel, string][] = [
  ["wechat", "你好，我们小区3号楼楼道的灯坏了好几天了，晚上很黑，老人上下楼不方便。我姓周，电话13800001111"],
  ["wechat", "楼上卫生间漏水，我家天花板一直在滴水，物业说不归他们管，麻烦尽快派人看看。王女士"],
  ["sms", "厨房有很大的煤气味，我已经开窗了，不敢开灯，请赶紧来人！地址：幸福路12号2单元501"],
  ["web", "东街菜市场门口每天早上占道经营，车根本过不去，还堆着垃圾臭得很。联系人：李建国 13900002222"],
  ["wechat", "半夜十二点了隔壁工地还在打桩，噪音太大孩子睡不着，能不能管一管"],
  [
    "hotline",
    "坐席：您好，请讲。\n来电人：我家门口的下水道井盖不见了，刚才有人差点掉下去。\n坐席：请问具体位置？\n来电人：建设路和人民路路口东北角。\n坐席：您贵姓？\n来电人：姓赵。",
  ],
  ["wechat", "我叫陈小红，住在和平小区5栋，小区里流浪狗越来越多，昨天还咬伤了一个小孩"],
  ["sms", "暖气不热，屋里才十二度，家里有八十多岁的老人，请帮忙联系供热公司。电话0931-8123456"],
  ["web", "本人刘先生，反映路边一棵大树被风刮倒了，压在电线上，还冒火花，很危险"],
  ["wechat", "樓下的燒烤店油煙太大，窗戶都不敢開，投訴好幾次了都沒用。黃先生"],
  ["wechat", "请问办理居住证需要带什么材料？在哪里办？"],
  ["wechat", "小区电梯又坏了，困了两个人在里面，打物业电话没人接！"],
  ["sms", "路面塌了一个大坑，积水很深，已经有电动车摔倒了，位置在学校南门往西五十米"],
  ["web", "公交站的广告牌歪了快掉下来了，底下每天很多学生等车。请联系我女儿，电话13700003333"],
  ["wechat", "我家老伴晕倒了叫不醒，快来人啊"],
  ["wechat", "谢谢你们，昨天反映的问题已经修好了"],
  /*
   * A gas written by its sound: the only sample that reads pinyin (pinyin-pro builds its word
   * tables on its first call, about 30 ms), now that a message naming the gas in its usual
   * characters reads none.
   */
  ["wechat", "楼道里一股然气味，不知道谁家的管子"],
  /*
   * A letter with no name and no number, holding the words the name reader's sign-off patterns
   * need before they are tried (——, 敬上, 居民, 我，, brackets, 我是, 反映), and one that ends in a
   * bare surname: each pattern is compiled on its first use, tens of milliseconds for those that
   * hold the surname list, which a resident's letter would otherwise pay.
   */
  [
    "web",
    "尊敬的领导：我，一个普通居民，想反映（东门）路灯不亮的事，我是天天走夜路的，大家都怕摔着——谢谢 敬上",
  ],
  ["wechat", "楼下的垃圾好几天没人收了，臭得很。反映人：周"],
];

/** How many times the samples are read: enough for the models' tables and the JIT. */
export const WARM_UP_ROUNDS = 8;

/**
 * Reads the samples WARM_UP_ROUNDS times before the worker claims its first message. The first
 * hundred or so extractions of a fresh process cost several times a warm one (regular expressions
 * compiled on first use, the shared vocabulary's tables built after its first reads, the JIT), so
 * without this the first residents after a start or a deploy waited for it, and a benchmark
 * counted it in every message's CPU. It yields after each sample, so an API or other stages in the
 * same process are never held up for more than one extraction; `stop` ends it early (shutdown).
 */
export async function warmUpEngine(
  extract: (input: ExtractionInput) => unknown,
  stop: () => boolean = () => false,
): Promise<void> {
  for (let round = 0; round < WARM_UP_ROUNDS; round++)
    for (const [channel, text] of SAMPLES) {
      if (stop()) return;
      extract({ text, channel });
      await nextTurn();
    }
}
