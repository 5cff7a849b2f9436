/**
 * Names the writer signs with in ways the main reader's rules leave: a name after a role that is not a
 * standing word (户主, 考生, 店长), and a given name of two said where only the writer's name can stand
 * ("本人名字叫…", "大家都叫我…"). A bare surname read alone (after the number, in a spaced form field)
 * was tried and dropped: the newest sets' writers count a surname alone as no name.
 * Each is tried only after every other rule found nothing, so none overrides a name read before.
 */
import { PLAIN_SURNAMES, TITLED_FUNCTION_SURNAMES, surnamePattern } from "../domain/surnames.js";
import { ENDS_LIKE_PLACE, LOOKS_LIKE_NAME, STANDING } from "../domain/name-forms.js";
import {
  EVERYDAY_FULL_NAME,
  EVERYDAY_SHORT_NAME,
  GIVEN_NAME_CLASS,
  STRONG_GIVEN_NAME_CLASS,
} from "../domain/given-names.js";
import { warmUp } from "../domain/regexp-warm-up.js";
import {
  CALLED_BY_OTHERS_SHORT_NAME,
  CALLED_SO,
  CALL_ME_THIS,
  CLOSING_LINE_NAME,
  CONTACT_CARD_NAME,
  GIVEN_IN_SLOT,
  NICKNAME_SIGNED,
  NOT_GONE_BY,
  QUOTED_NICKNAME,
  TRADE_SIGNED_LINE,
} from "../domain/slot-names.js";

const HAN = "\\p{Script=Han}";
// 谢 ends as many messages as "thanks" as it signs them; the function-word surnames are left out already.
const SIGNING_SURNAME = surnamePattern(PLAIN_SURNAMES.replace(/谢/gu, ""));

// Roles that stand before the writer's own name as standing words do, but are no standing of the
// masker's list: the household's head, an examinee, a shop's or a group's head, a consumer.
const SIGNING_ROLE = `(?:户主|考生|店长|团长|消费者|家长|主管|经理|${STANDING})`;
// "…，户主某某某，电话…", "…请公开复核。考生某某", "店长某某，店里电话…": a role and a full name made of
// name characters, set off by a pause, and then the number or the end.
const ROLE_SIGNED = warmUp(
  new RegExp(
    `(?:^|[\\s，,。；;！!])(?:我是|本人是?)?[^\\s，,。；;！!？?、（）()]{0,8}?${SIGNING_ROLE}\\s*(${SIGNING_SURNAME}${GIVEN_NAME_CLASS}{1,2})(?=[，,]\\s*[^，,。！!\\s]{0,3}?(?:电话|手机|联系|号码|[0-9０-９])|\\s*[0-9０-９]|[\\s。.！!]*$)`,
    "u",
  ),
);
// Before the role: a clause about someone else ("对方户主", "他们店长", "我儿子的团长").
const ABOUT_OTHERS = warmUp(
  /[他她]|对方|那个|这个|邻居|我(?:儿|女|爸|妈|老公|老婆|家)|隔壁|楼上|楼下|对门|找/u,
);
// A business before the role ("物业经理某某", "超市店长某某") is someone the writer deals with, unless the
// clause opens with the writer saying it is their post ("我是物业客服主管 某某", "本人…项目经理").
const BUSINESS_BEFORE = warmUp(/物业|公司|超市|商场|饭店|餐馆|店家|商家|中介|工地|施工/u);
const SAYS_OWN_POST = warmUp(/^[\s，,。；;！!]?(?:我是|本人)/u);

/** A role and the writer's full name before the number or the end. */
export function roleSigned(text: string): string | null {
  const m = ROLE_SIGNED.exec(text);
  const name = m?.[1];
  if (!m || !name || everyday(name)) return null;
  const clause = m[0].slice(0, m[0].length - name.length);
  if (ABOUT_OTHERS.test(clause)) return null;
  return BUSINESS_BEFORE.test(clause) && !SAYS_OWN_POST.test(clause) ? null : name;
}

// "电话：１５８－３５１０－９２１７ 某某某⏎…": a full name right after the number, ending its line, signs a
// message whose text goes on below it (the name ending the whole message is read by the main reader).
const NUMBER_THEN_NAME_LINE = warmUp(
  new RegExp(
    `[0-9０-９](?:[\\s\\-－]?[0-9０-９]){6,}[ \\t\u3000]+(${SIGNING_SURNAME}${GIVEN_NAME_CLASS}{1,2})[ \\t\u3000。.]*\\n`,
    "u",
  ),
);

/** A full name after the number, ending the line it stands on. */
export function numberThenNameLine(text: string): string | null {
  const name = NUMBER_THEN_NAME_LINE.exec(text)?.[1];
  return name && !everyday(name) ? name : null;
}

// "幺五幺 三五二零 洞洞八七 某某某 桃南二区 …", "+86 186 … 某某 海西苑 …": a message that opens with the
// number, then the full name set off by spaces, then the complaint: the writer's number and name as
// a header (the name after the number ending its line is read above).
const DIGIT_CHAR = "[0-9０-９幺一二三四五六七八九零〇洞两拐勾]";
const ON_THE_NUMBER = "(?:家里|电话|座机|手机|晚上|白天|上午|下午|中午|随时|有事|可以|请|打|都|在|的)+";
// A word adding to an earlier message ("补充：") or asking to be called ("有事打我", "回电请打") may open
// it, as may a phone label; the area code may stand in brackets, a word or two on the number ("家里电话
// 晚上打") and the writer's standing ("业主") stand between: "电话… 业主某某 西盛路…". A full name of three
// may follow the digits with no space ("182…某某某 西盛家园…"), as typed in a hurry.
// "原号停机了新号…", "新号码：… （之前留的…不用了）某某 …": a message that opens with the number the writer
// has changed to, the one given up in brackets after it.
// A surname that is also a function word (于, 万, 常) signs there too with a given name of two ("于某某"):
// set off by spaces after the number, it cannot be the word.
const NEW_NUMBER_HEAD = "[^，,。\\d]{0,6}?新(?:号码?|號碼?|手机号?)(?:是|为)?[:：]?[ \\t\u3000]*";
const OLD_NUMBER_ASIDE = "[ \\t\u3000]*[（(][^（）()\\n]{0,24}[）)]";
const NUMBER_OPENS_THEN_NAME = warmUp(
  new RegExp(
    `^\\s*(?:(?:补充|更正|追加)(?:一下)?[:：][ \\t\u3000]*|(?:有事|回电)?请?打我?[ \\t\u3000]*|${NEW_NUMBER_HEAD})?(?:(?:联系)?(?:电话|手机)[:：]?[ \\t\u3000]*)?(?:[+＋]?86[ \\t\u3000]*)?[(（]?${DIGIT_CHAR}(?:[ \\t\u3000\\-－()（）]{0,2}${DIGIT_CHAR}){6,11}(?:${OLD_NUMBER_ASIDE})?(?:[ \\t\u3000]+${ON_THE_NUMBER}){0,2}(?:[ \\t\u3000]+(?:业主|住户|居民)?|(?<=[）)])|(?=${SIGNING_SURNAME}${GIVEN_NAME_CLASS}{2}[ \\t\u3000]))(${SIGNING_SURNAME}${GIVEN_NAME_CLASS}{1,2}|[${TITLED_FUNCTION_SURNAMES}]${GIVEN_NAME_CLASS}{2})(?:[ \\t\u3000]+|[，,])(?=${HAN})`,
    "u",
  ),
);

/** A full name right after the number that opens the message, set off by spaces. */
export function numberOpensThenName(text: string): string | null {
  const name = NUMBER_OPENS_THEN_NAME.exec(text)?.[1];
  return name && !everyday(name) ? name : null;
}

// A given name of two, at least one of its characters a strong one (秀英, 丽华, 志强, 国庆).
const GIVEN_TWO = `(?=${HAN}?${STRONG_GIVEN_NAME_CLASS})${GIVEN_NAME_CLASS}{2}`;
const GIVEN_SAID = [
  // "本人名字叫某某，姓就不说了", "我名字就叫某某。"
  warmUp(new RegExp(`(?:本人|我的?)名字(?:就)?叫\\s*(${GIVEN_TWO})(?=[，,。！!；;\\s]|$)`, "u")),
  // "大家都叫我某某，", "街坊们都叫我某某。"
  warmUp(new RegExp(`(?:大家|街坊|邻居们|平时)都?(?:叫|喊)我(${GIVEN_TWO})(?=[，,。！!；;\\s])`, "u")),
  // "叫我某某就行，姓就不说了": the given name the writer asks to be called by, in a call's answer.
  // Only a name stands there, so no strong character is asked for (建国, 海生).
  warmUp(
    new RegExp(
      `(?:^|[\\s，,。！!：:])(?:你)?叫我(${GIVEN_NAME_CLASS}{2})就(?:行|好|可以)(?=[了吧啊，,。！!；;\\s]|$)`,
      "u",
    ),
  ),
  // "你好我是某某啊，…": 我是 and the name before a particle of speech.
  warmUp(new RegExp(`我是(${GIVEN_TWO})(?=[啊呀呢哈][，,。！!\\s])`, "u")),
  // "我是海西苑的某某，…": where the writer lives and 的, then the name set off by a pause.
  warmUp(
    new RegExp(
      `(?:^|[\\s，,。！!])(?:你好|您好)?我是[^，,。！!？?\\s的]{2,10}的(${GIVEN_TWO})(?=[，,。！!])`,
      "u",
    ),
  ),
];

/** A given name of two said where only the writer's own name stands. */
export function givenSaid(text: string): string | null {
  for (const re of GIVEN_SAID) {
    const name = re.exec(text)?.[1];
    if (name && !everyday(name) && !new RegExp(`^${STANDING}$`, "u").test(name)) return name;
  }
  return null;
}

// "同事都叫我某子。", "别人都叫我某某妈。", "大家叫我电工某，有事打…": what the people around the writer
// call them, set off by a pause; the clause names who calls them that, so it is no request ("物业叫我…").
const CALLED_BY_OTHERS = warmUp(
  new RegExp(
    `(?:大家|同事|别人|旁人|街坊|邻居|朋友|工友|同学|人家|他们)们?都?(?:叫|喊|管)我(?:叫|作)?(${HAN}{2,4}?)(?=[，,。！!；;\\s]|$)`,
    "u",
  ),
);
// The nickname must be made like one: 小/阿/大/老 before, a doubled character (朵朵), a kin word or 子
// after, or a trade then a listed surname (电工某). "大家都叫我别管了", "同事都叫我帮忙" are no names.
const NICKNAME_MADE = warmUp(
  new RegExp(
    `^(?:[小阿大老](?!百姓|人家|区|学|板)|${HAN}?(${HAN})\\1)|[哥姐妈爸叔婶嫂妹弟子]$|^${HAN}{1,2}${SIGNING_SURNAME}$`,
    "u",
  ),
);
const NOT_NICKNAME = warmUp(/[了他她们人的着过来去不没把被给你我啥么]/u);

// "…的，晋，晋城的晋，大家叫老某。": with 我 left out of it, only 老 / 小 / 阿 and one character, set off.
const CALLED_BY_OTHERS_SHORT = warmUp(new RegExp(CALLED_BY_OTHERS_SHORT_NAME, "u"));

/** A nickname the people around the writer call them by ("同事都叫我某子"). */
export function calledByOthers(text: string): string | null {
  const short = CALLED_BY_OTHERS_SHORT.exec(text)?.[2];
  if (short) return short;
  const name = CALLED_BY_OTHERS.exec(text)?.[1];
  if (!name || NOT_NICKNAME.test(name) || !NICKNAME_MADE.test(name)) return null;
  return TRADE.test(name) || LOOKS_LIKE_NAME.test(name) || ENDS_LIKE_PLACE.test(name) ? null : name;
}

// "…的居民某某，蒙古族", "家住…的某某某，我是俄罗斯人": the writer's people or nation said right after a
// name, as writers whose names are written for their sound introduce themselves (no list holds them).
const PEOPLE =
  "(?:汉|蒙古|回|藏|维吾尔|哈萨克|柯尔克孜|朝鲜|满|壮|苗|彝|土家|侗|瑶|傣|黎|畲|锡伯|达斡尔|鄂温克|东乡|撒拉)族|(?:俄罗斯|蒙古国|哈萨克斯坦|韩国|越南)人";
const PEOPLE_SAID = warmUp(
  new RegExp(
    `(?:居民|住户|业主|租户|的)(?!居民|住户|业主|租户)(${HAN}{2,4}(?:·${HAN}{1,4})?)[，,]\\s*(?:我是)?(?:${PEOPLE})(?=[，,。！!；;\\s]|$)`,
    "u",
  ),
);

/** A name said right before the writer's people or nation ("…的居民某某，蒙古族"). */
export function peopleSaid(text: string): string | null {
  const name = PEOPLE_SAID.exec(text)?.[1];
  if (!name || NOT_NICKNAME.test(name) || new RegExp(`^${STANDING}$`, "u").test(name)) return null;
  return LOOKS_LIKE_NAME.test(name) || ENDS_LIKE_PLACE.test(name) ? null : name;
}

// Trades made of name characters: "我是西盛家园的保洁，…" is what the writer does.
const TRADE = warmUp(/^(?:保洁|保姆|美容|美发|厨师|文员|店员|护工)$/u);

// "…有事请打：…。⏎某秀云", "…吵得睡不着。⏎秀英": a last line holding only a name signs the message, also
// when its surname is on no list or the writer gives their given name alone.
const CLOSING_LINE = warmUp(new RegExp(CLOSING_LINE_NAME, "u"));
// Two name characters that are also an everyday word (美丽, 平安 need no strong one to be excluded).
const GIVEN_WORD = warmUp(
  /^(?:美丽|秀丽|丰收|国庆|晓得|红梅|雪莲|玉兰|凤凰|丽江|宏伟|保洁|保安|保修|保险)$/u,
);

/** A name alone on the message's last line, whatever its surname or with none. */
export function closingLineName(text: string): string | null {
  const name = CLOSING_LINE.exec(text.replace(/\s+$/u, ""))?.[2];
  return name && !everyday(name) && !GIVEN_WORD.test(name) ? name : null;
}

const CONTACT_CARD = warmUp(new RegExp(CONTACT_CARD_NAME, "u"));
/** The name on a WeChat contact card pasted into the message ("[名片]某玉兰⏎微信号：…"), if it is Han. */
export function contactCardName(text: string): string | null {
  const name = CONTACT_CARD.exec(text)?.[2];
  return name && /^\p{Script=Han}{2,4}$/u.test(name) && !everyday(name) ? name : null;
}

// "我叫吴，口天吴，晓，拂晓的晓，东，东方的东": a name given one character at a time, each with how it is
// written ("…的晓", or its parts, "口天吴"). Read from right after the words that introduce a name.
const SPELT_INTRO = warmUp(/(?:我叫|我的名字(?:是|叫)|名字(?:是|叫)|姓名[:：])\s*/gu);
const SPELT_PIECE = warmUp(
  /(\p{Script=Han})[，,、；;\s]*(?:[^，,、；;。！!\s]{1,5}?的(?:那个)?\1|[^，,、；;。！!\s的]{1,3}\1)(?=[，,、；;。！!\s]|$)[，,、；;\s]*/uy,
);
/** A name spelt out a character at a time after 我叫 / 名字是, its surname first. */
export function speltName(text: string): string | null {
  for (const intro of text.matchAll(SPELT_INTRO)) {
    SPELT_PIECE.lastIndex = intro.index + intro[0].length;
    let name = "";
    for (let m = SPELT_PIECE.exec(text); m && name.length < 4; m = SPELT_PIECE.exec(text)) name += m[1]!;
    if (name.length >= 2 && SPELT_SURNAME.test(name)) return name;
    // "我姓木子李，名字是红色的红、梅花的梅": the given name spelt after a surname said before it.
    const surname = SURNAME_SAID.exec(text.slice(0, intro.index))?.[1];
    if (surname && name.length >= 1 && name.length <= 2) return surname + name;
  }
  return null;
}
// The surname said after 姓, perhaps with how it is written before it ("姓木子李", "姓耳东陈").
const SURNAME_SAID = warmUp(new RegExp(`姓[^，,。\\s]{0,2}?(${surnamePattern()})[，,、\\s]+$`, "u"));
const SPELT_SURNAME = warmUp(new RegExp(`^${surnamePattern()}`, "u"));

const TRADE_SIGNED = warmUp(new RegExp(TRADE_SIGNED_LINE, "u"));
const NICKNAME_WORD = warmUp(/^(?:老[师板公婆人家乡总大]|小[区时学孩心店哥姐妹弟伙])$/u);
/** A last line signing with the writer's trade and their name ("修车的老周 150…", "裁缝铺阿珍"). */
export function tradeSigned(text: string): string | null {
  const m = TRADE_SIGNED.exec(text.replace(/\s+$/u, ""));
  // "物业经理某某 139…" is someone the writer deals with, not a trade they sign with.
  if (!m || ABOUT_OTHERS.test(m[1]!) || BUSINESS_BEFORE.test(m[1]!) || /经理|主任|队长|书记/u.test(m[1]!))
    return null;
  const name = m[2]!;
  return NICKNAME_WORD.test(name) || everyday(name) ? null : name;
}

const GIVEN_SLOTS = GIVEN_IN_SLOT.map((source) => warmUp(new RegExp(source, "u")));
/** A given name of two alone where only the writer's name stands ("某兰：…", "联系人：晓梅", "…5678（丽娟）"). */
export function givenInSlot(text: string): string | null {
  for (const re of GIVEN_SLOTS) {
    const name = re.exec(text)?.[2];
    if (name && !everyday(name) && !GIVEN_WORD.test(name)) return name;
  }
  return null;
}

const NICKNAME_SIGN = warmUp(new RegExp(NICKNAME_SIGNED, "u"));
const SAYS_CALLED_SO = warmUp(new RegExp(CALLED_SO, "u"));
const ASKS_CALLED = warmUp(new RegExp(CALL_ME_THIS, "u"));
const QUOTED_NICK = QUOTED_NICKNAME.map((source) => warmUp(new RegExp(source, "u")));
// A standing is no name one goes by either ("我是业主，大家都这么叫我").
const NOT_GONE_BY_NAME = warmUp(new RegExp(`^(?:${STANDING})$|${NOT_GONE_BY}`, "u"));

/**
 * A name the writer goes by, where only such a name stands: a nickname signing the message ("——甜甜妈
 * 139…"), a name followed by 大家都这么叫我, "叫我某某就好", or one in quotes that others call the writer by
 * or that the writer says is them. "我是某某妈妈" alone is left: the sets disagree whether it is a name (the
 * staff view masks it all the same).
 */
export function goneBy(text: string): string | null {
  const nick = NICKNAME_SIGN.exec(text.replace(/\s+$/u, ""))?.[2];
  if (nick) return nick;
  for (const re of [SAYS_CALLED_SO, ASKS_CALLED, ...QUOTED_NICK]) {
    const name = re.exec(text)?.[2];
    if (name && !NOT_GONE_BY_NAME.test(name) && !everyday(name)) return name;
  }
  return null;
}

function everyday(name: string): boolean {
  return (
    TRADE.test(name) ||
    EVERYDAY_FULL_NAME.test(name) ||
    EVERYDAY_SHORT_NAME.test(name) ||
    LOOKS_LIKE_NAME.test(name) ||
    ENDS_LIKE_PLACE.test(name)
  );
}
