import { GIVEN_NAME_CLASS, STRONG_GIVEN_NAME_CLASS } from "./given-names.js";
import { MINORITY_FULL_NAME, MINORITY_NAME, MINORITY_NAME_WORD } from "./minority-names.js";
import { PLAIN_SURNAMES, SLOT_ONLY_SURNAMES, SURNAME_PATTERN } from "./surnames.js";

/**
 * Names the surname list cannot find, where the place they stand in says only a name stands there:
 * a surname that is also an everyday word (区家明, 朴志浩) and Tibetan or Mongolian names (扎西,
 * 乌兰图雅). Shared by the contact reader (which reads the writer's name from them) and the staff-view
 * masker (which hides them whoever they are). Regular-expression sources; the name is the last group.
 */
const G = GIVEN_NAME_CLASS;
const HAN = "\\p{Script=Han}";
const SPACE = "[ \\t\\u3000]";

// After 本人 / 户主： / 签名： / 我叫 / "我是…的" ("本人区家明 手机…", "签名：区晓东", "我是某楼的区桂芳，"),
// one or two name characters and a name's end after them. "本人区内", "我是区里的" hold no name character.
export const SLOT_SURNAME_NAME = `((?:本人|我叫|名叫|我是[^，,。！!？?\\s]{0,12}?的|(?:户主|签名|签字|署名|落款|姓名|联系人|反映人)${SPACE}*[:：]?)${SPACE}*)([${SLOT_ONLY_SURNAMES}]${G}{1,2})(?=[^${HAN}*]|$|电话|手机)`;

// The same surnames with a form of address set off from other words ("（区女士）", "区先生 136…"):
// "小区阿姨", "社区大妈" run on from a word and stay.
export const SLOT_SURNAME_TITLED = `((?:^|(?<=[^${HAN}*]|[是叫])))([${SLOT_ONLY_SURNAMES}](?:先生|女士|小姐|阿姨|大爷|大妈|师傅|老师))`;

// "我是区，区秋萍，区别的区": a surname said alone, then the full name with it, whatever the surname.
export const SURNAME_THEN_NAME = `((?:我是|我姓|本人姓)(${HAN})[，,、\\s]+)(\\2${G}{1,2})(?=[，,。！!？?\\s]|$)`;

// Tibetan and Mongolian names of two name words or more, wherever they stand ("扎西顿珠", "乌兰图雅").
export const MINORITY_FULL = MINORITY_FULL_NAME;

// One name word or more set off as a word, or after the words that introduce the writer ("——海西苑
// 乌兰", "谢谢 德吉", "家长 斯琴高娃", "我是扎西").
export const MINORITY_ALONE = `((?:^|(?<=[^${HAN}*])|(?<=我是|我叫|名叫|本人|家长|叫我|居民|住户|业主))\\s*)(${MINORITY_NAME})(?=[^${HAN}*]|$|电话|手机|女士|先生|反映)`;

// Where the writer gives a Tibetan or Mongolian name of their own: opening the message before a pause,
// after 我是 (那个) / 我叫 / 名叫 / 本人 / 家长 / a signature's label ("我叫 乌兰，乌兰图雅" says the short
// form first), or alone at the end of a line ("——海西苑 乌兰⏎电话…", "…谢谢 德吉").
export const MINORITY_SELF = [
  `^\\s*(${MINORITY_NAME})(?=[\\s，,:：]|电话|手机|$)`,
  `(?:我是(?:那个)?|我叫|名叫|本人|家长|(?:署名|落款|签名|姓名|联系人)\\s*[:：]?)\\s*(?:${MINORITY_NAME_WORD}[，,]\\s*)?(${MINORITY_NAME})(?=[^${HAN}]|$|女士|先生|电话|手机)`,
  `(?:^|[\\s—-])(${MINORITY_NAME})(?=${SPACE}*(?:\\n|$))`,
];

// A form filled in the wrong boxes: the phone field holds a name ("联系电话：某书华⏎", "手机：某红⏎").
export const NAME_IN_PHONE_FIELD = `((?:^|\\n)${SPACE}*(?:联系电话|电话|手机|联系方式)${SPACE}*[:：]${SPACE}*)(${SURNAME_PATTERN}${HAN}{1,2})(?=${SPACE}*(?:\\n|$))`;

// A foreign resident saying where they are from, then their name ("我是日本人某某某某，住在…"): a name
// of two to four characters whatever it is made of, right after it ("我是俄罗斯人，楼上漏水" names none).
export const NATIONAL_SELF = `(我是(?:日本|韩国|朝鲜|越南|泰国|蒙古|俄罗斯|外国)(?:人|籍)${SPACE}*)(${HAN}{2,4})(?=[，,。；;]|$)`;

// A surname that is also a word signing the message after its last sentence ("…还没办。朴某某"): 那, 原
// and 云 open sentences too, so only 区, 朴, 鄂, 郁 and 凤 sign.
export const SLOT_SURNAME_SIGNED = `([。！!？?\\n]${SPACE}*)([区朴鄂郁凤]${HAN}{1,2})(?=[\\s。.！!]*$)`;

// A name alone closing the message, on a line of its own or after a sentence's end, a dash or a space, perhaps
// with a bracketed aside ("…有事请打：…。⏎某秀云", "…睡不着。⏎——秀英", "谢谢！晓燕（家长）"): a surname no list holds and two name characters, or a given name of two, at
// least one of them a strong name character (平安, 春秋 are words). The name is the last group.
const STRONG_G = STRONG_GIVEN_NAME_CLASS;
export const CLOSING_LINE_NAME = `((?:\\n|[。！!？?]|——|--|(?<=[^\\s])${SPACE})${SPACE}*(?:——?|--?)?${SPACE}*)(${HAN}(?=${G}?${STRONG_G})${G}{2}|(?=${G}?${STRONG_G})${G}{2})(?=${SPACE}*(?:[（(][^）)\\n]{1,10}[）)])?${SPACE}*[。.！!]?${SPACE}*$)`;

// "我是某小区6号楼的小某～", "我是楼下开店的阿某，": the writer's own short name after who or where they are, 小 /
// 阿 and one strong name character set off (小区, 小卖部, 阿姨 hold none).
export const SELF_SHORT_NAME = `(我是[^，,。！!？?\\s]{1,12}?的)([小阿]${STRONG_G})(?=[\\s，,。！!～~]|\\p{Extended_Pictographic}|$)`;

// "我是某某花园门口修鞋的秀某", "我是某大厦保安小某", "我是某某路开花店的花姐", "我是业主群的群主阿某": the
// writer's own short name after a long account of who or where they are, ending in 的 or in a trade or standing,
// and set off after it. The slot says only a name stands there, so the forms of address are read whatever the
// character before or after 老 / 小 / 大 / 阿 / 姐 / 哥: 老 / 小 and one character (not 老人, 小孩, 老公…),
// 大 and a surname, 阿 and a name character, one character and 姐 / 哥 (not 大姐, 表哥, 小哥…), or two name
// characters (at least one strong after 的: 修鞋的秀某; the last one a name character after a standing: 业主蔚某).
// A standing is one of those listed or any word ending in 员 / 工 (管理员, 维修工).
// After a standing a pause may come between ("我是物业的保洁，小某。"); not after 的 ("我是3号楼的，小某家…").
// What it gets wrong: a form of address the writer gives someone else in the same breath ("我是保安小某的同事"
// fails on the pause it needs, "我是楼下的小某" right after 我是 is read as the writer, as it should be).
const SELF_ROLE =
  "(?:\\p{Script=Han}[员工]|业主|居民|住户|房客|租户|租客|车主|家长|店主|摊主|老板娘|老板|保安|门卫|保洁员?|客服|群主|楼长|栋长|单元长|网格员|志愿者|司机|店员|服务员|环卫工|快递员|外卖员|会计|厨师|护士|医生|老师|职工|员工)";
// 老 / 小 and one character as a form of address, not 老人, 小孩, 老公, 小区, 老百姓…
const OLD_YOUNG_FORM = `[老小](?![人孩公婆家板乡总师伴区时户妈爸爹娘姐哥弟妹友同客主太子女儿朋卖吃伙姑学生百头汉兵旧年样爷奶外弱母父少实话化是大小候辈将编品数份量半微店巷便康组型的卡孙号叔舅姨狗猫鸡鸭鼠])${HAN}`;
const SELF_FORM = `(?:${OLD_YOUNG_FORM}|大[${PLAIN_SURNAMES.replace(/[连同方陆江华庆理]/g, "")}]|阿(?![姨婆伯公叔婶妈爸])${HAN}|(?![大老小表堂亲师学空帅二三四五六七八九十姐哥嫂舅姑帅靓美])${HAN}[姐哥])`;
// "我是同楼的某云，139…": after 的, any character and a name character right before the number are the name
// the writer signs with, whatever the surname (a standing there is refused above).
export const SELF_DESCRIBED_NAME = `(我是(?![说想觉不真被因为问在要来])[^，,。！!？?\\s]{0,16}?(?:的|${SELF_ROLE}(?:${SPACE}*[，,]${SPACE}*)?))((?<=[，,]${SPACE}*)${SELF_FORM}|(?<![，,]${SPACE}*)(?!${SELF_ROLE}|保姆|亲戚|朋友|同事|邻居)(?:${SELF_FORM}|(?=${G}?${STRONG_G})${G}{2}|(?<=${SELF_ROLE})${HAN}${G}|(?<=的)(?![这那哪])${HAN}${G}{1,2}(?=${SPACE}*[，,]?${SPACE}*[0-9０-９])))(?=[\\s，,。！!～~、]|[0-9０-９]|$|电话|手机)`;

// "…的，晋，晋城的晋，大家叫老某。": what the people around the writer call them, with 我 left out: only 老 / 小 /
// 阿 and one character set off, whatever the character (晋 is on no surname list). "大家叫他老某" names another.
export const CALLED_BY_OTHERS_SHORT_NAME = `((?:大家|同事|别人|旁人|街坊|邻居|朋友|工友|同学|人家|院里人|他们)们?都?(?:叫|喊|管)我?(?:叫|作)?)(${OLD_YOUNG_FORM}|阿(?![姨婆伯公叔婶妈爸])${HAN})(?=[，,。！!；;\\s]|$)`;

// "对接人工程部某工 150…", "联系人：客服部某经理": an organisation's contact named by their department, a surname
// and a form of address (工 for an engineer, 总 for a manager). The name is the last group.
export const DEPARTMENT_CONTACT = `((?:对接人|联系人|联络人|负责人)${SPACE}*[:：]?${SPACE}*[^\\s，,。：:；;、（）()]{1,6}?(?:部|科|处|室|组|队|中心|办)${SPACE}*)(${SURNAME_PATTERN}(?:工|总|经理|主任|主管|部长|科长|师傅|老师|女士|先生))(?=[^${HAN}*]|$|电话|手机)`;

// "我是某峰，住在某某苑，…": a surname and one or two name characters right after 我是 and before a pause and where
// the writer lives: only the writer's name stands there, even a name that is also an everyday word (高峰, 田野).
export const SELF_BEFORE_HOME = `(我是${SPACE}*)(${SURNAME_PATTERN}${G}{1,2}?)(?=${SPACE}*[，,]${SPACE}*(?:家住|住在|住))`;

// "某某社区 某山月 庙前街路灯不亮", "某某苑 某野 小区健身器材…": the place the writer lives opening the message,
// then a name set off by spaces before the report. Read by the contact reader only, which refuses what ends
// like a place or holds characters no name has (北门, 高压线); the masker hides the name the reader takes.
export const PLACE_THEN_OPENING_NAME = `(^${SPACE}*[^\\s，,。！!？?]{2,10}?(?:社区|小区|花园|家园|公寓|大厦|苑|新村|村|大院)${SPACE}+)(${SURNAME_PATTERN}${HAN}{1,2})(?=${SPACE}+[^\\s])`;

// "我是大某，开出租的": 大 and a surname after 我是 / 叫我, set off, is a nickname as 老某 / 小某 are.
export const BIG_NICKNAME = `((?:(?<![说骂当])我是|叫我)(?:那个)?)(大[${PLAIN_SURNAMES.replace(/[连同方陆江华庆理]/g, "")}])(?=[，,。！!～~\\s]|$)`;

// A name on a line of its own right before the line with the number, as letters sign ("…业主⏎    某立强⏎    电话138…"):
// any first character and two name characters (weak ones too: a line of three characters of its own, with
// the number's line under it, holds little else).
export const LINE_BEFORE_NUMBER = `((?:^|\\n)${SPACE}*)(${HAN}${G}{2})(?=${SPACE}*\\n${SPACE}*(?:(?:联系)?(?:电话|手机|Tel|Mob)${SPACE}*[:：]?${SPACE}*)?[+＋]?[0-9０-９])`;

// "联系人：某建国 手机：…", "姓名：某某某 电话…": a name field closed by the number or its label holds a name
// whatever its surname (计, 况 are on no list); masked where the reader may not take it.
export const FIELD_NAME_BEFORE_NUMBER = `((?:联系人|对接人|姓名|反映人|我的名字)${SPACE}*[:：]${SPACE}*)(?!其[子女夫妻母父])(${HAN}{2,3})(?=${SPACE}*[，,]?${SPACE}*(?:联系电话|电话|手机)?${SPACE}*[:：]?${SPACE}*[+＋]?[0-9０-９])`;

// "我叫某某（真名）", "某某（真名），住…", "…139… 某某某（这是我真名）": a word said to be the writer's real
// name, whatever it is (an everyday word like 多多 included).
export const SAID_REAL = `((?:^|[^${HAN}]|我叫|我是|名叫)${SPACE}*)(${HAN}{2,3})(?=${SPACE}*[（(](?:这个?)?(?:就?是)?(?:我的?)?(?:真名|真实姓名|本名|实名)(?:哈|啊|哦|呢)?[）)])`;

// "某大爷反映 …", "某阿姨反映：…" opening the message: a single character and a form of address before 反映 is
// the writer, whatever the character (门, 卜, 那).
export const OPENING_TITLED_REPORTS = `(^${SPACE}*)(${HAN}(?:大爷|大妈|大娘|阿姨|师傅|先生|女士|老师|大姐|大哥))(?=${SPACE}*反映)`;

// A WeChat contact card pasted into the message ("[名片]某玉兰⏎微信号：…", "【个人名片】某某", "推荐联系人：…"):
// the card shows the account's name, a person's name or a nickname, up to the next pause.
export const CONTACT_CARD_NAME = `((?:[\\[【](?:个人)?名片[\\]】]|(?:个人名片|推荐联系人)[:：])${SPACE}*)([^\\s，,。：:；;（）()\\[\\]【】]{2,12})`;

// A last line (of several) that signs with a trade and a name ("修车的老周 150…", "外卖小哥小李 186…", "裁缝铺阿珍"): the
// trade set off by nothing, then 老 / 小 / 阿 and a character, a full name or a surname and a form of
// address, then perhaps the number, then the end.
export const TRADE_SIGNED_LINE = `(\\n${SPACE}*(?:——?|--?)?${SPACE}*[^\\s，,。！!？?、：:；;的\\n]{1,8}?的?${SPACE}*)([老小]${HAN}|阿(?![姨婆伯公叔婶])${HAN}|${SURNAME_PATTERN}${G}{1,2}|${SURNAME_PATTERN}(?:师傅|大姐|大哥|阿姨|姐|哥|叔|姨))(?=${SPACE}*(?:[+＋]?[0-9０-９][0-9０-９ \\-*]{6,})?${SPACE}*$)`;

// A given name of two where only the writer's name stands: opening the message before a colon ("某兰：…")
// or before a space and where they live ("晓某 桃园北路…"),
// in a name field ("联系人：晓梅"), or in brackets right after the number ("…5678（丽娟）"). At least one
// strong name character (平安, 春秋 are words). Each source's lead is its first group, the name its second.
const GIVEN_TWO = `((?=${G}?${STRONG_G})${G}{2})`;
export const GIVEN_IN_SLOT = [
  `(^${SPACE}*)${GIVEN_TWO}(?=${SPACE}*[:：]|${SPACE}+(?:住|家住|[^，,。\\n]{0,10}?(?:小区|花园|家园|公寓|苑|巷|路|街|号楼|栋|社区|村)))`,
  `((?:联系人|姓名|称呼|署名|落款|签名)${SPACE}*[:：]${SPACE}*)${GIVEN_TWO}(?=[\\s，,。；;]|$)`,
  `([0-9０-９*]${SPACE}*[（(]${SPACE}*)${GIVEN_TWO}(?=${SPACE}*[）)])`,
  // "我是他闺女某燕，手机…", "我是她孙女某婷": the writer says whose child they are, then their given name.
  `((?:我是|我就是|本人是)(?:他|她|老人)(?:的|家的?)?(?:闺女|女儿|儿子|孙女|孙子|外孙女?|儿媳|女婿|侄女|侄子|外甥女?)${SPACE}*)${GIVEN_TWO}(?=[\\s，,。；;]|$|电话|手机)`,
];

// A row of a roster a joint letter lists ("601 某某某 139…", "3. 某某 138…"): a room or a running number opening the
// line, then a surname and one or two characters, then a mobile or the line's end. The row says only a name
// stands there, so the given name need not be made of name characters (宝山, 大川).
export const ROSTER_ROW_NAME = `((?:^|\\n)${SPACE}*(?:[0-9０-９]{3,4}(?:室|号|户)?|[0-9０-９]{1,2}${SPACE}*[.．、])${SPACE}*)(${SURNAME_PATTERN}${HAN}{1,2})(?=${SPACE}+[+＋]?1[3-9][0-9*]{9}(?![0-9*])|${SPACE}*(?:\\n|$))`;

// A nickname signing the message as parents and group members do (甜甜妈, 小雨妈妈, 花花姐, 月亮妈妈): two
// characters and a kin word, set off after a dash, a line break, a sentence's end or a space (an emoji
// is read as spaces), perhaps the number after it, then the end. A parent named by the child's standing
// (孩子妈妈, 学生家长, 全职妈妈) is no nickname, nor are thanks to someone ("辛苦姐姐").
const NICK_KIN = "(?:妈妈|妈咪|妈|爸爸|爸|姐姐|姐|奶奶|爷爷|姥姥|姥爷|外婆|外公)";
export const NICKNAME_SIGNED = `((?:^|\\n|[。！!？?~～]|——|--|(?<=[^\\s])${SPACE})${SPACE}*(?:——?|--?)?${SPACE}*)((?!孩子|小孩|学生|宝宝|全职|新手|单亲|二胎|三胎|家长|大家|谢谢|感谢|多谢|辛苦|麻烦|拜托|我|你|他|她)${HAN}{2}${NICK_KIN})(?=${SPACE}*(?:[+＋]?[0-9０-９#*][0-9０-９ \\-*#]{6,})?${SPACE}*[。.！!]?${SPACE}*$)`;

// A name the writer says they go by ("我是秀兰，…，大家都这么叫我", "我的昵称叫某某，…大家都这么叫我",
// "我是群里的“某某妈”，就这么叫我吧"): set off by a pause or quotes, with 这么叫我 later in the sentence.
export const CALLED_SO = `((?:我是|我叫|昵称|网名|外号|小名)(?:是|叫)?[^，,。！!？?\\n“”"「」]{0,12}?[“"「『]?)(${HAN}{2,4}?)(?=[”"」』]?${SPACE}*[，,；;][^。！!？?\\n]{0,24}?(?:就|都|也)这么(?:叫|喊|称呼)我)`;

// "我是二单元的某某妈妈", "我是小某妈妈": a doubled character, or 小 / 阿 and a strong name character, and a
// kin word after 我是 is the writer's nickname (小区妈妈 holds no strong name character).
export const SELF_NICKNAME = `((?:我是|本人是?)[^，,。！!？?\\n]{0,12}?)((?:(${HAN})\\3|[小阿]${STRONG_G})${NICK_KIN})(?=[，,。！!？?\\s]|$|电话|手机)`;

// A nickname in quotes that others call the writer by, or that the writer says is them ("大家都叫我“某某”",
// "群里的“某某”就是我").
export const QUOTED_NICKNAME = [
  `((?:大家|同事|别人|街坊|邻居|朋友|群里|他们)们?都?(?:叫|喊|管)我(?:叫|作)?[“"「『])(${HAN}{2,5})(?=[”"」』])`,
  `([“"「『])(${HAN}{2,5})(?=[”"」』]${SPACE}*(?:就是我|是我)(?![的家们]))`,
];

// "叫我某某就好", opening a clause: what the writer asks to be called, whatever its make-up (晴天, 阿福).
// What follows is no verb the writer is asked to do ("叫我签字就行", "叫我下楼就好").
export const CALL_ME_THIS = `((?:^|[，,。！!\\s])(?:你们|您)?(?:就)?叫我)(?![签交填写等拍打找回下上出进走停开关搬拿送缴报])(${HAN}{2,3}?)(?=就好|就行|就可以|就成|好了)`;

// What a name one goes by never holds: a particle, a pronoun or a person word; nor is it a word for
// anyone at all ("叫我老百姓就行", "叫我热心市民就好").
export const NOT_GONE_BY = `[族人员户工的了们家主者长他她你我着过来去不没把被给啥么]|^(?:老?百姓|群众|市民|网友|热心|匿名|无名|路人|某某)`;

// A form of address and then the full name of the same person ("某工某卫东，186…", "某阿姨某桂香 135…",
// "退休的某老师建国"): the surname with a title, then the surname again with one or two characters (the
// repeated surname says a name follows; no particle or place word may open it), or a given name of two name
// characters right after the title ("某老师建议" holds none). The name must end where names end. The surname is
// the second group, the name the last.
const TITLE_BEFORE_NAME =
  "(?:先生|女士|小姐|阿姨|大爷|大妈|大娘|大姐|大哥|大叔|叔叔|奶奶|爷爷|师傅|老师|主任|会计|经理|医生|大夫|校长|书记|科长|队长|站长|工|姐|哥|叔)";
const NAME_AFTER_TITLE = `(\\2(?![的了在是个们家人楼号区街路院村镇里这那有没不想要和跟电手住反映说请谢麻烦我你他她给])${HAN}{1,2}?|${G}{2})(?=[^${HAN}*]|$|电话|手机|反映)`;
export const TITLED_THEN_NAME = `((?:^|(?<=[^${HAN}*])|(?<=我是|我叫|本人|我|的|居民|业主))(${SURNAME_PATTERN})${TITLE_BEFORE_NAME})${NAME_AFTER_TITLE}`;
// The masker's form: the run wherever it stands ("邻居某大爷某建国"), since whoever it is, it is a name.
export const TITLED_THEN_NAME_ANYWHERE = `((${SURNAME_PATTERN})${TITLE_BEFORE_NAME})${NAME_AFTER_TITLE}`;

// A relative named right before their number ("我老公某强139…", "老伴某某 136…", "我爱人叫某某（186…）"): the
// kin word says a person follows and the number says where the name ends, so a short name of any make-up.
export const KIN_NAME_BEFORE_NUMBER = `((?:老公|老婆|爱人|老伴|丈夫|妻子|媳妇|女儿|儿子|闺女|女婿|儿媳)(?:叫|是)?${SPACE}*)(${SURNAME_PATTERN}${HAN}{1,2}?)(?=${SPACE}*[（(]?${SPACE}*[+＋]?[0-9０-９])`;

// A name opening the message with the number in brackets right after it ("某海龙（联系电话139…）反映：…"): a
// first character of any kind (a surname no list holds) and one or two name characters.
// "某某某【139…】 …": square brackets stand for round ones.
export const OPENING_NAME_PHONE_ASIDE = `(^${SPACE}*)(${HAN}${G}{1,2}?)(?=${SPACE}*[（(]${SPACE}*(?:联系)?(?:电话|手机|Tel|tel|TEL)|${SPACE}*[（(【[]${SPACE}*[+＋]?1[3-9][0-9])`;

// An English given name opening the message right before a mobile ("Grace 139…, the bins…"), not a label
// or a greeting.
export const OPENING_LATIN_BEFORE_NUMBER = `(^${SPACE}*)((?!(?:Tel|Phone|Mobile|Mob|Cell|Hi|Hello|Dear|Hey|Call|Contact|Number|No|WeChat|Wechat|Name|From)\\b)[A-Z][a-z]{2,12})(?=${SPACE}*[:：]?${SPACE}*[+＋]?1[3-9][0-9])`;
