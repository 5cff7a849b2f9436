import { ENDS_LIKE_PLACE, LOOKS_LIKE_NAME, STANDING } from "../domain/name-forms.js";
import { warmUp } from "../domain/regexp-warm-up.js";

/**
 * Names outside the surname list (扎西, 次仁卓玛, 其其格, 乌日娜, 况晓彤): taken only where the slot
 * they stand in holds nothing but the writer's name, since their characters say nothing. The slots:
 * opening the message right before a number or "来自 / 住 / 发布于" after a space, a clause of its
 * own ending the message before a number, right after the number that opens the message, and
 * "我是…，…的住户" where the next clause says where the writer lives.
 */
const HAN = "\\p{Script=Han}";
const TOKEN = `(${HAN}{2,6}[·•・]${HAN}{2,6}|${HAN}{2,4})`;
const NUMBER = "[+＋(（]?[0-9０-９][0-9０-９*\\s\\-—－]{6,}";
const SPOKEN_NUMBER =
  "[+＋(（]?[0-9０-９零〇一二三四五六七八九幺洞拐][0-9０-９零〇一二三四五六七八九幺洞拐*\\s\\-—－]{6,}";
// Slots where the writer says in so many words that the word is their name: read even where it looks like
// an ordinary name or word (a listed surname's everyday word: 夏天, 江海).
// "…，名字就叫水长流，…": 名字叫 holds the writer's name whatever its first character (水 is on no list).
const SAID_NAME_FIELD = warmUp(
  new RegExp(`(?:^|[\\s，,。；;])(?:我的)?名字(?:就|也)?叫${TOKEN}(?=[，,。！!；;\\s]|$)`, "u"),
);
// "我是夏天 不是季节那个 是我名字": the writer says the word after 我是 is their name.
const SAID_MINE = warmUp(
  new RegExp(
    `(?:^|[\\s，,。；;])我(?:是|叫)${TOKEN}[，,\\s]+(?:不是[^，,。！!？?\\s]{1,8}[，,\\s]+)?(?:这)?(?:就)?是我的?(?:名字|真名|本名)`,
    "u",
  ),
);
const SAID_SLOTS = new Set([SAID_NAME_FIELD, SAID_MINE]);
const SLOTS = [
  // "次仁卓玛，185…", "况晓彤 发布于2026-12-03", "努尔 来自西盛家园"
  warmUp(
    new RegExp(
      `^\\s*${TOKEN}(?=[，,\\s]*(?:电话|手机)?[，,\\s:：☎]*${NUMBER}|[ \\t\\u3000]+(?:来自|家住|住在?|发布于))`,
      "u",
    ),
  ),
  // "…怕砸着人。扎西，177…" ending the message.
  warmUp(new RegExp(`[。！!？?；;\\n]\\s*${TOKEN}[，,\\s☎:：]*${NUMBER}[\\s。.！!]*$`, "u")),
  // "…停了三次了，乌日娜 住14楼": a space between the name and where the writer lives.
  warmUp(new RegExp(`[。！!？?；;，,\\n]\\s*${TOKEN}[ \\t\\u3000]+(?:来自|家住|住在?)`, "u")),
  // "0086 159… 宁海燕。": a name right after the number that opens the message.
  warmUp(new RegExp(`^\\s*${NUMBER}\\s*${TOKEN}(?=[。.！!，,\\n]|$)`, "u")),
  // "…电话139…，晓燕": a clause of its own after the number, ending the message, signs it.
  // The number may be read out ("一3八 9三1六…").
  warmUp(new RegExp(`${SPOKEN_NUMBER}[，,\\s]+${TOKEN}[\\s。.！!~]*$`, "u")),
  // "联系人：计建国 手机：…", "姓名：况晓彤，电话…": a name field of the writer's, closed by the number's
  // label or the number itself, holds the name whatever its surname (计, 况 are on no list: 计划, 情况);
  // "联系人：其子139…" in a notice names a relative of the one written about, not a name.
  warmUp(
    new RegExp(
      `(?:^|[\\s，,。；;])(?:联系人|姓名|反映人|我的名字)[ \\t\\u3000]*[:：][ \\t\\u3000]*(?!其[子女夫妻母父])${TOKEN}(?=[ \\t\\u3000，,]*(?:联系电话|电话|手机)[ \\t\\u3000]*[:：]?[ \\t\\u3000]*${NUMBER}|[ \\t\\u3000，,]*${NUMBER})`,
      "u",
    ),
  ),
  // "…，名字就叫水长流，…": 名字叫 holds the writer's name whatever its first character (水 is on no list).
  SAID_NAME_FIELD,
  SAID_MINE,
  // "我是其其格，海西苑的住户": the next clause says where the writer lives.
  warmUp(new RegExp(`我是${TOKEN}[，,][^，,。！!？?]{1,12}的(?:住户|居民|业主|租户)`, "u")),
];

// Words that open a message or a clause and are no names.
// A family word signs as someone's parent or child ("孩子妈妈 135…"), not with a name; "…，记一下",
// "…，门口积水" after the number are a request and the complaint; "…139… 谁管" a question.
const NOT_UNLISTED = warmUp(
  /[的了在是个们家人楼号区街路院村镇里这那有没不想要和跟电话手机住反映说请谢麻烦我你您他她给吗呢吧啊呀都也就还又很太妈爸孩打接拨谁啥咋怎哪]|[卡证牌单费额款账户码编票价元]|[下坏漏堵积臭吵]|^(?:记|邮箱|邮件|投诉|举报|反映|咨询|建议|求助|联系|号码|以上|以下|急事|紧急|回电|致电|谢谢|感谢|多谢|盼复|辛苦|拜托|感恩|万分|尽快|速来|急急|随时|早上|上午|中午|下午|晚上|晚间|白天|全天|工作日|下班|微信|短信|同号|你好|您好|大家|各位|领导|师傅|老师|物业|社区|居委|城管|民警|网格)/,
);
const SPOKEN_DIGITS = warmUp(/^[零〇一二三四五六七八九十幺洞拐两]+$/u);
const STANDING_WORD = warmUp(new RegExp(`^${STANDING}$`, "u"));

export function unlistedName(text: string): string | null {
  for (const slot of SLOTS) {
    const name = slot.exec(text)?.[1];
    if (!name) continue;
    if (/[·•・]/.test(name)) return name;
    if (NOT_UNLISTED.test(name) || ENDS_LIKE_PLACE.test(name)) continue;
    if (LOOKS_LIKE_NAME.test(name) && !SAID_SLOTS.has(slot)) continue;
    if (STANDING_WORD.test(name)) continue;
    // The last group of a number read out ("…一三八 三八二三") is no name.
    if (SPOKEN_DIGITS.test(name)) continue;
    return name;
  }
  return null;
}
