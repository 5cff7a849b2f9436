import { maskName } from "../runtime/redact.js";
import { COMPOUND_SURNAMES, PLAIN_SURNAMES, SURNAMES, TITLED_FUNCTION_SURNAMES } from "../domain/surnames.js";
import { STANDING } from "../domain/name-forms.js";
import * as SLOT from "../domain/slot-names.js";
import {
  BOUND_GIVEN_NAME_CHARS,
  EVERYDAY_FULL_NAME,
  EVERYDAY_SHORT_NAME,
  GIVEN_NAME_CLASS,
  STRONG_GIVEN_NAME_CLASS,
  LATIN_GIVEN_NAMES,
  PINYIN_SURNAMES,
  WEAK_GIVEN_NAME_CHARS,
} from "../domain/given-names.js";

/**
 * Person names found by their make-up, whoever they belong to and wherever they stand: a surname with
 * a given name of common name characters (梁继红, 欧阳建华), 老 / 小 / 阿 and a surname or a name
 * character set off as a word (老郑说, 阿芳，), an English given name or a name in pinyin. The words
 * around a name (我叫, 邻居, 联系人) are read by the masker's other rules; this one catches names the
 * contact reader did not take, so a resident's, a neighbour's or a relative's name is masked even
 * where no rule expects one. jieba's part-of-speech tags were not used: its `nr` tag marks places
 * (王府井大街, 高新区) and leaves names it has not seen untagged.
 */
/** A match's lead kept and the name after it masked: the replacer of every "lead, name" pattern here. */
function maskAfterLead(_m: string, lead: string, name: string): string {
  return `${lead}${maskName(name)}`;
}

/**
 * "某工某卫东", "某阿姨某桂香", "退休的某老师建国": the full name right after the same person's form of address.
 * Run before the rules that mask the form of address itself, which would hide the title it is found by;
 * the full-name rule would refuse it too, for want of a word start (the title runs into it).
 */
export function maskNamesAfterTitle(text: string): string {
  return text.replace(
    TITLED_THEN_NAME,
    (_m, lead: string, _surname: string, name: string) => `${lead}${maskName(name)}`,
  );
}

export function maskNamesByMakeUp(text: string): string {
  const carded = text
    .replace(FULL_NAME, fullName)
    .replace(SHORT_NAME, (m, lead: string, name: string) =>
      EVERYDAY_SHORT_NAME.test(name) ? m : `${lead}${maskName(name)}`,
    )
    .replace(NICKNAME, (m, lead: string, name: string) =>
      NICKNAME_WORD.test(name) ? m : `${lead}${maskName(name)}`,
    )
    .replace(SIGNED_SHORT, (m, lead: string, name: string) =>
      EVERYDAY_SHORT_NAME.test(name) ? m : `${lead}${maskName(name)}`,
    )
    .replace(UNLISTED_SURNAME, maskAfterLead)
    .replace(UNLISTED_INTRODUCED, maskAfterLead)
    .replace(UNLISTED_SIGNED, maskAfterLead)
    .replace(CONTACT_CARD, maskAfterLead);
  return GIVEN_IN_SLOT.reduce((masked, slot) => masked.replace(slot, maskGivenInSlot), carded)
    .replace(TRADE_SIGNED, (m, lead: string, name: string) =>
      NICKNAME_WORD.test(name) || EVERYDAY_SHORT_NAME.test(name) ? m : `${lead}${maskName(name)}`,
    )
    .replace(MARRIED_NAME, (m) => maskName(m)!)
    .replace(CLOSING_LINE, (m, lead: string, name: string) =>
      EVERYDAY_SHORT_NAME.test(name) || EVERYDAY_FULL_NAME.test(name) || GIVEN_WORD.test(name)
        ? m
        : `${lead}${maskName(name)}`,
    )
    .replace(KIN_NAME_BEFORE_NUMBER, maskAfterLead)
    .replace(NICKNAME_SIGNED, maskAfterLead)
    .replace(CALLED_SO, maskGoneBy)
    .replace(CALL_ME_THIS, maskGoneBy)
    .replace(SELF_NICKNAME, maskAfterLead)
    .replace(SELF_SHORT_NAME, (m, lead: string, name: string) =>
      NICKNAME_WORD.test(name) ? m : `${lead}${maskName(name)}`,
    )
    .replace(SELF_DESCRIBED_NAME, (m, lead: string, name: string) =>
      NICKNAME_WORD.test(name) || EVERYDAY_SHORT_NAME.test(name) ? m : `${lead}${maskName(name)}`,
    )
    .replace(CALLED_BY_OTHERS_SHORT, (m, lead: string, name: string) =>
      NICKNAME_WORD.test(name) ? m : `${lead}${maskName(name)}`,
    )
    .replace(OLD_MAN_NICKNAME, maskAfterLead)
    .replace(BIG_NICKNAME, maskAfterLead)
    .replace(DOTTED_CALLED, maskAfterLead)
    .replace(LINE_BEFORE_NUMBER, (m, lead: string, name: string) =>
      EVERYDAY_SHORT_NAME.test(name) || EVERYDAY_FULL_NAME.test(name) ? m : `${lead}${maskName(name)}`,
    )
    .replace(SAID_REAL, maskGoneBy)
    .replace(OPENING_TITLED_REPORTS, maskAfterLead)
    .replace(SELF_BEFORE_HOME, maskAfterLead)
    .replace(OPENING_WORD_NAME, (m, lead: string, name: string) =>
      NOT_OPENING_NAME.test(name) ? m : `${lead}${maskName(name)}`,
    )
    .replace(OPENING_FULL_BEFORE_NUMBER, (m, lead: string, name: string) =>
      NOT_OPENING_NAME.test(name) || NOT_OPENING_NAME.test(name.slice(0, 2)) ? m : `${lead}${maskName(name)}`,
    )
    .replace(OPENING_NAME_PHONE_ASIDE, (m, lead: string, name: string) =>
      NOT_GONE_BY.test(name) || NOT_OPENING_NAME.test(name) ? m : `${lead}${maskName(name)}`,
    )
    .replace(OPENING_LATIN_BEFORE_NUMBER, maskAfterLead)
    .replace(QUOTED_NICKNAME[0]!, maskGoneBy)
    .replace(QUOTED_NICKNAME[1]!, maskGoneBy)
    .replace(
      UNLISTED_TITLED,
      (_m, lead: string, surname: string, title: string) => `${lead}${surname}${"*".repeat(title.length)}`,
    )
    .replace(NAME_IN_PHONE_FIELD, maskAfterLead)
    .replace(NAME_THEN_HOME, (m, lead: string, name: string) =>
      NOT_OPENING_NAME.test(name) || NOT_FIELD_PERSON.test(name) ? m : maskAfterLead(m, lead, name),
    )
    .replace(BODY_THEN_FULL_NAME, (m, lead: string, name: string) =>
      NOT_FIELD_PERSON.test(name) || EVERYDAY_FULL_NAME.test(name) ? m : maskAfterLead(m, lead, name),
    )
    .replace(ROSTER_ROW, (m, lead: string, name: string) =>
      NOT_FIELD_PERSON.test(name) ? m : maskAfterLead(m, lead, name),
    )
    .replace(
      POST_THEN_TITLED,
      (_m, lead: string, surname: string, title: string) => `${lead}${surname}${"*".repeat(title.length)}`,
    )
    .replace(DEPARTMENT_CONTACT, maskAfterLead)
    .replace(FIELD_NAME_BEFORE_NUMBER, (m, lead: string, name: string) =>
      NOT_FIELD_PERSON.test(name) ? m : maskGoneBy(m, lead, name),
    )
    .replace(NATIONAL_SELF, maskAfterLead)
    .replace(SLOT_SURNAME_SIGNED, maskAfterLead)
    .replace(SLOT_SURNAME_NAME, maskAfterLead)
    .replace(SLOT_SURNAME_TITLED, maskAfterLead)
    .replace(SURNAME_THEN_NAME, (_m, lead: string, _s: string, name: string) => maskAfterLead(_m, lead, name))
    .replace(MINORITY_FULL, (m) => maskName(m)!)
    .replace(MINORITY_ALONE, maskAfterLead)
    .replace(SURNAME_KIN, maskAfterLead)
    .replace(FUNCTION_SURNAME_TITLED, (m) => maskName(m)!)
    .replace(A_NAME, maskAfterLead)
    .replace(LATIN_NAME, (m, name: string) =>
      LATIN_NOT_SURNAME.test(m) ? maskName(name)! + m.slice(name.length) : maskName(m)!,
    )
    .replace(PINYIN_NAME, (m, given: string, at: number, all: string) =>
      PINYIN_GIVEN.test(given.toLowerCase()) && !PINYIN_PLACE_AFTER.test(all.slice(at + m.length))
        ? maskName(m)!
        : m,
    );
}

const G = GIVEN_NAME_CLASS;
const STRONG = STRONG_GIVEN_NAME_CLASS;
const WEAK = new RegExp(`^[${WEAK_GIVEN_NAME_CHARS}]+$`, "u");
const BOUND = new RegExp(`[${BOUND_GIVEN_NAME_CHARS}]`, "u");
const SURNAME = `(?:${COMPOUND_SURNAMES.join("|")}|[${SURNAMES}])`;
// Where a word can start: the text's start, anything not a Chinese character, or a word that is
// followed by a person (我是, 叫, 找, 邻居的, 和…).
const WORD_START = "(?:^|(?<=[^\\p{Script=Han}]|[是叫找问跟让请给被向对和与的我他她人]))";
// What follows a name: a mark, the end, or a word that follows a person.
const NAME_END =
  "(?=[^\\p{Script=Han}*]|$|电话|手机|联系|反映|说|讲|敬上|家|的电话|[在也又都就还已让跟和他她])";

// What comes right after a place or a business named like a person ("建华路", "金华市", "志强五金").
const PLACE_AFTER =
  /^(?:[巷路街苑园区楼栋村镇院店厂站桥湾庄湖山河城门号室场馆所局委会处队部司行厅坊道岗坡塘井屯寨堡乡县市省府阁堂轩居]|小区|花园|家园|公寓|大厦|广场|中学|小学|医院|公司|商场|市场|社区|集团|酒店|宾馆|超市|银行|学校|幼儿园|大道|新村|新城|科技|实业|物业|地产|置业|医药|电器|五金|餐|饭|酒|茶|面|烧烤|火锅|超|药|理发|美发|美容|服饰|服装|建材|装饰)/u;

// Words of two characters that name a business or a place, for a name one character shorter.
const BUSINESS_WORD =
  /^(?:建材|五金|美容|美发|理发|服装|服饰|装饰|超市|小区|花园|家园|公寓|大厦|广场|新村|新城|科技|实业|物业|地产|置业|医药|电器|烧烤|火锅|餐馆|饭店|酒店|茶馆|面馆)/u;
// A surname and two name characters (李桂兰, 欧阳建华, 陳志明 read as 陈志明).
const FULL_NAME = new RegExp(`(${SURNAME})(${G}${G})`, "gu");

function fullName(m: string, surname: string, given: string, at: number, all: string): string {
  const after = all.slice(at + m.length);
  // "石磊建材店": a shop named after its owner ends the name a character early; it is the shop's name.
  if (PLACE_AFTER.test(after) || BUSINESS_WORD.test(given.slice(-1) + after)) return m;
  // 文明建设, 金华东路, 王建国: two characters that also build everyday words need a word to start
  // here and a name's end after it.
  // 全家福, 万家灯火: 家 right after a surname that is also a function word builds the word.
  if (BOUND.test(given[0]!) && !PLAIN_SURNAME_CHAR.test(surname)) return m;
  // 时保洁, 和国庆: a surname that is also a function word needs the same; so does 家豪 or 国栋 (高家美食,
  // 8栋).
  if (
    WEAK.test(given) ||
    BOUND.test(given) ||
    GIVEN_WORD.test(given) ||
    EVERYDAY_FULL_NAME.test(m) ||
    !PLAIN_SURNAME_CHAR.test(surname)
  ) {
    const before = all.slice(0, at);
    const starts = before === "" || BEFORE_FULL_NAME.test(before);
    const ends = after === "" || STARTS_AS_NAME_END.test(after);
    if (!starts || !ends) return m;
  }
  return maskName(surname + given)!;
}

// What may stand right before a full name that needs a word to start there.
// A standing ("业主代表", "退休职工") too: "我是业主代表某天明，" names the writer; so does a place in a
// household ("某家老大某某某", "三小子某某某").
const BEFORE_FULL_NAME = new RegExp(
  `[^\\p{Script=Han}]$|[是叫找问跟让请给被向对和与的我他她]$|(?:邻居|居民|业主|住户|老人|儿子|女儿|闺女|儿媳|媳妇|小子|老[大二三四五六七八九幺]|老伴|丈夫|妻子|爱人|爷爷|奶奶|外公|外婆|姥姥|姥爷|母亲|父亲|公公|婆婆|[老教医律技]师|干部|[职社学]员|职工|校长|店长|组长|楼长|同事|朋友|${STANDING})$`,
  "u",
);
// NAME_END's alternatives, anchored at the start of the text after a name.
const STARTS_AS_NAME_END = new RegExp(`^(?:${NAME_END.slice(3, -1)})`, "u");
const PLAIN_SURNAME_CHAR = new RegExp(`^(?:${COMPOUND_SURNAMES.join("|")}|[${PLAIN_SURNAMES}])$`, "u");
// Everyday words of two name characters after a surname ("日常保洁", "公司保安", "春节和国庆"): as a
// name (贾国庆) they must stand as a word.
const GIVEN_WORD =
  /^(?:保洁|保安|保修|保险|保护|保障|保持|保证|国庆|建设|美丽|安全|平安|文明|和谐|民生|新春|丰收|德育)$/u;

// A surname and one name character set off on both sides ("我是冯静，", "：袁静 138…").
const SHORT_NAME = new RegExp(
  `(${WORD_START})(${SURNAME}${STRONG})(?=[^\\p{Script=Han}*]|$|电话|手机|反映|敬上)`,
  "gu",
);

// A name signing the message, at its end or in brackets ("…，马明", "（江明）", "——史军"): any name
// character will do, and a compound surname with one ("欧阳建 家住…").
const SIGNED_SHORT = new RegExp(
  `((?:^|(?<=[^\\p{Script=Han}*])))(${SURNAME}${G}|(?:${COMPOUND_SURNAMES.join("|")})${G})(?=\\s*$|[）)]|\\s+家住)`,
  "gu",
);
// A surname outside the list with two name characters, where only a name can stand ("我叫弓晓梅",
// "姓名：况晓彤", a message opening "况晓彤 发布于…").
const UNLISTED_SURNAME = new RegExp(
  `((?:我叫|名叫|鄙人|本人|姓名[:：]\\s*|^\\s*))(\\p{Script=Han}${STRONG}${STRONG})(?=[^\\p{Script=Han}*]|$|电话|手机|反映)`,
  "gu",
);
// So does one after "我是 " set off by a space, or after 全名 / 真名 ("我叫凤，凤凰的凤，全名凤小兰"): only a
// name stands there, so one strong name character will do.
const UNLISTED_INTRODUCED = new RegExp(
  `((?:我是[ \\t\u3000]+|(?:全名|真名|本名|真实姓名)(?:是|叫|[ \\t\u3000]*[:：][ \\t\u3000]*)?))(\\p{Script=Han}(?=${G}?${STRONG})${G}{2})(?=[ \\t\u3000]*(?:[^\\p{Script=Han}*]|$|电话|手机|反映))`,
  "gu",
);
// And one signing the message after its last sentence ("…路灯还是不亮。某志刚"): a sentence's end, then three
// characters and the end of the text, the two last strong name characters.
const UNLISTED_SIGNED = new RegExp(
  `([。！!？?][ \\t\\u3000]*)(\\p{Script=Han}${G}${G})(?=[ \\t\\u3000。.！!]*$)`,
  "gu",
);
// A surname outside the list with 女士 / 先生 after the writer's standing ("我是巷子里的住户鄂女士，"):
// where the standing leaves only a person to follow; "住户这位先生" names none.
const UNLISTED_TITLED = new RegExp(
  `((?:住户|业主|居民|租户|市民|我是|我叫))([^\\P{Script=Han}这那该此一某各位男女的个名])(女士|先生)(?=[^\\p{Script=Han}*]|$|电话|手机|反映)`,
  "gu",
);
const CONTACT_CARD = new RegExp(SLOT.CONTACT_CARD_NAME, "gu");
const GIVEN_IN_SLOT = SLOT.GIVEN_IN_SLOT.map((source) => new RegExp(source, "gu"));
function maskGivenInSlot(m: string, lead: string, name: string): string {
  return EVERYDAY_SHORT_NAME.test(name) || GIVEN_WORD.test(name) ? m : `${lead}${maskName(name)}`;
}
const TRADE_SIGNED = new RegExp(SLOT.TRADE_SIGNED_LINE, "gu");
// "王李氏", "张王氏": a married woman's name, her husband's surname and her own before 氏; "王氏家族" is a clan.
const MARRIED_NAME = new RegExp(`${SURNAME}[${PLAIN_SURNAMES}]氏(?![家族宗祠])`, "gu");
// A name alone on the last line: one of no listed surname, or a given name of two ("…⏎秀英").
const CLOSING_LINE = new RegExp(SLOT.CLOSING_LINE_NAME, "gu");
// A name the writer goes by: a nickname signing ("——甜甜妈"), "某某，大家都这么叫我", "叫我某某就好".
const NICKNAME_SIGNED = new RegExp(SLOT.NICKNAME_SIGNED, "gu");
const CALLED_SO = new RegExp(SLOT.CALLED_SO, "gu");
const CALL_ME_THIS = new RegExp(SLOT.CALL_ME_THIS, "gu");
const SELF_NICKNAME = new RegExp(SLOT.SELF_NICKNAME, "gu");
const TITLED_THEN_NAME = new RegExp(SLOT.TITLED_THEN_NAME_ANYWHERE, "gu");
const KIN_NAME_BEFORE_NUMBER = new RegExp(SLOT.KIN_NAME_BEFORE_NUMBER, "gu");
const OPENING_NAME_PHONE_ASIDE = new RegExp(SLOT.OPENING_NAME_PHONE_ASIDE, "u");
const OPENING_LATIN_BEFORE_NUMBER = new RegExp(SLOT.OPENING_LATIN_BEFORE_NUMBER, "u");
// A full name opening the message, a space, and a mobile on the same line within a few words ("某克明 和…一个名字
// 137…"): masked, not read (a place or a word may open a message so; NOT_OPENING_NAME refuses the common ones).
const OPENING_FULL_BEFORE_NUMBER = new RegExp(
  `^([ \\t\u3000]*)(${SURNAME}\\p{Script=Han}{2})(?=[ \\t\u3000]+[^\\n\\d]{0,16}?[+＋]?1[3-9][0-9])`,
  "u",
);
const SELF_SHORT_NAME = new RegExp(SLOT.SELF_SHORT_NAME, "gu");
// "我是某大厦保安小某", "我是某路开花店的花姐": the writer's short name after a long account of who they are.
const SELF_DESCRIBED_NAME = new RegExp(SLOT.SELF_DESCRIBED_NAME, "gu");
const SELF_BEFORE_HOME = new RegExp(SLOT.SELF_BEFORE_HOME, "gu");
// "大家叫老某", "院里人都叫老某": what the people around the writer call them, 我 left out.
const CALLED_BY_OTHERS_SHORT = new RegExp(SLOT.CALLED_BY_OTHERS_SHORT_NAME, "gu");
// "我老某头，今年八十了", "老某头说…": 老, a surname and 头 set off as a word, as older men are called (老石头 and
// 老木头 are things).
// Set off after it, it is one wherever it stands ("我是“桃南老某头”", "街口老某头，"); 老山头 is a hill.
const OLD_MAN_NICKNAME = new RegExp(
  `(${WORD_START}|(?<=\\p{Script=Han}))(老[${PLAIN_SURNAMES.replace(/[石木山]/g, "")}]头)(?=[^\\p{Script=Han}*]|$|说|讲|在|我|家)`,
  "gu",
);
const BIG_NICKNAME = new RegExp(SLOT.BIG_NICKNAME, "gu");
// "我叫木沙·马，回族": a name joined by a middle dot after 我叫 / 名叫 is one name, however short its parts.
const DOTTED_CALLED =
  /((?:我叫|名叫|我的名字是)\s*)(\p{Script=Han}{1,6}[·•・]\p{Script=Han}{1,6})(?=[^\p{Script=Han}*]|$)/gu;
const LINE_BEFORE_NUMBER = new RegExp(SLOT.LINE_BEFORE_NUMBER, "gu");
const SAID_REAL = new RegExp(SLOT.SAID_REAL, "gu");
const OPENING_TITLED_REPORTS = new RegExp(SLOT.OPENING_TITLED_REPORTS, "gu");
// A message opening with a surname and one or two characters, then a space and where the writer lives or
// "（住…）" ("某里 路西一巷 …", "某星星 文庙附近 …", "某河（住西盛家园）：…"), or "这边，我是…": only the
// writer signs there, even when the name is also a word (金山, 高峰, 田野). Words of time and weather that
// open a report ("白天 …", "周末 …") are not masked.
const OPENING_WORD_NAME = new RegExp(
  `^([ \\t\u3000]*)(${SURNAME}\\p{Script=Han}{1,2}?)(?=[ \\t\u3000]+[^，,。！!？?\\n\\s]{0,8}?(?:小区|花园|家园|公寓|大厦|苑|巷|路|街|社区|附近|村|号楼|栋)(?:[ \\t\u3000]|$)|[（(]住|这边[，,][ \\t\u3000]*我)`,
  "u",
);
// A place opening the message ("柳巷路 海西苑 …") ends like one; 山 / 河 / 里 end names as often (金山, 江河, 萬里).
const NOT_OPENING_NAME =
  /[巷路街苑园区楼栋村镇院店厂站桥湾庄城门号室场馆所局道]$|^(?:白天|周末|周一|周二|周三|周四|周五|周六|周日|明天|昨天|今天|早上|晚上|上午|下午|中午|夜里|凌晨|最近|现在|目前|常年|每天|每晚|连续|高温|大雪|大雨|暴雨|冬天|夏天|春天|秋天|路灯|路面|小区|花园|东门|西门|南门|北门|门口)$/u;
const QUOTED_NICKNAME = SLOT.QUOTED_NICKNAME.map((source) => new RegExp(source, "gu"));
const NOT_GONE_BY = new RegExp(`^(?:${STANDING})$|${SLOT.NOT_GONE_BY}`, "u");
function maskGoneBy(m: string, lead: string, name: string): string {
  return NOT_GONE_BY.test(name) || EVERYDAY_SHORT_NAME.test(name) || name.includes("*")
    ? m
    : `${lead}${maskName(name)}`;
}
const SLOT_SURNAME_NAME = new RegExp(SLOT.SLOT_SURNAME_NAME, "gu");
const SLOT_SURNAME_TITLED = new RegExp(SLOT.SLOT_SURNAME_TITLED, "gu");
const SURNAME_THEN_NAME = new RegExp(SLOT.SURNAME_THEN_NAME, "gu");
const MINORITY_FULL = new RegExp(SLOT.MINORITY_FULL, "gu");
const MINORITY_ALONE = new RegExp(SLOT.MINORITY_ALONE, "gu");
const NAME_IN_PHONE_FIELD = new RegExp(SLOT.NAME_IN_PHONE_FIELD, "gu");
const ROSTER_ROW = new RegExp(SLOT.ROSTER_ROW_NAME, "gu");
// "小马（住3号楼的小马）", "老某（住西盛家园）": a name set off as a word with where the person lives in brackets
// right after it, wherever it stands (OPENING_WORD_NAME takes the same at the message's start).
const NAME_THEN_HOME = new RegExp(
  `(${WORD_START})([老小][${PLAIN_SURNAMES}]|${SURNAME}\\p{Script=Han}{1,2}?)(?=[（(]住)`,
  "gu",
);
// "业委会 某德利 有事打…": an office or a body set off by spaces, then a surname and two characters set off: a
// member of it named by an SMS, whatever the given part is made of.
const BODY_THEN_FULL_NAME = new RegExp(
  `((?:^|[\\s，,。])(?:业委会|居委会|村委会|物业|社区|网格员|楼长|管理处)[ \\t\u3000]+)(${SURNAME}\\p{Script=Han}{2})(?=[ \\t\u3000]+)`,
  "gu",
);
// A post, then a person of any surname with a form of address ("保育主任某老师 151…", "（保洁主管 某主管）"): the post
// says a person follows, so a surname no list holds (薄, 凤) is one here. The form of address is masked, as for
// UNLISTED_TITLED; 总经理, 副主任 and the like open with no surname.
const POST_THEN_TITLED = new RegExp(
  `((?:主任|主管|经理|组长|队长|班长|园长|校长|部长|科长|所长|站长|店长|负责人|联系人[:：])[ \\t\u3000]*)([^\\P{Script=Han}这那该此一某各位男女的个名本我你他她总副正大小老新前原现兼和跟与及或是叫找请让给对向被])(老师|主管|经理|主任|园长|校长|部长|科长|所长|站长|店长|队长|组长|班长|师傅|女士|先生)(?=[^\\p{Script=Han}*]|$|电话|手机)`,
  "gu",
);
const FIELD_NAME_BEFORE_NUMBER = new RegExp(SLOT.FIELD_NAME_BEFORE_NUMBER, "gu");
// "对接人工程部某工 150…", "联系人：客服部某经理": a contact's department, then a surname and a form of address.
const DEPARTMENT_CONTACT = new RegExp(SLOT.DEPARTMENT_CONTACT, "gu");
// "联系人：物业 电话…", "联系人：管理处 …": an office or a post in the field is no person's name.
const NOT_FIELD_PERSON =
  /^(?:物业|社区|居委会?|村委会?|业委会?|本人|网格员?|门卫|保安|前台|客服|值班|售后|居民|业主|住户|租户|房东|同上|见上|暂无|匿名|不详)$|[会处室部科站队司厂店局所中心]$/u;
const NATIONAL_SELF = new RegExp(SLOT.NATIONAL_SELF, "gu");
const SLOT_SURNAME_SIGNED = new RegExp(SLOT.SLOT_SURNAME_SIGNED, "gu");
// A surname with 叔 / 姨 / 婶 signing or in brackets ("——方叔", "（雷叔）").
const SURNAME_KIN = new RegExp(`(${WORD_START})([${PLAIN_SURNAMES}][叔姨婶])(?=[^\\p{Script=Han}*]|$)`, "gu");
// A surname that is also a function word, with a form of address, as a turn or a clause of its own
// ("坐席：万先生，", "，全先生您好", "是于大妈"): the masker's other rules leave these surnames out.
const FUNCTION_SURNAME_TITLED = new RegExp(
  `(?<=^|[：:，,。！!？?\\s是])[${TITLED_FUNCTION_SURNAMES}](?:先生|女士|老师|大妈|阿姨|大爷|师傅|校长|园长|主任|书记|医生|大夫)(?=[，,。！!？?\\s]|您|你|$)`,
  "gu",
);

// 老郑, 小韩 set off as a word; 老师, 小区, 小时 and the like are words.
// "…，老某我天天路过": a nickname right before 我 is the writer naming themselves.
// Also right after a building or a room ("…138… 14号楼老某", "3栋小某说"): who lives there, not a word
// running on from it (号楼老人, 栋小区 hold no surname).
const NICKNAME = new RegExp(
  `(${WORD_START}|(?<=[0-9０-９](?:号楼|栋|幢|单元|室)))([老小][${PLAIN_SURNAMES}])(?:${NAME_END}|(?=我))`,
  "gu",
);
const NICKNAME_WORD =
  /^(?:老[师公婆人家板乡总大旧化年是实话样子兵百伴少爷奶汉外头鼠虎马牛鸡鸭狗猫街房楼区院井路屋宅厂小弱母父]|小[区时学孩心姐伙吃店路巷卖车米便康组型的卡孙子女儿号朋弟妹哥叔舅姨猫狗鸡鸭马牛羊虎龙鱼麦贩商摊贩门窗河山林楼屋院房广区雨雪菜葱刀时候学生辈将编品数份量半微])$/u;

// 阿芳, 阿强 set off as a word (阿姨, 阿婆 hold no name character).
const A_NAME = new RegExp(`(${WORD_START})(阿${STRONG})(?=[^\\p{Script=Han}*]|$|电话|手机|反映|说)`, "gu");

// An English given name, with a family name after it ("Linda", "Emma Clarke", "Kevin Tang").
const LATIN_NAME = new RegExp(
  `(?<![A-Za-z])(${LATIN_GIVEN_NAMES.join("|")})(?:\\s+[A-Z][a-z]{1,15})?(?![A-Za-z])`,
  "gu",
);
// A capitalised word after a given name that is no family name ("Linda Phone: …", "Tony Here").
const LATIN_NOT_SURNAME =
  /\s+(?:Phone|Mobile|Tel|Here|From|At|In|On|And|The|Building|Road|Street|Garden|District|Thanks|Thank|Please|Name|Address|Issue|Email|Hi|Hello)$/u;

// A name in pinyin: a surname with a capital, then a given name of one to three pinyin syllables
// ("Zhang Wei", "Li Xiuying", "Liu Jianguo").
const SYLLABLE =
  "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)";
const PINYIN_NAME = new RegExp(
  `(?<![A-Za-z])(?:${PINYIN_SURNAMES.join("|")})\\s([A-Z][a-z]{0,11})(?![A-Za-z])`,
  "gu",
);
// A place of the jurisdiction spelt in pinyin ("Lu Xi community", "Lu Xi xiao qu") is no name.
const PINYIN_PLACE_AFTER =
  /^\s*(?:community|district|garden|road|street|avenue|lane|building|estate|village|residential|park|area|plaza|square|market|school|xiao\s*qu|she\s*qu|jia\s*yuan|hua\s*yuan|lu|jie|cun|yuan|hao|lou|qu)(?![a-z])/iu;
const PINYIN_GIVEN = new RegExp(`^(?:${SYLLABLE}){1,3}$`, "u");
