import type { StaffPrincipal } from "./staff-principal.js";
import { maskName, maskPhone } from "../runtime/redact.js";
import {
  COMPOUND_SURNAMES,
  PLAIN_SURNAMES,
  SURNAME_PATTERN,
  TITLED_FUNCTION_SURNAMES,
  surnamePattern,
} from "../domain/surnames.js";
import { REVEAL_ALL_ROLES } from "./roles.js";
import {
  type NumberSpan,
  digitView,
  findPersonalNumbers,
  replaceNumberSpans,
} from "../domain/personal-numbers.js";
import { toSimplifiedChinese } from "../domain/text-simplify.js";
import { maskNamesAfterTitle, maskNamesByMakeUp } from "./person-names.js";
import { SOUND_CHAR_CLASS, SOUND_NAME, soundsLikeName } from "../domain/transliterated-names.js";
import {
  AFTER_OPENING_NAME,
  BEFORE_PHONE,
  ENDS_LIKE_PLACE,
  LOOKS_LIKE_NAME,
  STANDING,
  STANDING_PHRASE,
  TRADE_ENDING_IN_SURNAME,
  personForm,
} from "../domain/name-forms.js";

/**
 * What a staff member's view of free text (a resident's words, a transcript, a summary) keeps.
 * Contact details inside free text are masked for every role: names and numbers are read in clear
 * only through the audited reveal. House numbers are kept for those who must find the door.
 */
export interface FreeTextPolicy {
  /** Keep the room / house number (门牌, 室, 户) of an address. */
  houseNumbers: boolean;
}

/**
 * The centre (admin, dispatcher) and the unit handling the ticket need the exact door; a leader,
 * a supervising street office or any other unit does not. Without a ticket (a report across
 * tickets), only the centre keeps house numbers.
 */
export function freeTextPolicy(
  staff: Pick<StaffPrincipal, "role" | "unitId"> | null | undefined,
  ticket?: { unitId: string | null; assistUnitIds?: readonly string[] } | null,
): FreeTextPolicy {
  if (!staff) return { houseNumbers: false };
  if (REVEAL_ALL_ROLES.includes(staff.role)) return { houseNumbers: true };
  // An assisting unit (协办) works on site too (the water company at the burst pipe): it needs the door.
  const handles =
    staff.role === "unit" &&
    !!ticket &&
    !!staff.unitId &&
    (ticket.unitId === staff.unitId || (ticket.assistUnitIds ?? []).includes(staff.unitId));
  return { houseNumbers: handles };
}

const D = "[0-9０-９]";

const TITLES =
  "先生|女士|婶儿|婶子|小姐|太太|阿姨|阿婆|婆婆|老伯|阿伯|大叔|大爷|大妈|大娘|大婶|奶奶|爷爷|师傅|大姐|大哥|老师|叔叔|伯伯|主任|会计|经理|医生|姐(?!姐)|哥(?!哥)";
// The forms of address of a private person. An official named by their post (王主任, 物业李经理)
// is named in their working role, as a resident names the office to deal with: they stay readable.
const PRIVATE_TITLES = TITLES.replace("主任|", "").replace("经理|", "");
// Surname characters that are also everyday function words ("我和大妈吵架", "向大爷借") are not taken
// as a surname before a form of address.
const TITLED_SURNAMES = PLAIN_SURNAMES;
// 张先生, 王阿姨, 上官阿姨: a surname with a form of address is a person wherever it stands. A compound
// surname is taken whole (else 欧阳先生 left 欧阳 and masked 阳先生); 西门 / 东方 before a form of
// address are as often a gate or a direction ("西门大爷").
const TITLED_COMPOUNDS = COMPOUND_SURNAMES.filter((c) => c !== "西门" && c !== "东方");
const TITLED = new RegExp(
  `(?:${TITLED_COMPOUNDS.join("|")}|[${TITLED_SURNAMES}])(?:${PRIVATE_TITLES})`,
  "gu",
);
// "好的，陈建华先生": a full name before the form of address, where a word starts (after a mark, 是,
// 叫 or 的), is masked whole; TITLED alone would leave "陈建" in clear.
const FULL_TITLED = new RegExp(
  `(^|[^\\p{Script=Han}]|[是叫的给找问跟让请被向对和与])(${surnamePattern(TITLED_SURNAMES)}[\\p{Script=Han}]{1,2}?)(?=${TITLES})`,
  "gu",
);
// A name after a word that can only introduce one: 我叫王建国, 联系人：李四, 姓名 赵小明.
const NAMED = new RegExp(
  `((?:我叫|我的名字(?:是|叫)|名字(?:是|叫)|(?:名字|姓名)请?[写填](?:成|为)?|中文名(?:字)?(?:是|叫)?|联系人|姓名)[:：]?\\s*)(${SURNAME_PATTERN}[\\p{Script=Han}]{1,2})`,
  "gu",
);
// "名字江海 柳巷路…": 名字 right before a name set off by a pause; "名字和照片" is no name (和 is a
// function word before a surname).
const BARE_NAMED = new RegExp(
  `(名字[:：]?\\s*)(${surnamePattern(PLAIN_SURNAMES)}[\\p{Script=Han}]{1,2}?)(?=[\\s，,。；;]|$|电话|手机)`,
  "gu",
);
// "我叫Lily，英文名，中文名是…", "I'm Kevin": an English given name the writer goes by.
const LATIN_CALLED = /((?:我叫|我是|叫我|[Mm]y name is|I am|I'm)\s*)([A-Z][a-z]{1,15})(?![A-Za-z])/g;
// After 我是 / 本人 / 户主 the words may be anything ("我是高层住户"): a name only when it ends there.
const INTRODUCED = new RegExp(
  `((?:我是|本人(?:叫|是)?|户主|业主)[:：]?\\s*)(${SURNAME_PATTERN}[\\p{Script=Han}]{1,2})(?=[，,。！!？?；;、\\s]|$|电话|手机|联系|的电话)`,
  "gu",
);
// Words that end a name early: "我叫王建国电话…" is a name followed by more.
const NOT_NAME = /[的了在是个们家人楼号区街路院村镇里这那有没不想要和跟电手住反映说级什]/u;
// "我姓王", and 姓 opening a clause or a turn ("来电人：姓上官。"): a compound surname is masked whole.
const SURNAME_ONLY = new RegExp(
  `((?:我|免贵|本人)姓|(?:^|(?<=[：:，,。\\s]))姓)(${SURNAME_PATTERN})(?=(?:[^姓名氏]|$))`,
  "gu",
);
// A 12345 record's fields side by side ("来电人：某某  来电号码：…"); in a call's turn "来电人：路边，…"
// is an answer, so only a name with the next field on its line counts.
const RECORD_CALLER = new RegExp(
  `(来电人[:：]\\s*)(${SURNAME_PATTERN}\\p{Script=Han}{1,2})(?=[ \\t\\u3000]{2,}|\\s*(?:来电号码|联系电话|回访号码))`,
  "gu",
);
// "反映人：某某（姓某）": a name with its surname said beside it, surname list or not.
const SURNAME_STATED = /(?<!\p{Script=Han})(\p{Script=Han}{2,3})(?=[（(]姓(\p{Script=Han}{1,2})[）)])/gu;
// "她姓孙，孙秀英", "姓卢，叫卢秀芝": the full name after the surname is masked whole.
// How the surname is written may come between: "姓苏，苏州的苏，苏建平", "姓仇（读qiu），仇志明".
const SURNAME_THEN_FULL = new RegExp(
  `(姓(${SURNAME_PATTERN})(?:[（(][^）)\\n]{0,12}[）)])?(?:[，,\\s]*[^，,。\\s]{1,8}?的(?:那个)?\\2)?[，,\\s]*(?:(?:名)?叫|是)?)(\\2[\\p{Script=Han}]{1,2})(?=${"[，,。！!？?；;、\\s）)（(]|$|电话|手机|联系"})`,
  "gu",
);
// Everyday words that start with a surname and can follow a standing or 叫 ("业主车位，", "叫车来").
const EVERYDAY =
  /^(?:韩国$|车位|车辆|车库|房子|房东|房屋|路灯|路面|路口|高层|高楼|商铺|文明|安全|白天|明天|时间|毛坯|金额|方面|方便|关系|管理|管道|江边|左右|包括|万一|成本|全部|钱款|马路|石头|金属|黄色|白色|黄昏|陆续|夏天|夏季|秋天|秋季|冬天|冬季|春天|春季|常年|平时|孙女|孙子|路线|阳台|许多|管理|毕业|明察|谢谢|简直|申请|施压|马上|商量|许愿|向您|和身份|车主|房主|楼主|群主|代[发写笔表理办收缴买])/u;
const PLAIN_SURNAME = surnamePattern(TITLED_SURNAMES);
const HAN = "[\\p{Script=Han}]";

/**
 * A pattern run only on a text holding something every match of it must hold. The patterns led by a
 * standing phrase (up to eight characters of anything, lazily, before a standing word) try that
 * lead at every position of every text, and most texts (a summary, a place) hold no standing word,
 * no form of address after a function-word surname, no 老 / 小 before a surname: a plain scan for
 * the part every match contains answers "no match" for a tenth of the cost. When the scan finds it,
 * the pattern runs as before, so the text comes out the same either way; a gate must only ever be
 * a part of the pattern's own match or look-ahead, read on the same text (a gate that could miss a
 * match would leave a name in clear).
 */
// Whatever `String.prototype.replace` passes a replacer function (the match's groups, offset, text).
type Replacer = Parameters<typeof String.prototype.replace>[1] &
  ((substring: string, ...args: never[]) => string);
function onlyWhere(
  pattern: RegExp,
  ...needed: RegExp[]
): { [Symbol.replace](text: string, replacer: Replacer): string } {
  return {
    [Symbol.replace]: (text, replacer) =>
      needed.every((gate) => gate.test(text)) ? text.replace(pattern, replacer) : text,
  };
}
/** What every standing phrase ends with: the standing word alone, without the lazy lead before it. */
const HAS_STANDING = new RegExp(STANDING, "u");
// "他是退休教师某某某，家住…": a full name after a standing, set off before where the person lives,
// how old they are or their number ("我是业主代表某天明，电话…"). Only a name stands there, so one that
// starts like an everyday word (某天明) is still masked.
const STANDING_FULL_NAME_AFTER = `[，,](?:家住|住在|住|今年|现年|[0-9０-９一二三四五六七八九十]+岁|电话|手机|联系)`;
const STANDING_FULL_NAME = onlyWhere(
  new RegExp(`(${STANDING_PHRASE})(${PLAIN_SURNAME}${HAN}{2})(?=${STANDING_FULL_NAME_AFTER})`, "gu"),
  new RegExp(STANDING_FULL_NAME_AFTER, "u"),
  HAS_STANDING,
);
// "我是秋月，住庙前街的": a given name of two after 我是 before where the writer lives or is; a standing,
// a people ("我是回族，") or a place is no name.
// "我是某某，电话：…": or before the number the writer gives.
const GIVEN_SELF =
  /(我是)(\p{Script=Han}{2})(?=[，,](?:(?:就|也|现|现在)?(?:住|在|家住)|电话|手机|联系方式))/gu;
const NOT_GIVEN_SELF = new RegExp(`^(?:${STANDING})$|[族人员户工的了们家主者长]$`, "u");
// Where a name ends: a mark, the end, or the words that follow a name ("…电话", "…反映").
const NAME_END = `(?=[，,。！!？?；;、\\s）)（(】\\]：:“”"]|$|电话|手机|联系|反映|的电话|就行|敬上)`;
// A name where only a name can stand: after a form's label ("联系人：业委会主任 蔡立新", "家长：白秀云",
// "知情人：老钟") or after 叫 ("他叫小刚", "叫我老洪"). 老 / 小 with a surname (老雷, 小黄) counts
// here, never bare: "老路", "小时" are words.
const LABELLED_NAME = new RegExp(
  `((?:(?:联系人|联络人|姓名|称呼|诉求人|发信人|发件人|来信人|反映人|投诉人|举报人|申请人|申诉人|建议人|求助人|咨询人|留言人|知情人|报告人|上报人|填报人|提交人|报修人|来访人|落款|署名|签名|签字)\\s*[:：】\\]]?|(?:家长|业主|本人|居民代表|业主代表|楼长)\\s*[:：])\\s*(?:${STANDING_PHRASE}\\s*|[^\\s，,。：:；;]{1,8}\\s+)?|(?:叫我|名叫|叫)\\s*)((?:${PLAIN_SURNAME}(?:某|${HAN}{1,2}?)|[老小阿]${PLAIN_SURNAME})(?:${TITLES})?)${NAME_END}`,
  "gu",
);
// "姓名：朴智贤⏎", "反映人：區志強⏎", "称呼：万里 地址：…": a form's field for the writer's name holds a
// name whatever its surname or make-up (no list has 朴 or 区 as surnames, 万里 is an everyday word), when
// the field ends its line or sentence or the next field's label follows. So does a name in Latin letters
// ("姓名：LIU JIANJUN", "联系人：Zhao Lei") and a group's representative in brackets ("（代表：某某某）").
const FIELD_WHOLE_NAME = new RegExp(
  `((?:(?:^|\\n)[ \\t\u3000]*(?:姓名|称呼|联系人|联络人|反映人|投诉人|举报人|申请人|诉求人|来信人|发信人|求助人|签名|签字)|[（(][ \\t\u3000]*代表)[ \\t\u3000]*[:：][ \\t\u3000]*)(${HAN}{2,4}|[A-Z][A-Za-z]{1,15}(?: [A-Z][A-Za-z]{1,15}){1,2})(?=[ \\t\u3000]*(?:\\n|$|[。，,）)])|[ \\t\u3000]+${HAN}{1,4}[:：])`,
  "gu",
);
// What such a field holds when it is no person's name: "联系人：物业客服", "姓名：不愿透露", "称呼：本人".
const NO_FIELD_NAME =
  /^[不没无未匿]|物业|客服|本人|保密|不详|提供|暂无|测试|社区|业主|居民|住户|委员|公司|单位|街道|中心|部门|学校|医院|商户|店|群众|市民|网友|同上|见上|先生|女士/u;
// After a word for someone's standing or family ("我是上班族小黄", "邻居小贺的电话"): 老 / 小 and a
// surname, or a full name set off by a space or followed by what follows a name ("退休职工孙德胜反映",
// "居民代表 鲁建华", "我儿子孙磊联系"); "住户阳台、", "群众路线" are no names.
const KIN_AND_CARE =
  "邻居|老伴|爱人|老公|老婆|丈夫|妻子|儿子|女儿|闺女|孙子|孙女|女婿|儿媳|侄子|外甥|哥哥|姐姐|弟弟|妹妹|保姆|护工";
const PERSON_WORDS = `(?:${STANDING_PHRASE}|${KIN_AND_CARE})`;
const STANDING_NAME_PATTERN = new RegExp(
  `(${PERSON_WORDS}(?:\\s+(?=${PLAIN_SURNAME}${HAN}{1,2}${NAME_END})|(?=${PLAIN_SURNAME}(?:某|${HAN}{1,2}?)(?:反映|电话|手机|联系|的电话|敬上|\\n|$|[（(]))|(?=[老小]${PLAIN_SURNAME}|${PLAIN_SURNAME}某)))((?:${PLAIN_SURNAME}(?:某|${HAN}{1,2}?)|[老小]${PLAIN_SURNAME})(?:${TITLES})?)${NAME_END}`,
  "gu",
);
const STANDING_NAME = onlyWhere(STANDING_NAME_PATTERN, new RegExp(`${STANDING}|${KIN_AND_CARE}`, "u"));

// A private person named in full after the word for who they are to the writer or what they do
// ("房东王建国不退押金", "邻居李秀英家的狗", "物业经理赵志刚说", "楼上住户陈立新天天…"): a third party's
// name is no business of the staff reading the ticket nor of an external LLM. Public figures and
// officials named by their post ("王主任", "区长") are not matched: no private-person word stands before.
const PRIVATE_PERSON =
  "(?:母亲|父亲|婆婆|公公|奶奶|爷爷|外婆|外公|姥姥|姥爷|邻居|房东|房主|租客|租户|亲戚|同事|朋友|同学|前夫|前妻|老公|老婆|丈夫|妻子|爱人|儿子|女儿|女婿|儿媳|侄子|侄女|外甥|哥哥|姐姐|弟弟|妹妹|表哥|表姐|表弟|表妹|堂哥|堂姐|舅舅|姑姑|姨妈|岳父|岳母|保姆|护工|住户|车主|老板|老板娘|店主|司机|包工头|工头|中介|经理|管家|保安|门卫|保洁|网格员|男子|女子|此人|该人|那人|对方)";
// Words after a neighbour word that start with a surname character: "卫生间漏水", "中介费两千",
// "邻居闻到味道", "父亲高血压",
// "给儿子申请轮椅"; a name holds no amount.
const NOT_A_THIRD_PARTY =
  /^(?:闻|车|卫生|费|申请|申报|申诉|管道|管理|安装|施工|装修|连续|高空|单元|车位|车辆|路过|路边|晚上|白天|高血|高龄|高烧|高压|曾经)|[两百千万]/u;
// What may follow a name of two characters (a verb, a particle, a mark): "邻居王刚说…", "房东李强家".
const AFTER_SHORT_NAME =
  /^(?:$|[，,。！!？?、；;：:\s）)（(]|说|讲|称|家|的|把|在|不|也|又|天|总|一|让|跟|和|是|已|还|欠|占|养|打|骂|拿|借|找|住|从|每|经|老|非|就|都|却|私|擅|电|手|联|反|拒|要|给|对|向|将|带|去|来|到|被|态|今|昨|上|多|拖|偷|乱|往|硬|死)/u;
const PRIVATE_FULL_NAME = new RegExp(`(${PRIVATE_PERSON}(?:[叫是]|\\s)?)(${PLAIN_SURNAME}${HAN}{1,2})`, "gu");
// A shop's owner by surname ("祝老板说…", "跟严店长讲"), where a word starts: "健身房老板", "线路老板"
// hold no surname. Officials addressed by their post (易书记, 李局长) are left: they are named in
// their public role.
const BUSINESS_TITLED = new RegExp(
  `(^|[^\\p{Script=Han}*]|[的是找问跟叫和说让给被向对与把])([${TITLED_SURNAMES}](?:老板娘|老板|店长|老总))`,
  "gu",
);
// A name standing alone: opening the message before who and where the writer is ("某某，文庙巷12号",
// "某某反映："), on a line of its own, or right before a phone number ("…。某某，手机139****5678").
const ALONE = personForm(SURNAME_PATTERN, TITLES);
const OPENING_NAME = new RegExp(`^(\\s*)(${ALONE})(?=${AFTER_OPENING_NAME})`, "u");
const OPENING_NICKNAME = new RegExp(`^(\\s*)([老小]${SURNAME_PATTERN})(?=在此|我|[，,：:])`, "u");
const NAME_LINE = new RegExp(`((?:^|\\n)[ \\t]*)(${ALONE})(?=[ \\t]*(?:\\n|$))`, "gu");
// "请联系我（他儿子）某某 133…": an aside closed by a bracket may stand before the name; so may an
// opening square bracket ("【某某 139…】") or a label's colon ("我：某某 159…").
const NAME_BEFORE_PHONE = new RegExp(`(^|[\\n。.！!？?；;，,\\s）)【\\[：:])(${ALONE})${BEFORE_PHONE}`, "gu");
// Someone named by their role with 老 / 小 and a surname, whatever follows ("面馆的老板老孟把桌椅…",
// "网格员小田让我…", "物业管家小周说"); "邻居老房子" is no name.
const ROLE_NICKNAME_NAME = `[老小]${PLAIN_SURNAME}`;
const ROLE_NICKNAME = onlyWhere(
  new RegExp(
    `(${STANDING_PHRASE}|邻居|管家|保洁|保洁员|网格员|经理|老板|师傅|包工头|工头|队长|班长|所长|站长|科长|同事|同学|朋友)(${ROLE_NICKNAME_NAME})(?![子孩旧房])`,
    "gu",
  ),
  new RegExp(`${ROLE_NICKNAME_NAME}(?![子孩旧房])`, "u"),
);
// How callers spell a surname aloud on the hotline ("弓长张", "立早章", "耳东陈"): it gives the name away.
const SPELT_SURNAME =
  /弓长张|立早章|耳东陈|木子李|口天吴|双木林|言午许|草头黄|古月胡|木易杨|人可何|禾口程|关耳郑|双人徐/gu;

// A relative named after the word for them ("儿子黎某，请打这个", "我女儿王某某，"): the family word
// leaves no doubt it is a person.
const RELATIVE_NAME = new RegExp(
  `((?:儿子|女儿|闺女|老伴|爱人|老公|老婆|丈夫|妻子|孙子|孙女|女婿|儿媳|侄子|侄女|外甥|哥哥|姐姐|弟弟|妹妹|保姆|护工|母亲|父亲|婆婆|公公|外婆|外公|姥姥|姥爷))(${SURNAME_PATTERN}${HAN}{1,2}?)(?=[，,。、）)；;\\s]|$)`,
  "gu",
);
// After a word for a neighbour or a role, a surname with a form of address is a person even when the
// surname is also a function word ("邻居于大姐家的狗", "邻居单玉芝阿姨"); a given name holds no particle
// ("家长成了老师"). Read before TITLED, which would take only 兰阿姨 of "邻居于秀兰阿姨".
const ROLE_TITLED_NAME = `[${TITLED_FUNCTION_SURNAMES}]${HAN}{0,2}?(?:${PRIVATE_TITLES})`;
const ROLE_TITLED = onlyWhere(
  new RegExp(`((?:${STANDING_PHRASE}|邻居|对门|隔壁|楼上|楼下)的?)(${ROLE_TITLED_NAME})`, "gu"),
  new RegExp(ROLE_TITLED_NAME, "u"),
);
// "老板叫阿强": a name of 阿 and a given name after 叫.
const CALLED_A =
  /((?:叫我|名叫|叫)\s*)(阿(?![姨婆伯公叔婶])\p{Script=Han})(?=[，,。！!？?；;、\s）)]|$|电话|手机)/gu;
// "阿May", "阿Ken": 阿 before a Latin given name is a person's nickname wherever it stands.
const A_LATIN = /(阿)([A-Z][a-z]{1,12})(?![A-Za-z])/gu;
// "…人也联系不上 孟凡（电话和上回登记的一样）": a name set off before a bracket about the writer's
// number, as before the number itself.
const NAME_BEFORE_PHONE_ASIDE = new RegExp(
  `(^|[\\n。.！!？?；;，,\\s）)【\\[：:])(${ALONE})(?=[（(]\\s*(?:电话|手机|联系方式|号码))`,
  "gu",
);
// "来电人：Lukas Becker. B-E-C-K-E-R.": a caller's turn that is only a name in Latin letters (two or
// three capitalised words, as an answer to "May I have your name?"), and a name spelt out letter by
// letter, which gives it away as much.
const LATIN_NAME_TURN =
  /((?:^|\n)[ \t]*(?:来电人|市民|Caller)[:：]\s*)([A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15}){1,2})(?=[.。]?[ \t]*(?:[A-Z](?:-[A-Z]){2,}\.?[ \t]*)?(?:\n|$))/g;
// The agent's turn just before asks for the name ("May I have your name?", "您怎么称呼？").
const NAME_ASKED = /(?:[Nn]ame|姓名|称呼|稱呼|贵姓|貴姓|叫什么)[^\n]*$/;
const SPELT_LATIN = /(?<![A-Za-z-])[A-Z](?:-[A-Z]){2,}(?![A-Za-z-])/g;
// A hotline turn that is only a name ("话务员：周某某？"), as when an agent reads a name back.
const NAME_TURN = new RegExp(
  `((?:^|\\n)[ \\t]*(?:话务员|来电人|坐席|市民)[:：]\\s*)(${ALONE})(?=[？?。.！!]?[ \\t]*(?:\\n|$))`,
  "gu",
);

// Room / house numbers: 501室, 302户, 3单元501, 7号楼502, 门牌号15号, 12号院3号.
const N = "[0-9０-９一二三四五六七八九十百零两]+";
const ROOM_SUFFIX = new RegExp(
  `${D}+\\s*(?:室|户|号房)|${D}{3,4}\\s*房(?:间)?|[一二三四五六七八九零〇幺]{3,4}\\s*(?:室|户|号房)`,
  "gu",
);
// A room after the floor it is on: "4楼401", "五楼502" (not "号楼502", which ROOM_AFTER_UNIT keeps its lead).
const ROOM_AFTER_FLOOR = new RegExp(
  `((?:${D}{1,2}|[一二三四五六七八九十]{1,3})(?<!号)楼\\s*)${D}{3,4}(?![0-9０-９]|\\s*(?:平|米|元|块|人|户))`,
  "gu",
);
const DASHED = new RegExp(`(?<![0-9０-９])${D}{1,3}[-－]${D}{1,2}[-－]${D}{3,4}(?![0-9０-９])`, "gu");
const ROOM_AFTER_UNIT = new RegExp(`(单元\\s*|(?:号楼|栋|幢|座)\\s*)(?:${D}{3,4})(?:号)?`, "gu");
const DOORPLATE = new RegExp(`(门牌(?:号)?[:：]?\\s*)${N}\\s*号?`, "gu");

const HOUSE_MASK = "[门牌]";
const ID_MASK = "[身份证号]";

/**
 * Masks personal data inside free text: mobiles (with spaces, dashes, +86), landlines with area
 * code, 18-digit ID numbers, names given as a contact or with a form of address, and (unless the
 * policy keeps them) house numbers. Phones keep the shape staff know from the reporter list
 * (138****0001), names their surname (王**).
 */
export function maskFreeText(
  text: string,
  policy: FreeTextPolicy,
  knownNames: readonly (string | null | undefined)[] = [],
): string {
  let out = text;
  // Names the ticket already knows (the reporter's) are masked wherever they stand, even bare.
  for (const name of knownNames)
    if (name && [...name].length >= 2)
      out = maskShortForms(maskGivenCalled(maskSpelling(maskEverywhere(out, name), name), name), name);
  // The numbers are found once: the pieces' masking rarely changes the text, and when it does not,
  // the same text holds the same numbers.
  const spans = findPersonalNumbers(out);
  const pieces = maskNumberPieces(out, spans);
  out = replaceNumberSpans(pieces, pieces === out ? spans : findPersonalNumbers(pieces), (span) =>
    span.kind === "id_card" ? ID_MASK : maskDigits(span.digits),
  );
  out = maskNames(out);
  if (!policy.houseNumbers)
    out = out
      .replace(DOORPLATE, (_m, lead: string) => `${lead}${HOUSE_MASK}`)
      .replace(ROOM_AFTER_UNIT, (_m, lead: string) => `${lead}${HOUSE_MASK}`)
      .replace(ROOM_AFTER_FLOOR, (_m, lead: string) => `${lead}${HOUSE_MASK}`)
      .replace(ROOM_SUFFIX, HOUSE_MASK)
      .replace(DASHED, HOUSE_MASK);
  return out;
}

const SURNAME_FIRST = new RegExp(`^${SURNAME_PATTERN}`, "u");

/** A known name's listed surname and its given part (Han characters only), or null. */
function nameParts(name: string): { surname: string; given: string } | null {
  const surname = SURNAME_FIRST.exec(name)?.[0];
  const given = surname ? name.slice(surname.length) : "";
  return surname && /^\p{Script=Han}+$/u.test(given) ? { surname, given } : null;
}

// Forms of address built on a surname, for the known name's short forms.
const SHORT_TITLE = "(?:先生|女士|小姐|阿姨|师傅|大爷|大妈|大娘|老师|大姐|大哥|姐|哥|叔|姨)";
/**
 * "…的某师傅，某振海", "老某，某建华", "我叫金水。坐席：金水？…姓杨，杨金水": once the reader has the full
 * name, the short forms of the same person in the message are masked too — the surname with a form of
 * address or 老 / 小, and the given part standing alone as a word between pauses.
 */
function maskShortForms(text: string, name: string): string {
  const parts = nameParts(name);
  if (!parts) return text;
  const { surname, given } = parts;
  const s = escapeRegExp(surname);
  // "某老师建国": the given part right after the form of address is masked with it.
  let out = text.replace(
    new RegExp(`(?:${s}${SHORT_TITLE}(?:${escapeRegExp(given)})?|[老小]${s}(?![\\p{Script=Han}]))`, "gu"),
    (m) => maskName(m)!,
  );
  // "孟先生": the form of address is no given name to mask where it stands alone.
  if ([...given].length >= 2 && !new RegExp(`^(?:${TITLES})$`, "u").test(given))
    out = out.replace(
      new RegExp(`(?<=^|[：:，,。！!？?\\s])${escapeRegExp(given)}(?=[：:，,。！!？?\\s]|$)`, "gu"),
      (m) => maskName(m)!,
    );
  return out;
}

/**
 * "我叫建军，姓钟，钟建军": the known name's given part, said alone after 叫 before the full name, is
 * the same person's name.
 */
function maskGivenCalled(text: string, name: string): string {
  const given = nameParts(name)?.given ?? "";
  if ([...given].length < 2) return text;
  return text.replace(
    new RegExp(`((?:我叫|叫我|名叫)\\s*)${escapeRegExp(given)}(?!\\p{Script=Han})`, "gu"),
    (_m, lead: string) => `${lead}${maskName(given)}`,
  );
}

// A group of digits that is part of a phone number the text gives whole: four digits or more, or three
// after the words that tell the number in parts ("前三位138", "前面是139 3511，后面…2076"); never a
// count, a year or a room ("2026年", "1203室").
const DIGIT_GROUP = /\d+/g;
const PART_WORD_BEFORE = /(?:前三位|前面|开头|中间|后面|后四位|尾号)(?:是|为)?[:：\s]*$/;
const COUNT_AFTER =
  /^\s*(?:号|號|楼|樓|栋|棟|单元|室|层|層|年|月|日|元|块|塊|米|平|个|個|次|户|戶|人|岁|歲|点|點|分)/;
/**
 * "前面是139 3511，后面我看看啊……2076" then the agent's read-back: each piece is too short to be a number
 * on its own, but together they give the whole one. Pieces of a number given whole in the same text are
 * masked, one character for one.
 */
function maskNumberPieces(text: string, spans: readonly NumberSpan[]): string {
  const phones = spans.filter((n) => (n.kind === "mobile" || n.kind === "landline") && n.digits.length >= 7);
  if (!phones.length) return text;
  const view = digitView(text);
  if (view.length !== text.length) return text;
  // A group inside any number found (a mobile, a run with a digit too many…) is masked with it, whole.
  const inSpan = (at: number, end: number) => spans.some((n) => at < n.end && end > n.index);
  let out = text;
  for (const m of view.matchAll(DIGIT_GROUP)) {
    const group = m[0];
    const at = m.index;
    if (group.length < 3 || inSpan(at, at + group.length) || COUNT_AFTER.test(view.slice(at + group.length)))
      continue;
    if (group.length === 3 && !PART_WORD_BEFORE.test(view.slice(Math.max(0, at - 8), at))) continue;
    if (!phones.some((n) => n.digits.includes(group))) continue;
    out = out.slice(0, at) + "*".repeat(group.length) + out.slice(at + group.length);
  }
  return out;
}

/**
 * The names `maskFreeText` hides (the resident's, a third party's, anyone named by a form of address),
 * each kept to its surname and the length kept; numbers and house numbers are left for the caller.
 * The masker for text sent to an LLM uses it, so a name staff cannot read is one the model cannot.
 */
export function maskPersonNames(text: string): string {
  return maskNames(text);
}

/**
 * Names found by where they stand, read in simplified script so that 羅先生 and 鄒國華 are found as
 * 罗先生 and 邹国华; every mask keeps the length, so it is laid back onto the text as written.
 */
function maskNames(text: string): string {
  const converted = toSimplifiedChinese(text);
  // Emoji framing a name ("🍀某海燕🍀 139…") stand where a pause would: read as spaces of their length.
  const simple =
    converted.length === text.length
      ? converted.replace(FRAMING_EMOJI, (e) => " ".repeat(e.length))
      : converted;
  if (simple === text || simple.length !== text.length) return maskNamesIn(text);
  const masked = maskNamesIn(simple);
  // A mask always keeps the length; should one not, the text as written is masked instead.
  if (masked.length !== text.length) return maskNamesIn(text);
  let out = "";
  for (let i = 0; i < text.length; i++) out += masked[i] === "*" && simple[i] !== "*" ? "*" : text[i];
  return out;
}

const FRAMING_EMOJI = /(?![☎☏📱📞])[\p{Extended_Pictographic}\uFE0F\u200D]/gu;

// "邻居王主任": a surname and a post after a private-person word stays as the post names it.
const PRIVATE_TITLE_ENDING = /(?:主任|经理)$/u;

/**
 * A third party's full name after a private-person word: three characters when the last is no verb
 * or particle ("房东葛文斌拖着…"), else two before one ("邻居王刚说…"); never a post, a family
 * ("张家") or an everyday word.
 */
function privateFullName(m: string, lead: string, name: string, at: number, all: string): string {
  if (PRIVATE_TITLE_ENDING.test(name) || NOT_A_THIRD_PARTY.test(name)) return m;
  // "邻居王叔求助": a surname with a form of address ends there.
  if (/^.[叔姨伯哥姐婶爷奶]/u.test(name)) return `${lead}${maskName(name.slice(0, 2))}${name.slice(2)}`;
  const rest = all.slice(at + m.length);
  const full = name.length === 3 && !AFTER_SHORT_NAME.test(name.slice(2)) ? name : null;
  if (full && alone(full, "", full) !== full) return `${lead}${maskName(full)}`;
  const short = name.slice(0, 2);
  if (AFTER_SHORT_NAME.test(name.slice(2) + rest) && alone(short, "", short) !== short)
    return `${lead}${maskName(short)}${name.slice(2)}`;
  return m;
}

/** A name standing alone, masked unless the word is a sentence opener, a trade or a place. */
function alone(m: string, lead: string, name: string): string {
  return LOOKS_LIKE_NAME.test(name) ||
    ENDS_LIKE_PLACE.test(name) ||
    EVERYDAY.test(name) ||
    NOT_NAME.test(name.slice(1))
    ? m
    : `${lead}${maskName(name)}`;
}

function contextual(m: string, lead: string, name: string): string {
  return EVERYDAY.test(name) || NOT_NAME.test(name.slice(1).replace(/某$/, ""))
    ? m
    : `${lead}${maskName(name)}`;
}

/**
 * Names masked where they stand, then masked wherever else they stand: "网格员小田说…小田说她已经报上
 * 去了" names 小田 twice, and only the first is by a role.
 */
function maskNamesIn(view: string): string {
  const masked = maskNamesInPlace(view);
  const names = new Set<string>();
  for (const m of masked.matchAll(/\p{Script=Han}\*+/gu)) {
    const name = view.slice(m.index, m.index + m[0].length);
    // Only what reads as a name alone: a mask that hit a place or a word is not spread.
    if (name !== m[0] && !name.includes("*") && alone(name, "", name) !== name) {
      names.add(name);
      // "邻居单玉芝阿姨…单阿姨年纪大": the same person met again by surname and form of address.
      const titled = FULL_NAME_TITLED.exec(name);
      if (titled) names.add(titled[1]! + titled[2]!);
    }
  }
  let out = masked;
  for (const name of [...names].sort((a, b) => b.length - a.length))
    out = out.split(name).join(maskName(name)!);
  return out;
}

const ENDS_IN_TITLE = new RegExp(`(?:${PRIVATE_TITLES})$`, "u");
const FULL_NAME_TITLED = new RegExp(`^(${SURNAME_PATTERN})${HAN}{1,2}(${PRIVATE_TITLES})$`, "u");

function maskNamesInPlace(view: string): string {
  const introduced = (m: string, lead: string, name: string) => {
    const clean = trimName(name);
    return clean && !EVERYDAY.test(clean) ? `${lead}${maskName(clean)}${name.slice(clean.length)}` : m;
  };
  return maskNamesByMakeUp(maskNamesByPlace(maskNamesAfterTitle(view), introduced));
}

function maskNamesByPlace(
  view: string,
  introduced: (m: string, lead: string, name: string) => string,
): string {
  return view
    .replace(FIELD_WHOLE_NAME, (m, lead: string, name: string) =>
      NO_FIELD_NAME.test(name) ? m : `${lead}${maskName(name)}`,
    )
    .replace(SURNAME_THEN_FULL, (_m, lead: string, _s: string, name: string) => `${lead}${maskName(name)}`)
    .replace(ROLE_TITLED, (m, lead: string, name: string) =>
      NOT_NAME.test(name.replace(ENDS_IN_TITLE, "").slice(1)) ? m : `${lead}${maskName(name)}`,
    )
    .replace(RECORD_CALLER, contextual)
    .replace(STANDING_FULL_NAME, (m, lead: string, name: string) =>
      NOT_NAME.test(name.slice(1)) ? m : `${lead}${maskName(name)}`,
    )
    .replace(GIVEN_SELF, (m, lead: string, name: string) =>
      NOT_GIVEN_SELF.test(name) ||
      ENDS_LIKE_PLACE.test(name) ||
      LOOKS_LIKE_NAME.test(name) ||
      EVERYDAY.test(name)
        ? m
        : `${lead}${maskName(name)}`,
    )
    .replace(LABELLED_NAME, contextual)
    .replace(STANDING_NAME, contextual)
    .replace(NAMED, introduced)
    .replace(BARE_NAMED, contextual)
    .replace(INTRODUCED, introduced)
    .replace(FULL_TITLED, (m, lead: string, name: string) =>
      NOT_NAME.test(name.slice(1)) ||
      EVERYDAY.test(name) ||
      LOOKS_LIKE_NAME.test(name) ||
      ENDS_LIKE_PLACE.test(name)
        ? m
        : `${lead}${maskName(name)}`,
    )
    .replace(TITLED, (m, at: number, all: string) =>
      TRADE_ENDING_IN_SURNAME.test(all.slice(Math.max(0, at - 1), at + 1)) ? m : (maskName(m) ?? m),
    )
    .replace(SURNAME_ONLY, (_m, lead: string, surname: string) => `${lead}${"*".repeat(surname.length)}`)
    .replace(SURNAME_STATED, (m, name: string, surname: string) =>
      name.startsWith(surname) && !NOT_NAME.test(name.slice(surname.length)) ? maskName(name)! : m,
    )
    .replace(OPENING_NAME, alone)
    .replace(OPENING_NICKNAME, (_m, lead: string, name: string) => `${lead}${maskName(name)}`)
    .replace(NAME_LINE, alone)
    .replace(NAME_BEFORE_PHONE, alone)
    .replace(NAME_BEFORE_PHONE_ASIDE, alone)
    .replace(A_LATIN, (_m, lead: string, name: string) => `${lead}${"*".repeat(name.length)}`)
    .replace(ROLE_NICKNAME, (m, lead: string, name: string) =>
      EVERYDAY.test(name) ? m : `${lead}${maskName(name)}`,
    )
    .replace(BUSINESS_TITLED, (_m, lead: string, name: string) => `${lead}${maskName(name)}`)
    .replace(PRIVATE_FULL_NAME, privateFullName)
    .replace(RELATIVE_NAME, (m, lead: string, name: string) =>
      NOT_A_THIRD_PARTY.test(name) ? m : alone(m, lead, name),
    )
    .replace(CALLED_A, (_m, lead: string, name: string) => `${lead}${maskName(name)}`)
    .replace(NAME_TURN, alone)
    .replace(LATIN_NAME_TURN, (m, lead: string, name: string, at: number, all: string) =>
      NAME_ASKED.test(all.slice(0, at)) ? `${lead}${maskName(name)}` : m,
    )
    .replace(SPELT_LATIN, (m) => m.replace(/[A-Z]/g, "*"))
    .replace(SPELT_SURNAME, (m) => "*".repeat(m.length))
    .replace(LATIN_CALLED, (m, lead: string, name: string) =>
      /^(?:Hi|Hello|The|This|From|Here)$/.test(name) ? m : `${lead}${maskName(name)}`,
    )
    .replace(SOUND_NAMED, (m, lead: string, name: string) =>
      soundsLikeName(name) ? `${lead}${maskName(name)}` : m,
    )
    .replace(DOTTED_SOUND_NAME, (m) => (soundsLikeName(m) ? (maskName(m) ?? m) : m));
}

// Names written for their sound (其其格, 古丽娜尔, 帕丽达·艾山) have no listed surname: they are
// masked where a word introduces a person, and joined by a middle dot wherever they stand.
const SOUND_NAMED = new RegExp(
  `((?:我叫|名叫|叫我|名字(?:是|叫)|(?:姓名|联系人|联络人|称呼|署名|落款)\\s*[:：】\\]]?|居民|住户|业主|租户)\\s*)(${SOUND_NAME})(?=[，,。！!？?；;、\\s（(）)]|$|电话|手机|反映)`,
  "gu",
);
const DOTTED_SOUND_NAME = new RegExp(`${SOUND_CHAR_CLASS}{2,6}[·•・]${SOUND_CHAR_CLASS}{2,6}`, "gu");

/**
 * Masks a known name wherever it stands, in either script: the engine reads "許大媽" as 许大妈, and the
 * resident's own words keep the traditional form.
 */
function maskEverywhere(text: string, name: string): string {
  const simple = toSimplifiedChinese(text);
  const simpleName = toSimplifiedChinese(name);
  // The converter maps character for character almost always; where a phrase changed length
  // ("嗰" becomes a character outside the basic plane), offsets no longer line up: each clause is
  // then converted on its own, so only the clause that changed length loses the other script.
  if (simple.length !== text.length) {
    const clauses = text.split(/(?<=[\n。！!？?，,；;])/u);
    if (clauses.length > 1) return clauses.map((clause) => maskEverywhere(clause, name)).join("");
    return text.split(name).join(maskName(name) ?? name);
  }
  let out = "";
  let from = 0;
  // "林 晓 燕", "王\u3000小\u3000明" (ideographic spaces): a name typed a character at a time is the same name.
  // "王-宝-珍", "刘.芳": or with a dash or a dot between its characters.
  const spaced = new RegExp([...simpleName].map(escapeRegExp).join("[ \\u3000\\-－·•.．]*"), "gu");
  for (const m of simple.matchAll(spaced)) {
    const written = text.slice(m.index, m.index + m[0].length);
    out += text.slice(from, m.index) + spreadMask(written);
    from = m.index + m[0].length;
  }
  return out + text.slice(from);
}

/** The written name masked as `maskName` masks it joined up, its spaces kept where they stand. */
function spreadMask(written: string): string {
  const joined = written.replace(/[ \u3000\-－·•.．]+/g, "");
  const masked = [...(maskName(joined) ?? joined)];
  if (masked.length !== [...joined].length) return masked.join("");
  let i = 0;
  return [...written].map((c) => (/[ \u3000\-－·•.．]/.test(c) ? c : masked[i++]!)).join("");
}

function escapeRegExp(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * How a caller spells the given name of a known name ("建设的建，事业的业", "美丽的美"): each such
 * phrase gives a character of the name away, so it is masked whole. The surname's ("刘备的刘") is
 * what the masked name shows anyway.
 */
function maskSpelling(text: string, name: string): string {
  let out = text;
  // A form of address (王老师) has no given name to spell.
  if (new RegExp(`(?:${TITLES})$`, "u").test(name)) return out;
  for (const c of [...name].slice(1)) {
    if (!/\p{Script=Han}/u.test(c)) continue;
    // A phrase of its own between marks ("，美丽的美，"), never a word inside a sentence ("老师的师德").
    const spelt = new RegExp(
      `(?<=^|[，,。、\\s：:是])[\\p{Script=Han}]{0,2}${c}[\\p{Script=Han}]{0,2}的(?:那个)?${c}(?=[，,。、！!？?\\s]|$)`,
      "gu",
    );
    out = out.replace(spelt, (m) => "*".repeat(m.length));
  }
  return out;
}

/** `maskFreeText` for nullable columns. */
export function maskFreeTextOrNull(
  text: string | null,
  policy: FreeTextPolicy,
  knownNames: readonly (string | null | undefined)[] = [],
): string | null {
  return text === null ? null : maskFreeText(text, policy, knownNames);
}

/** The contact name a ticket's complaint carries, for `knownNames`. */
export function ticketNames(t: { complaint?: { contact?: { name?: string | null } } | null }): string[] {
  const name = t.complaint?.contact?.name;
  return name ? [name] : [];
}

/** A number's digits masked like a phone field: 13912345678 → 139****5678. */
function maskDigits(national: string): string {
  // A short local number would keep every digit under the phone field's 3+4 rule.
  if (national.length < 11) return `${"*".repeat(Math.max(0, national.length - 4))}${national.slice(-4)}`;
  return maskPhone(national) ?? national;
}

/** The name part of "王建国电话": stops at the first character no name contains. */
function trimName(name: string): string | null {
  const chars = [...name];
  let end = 1;
  while (end < chars.length && !NOT_NAME.test(chars[end]!)) end++;
  return end >= 2 ? chars.slice(0, end).join("") : null;
}
