import type { Callback } from "../domain/complaint.schema.js";
import {
  COMPOUND_SURNAMES,
  PLAIN_SURNAMES,
  SURNAMES,
  SURNAME_PATTERN,
  surnamePattern,
} from "../domain/surnames.js";
import {
  AFTER_OPENING_NAME,
  BEFORE_PHONE,
  ENDS_LIKE_PLACE,
  LOOKS_LIKE_NAME,
  OFFICE_TITLE,
  STANDING,
  STANDING_PHRASE,
  TRADE_ENDING_IN_SURNAME,
  personForm,
} from "../domain/name-forms.js";
import {
  BIG_NICKNAME,
  DEPARTMENT_CONTACT,
  LINE_BEFORE_NUMBER,
  OPENING_TITLED_REPORTS,
  PLACE_THEN_OPENING_NAME,
  SELF_BEFORE_HOME,
  SAID_REAL,
  OPENING_LATIN_BEFORE_NUMBER,
  OPENING_NAME_PHONE_ASIDE,
  SELF_DESCRIBED_NAME,
  SELF_SHORT_NAME,
  TITLED_THEN_NAME,
} from "../domain/slot-names.js";
import { toSimplifiedChinese } from "../domain/text-simplify.js";
import { CITY_AREA_CODES, CITY_PATTERN } from "../domain/city-area-codes.js";
import { SOUND_NAME, soundsLikeName } from "../domain/transliterated-names.js";
import {
  EVERYDAY_FULL_NAME,
  EVERYDAY_SHORT_NAME,
  GIVEN_NAME_CLASS,
  PINYIN_SURNAMES,
  STRONG_GIVEN_NAME_CLASS,
} from "../domain/given-names.js";
import { unlistedName } from "./unlisted-names.js";
import { slotOnlyName } from "./slot-only-names.js";
import { openingMadeUpName, selfMadeUpName, selfRoleMadeUpName } from "./made-up-names.js";
import {
  calledByOthers,
  closingLineName,
  contactCardName,
  speltName,
  tradeSigned,
  givenInSlot,
  goneBy,
  givenSaid,
  numberOpensThenName,
  numberThenNameLine,
  peopleSaid,
  roleSigned,
} from "./signed-names.js";
import {
  DIGIT_OR_SPOKEN,
  digitView,
  findPersonalNumbers,
  spellDigits,
  type NumberKind,
  type NumberSpan,
} from "../domain/personal-numbers.js";
import { warmUp, warmUpPatterns } from "../domain/regexp-warm-up.js";

const PHONE_KINDS = new Set<NumberKind>(["mobile", "landline", "local"]);

/** Phone numbers in the text, in order (mobiles, landlines with area code, local numbers after 电话). */
// Read for a message's numbers and again for its name (which of two numbers a name points at): the
// last text's spans are kept so one message is scanned once. Callers only read the array.
let lastSpansOf: string | null = null;
let lastSpans: readonly NumberSpan[] = [];
function phoneSpans(text: string): readonly NumberSpan[] {
  if (text === lastSpansOf) return lastSpans;
  lastSpansOf = text;
  return (lastSpans = findPersonalNumbers(text).filter(
    (f) =>
      PHONE_KINDS.has(f.kind) &&
      !ACCOUNT_LABEL.test(text.slice(Math.max(0, f.index - 8), f.index)) &&
      // "91410802MA4738291X": digits run on into letters are a code, not a phone; so are digits
      // right after letters ("单号 JD0098…"), unless the letters label a phone ("Tel0351…").
      !/^[A-Za-z]/.test(text.slice(f.end)) &&
      !CODE_LETTERS.test(text.slice(Math.max(0, f.index - 8), f.index)),
  ));
}
const CODE_LETTERS = warmUp(/(?<![A-Za-z])(?!(?:tel|phone|mobile|cell|call|ph|no)$)[A-Za-z]{1,6}$/i);
// A meter's, a tax or an account number: "表号 0931004781625", "税号91620102…".
const ACCOUNT_LABEL = warmUp(
  /(?:(?:卡|单|编|户|表|税|账|帐|工|学|订|票)号|(?:执照|证|代码)(?:号码?|编号)?)\s*(?:是|为|[:：])?\s*$/,
);

// Whose number it is, read from the words just before it. "楼下" alone is a place ("楼下餐馆"),
// "楼下那家" a neighbour.
const THIRD_PARTY = warmUp(
  /邻居|(楼上|楼下|对门|隔壁)(的|那)?(人|家|户|住户|那家)|物业|房东|租户|租客|老板|商家|店主|店家|店里|店铺|摊主|摊贩|小卖部|便利店|杂货店|小贩|驿站|饭店|饭馆|餐馆|餐厅|超市|商场|客户|师傅|司机|(?<!其)他|她|对方|别人|朋友|亲戚|同事|儿子|女儿|孙子|孙女|老伴|爱人|家人|父亲|母亲|(?<!大)爸|(?<![大姨舅])妈|公司|单位|经理|保安|门卫|工人|施工|负责人|管理员|主任|楼长|组长|队长|包工头|工头|中介|广告|社区|网格员|村委|居委|业委会|客服/,
);
const THIRD_PARTY_ALL = warmUp(new RegExp(THIRD_PARTY.source, "g"));
const PHONE_AS_MAIL = warmUp(
  /^@[A-Za-z0-9.-]+[^。！!？?\n\d]{0,8}?(?<!不)(?:就是|也是|即|是)我的?(?:手机|电话)/,
);
const FIRST_PERSON = warmUp(/我|本人|咱|俺|自己/);
// Words asking to be called back on the number that follows: it is the writer's.
const CONTACT_WORD = warmUp(
  /(联系|联络)(电话|方式|号码|手机)|回电|回访电话|回(个|一下|一个)电话|致电|(有事|随时)(请|就|可以)?(打|拨|联系|call|发短信)|打这个(号|电话)|拨打|请回复|请打|联系我|请?发短信/i,
);
// Words that settle the number is the writer's even after a clause about others ("警察说不归他们管，请回电…").
// "…。打166…找我", "你们打…吧", "晚上6点后打…": a bare 打 addressed to the centre.
// "打这个：…" opening the message points at the number it stands before.
const CALL_ME = warmUp(
  /回电|请回复|致电|联系我|^\s*请(?:与我)?联系\s*[:：]\s*$|打我(?:电话|手机)?$|请打|(?:^|你们|您|就|可以|直接|点[前后]|点(?:以|之)[前后])\s*打(?:这个(?:号码?|电话)?\s*[:：]?)?\s*$/,
);
// The same in English, where spaces part words and not clauses: "You can reach me at …".
const CALL_ME_EN = warmUp(
  /\b(?:reach|call|contact|text)\s+me\s*(?:at|on)?\s*[:：]?\s*$|(?:^|[.!]\s*|\bplease\s+)call\s*[:：]?\s*$|\bmy\s+(?:phone|number|mobile|cell)(?:\s+(?:number|no\.?))?\s*(?:is)?\s*[:：]?\s*$/i,
);
// "你们上次给我回电话的那个号码是…": the centre's own number, asked about.
const LINE_FAILED_END = warmUp(/(?:打不通|没人接|不接|关机|占线|停机|是空号)了?\s*$/);
const THEIR_NUMBER = warmUp(new RegExp(`(?:${THIRD_PARTY.source})的?(?:电话|手机|号码|手机号|联系方式)`));
// "The property office number is …", "the shop's phone:": a business's line named in English.
const THEIRS_EN = warmUp(
  /\b(?:property|management|office|shop|store|restaurant|company|landlord|manager|hotel|his|her|their)(?:'s)?\s+(?:office\s+)?(?:phone|number|tel|line)(?:\s+(?:number|no\.?))?\s*(?:is)?\s*[:：]?\s*$/i,
);
const ACCOUNT_NAME_FIELD = warmUp(/^\s*[【[]?\s*(?:昵称|网名|微信名|微信昵称|微信用户|用户名|用户)\s*[:：]/);
const CENTRE_NUMBER = warmUp(/(?:你们|上次|之前|刚才)[^，,。]{0,10}?(?:打来|回电话|来电|打给我|打过来)的/);
// A form whose first field is the writer's ("反映人：…"): its later bare phone field is theirs too,
// even after a line about whom they report ("被反映人：…").
const WRITER_FIELD = warmUp(
  /(?:^|\n)\s*(?:反映人|联系人|联络人|姓名|申请人|投诉人|举报人|来信人|发信人|申诉人|建议人|来电人)\s*[:：]/,
);
// "联系电话（女儿）：…": a phone field said to be a relative's.
const RELATIVE_FIELD = warmUp(
  new RegExp(
    `(?:电话|手机|号码|联系方式)\\s*[（(]\\s*${"(?:女儿|儿子|闺女|老伴|爱人|老公|老婆|孙子|孙女|儿媳|女婿|侄子|侄女|外甥女?|家属|亲属|保姆|护工)"}\\s*[）)]`,
  ),
);
// In an SMS a space ends a clause as often as a comma does: "…帮忙买个药 有事打…".
const CLAUSE_BREAK = warmUp(/[，,。！!？?；;、\s]/);
// A clause that is only a phone label ("电话：", "手机号是") offers the writer's own number, as a
// form's field does; "这家店电话" names whose it is and is not a bare label.
// Home may stand before or after the label ("家里电话是…", "联系方式：家里"); a web form asks "您的电话：";
// "手机前七位…" opens a mobile given in two parts (its last four follow); "手机同微信", "电话微信都是这个："
// say the WeChat account is the same number.
const LABEL_ONLY = warmUp(
  /^\s*[【[]?\s*(?:(?:微信|v信|vx|wx)\s*[/、]?\s*)?(?:(?:家里|家中)(?:只有)?的?|(?<=^\s*)(?:您|你)的)?(?:(?:联系|联络)(?:电话|手机|号码|方式)?|电话|手机|手机号|号码|电话号码|手机号码|来电号码|座机|固定电话|固话|手提(?:电话|號碼|号码)?|tel|phone|mobile|mob|cell|m(?=\s*[:：])|微信同号)(?:前(?:七|7)位数?)?(?:[（(][^（）()\n]{1,4}[）)])?(?:没错|没变|不变|照旧)?(?:[同和跟/、]?(?:微信|vx|wx)号?(?:同号)?)?(?:都是|也是|就是)?(?:这个)?\s*[】\]]?\s*(?:是|为|:|：)?\s*(?:家里|座机)?\s*$/i,
);
// A shop's or an office's line as a label ("店里电话", "单位电话", "联系方式：办公室", "有事打店里"): the writer's own
// when they said the shop or the office is theirs ("我在对面开药店", "我是…复印店的", "我们单位…").
const PLACE_LABEL = warmUp(
  /^\s*(?:(?:联系方式|电话|联系电话)\s*[:：]?\s*|(?:有事|随时)?请?(?:打|拨打|联系|致电)我?)?(?:办公室|店里|单位|公司|门店)(?:的)?(?:电话|座机|号码)?\s*(?:是|为|:|：)?\s*$/,
);
const OWN_PLACE = warmUp(
  /(?:我|俺|咱)(?:们)?(?:[^，,。]{0,10}?开|是[^，,。]{0,16}?(?:店|馆|公司|单位|厂|大厦|超市|铺)[^，,。]{0,6}的|单位|公司|店)|^[^，,。！!？?]{0,12}开[^，,。！!？?]{1,8}的(?=[，,。\s])/,
);
// "我是路西社区的，电话…", "联系人：龚师傅；联系方式…": the writer saying who they are, not naming a
// third party.
const SELF_INTRO = warmUp(
  /^\s*[【[(（]?\s*(?:您好|你好)?\s*(?:(?:对|对的|是的|嗯)[，,]?\s*)?(?:我是|我住|我家住|我家在|本人|我们是|联系人|姓名|称呼|发信人|来信人|反映人|落款)/,
);
// What follows a number can settle whose it is: "（本人手机）", "这是我电话" against "没人接", "打不通".
// "打…找我", "请打他女儿的电话…，就是我本人".
const SELF_AFTER = warmUp(
  /^\s*(?:[（(]?\s*(?:本人|我本人|是我的|这是我|我的(?:电话|手机))|找我|联系我|[，,]\s*(?:这|那)?(?:就是|也就是|即)我(?:本人)?)/,
);
// A letter's date: "2026.11.22", "2026-11-22", "2026年11月22日".
const LETTER_DATE = "\\d{4}\\s*[.\\-/年]\\s*\\d{1,2}\\s*[.\\-/月]\\s*\\d{1,2}\\s*日?";
// The end of the message, or only a letter's date after the number ("…09318699216\n2026.11.22").
// A sign-off in square brackets ("【某某 139…】") closes the message too.
const ENDS_MESSAGE = warmUp(new RegExp(`^[\\s。.！!~～）)】\\]」]*(?:${LETTER_DATE}[\\s。.]*)?$`));
// "…，现在电话不接", "…，已停机"; "19826730415这个快不用了": a number the writer is giving up.
// "…打不通打我爱人的…", "不接的话就是在上班，可以打我老公的": a fallback offered after it, not a number
// given up (the first stays the one to call).
const OTHER_AFTER = warmUp(
  /^\s*[）)]?\s*(?:[，,]\s*(?:可|但|但是|(?=现在|已经|已|目前|均|都|一直))\s*)?(?:我?打了[^，,。]{0,4}?)?(?:他|她|对方)?(?:现在|已经|已|目前|后来)?(?:电话|手机)?(?:也|都|均|一直|还是|根本|从来|从不|老是|总是|基本(?:上)?|经常|常常)?(?:(?:没人接|无人接听|打不通|不接|关机)(?!的话|就|再|[^，,。\d]{0,6}?(?:可以|请|就)?(?:打|拨|联系|找)[^，,。\d]{0,6}?(?:我|[0-9０-９]))|停机|是空号|占线|骚扰|推销|诈骗)|^\s*[，,]?\s*(?:经常|老是|总是|常常)(?:没电|不开机|没信号)|^\s*这个(?:号码?)?(?:快|已经|马上)?(?:不用|停用|作废|没用)|^\s*[（(]\s*不是(?:手机|电话)|^\s*[（(]\s*(?:是)?(?:乱写|随便写|瞎写|乱填|随便填|瞎填|编)的[^（）()\n]{0,4}[）)]/,
);

/**
 * The number the writer asks to be called back on, and whose it is. Their own when the words
 * around it say so ("我电话…", "打我…", "我是王建国，电话…", "…（本人手机）", a number beside the name
 * the writer signs with) or, with `answering`, when the message answers a question for their
 * number; else a relative's or a carer's they name for it ("有事打我女儿电话…", "联系我老伴，电话…").
 * A number said to be someone else's (a neighbour's, the property company's, a shop's that "没人接")
 * never is one, and stays in the description only.
 */
export function readCallback(text: string, opts: { answering?: boolean } = {}): Callback | null {
  warmUpPatterns();
  const numbers = readNumbers(text, opts);
  // "住户代表：某某（电话见上）", "联系人统一为某某": a joint letter's roster, and the one it names to deal with.
  const delegate = delegateName(text);
  if (delegate) {
    const beside = numbers.find((n) => n.owner !== "other" && besideName(text, n, delegate));
    if (beside) return { phone: beside.phone, for: "self" };
  }
  let own = numbers.find((n) => n.owner === "self");
  // "…13919327615 刚才号码打错了，是13919372615": a later number after a correction replaces it.
  for (const n of numbers)
    if (own && n.index > own.index && n.owner !== "other" && n.owner !== "relative")
      if (WRITTEN_CORRECTION.test(text.slice(own.end, n.index)) || completes(own.phone, n.phone)) own = n;
  if (own) own = preferredLater(text, numbers, own);
  else own = correctedTo(text, numbers);
  // "物业客服：0351…⏎水电工某师傅：138…⏎我本人：156…": of numbers listed a line each, the one on the line
  // the writer labels as their own.
  if (own && numbers.length > 1 && !ownLine(text, own) && listed(text, own)) {
    const mine = numbers.filter((n) => n.owner !== "other" && ownLine(text, n));
    if (mine.length === 1) own = mine[0]!;
  }
  // "我的电话是137…，但是这个号白天接不了，你们打我媳妇的吧，151…": after giving their own, the writer
  // tells the centre to ring a relative instead; that later number is the callback.
  const instead = own && relativeInstead(text, numbers, own);
  if (instead) return { phone: instead.phone, for: "relative" };
  // Two people each with a number, and the writer says which to ring ("…她是某某189…，白天打她的",
  // "请优先联系某某", "…，老伴某某136…，打我的就行").
  const pointed = pointedNumber(text, numbers);
  if (pointed) return { phone: pointed.phone, for: pointed.owner === "relative" ? "relative" : "self" };
  // "电话138…7264 … 有事打138…7246": the same number written twice with two digits swapped or one digit
  // changed, and no word saying which is right: either may be the typo, so neither is called.
  if (own && typoPair(text, numbers, own)) return null;
  const relative = numbers.find((n) => n.owner === "relative");
  const asked = own && askedLater(text, numbers, own.index);
  if (asked) return asked;
  // "…小许的电话158…，她本人希望你们直接联系她": the writer, acting for someone, says to call them first.
  const first = own ? personActedFor(text, numbers, own, true) : null;
  if (first) return { phone: first.phone, for: "relative" };
  if (own) return { phone: withLastFour(own, text), for: "self" };
  if (relative) return { phone: relative.phone, for: "relative" };
  const actedFor = ACTING_FOR.test(text) ? personActedFor(text, numbers, null, false) : null;
  if (actedFor) return { phone: actedFor.phone, for: "relative" };
  return swappedForm(text);
}

/**
 * The name of the person the writer reports for, when the callback is their number (see personActedFor):
 * "替居民某德才反映", "她叫某晓红", "老板是某先生", "某奶奶電話…", "她姓某" (某女士). The writer's own name ("我是网格员某帆",
 * "我叫某某") is never it. Null when the callback is not such a person's or no name is given for them.
 */
export function actedForName(text: string, phone: string): string | null {
  warmUpPatterns();
  if (!ACTING_FOR.test(text) && !THEM_FIRST.test(text)) return null;
  const span = phoneSpans(text).find((n) => n.digits === phone || phone.endsWith(n.digits));
  if (!span) return null;
  const ok = (name: string | undefined) =>
    !!name &&
    !NOT_NAME_CHARS.test(name.slice(1)) &&
    !new RegExp(`(?:我是|我叫|我姓)[^，,。]{0,6}${name}`, "u").test(text);
  const full = ACTED_FOR_FULL.exec(text)?.[1] ?? THEY_ARE_CALLED.exec(text)?.[1];
  if (ok(full)) return full!;
  const lead = text.slice(Math.max(0, span.index - 16), span.index);
  const beside = NAME_BEFORE_THEIR_NUMBER.exec(lead)?.[1];
  if (ok(beside)) return beside!;
  const titled = THEY_ARE_TITLED.exec(text)?.[1];
  if (ok(titled)) return titled!;
  const surname = THEIR_SURNAME.exec(text);
  if (surname) return `${surname[2]}${surname[1] === "她" ? "女士" : "先生"}`;
  return null;
}
// The writer reporting for someone else: "替居民某某反映", "帮朋友问一下", "代邻居反映", "家里老人让帮忙反映", "楼长代报",
// "帮我公司老板反映". The person they act for is the one to call back when the writer says so.
const ACTING_FOR = warmUp(
  /(?:代|替|帮)(?:[^，,。！!？?\n]{0,10}?)(?:反映|问一?下|问问|说一下|登记|报一下)|让(?:我)?帮忙?(?:反映|发|问)|代报|报上来的/,
);
// Said of the person acted for, after their number: "您直接跟他联系", "你们直接联系她", "直接打他就行", "回电请打他".
const CALL_THEM_AFTER = warmUp(
  /^[^。！!？?\n]{0,24}?(?:直接|回电请?|回访(?:也)?请?)(?:(?:跟|和|与|给)?(?:联系|聯繫|打给?|找|打)(?:他|她|老人)(?!们)|(?:跟|和|与)(?:他|她|老人)(?:联系|聯繫))|^[^。！!？?\n]{0,16}?(?:你们?|您)(?:就)?打这个/,
);
// Said before it: "不过我爸说想让你们直接联系他，他电话是…", "老板是某先生，你们回电请打他，139…".
const CALL_THEM_BEFORE = warmUp(
  /(?:直接|回电请?|回访(?:也)?请?)(?:跟|和|与|给)?(?:联系|聯繫|打给?|找|打)(?:他|她|老人)(?!们)[^。！!？?\n\d]{0,10}$/,
);
// The writer saying they are not to be called: "不用联系我", "我就不留了", "我不方便留名".
const NOT_ME = warmUp(/不用联系我|不需要联系我|不要联系我|不用找我|我的号就不留了|我就不留了|不方便留名/);
// "请联系楼长", "请联系楼长上门": the one to call named by their post, whose number is labelled with it.
const CALL_POST = warmUp(/(?:请|麻烦|直接)(?:联系|找|打给?)(楼长|栋长|单元长|网格员|组长)/);
// Preferred over the writer's own number only when the writer says to call them first.
const THEM_FIRST = warmUp(
  /(?:最好|优先)(?:先)?(?:找|联系|打给?)(?:他|她)(?!们)|(?:希望|想让)你们直接(?:跟|和|与)?(?:联系|打给?|找)(?:他|她)(?!们)/,
);
function personActedFor(
  text: string,
  numbers: readonly Read[],
  own: Read | null,
  firstOnly: boolean,
): Read | null {
  const others = numbers.filter((n) => n !== own && n.phone.length >= 11);
  if (firstOnly) {
    if (!THEM_FIRST.test(text)) return null;
    const them = others.filter(
      (n) =>
        CALL_THEM_AFTER.test(text.slice(n.end)) ||
        CALL_THEM_BEFORE.test(text.slice(Math.max(0, n.index - 30), n.index)) ||
        THEM_FIRST.test(text.slice(n.end, n.end + 40).split(/[\n]/)[0]!),
    );
    return them.length === 1 ? them[0]! : null;
  }
  const cued = others.filter(
    (n) =>
      CALL_THEM_AFTER.test(text.slice(n.end)) ||
      CALL_THEM_BEFORE.test(text.slice(Math.max(0, n.index - 30), n.index)),
  );
  if (cued.length === 1) return cued[0]!;
  if (cued.length) return null;
  const post = CALL_POST.exec(text)?.[1];
  if (post) {
    const labelled = others.filter((n) => text.slice(Math.max(0, n.index - 12), n.index).includes(post));
    if (labelled.length === 1) return labelled[0]!;
  }
  return NOT_ME.test(text) && others.length === 1 ? others[0]! : null;
}

// A line that gives the writer's own number as one of a list: "我本人：", "3. 我的 ", "本人手机：".
const OWN_LINE_LABEL = warmUp(
  /\n[ \t\u3000]*(?:[0-9０-９]{1,2}[ \t\u3000]*[.．、)）][ \t\u3000]*)?(?:我本人|本人|我自己|我)(?:的)?(?:电话|手机|手机号|号码?|联系电话|联系方式)?[ \t\u3000]*[:：]?[ \t\u3000]*$/,
);
function ownLine(text: string, n: Read): boolean {
  return OWN_LINE_LABEL.test(text.slice(Math.max(0, n.index - 20), n.index));
}
/** Whether the number opens a line of a list: only a short label before it on its line, after the first line. */
function listed(text: string, n: Read): boolean {
  return /\n[^\n，,。！!？?]{0,14}$/.test(text.slice(0, n.index));
}

// A joint letter or a list of households, and the one of them named to deal with: "住户代表：某某", "商户代表：五金店老板
// 某某", "联系人统一为某某", "我们推选某某作为联系人". Only where several people write together.
const JOINT = warmUp(/联名|签名|签字|全体|几家|各户|商户|[0-9０-９一二两三四五六七八九十几]+户|大家/);
const DELEGATE = warmUp(
  new RegExp(
    `(?:(?:住户|居民|业主|商户|村民|职工)代表[:：]?|联系人(?:统一)?(?:为|是)|联系人[:：]|推选|推举)[ \t\u3000]*(?:[^，,。！!？?\\s：:]{1,8}?(?:老板|店主|老师|主任|楼长)[ \t\u3000]*)?(${SURNAME_PATTERN}\\p{Script=Han}{1,2}?)(?=[ \t\u3000（(，,。；;、]|$|\n|电话|手机|作为)`,
    "u",
  ),
);
// "我本人：156…（某姐）": the name in brackets after the number on the line the writer labels as their own.
// "真名：某志鹏", "真实姓名是某某": a field or words giving the real name after a nickname or an account.
const OWN_LINE_NAME = warmUp(
  new RegExp(
    `(?:^|\n)[ \t\u3000]*(?:[0-9０-９]{1,2}[ \t\u3000]*[.．、)）][ \t\u3000]*)?(?:我本人|本人|我自己|我)(?:的)?(?:电话|手机|手机号|号码?|联系电话)?[ \t\u3000]*[:：]?[ \t\u3000]*[+＋]?[0-9０-９][0-9０-９ \\-]{6,}[0-9０-９][ \t\u3000]*[（(]((?:${SURNAME_PATTERN})(?:\\p{Script=Han}{1,2}?|姐|哥|叔|姨|师傅|先生|女士))[）)]`,
    "u",
  ),
);
const REAL_NAME_FIELD = warmUp(
  /(?:^|\n|[，,。；;\s])(?:真名|真实姓名|本名|实名)[ \t\u3000]*(?:[:：]|是|叫)[ \t\u3000]*(\p{Script=Han}{2,4}?)(?=[ \t\u3000]*(?:\n|$|[，,。；;！!]))/u,
);
function ownNameSaid(text: string): string | null {
  const name = OWN_LINE_NAME.exec(text)?.[1] ?? REAL_NAME_FIELD.exec(text)?.[1];
  return name && !NOT_NAME_CHARS.test(name.slice(1)) ? name : null;
}
function delegateName(text: string): string | null {
  if (!JOINT.test(text)) return null;
  const name = DELEGATE.exec(text)?.[1];
  return name && !NOT_NAME_CHARS.test(name.slice(1)) ? name : null;
}
/** Whether the number stands right after the name ("603 某宝山 138…", "某翠兰 135…"), on the same line. */
function besideName(text: string, n: { index: number }, name: string): boolean {
  const lead = text.slice(Math.max(0, n.index - name.length - 6), n.index);
  return new RegExp(`${name}[ \t\u3000]*(?:[:：]|手机|电话)?[ \t\u3000]*[（(]?[ \t\u3000]*$`, "u").test(lead);
}

// Which of two people to ring, said after both are given: the other one (他 / 她), a name, or the writer.
const RING_THEM = warmUp(
  /(?:打|找|联系|回电话?(?:就)?(?:打|找)?|打给)(?:他|她)(?:的|吧|就行|就好|[，,。！!\s]|$)(?![^，,。]{0,3}不)/u,
);
const RING_ME = warmUp(
  /(?:打|找|联系)我(?:的(?:手机|电话)?)?(?:就行|就好|就可以|吧)|回电话?就?(?:找|打)我(?![们的他她])/u,
);
const RING_NAMED = warmUp(
  new RegExp(
    `(?:优先|先|请)(?:联系|打给?|找)(${SURNAME_PATTERN}\\p{Script=Han}{1,2}?)(?=[，,。！!；;\\s]|$)`,
    "u",
  ),
);
// Who stands right before a number: the other one ("她是某某", "老伴某某", "我爱人某某") or the writer ("我某某").
const KIN_SPOUSE = "(?:老公|老婆|爱人|老伴|丈夫|妻子|媳妇|先生|太太|对象|女儿|儿子|闺女)";
const OTHER_BEFORE_NUMBER = warmUp(
  new RegExp(`(?:(?:他|她)是|${KIN_SPOUSE})[^，,。！!；;\\s\\d]{0,5}[（(]?\\s*$`, "u"),
);
const ME_BEFORE_NUMBER = warmUp(
  new RegExp(`(?:^|[，,。：:；;\\s])我(?:是)?[^，,。！!；;\\s\\d他她]{1,4}[（(]?\\s*$`, "u"),
);
function pointedNumber(text: string, numbers: readonly Read[]): Read | null {
  // Each number is read on its own as the writer's, a relative's or a third party's (她 reads as one); here
  // the two people are the writer and the one beside them, whatever each was read as.
  const candidates = numbers;
  if (candidates.length !== 2) return null;
  const last = candidates[1]!;
  const after = text.slice(last.end);
  const named = RING_NAMED.exec(after)?.[1];
  if (named) {
    const at = text.indexOf(named);
    const n = candidates.find((c) => at >= 0 && c.index > at && c.index - (at + named.length) <= 2);
    return n ?? null;
  }
  const lead = (n: Read) => text.slice(Math.max(0, n.index - 12), n.index);
  const others = candidates.filter((n) => OTHER_BEFORE_NUMBER.test(lead(n)));
  const mine = candidates.filter((n) => ME_BEFORE_NUMBER.test(lead(n)) && !OTHER_BEFORE_NUMBER.test(lead(n)));
  if (others.length !== 1 || mine.length !== 1) return null;
  const said = after.slice(0, 30);
  if (RING_ME.test(said)) return { ...mine[0]!, owner: "self" };
  if (RING_THEM.test(said)) return { ...others[0]!, owner: "relative" };
  return null;
}

// The name of the one the writer says to ring, of two each given with a number (see pointedNumber).
const OTHER_NAMED_BEFORE = warmUp(
  new RegExp(`(?:(?:他|她)是|${KIN_SPOUSE})(?:叫)?(${SURNAME_PATTERN}\\p{Script=Han}{1,2}?)[（(]?\\s*$`, "u"),
);
const ME_NAMED_BEFORE = warmUp(
  new RegExp(`(?:^|[，,。：:；;\\s])我(?:是|叫)?(${SURNAME_PATTERN}\\p{Script=Han}{1,2}?)[（(]?\\s*$`, "u"),
);
function pointedName(text: string): string | null {
  const spans = phoneSpans(text);
  if (spans.length !== 2) return null;
  const after = text.slice(spans[1]!.end);
  const named = RING_NAMED.exec(after)?.[1];
  if (named) {
    const at = text.indexOf(named);
    return spans.some((n) => at >= 0 && n.index > at && n.index - (at + named.length) <= 2) ? named : null;
  }
  const lead = (n: NumberSpan) => text.slice(Math.max(0, n.index - 12), n.index);
  const other = spans.map((n) => OTHER_NAMED_BEFORE.exec(lead(n))?.[1]).filter((n) => n);
  const mine = spans
    .filter((n) => !OTHER_BEFORE_NUMBER.test(lead(n)))
    .map((n) => ME_NAMED_BEFORE.exec(lead(n))?.[1])
    .filter((n) => n);
  if (other.length !== 1 || mine.length !== 1) return null;
  const said = after.slice(0, 30);
  const name = RING_ME.test(said) ? mine[0]! : RING_THEM.test(said) ? other[0]! : null;
  return name && !NOT_NAME_CHARS.test(name.slice(1)) ? name : null;
}

function typoPair(text: string, numbers: readonly Read[], own: Read): boolean {
  // A correction said anywhere ("（之前发的…是错的）", "正确的是…，不是…") tells which one is meant.
  if (ANY_CORRECTION.test(text)) return false;
  return numbers.some(
    (n) =>
      n !== own &&
      n.owner !== "other" &&
      n.owner !== "relative" &&
      nearlySame(n.phone, own.phone) &&
      // "139…98 或 139…99 都行": two lines of one family plan, each meant.
      !BOTH_MEANT.test(text.slice(Math.min(n.end, own.end), Math.max(n.end, own.end) + 8)) &&
      // "…一楼那家电话138… 我电话138…", "联名：某某 136…、某某 136…": two people's numbers, each meant.
      !/[我、]/.test(text.slice(Math.min(n.end, own.end), Math.max(n.index, own.index))),
  );
}
// Words anywhere that say which of two near numbers is meant: a correction ("打反了", "以这条为准"), a pick
// ("后面那个对", "后一个是我的", "最后是07"), or whose each is ("我电话…" after a neighbour's).
const ANY_CORRECTION = warmUp(
  /[错錯]|不对|不對|更正|正确|正確|不是|重发|重發|看这条|看這條|改[成为為]|反了|为准|為準|那个对|個對|个对|[前后後]一个|最[后後]是|尾号|尾號|后四位|後四位/,
);
const BOTH_MEANT = warmUp(/或|都行|都可以|也可以|也行|备用|另一个|两个|第二个|还有一个/);
/** Two numbers of one length that differ in one digit, or in two neighbouring digits swapped. */
function nearlySame(a: string, b: string): boolean {
  if (a === b || a.length !== b.length || a.length < 11) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return true;
  return (
    diff.length === 2 &&
    diff[1] === diff[0]! + 1 &&
    a[diff[0]!] === b[diff[1]!] &&
    a[diff[1]!] === b[diff[0]!]
  );
}

// A form filled in the wrong boxes ("姓名：139…⏎联系电话：某某某", "手机：某某⏎备注：139…"): the phone
// field holds a name, and the only mobile stands alone as another field's whole value. It is the
// writer's, whichever box it landed in.
const PHONE_FIELD_HOLDS_NAME = warmUp(
  new RegExp(
    `(?:^|\n)[ \t\u3000]*(?:联系电话|电话|手机|联系方式)[ \t\u3000]*[:：][ \t\u3000]*${SURNAME_PATTERN}\\p{Script=Han}{1,2}[ \t\u3000]*(?=\n|$)`,
    "u",
  ),
);
const MOBILE_AS_FIELD = warmUp(
  /(?:^|\n)[ \t\u3000]*[^\n:：\d]{1,6}[:：][ \t\u3000]*(1[3-9]\d{9})[ \t\u3000]*(?=\n|$)/gu,
);
function swappedForm(text: string): Callback | null {
  if (!PHONE_FIELD_HOLDS_NAME.test(text)) return null;
  const mobiles = [...text.matchAll(MOBILE_AS_FIELD)].map((m) => m[1]!);
  return mobiles.length === 1 ? { phone: mobiles[0]!, for: "self" } : null;
}

type Owner = "self" | "relative" | "other" | null;
type Read = { phone: string; owner: Owner; index: number; end: number };

// Words before a later number that make it the one to call: "打这个：…", "打我手机…", "新的是…",
// "你记我新号吧，…".
const PREFER_BEFORE = warmUp(
  /(?:打|拨|回)这个(?:号码?|电话)?\s*[:：]?\s*$|打我(?:的)?手机\s*[:：]?\s*$|(?:新的|新号码?|新手机号?|现在的号码?)(?:是|为)?(?:吧|啊)?\s*[:：，,]?\s*$|(?:最好|优先)(?:打|拨打?)/,
);
// Words after it: "…（来电人称手机优先）", "…，打手机。".
// "（家）0351… （手机）131… 白天请打手机": an aside set off by a space says the same.
const PREFER_AFTER = warmUp(
  /^\s*[（(][^（）()]{0,10}优先|^\s*[，,]\s*(?:找我)?(?:就)?(?:打|拨)(?:这个|手机)(?![^，,。]{0,4}不)|^[ \t\u3000]+(?:白天|平时|最好)?请?(?:打|拨)手机\s*(?:[。.！!]|$)/,
);
const FALLBACK = warmUp(/打不通|不通的话|没人接|不接的话|的话|如果|万一|备用|或者|也可以|实在/);
const EITHER = warmUp(/^[\s，,。]*(?:哪个|两个|随便|都)[^，,。]{0,3}(?:行|可以)/);
const SIGN_OFF = warmUp(/(?:——|--)\s*[^—\-，,。！!？?]{1,12}$/);
// The writer's own number said in so many words: "我的手机…", "打我手机…".
const MINE_SAID = warmUp(
  /(?:我|本人)(?:的|自己的?)?(?:电话|手机|号码|手机号|联系电话|联系方式)|打我的?(?:电话|手机)/,
);

/**
 * A second number that replaces the first one read as the writer's: one they say to call
 * ("我有两个号，…平时不开机，打这个：…", "…、手机139…（手机优先）"), or one said in so many words to be
 * theirs after a first that was only labelled ("老师姓胡，电话130…。我的电话：155…",
 * "我店里电话0351…，我的手机你记一下，130…").
 */
function preferredLater(text: string, numbers: readonly Read[], own: Read): Read {
  const mine = MINE_SAID.test(clauseBefore(text, own.index)) || SELF_AFTER.test(text.slice(own.end));
  for (const n of numbers) {
    if (n.index <= own.index || n.owner === "other" || n.owner === "relative") continue;
    const between = text.slice(own.end, n.index);
    const before = clauseBefore(text, n.index).slice(-between.length);
    // "打不通的话打这个…", "备用号码…": a fallback leaves the first number the one to call.
    // "…，我手机152…，哪个都行": either will do, so the first stays.
    if (FALLBACK.test(before) || EITHER.test(text.slice(n.end))) continue;
    // "手机 138…（请优先打手机），座机 0351…": the words prefer the mobile already given, not the landline after.
    if (/打手机|拨手机/.test(between) && !n.phone.startsWith("1")) continue;
    if (PREFER_BEFORE.test(before) || PREFER_AFTER.test(text.slice(n.end))) return n;
    if (!mine && MINE_SAID.test(before) && !/[他她]/.test(before)) return n;
    // "…101李大爷 138…，302王秀珍 151…。有事先联系我135…", "his number is 138… you can reach me at 186…": a
    // later number the writer asks to be reached on, after a first only labelled.
    if (!mine && REACH_ME.test(before)) return n;
    // "…——业主 熊志刚 152…": the writer's sign-off after a dash ends the message with their own.
    if (!mine && SIGN_OFF.test(before) && ENDS_MESSAGE.test(text.slice(n.end))) return n;
  }
  return own;
}

function relativeInstead(text: string, numbers: readonly Read[], own: Read): Read | null {
  for (const n of numbers) {
    if (n.index <= own.index || n.owner !== "relative") continue;
    const between = text.slice(own.end, n.index);
    const ask = RING_RELATIVE_NOW.exec(between);
    if (!ask) continue;
    // The instruction must stand in the sentence that ends at the relative's number.
    if (/[。！!？?\n]/.test(between.slice(ask.index))) continue;
    if (FALLBACK.test(between) || ONLY_IF.test(between) || EITHER.test(text.slice(n.end))) continue;
    return n;
  }
  return null;
}

const INITIALS_ASIDE = warmUp(/[（(][A-Z][A-Z.]{1,7}[）)]\s*$/u);
const LEFT_MINE = warmUp(/我留(?:下)?(?:个|一个)?(?:电话|手机|号码|联系方式)[^，,。]{0,4}?[:：]?\s*$/);
const REACH_ME = warmUp(
  /(?:联系|找|打给?)我(?:吧|就行)?\s*[:：，,]?\s*$|\b(?:reach|call|contact|text)\s+me\s*(?:at|on)?\s*[:：]?\s*$/i,
);

// "不是13803516672，是13803516627": a number given in place of one the writer takes back.
const TAKEN_BACK = warmUp(/不是\s*$/);
const GIVEN_INSTEAD = warmUp(/^\s*[，,、]?\s*(?:而)?是\s*[:：]?\s*$/);
function correctedTo(text: string, numbers: readonly Read[]): Read | undefined {
  for (let i = 1; i < numbers.length; i++) {
    const [was, now] = [numbers[i - 1]!, numbers[i]!];
    if (was.owner === "other" || now.owner === "other" || now.owner === "relative") continue;
    if (
      TAKEN_BACK.test(text.slice(0, was.index)) &&
      GIVEN_INSTEAD.test(text.slice(was.end, now.index)) &&
      WRITTEN_CORRECTION.test(text.slice(0, was.index))
    )
      return { ...now, owner: "self" };
  }
  return undefined;
}

// A form's "回复电话：" field is the 回访电话 of another form.
const CALL_BACK_ON = warmUp(
  /(?:要求|希望|请)(?:回电|回访|联系)(?:时)?(?:请)?(?:拨打|打给?|联系)|回电(?:请)?(?:拨打|打给?)|(?:回访|回电|回复)(?:号码|电话)\s*[:：]?\s*$/,
);
/**
 * "联系电话：188… 备注：来电人要求回电拨打其妻子电话136…": a number after `from` asked for in so many
 * words is the callback, a relative's when the words name one.
 */
function askedLater(
  text: string,
  numbers: readonly { phone: string; index: number; end: number }[],
  from: number,
): Callback | null {
  // "回电请打：139…；家里座机：0351…": the words asking for a callback belong to the number they
  // stand right before, not to a later one past it.
  const ownWords = (i: number) => {
    const n = numbers[i]!;
    const clause = clauseBefore(text, n.index);
    const prev = i > 0 ? numbers[i - 1]! : null;
    return prev && prev.end > n.index - clause.length ? text.slice(prev.end, n.index) : clause;
  };
  const at = numbers.findIndex((n, i) => n.index > from && CALL_BACK_ON.test(ownWords(i)));
  const asked = at >= 0 ? numbers[at]! : null;
  if (!asked) return null;
  const whose = ownWords(at);
  const theirs = new RegExp(RELATIVE_WORD).test(whose) || namesPerson(whose);
  return { phone: asked.phone, for: theirs ? "relative" : "self" };
}

function clauseBefore(text: string, at: number): string {
  return (
    text
      .slice(Math.max(0, at - 30), at)
      .split(/[。！!？?\n]/)
      .pop() ?? ""
  );
}

// "151-0931-？？不好意思，151-0931-2644": a mobile begun and then given whole.
function completes(first: string, later: string): boolean {
  return (
    first.startsWith("1") && first.length < 11 && later.length === 11 && later.startsWith(first.slice(0, 3))
  );
}

// "手机199 5028，后面四位是3716": a mobile's first seven digits, then its last four in words; a full
// stop may end the first part ("前七位是1380351。后四位是…"), and "再加" may join the parts ("138 0351 再加2245").
// "电话1873516⏎刚才没打完 后四位0482", "159 3518⏎[刚才没发完] 后面是2641": a message cut off after the
// first seven, the rest sent after a word saying so ("刚才没打完就发出去了 后面是…").
const CUT_OFF =
  "(?:[\\[【(（]?[^，,。\\d\\n\\]】)）]{0,6}?(?:没打完|没发完|没写完|没说完|发漏了)(?:就?(?:发出去|发过去|发送)了?)?[\\]】)）]?[，,。\\s]*)";
const WRITTEN_LAST_FOUR = warmUp(
  new RegExp(
    `^[，,。\\s]*(?:${CUT_OFF}?(?:后面?|最后|尾号)(?:的)?(?:四|4)位(?:数)?(?:是|为)?|${CUT_OFF}后面(?:是|为)|再加上?|加上)[:：\\s]*(${DIGIT_OR_SPOKEN}(?:[\\s，,、]?${DIGIT_OR_SPOKEN}){3})(?!${DIGIT_OR_SPOKEN})`,
  ),
);

/** The number with its last four digits when the writer gave them apart from the first seven. */
function withLastFour(n: { phone: string; end: number }, text: string): string {
  if (n.phone.length !== 7 || !n.phone.startsWith("1")) return n.phone;
  const m =
    WRITTEN_LAST_FOUR.exec(text.slice(n.end)) ??
    LAST_FOUR_THEN_WORD.exec(text.slice(n.end)) ??
    STRAY_STOP_THEN_FOUR.exec(text.slice(n.end));
  return m ? n.phone + digitView(spellDigits(m[1]!)).replace(/\D/g, "") : n.phone;
}
// "手机号是1391220。3344 打这个": a full stop slipped in after the seventh digit; four typed digits
// right after it and nothing more are the rest of the mobile.
const STRAY_STOP_THEN_FOUR = warmUp(/^[。．.](\d{4})(?![\d.．。])/);
// "我手机是169 3047。2581是后四位": the last four first, then the words saying so.
const LAST_FOUR_THEN_WORD = warmUp(
  new RegExp(
    `^[，,。.\\s]*(${DIGIT_OR_SPOKEN}(?:[\\s，,、]?${DIGIT_OR_SPOKEN}){3})(?!${DIGIT_OR_SPOKEN})\\s*(?:是|为)?(?:后面?|最后|尾号)(?:的)?(?:四|4)位`,
  ),
);

/** Every phone number in the text, in order, with whose the words around it say it is. */
function readNumbers(text: string, opts: { answering?: boolean }): Read[] {
  const found = phoneSpans(text);
  const name = found.length ? extractName(text) : null;
  const out: Read[] = [];
  let prevEnd = 0;
  // "家中電話…", "請回電…": whose a number is, read from the words around it in simplified characters, so a
  // message in traditional characters is read as the same message in simplified ones.
  const simple = found.length ? toSimplifiedChinese(text) : text;
  const view = simple.length === text.length ? simple : text;
  const nameView = name && view !== text ? toSimplifiedChinese(name) : name;
  for (const f of found) {
    // "电话号码是1863517，后面几位我发短信告诉你们": no local number begins with 1, so seven or eight
    // digits that do are a mobile's head, a callback only once its last four are given.
    if (
      f.digits.startsWith("1") &&
      f.digits.length < 11 &&
      withLastFour({ phone: f.digits, end: f.end }, text) === f.digits
    )
      continue;
    // "电话：0931-8312": no local number begins with 0, so seven or eight digits that do are an area
    // code with a number cut short (masked, never a callback).
    if (f.kind === "local" && f.digits.startsWith("0")) continue;
    // "0351-83316020转206": an extension after a landline does not change whose it is.
    const after = view.slice(f.end).replace(EXTENSION, " ");
    // "电话：昆明 6318…": the city naming the area code stands between the label and the number.
    // "某某某（HSY）187…": initials in brackets after the name stand where a pause would.
    // "【微信用户：某某】【手机：186…】": bracketed fields one after another part clauses as commas do.
    const lead = view
      .slice(prevEnd, f.index)
      .replace(INITIALS_ASIDE, " ")
      .replace(/[】\]][ \t\u3000]*(?=[【[])/gu, "，");
    let said = onASign(view.slice(0, f.index), view.slice(f.end))
      ? "other"
      : ownerOf(
          f.kind === "local" ? lead.replace(CITY_BEFORE, "") : lead,
          after,
          nameView,
          prevEnd === 0,
          f.kind,
        );
    if (said !== "relative" && onSomeoneForMe(text, f, said === "self")) said = "relative";
    prevEnd = f.end;
    out.push({
      phone: withAreaBefore(withAreaAfter(f.digits, after), text.slice(Math.max(0, f.index - 40), f.index)),
      owner: said === null && opts.answering ? "self" : said,
      index: f.index,
      end: f.end,
    });
  }
  return out;
}

const EXTENSION = warmUp(/^\s*(?:转|轉|分机号?|分機號?|ext\.?)\s*[:：]?\s*\d{1,5}(?!\d)(?:\s*号)?/i);

const STATEMENT_THEN_BRACKET = warmUp(/(?:[了吗呢吧啊呀说？?！!。]|再说)\s*[（(]\s*$/u);
const BRACKET_CLOSES = warmUp(/^\s*[）)]\s*(?:[。.！!]\s*)?(?:\n|$)/u);
const WHEN_TO_RING = warmUp(
  /^\s*[（(][^（）()\n]{0,16}?(?:[0-9０-９一二三四五六七八九十]点|上午|下午|晚上|白天|中午|早上|夜里|周末|工作日|上班|下班)[^（）()\n]{0,16}[）)]/,
);
const ABOUT_OTHERS = warmUp(/[他她]|邻居|家人|老伴|儿子|女儿|的电话|的号/);
// "…。水库街社区，电话…": a clause that only says where the writer lives names no one.
// A mail signature: the name on a line of its own, then the writer's department or firm ("技术部 | 某某科技有限公司"),
// then the number's line; the firm is where the writer works, no third party whose number it is.
const WORKPLACE_LINE = warmUp(
  /^\s*[^，,。！!？?\n]{0,24}?(?:公司|集团|部|中心|事务所|银行|学校|医院|研究院|工作室)(?:\s*[|｜]\s*[^，,。\n]{0,24})?\s*$/u,
);
function ownWorkplaceLine(before: string, previous: string, name: string | null): boolean {
  if (!name || !WORKPLACE_LINE.test(previous)) return false;
  return new RegExp(`(?:^|\\n)[ \\t]*${escapeRe(name)}[ \\t]*\\n(?:[^\\n]*\\n){1,2}[^\\n]*$`, "u").test(
    before,
  );
}
// "某某街社区", "桃南社区居民" (a signature's line saying where the writer lives): a place, no third party.
const PLACE_ONLY = warmUp(
  /^\s*[^\s，,。的]{1,10}(?:社区|小区|花园|家园|公寓|苑|巷|街道|新村)(?:居民|住户|业主)?\s*$/,
);
const OWN_ROLE = warmUp(
  /(?:我是|我就是|本人是?)(?:(?:这里的|这边的)?(?:房东|店主|老板娘?|摊主|店家|业主)|[他她]的?(?:儿子|女儿|闺女|儿媳妇?|女婿|孙子|孙女|外孙女?|侄子|侄女|外甥女?))/g,
);
// "…走失，有消息请联系其孙子158…": 其 is the person written about, so their relative is no relative of the writer's.
// In a record of the call ("来电人要求回电至其儿子手机…") 其 is the caller, and the relative theirs.
const THEIR_KIN = warmUp(/其(?:孙子|孙女|儿子|女儿|子女|家属|家人|老伴|丈夫|妻子|爱人)/);
const RECORD_OF_CALLER = warmUp(/来电人|反映人|诉求人|来访人|市民|群众|该户|当事人/);
// "…许女士本人不便接听，要求回电其丈夫：…": a callback asked for on 其's relative is the writer's own request.
const CALL_BACK_ASKED = warmUp(/回电|回電|回访|回訪|要求/);
const TOLD_TO_CALL = warmUp(/(?:让|要|叫|要求)我(?:打|拨打?|回拨|联系|加)/);
// "…我怀疑是骗子 麻烦查一下 我是某区的某某 回电138…": after telling of the impostor the writer says who
// they are and asks to be called back: the number is theirs.
const IMPOSTOR = warmUp(
  /自称|自稱|冒充|假冒|诈骗|詐騙|骗子|騙子|(?:号码|號碼|来电|來電)(?:显示|顯示)|短信(?:里|上)?说|短信裡說/,
);
// Every mention, to find the last one.
const IMPOSTOR_ALL = warmUp(new RegExp(IMPOSTOR.source, "g"));
function signedAfterImpostor(told: string, current: string): boolean {
  let last: RegExpExecArray | null = null;
  for (const m of told.matchAll(IMPOSTOR_ALL)) last = m;
  if (!last) return false;
  const rest = told.slice(last.index + last[0].length);
  return /我是|我叫|本人/.test(rest) && (CALL_ME.test(current) || LABEL_ONLY.test(current));
}
// An organisation's service line read off a notice ("温馨提示：…咨询电话 0351…", "客服热线：400…"): no callback.
const SERVICE_LINE = warmUp(
  /(?:咨询|服务|客服|售后|报修|值班|投诉|举报|监督|预约|订餐|订票)(?:电话|热线|专线|号码)\s*[:：]?\s*$|(?:服务|客服|热线)热线\s*[:：]?\s*$/,
);
// A business card someone else handed over, scanned or read out ("扫描的名片 某某 经理 …公司 电话…", "名片上…");
// a pasted WeChat card ("[名片]…", "名片推过来…" of the writer's own) is read elsewhere.
const CARD_TEXT = warmUp(
  /(?:(?:扫描|扫|拍|给|留|递|发)(?:的|了)?(?:一?张)?|这张|他的|她的|对方的?)名片(?![\]】])[^。！!？?\n我俺]{0,40}$|名片上[^。！!？?\n我俺]{0,40}$/,
);
// A card, an advert or a sign said to read so; "收据上写的是2860" or "上面写错了" are no sign.
const POSTED_TEXT = warmUp(
  /(?:卡片?|广告|牌子?|告示|传单|横幅|标语)[^。！!？?\n]{0,6}?(?:写着|印着)[^。！!？?\n我俺]{0,24}$/,
);
// "施工牌上写着“…联系人：鲍工 137…”": a number quoted from a sign or a notice is the sign's.
const SIGN_QUOTE = warmUp(
  /(?:写着|写的是?|印着|贴着|标着|上面是|牌子上|通知上?说|公告上?说|群里发的)\s*[:：]?\s*$/,
);
// "楼下张贴的“管道疏通 131…”", "门把手上挂“上门按摩 电话176…”之类的卡片": so is one quoted from what is posted,
// stuck or hung up, or from what the quote is said to be (an advert, a card), with no first person inside.
const POSTED_BEFORE = warmUp(/张贴|贴|挂|插|印|喷|刷|广告|卡片|传单|牌子|招牌|横幅|告示/);
const POSTED_AFTER = warmUp(/^(?:之类|等)?的?(?:小?广告|小?卡片|传单|牌子|招牌|横幅|告示|字样|标语)/);
function onASign(before: string, after = ""): boolean {
  const open = Math.max(before.lastIndexOf("“"), before.lastIndexOf("「"));
  if (open < 0 || open < Math.max(before.lastIndexOf("”"), before.lastIndexOf("」"))) return false;
  if (SIGN_QUOTE.test(before.slice(0, open))) return true;
  if (FIRST_PERSON.test(before.slice(open + 1))) return false;
  if (POSTED_BEFORE.test(before.slice(Math.max(0, open - 8), open))) return true;
  const close = after.search(/[”」]/);
  return close >= 0 && !FIRST_PERSON.test(after.slice(0, close)) && POSTED_AFTER.test(after.slice(close + 1));
}

// "我没手机", "她不會用手機", "我记不住自己的号": the writer (or the one written for) has no number of
// their own to give.
const NO_OWN_PHONE = warmUp(
  /(?:我|俺|老人|[他她]|自己|家里|^|[，,。！!\s])(?:家里?|自己)?也?(?:没有?|沒有?|没得|不会用|不會用)(?:手机|手機|电话|電話)|(?:记不住|記不住|记不得|不记得|不記得)(?:自己|我)?的?(?:号码?|號碼?|电话|電話|手机|手機)/,
);
// Words asking the centre to call or reach someone: "你们打我们楼长…", "请致电…", "她总帮我".
const CALL_SOMEONE = warmUp(/打|联系|聯繫|找|致电|致電|拨|撥|帮我|幫我|转告|轉告/);

/**
 * Whether a number not said to be the writer's is the one they ask to be called on after saying
 * they have none of their own ("我没手机，你们打我们楼长周师傅电话…", "我没电话，…你打他的，…"): a
 * building head's, a carer's or a relative's, never the writer's and never left out.
 */
function onSomeoneForMe(text: string, f: NumberSpan, readAsOwn: boolean): boolean {
  const before = text.slice(0, f.index);
  const said = NO_OWN_PHONE.exec(before);
  if (!said || OTHER_AFTER.test(text.slice(f.end))) return false;
  const near = before
    .slice(said.index)
    .split(CLAUSE_BREAK)
    .filter((c) => c.trim())
    .slice(-2);
  if (!near.some((c) => CALL_SOMEONE.test(c))) return false;
  // "我没手机，打我家座机…" is still the writer's own line; "…你们打我们院的刘大哥电话…" is not.
  return !readAsOwn || near.some((c) => namesPerson(c));
}

// "6628713，前面加区号0351", "六二七 三五 九八，区号零三五幺": the area code given after a local number.
const AREA_AFTER = warmUp(
  new RegExp(
    `^[，,。.\\s]*(?:(?:前面)?(?:加|带|要加)?区号(?:是|为)?[:：]?\\s*([0零洞](?:\\s?${DIGIT_OR_SPOKEN}){2,3})(?!\\s?${DIGIT_OR_SPOKEN})|([0零洞](?:\\s?${DIGIT_OR_SPOKEN}){2,3})(?!\\s?${DIGIT_OR_SPOKEN})\\s*的(?!${DIGIT_OR_SPOKEN}))`,
  ),
);

/** A local number with the area code the writer gives right after it ("…，区号0351", "…，0351的"). */
function withAreaAfter(digits: string, after: string): string {
  if (digits.length > 8 || digits.startsWith("0")) return digits;
  const m = AREA_AFTER.exec(after);
  return m ? digitView(spellDigits((m[1] ?? m[2])!)).replace(/\D/g, "") + digits : digits;
}

// "区号0351，号码5127736", "區號0351，號碼是6290358", a form's "联系电话区号：0351 / 联系电话号码：62183307":
// the area code said first, set off by its own label, then the local number after 号码.
const AREA_BEFORE = warmUp(
  new RegExp(
    `(?:区号|區號)(?:是|为|為)?[:：]?\\s*([0零洞](?:\\s?${DIGIT_OR_SPOKEN}){2,3})(?!\\s?${DIGIT_OR_SPOKEN})[，,、。.;；/\\s]*(?:[^，,。\\d\\n]{0,6}?(?:号码|號碼|电话|電話|座机|座機)(?:是|为|為)?[:：]?\\s*)$`,
  ),
);

/** A local number with the area code the writer gave right before its 号码. */
function withAreaBefore(digits: string, before: string): string {
  if (digits.length > 8 || digits.length < 7 || /^[01]/.test(digits)) return digits;
  const m = AREA_BEFORE.exec(before);
  if (m) return digitView(spellDigits(m[1]!)).replace(/\D/g, "") + digits;
  const city = CITY_BEFORE.exec(before)?.[1];
  return city ? CITY_AREA_CODES[city]! + digits : digits;
}
// "电话：昆明 6318 2241", "家里座机，兰州的，8312 5570", "太原的号，6318…": the city said right before
// the local number gives its area code.
const CITY_BEFORE = warmUp(
  new RegExp(`(${CITY_PATTERN})的?(?:号码?|號碼?|座机|座機|电话|電話)?[，,：:\\s]*$`, "u"),
);

/**
 * The callback number of a hotline call and whose it is: the caller's own, given as theirs or in
 * answer to the agent's question for one, else a relative's the caller gives to be called on.
 * Callers correct themselves ("…不对，我的是…", "后四位是…") and confirm the agent's read-back
 * ("那就是…对吧？" "对。"): the last word on it wins. The question for a
 * number stays open while the agent only acknowledges ("嗯", "好的不着急"), and digits the caller
 * reads out over several turns ("幺七六" "三七三三" "零五零五") are one number.
 */
export function transcriptCallback(
  turns: readonly { speaker: "caller" | "agent"; text: string }[],
): Callback | null {
  warmUpPatterns();
  let found: Callback | null = null;
  let asked = false;
  let everAsked = false;
  let readBack: string | null = null;
  let groups: string[] = [];
  // "路经理的电话您有吗？": the agent asks for someone else's number; the answer is not the caller's.
  let askedOther = false;
  let areaAsked: string | null = null;
  for (const turn of turns) {
    if (turn.speaker === "agent") {
      // "店里电话还是您手机": a choice that offers the caller's own is no question about someone else's;
      // nor is "黄主任电话" where the agent addresses the caller by the post they gave.
      askedOther =
        THEIR_NUMBER.test(turn.text) && !OWN_ASKED.test(turn.text) && !addressesCaller(turn.text, turns);
      const asks = ASKS_FOR_NUMBER.test(turn.text) && !askedOther;
      if (asks) groups = [];
      asked = asks || (asked && found === null && !ASKS_OTHER.test(turn.text));
      everAsked ||= asked;
      readBack = found !== null || everAsked ? readBackNumber(turn.text) : null;
      areaAsked = found && LOCAL_ONLY.test(found.phone) ? areaNamed(turn.text) : null;
      continue;
    }
    // "家里电话，四一六，二三八零。" "前面是0351吧？" "对对。": the area code the agent puts to the caller and
    // the caller agrees to, or the caller adds in a turn of its own ("区号0351"), goes before the local number.
    const area: string | null = areaAsked && CONFIRMS.test(turn.text) ? areaAsked : null;
    areaAsked = null;
    const sofar = found as Callback | null;
    if (sofar && LOCAL_ONLY.test(sofar.phone)) {
      const code: string | null = area ?? (phoneSpans(turn.text).length ? null : areaNamed(turn.text));
      if (code) found = { ...sofar, phone: code + sofar.phone };
    }
    groups = asked && ONLY_DIGITS.test(turn.text) ? [...groups, turn.text.trim()] : [];
    let numbers = readNumbers(turn.text, { answering: asked });
    if (!numbers.length && groups.length > 1) numbers = readNumbers(groups.join("，"), { answering: true });
    // "我的电话号码前面是幺六洞八四。" "后面是七三两洞九五。": the caller offers their number over
    // turns the agent then reads back.
    everAsked ||= OFFERS_NUMBER.test(turn.text);
    if (askedOther) numbers = [];
    const own = numbers.filter((n) => n.owner === "self").map((n) => n.phone);
    const relative = numbers.find((n) => n.owner === "relative");
    // Two numbers in one answer: a correction ("…不对，是…") replaces the first; otherwise the
    // second is a fallback ("打不通的话打…") and the first stays the callback.
    const askedFor = numbers.length > 1 ? askedLater(turn.text, numbers, numbers[0]!.index) : null;
    if (askedFor) found = askedFor;
    else if (own.length) {
      // "我店里电话0351…，我的手机你记一下，130…，打手机": a later number the caller says to call.
      const first = numbers.find((n) => n.owner === "self")!;
      const phone = CORRECTION.test(turn.text)
        ? own[own.length - 1]!
        : preferredLater(turn.text, numbers, first).phone;
      found = { phone, for: "self" };
    } else if (relative && found?.for !== "self") found = { phone: relative.phone, for: "relative" };
    else if (readBack && NUMBER_CONFIRMED.test(turn.text))
      found = { phone: readBack, for: (found as Callback | null)?.for ?? "self" };
    if (own.length || relative) groups = [];
    // "最后一位是四": the caller corrects the last digit of the number read back.
    const lastOne: RegExpExecArray | null = found ? LAST_ONE.exec(turn.text) : null;
    if (found && lastOne)
      found = { ...found, phone: found.phone.slice(0, -1) + digitView(spellDigits(lastOne[1]!)) };
    // "不对，最后是六六二九", "说错了，是2254": the caller corrects the last digits of the number read
    // back (two to four; "不是一三九，是一五九" corrects the first ones and is left).
    const lastDigits: RegExpExecArray | null =
      found && !lastOne ? LAST_DIGITS_CORRECTED.exec(turn.text) : null;
    if (found && lastDigits) {
      const digits: string = digitView(spellDigits(lastDigits[1]!)).replace(/\D/g, "");
      found = { ...found, phone: found.phone.slice(0, -digits.length) + digits };
    }
    const lastFour = LAST_FOUR.exec(turn.text);
    if (found && lastFour)
      found = {
        ...found,
        phone: found.phone.slice(0, -4) + digitView(spellDigits(lastFour[1]!)).replace(/\D/g, ""),
      };
    readBack = null;
  }
  return found;
}
const LOCAL_ONLY = warmUp(/^[2-9]\d{6,7}$/);
const AREA_NAMED = warmUp(/(?:前面|区号|區號)(?:是|加|带|要加|为)?[:：]?\s*(0\d{2,3})(?!\d)/);
function areaNamed(text: string): string | null {
  return AREA_NAMED.exec(digitView(spellDigits(text)))?.[1] ?? null;
}
// An agent's turn that asks something else closes the question for a number; "嗯 您说" does not.
const ASKS_OTHER = warmUp(/请问|吗|？|\?|什么|哪|怎么|多少|贵姓|称呼/);
const OWN_ASKED = warmUp(/(?:您|你)(?:的|自己的?)?(?:电话|手机|号码|联系方式)/);
/** Whether the agent's words hold the name the caller gave ("黄主任电话" to 黄主任 himself). */
function addressesCaller(
  text: string,
  turns: readonly { speaker: "caller" | "agent"; text: string }[],
): boolean {
  const name = transcriptName(turns);
  return !!name && name.length > 1 && text.includes(name);
}
const ONLY_DIGITS = warmUp(new RegExp(`^[\\s，,、。.\\-]*(?:${DIGIT_OR_SPOKEN}[\\s，,、。.\\-]*){2,5}$`));
const CORRECTION = warmUp(/不对|说错|错了|不是这个|更正/);
// A writer correcting a number they sent: "打错了", "发错了，看这条", "更正一下", "重发一遍", "打反了"
// (two digits swapped).
const WRITTEN_CORRECTION = warmUp(/不对|说错|写错|打错|发错|错了|[打写输按弄]反了|不是这个|更正|重发|看这条/);
const CONFIRMS = warmUp(/^\s*(?:对|是的|是|没错|嗯|对的|正确)/);
// "您打进来的这个号码，139…，能联系到您吗？" "能，就这个。": the caller agrees to the number the agent
// puts to them.
const NUMBER_CONFIRMED = warmUp(/^\s*(?:对|是的|是|没错|嗯|对的|正确|能|可以|行|就这个|就打这个)/);
const LAST_ONE = warmUp(
  new RegExp(
    `(?:最后|末)(?:一|1)位(?:数)?(?:是|为|改成|应该是)\\s*(${DIGIT_OR_SPOKEN})(?!${DIGIT_OR_SPOKEN})`,
  ),
);
const LAST_DIGITS_CORRECTED = warmUp(
  new RegExp(
    `(?:不对|错了)[^。！!？?\\d]{0,4}?(?:(?:最后|后面|尾号)(?:几位|[两二三四234]位)?(?:是|为|应该是)|(?<!不)是(?=[^\\s，,、。]{2,4}(?:[，,。！!]|$)))\\s*(${DIGIT_OR_SPOKEN}(?:[\\s，,、]?${DIGIT_OR_SPOKEN}){1,3})(?![\\s，,、]?${DIGIT_OR_SPOKEN})`,
  ),
);
const LAST_FOUR = warmUp(
  new RegExp(
    `(?:后|最后|尾号)(?:四|4)位(?:数)?(?:是|为|改成)?\\s*(${DIGIT_OR_SPOKEN}(?:[\\s，,、]?${DIGIT_OR_SPOKEN}){3})(?!${DIGIT_OR_SPOKEN})`,
  ),
);

/** A number the agent reads back: any phone, or a bare run of 7, 8, 11 or (a landline's) 12 digits. */
function readBackNumber(text: string): string | null {
  const span = phoneSpans(text)[0];
  if (span) return span.digits;
  for (const m of digitView(text).matchAll(/(?<!\d)\d(?:[\s，,、]?\d){6,11}(?!\d)/g)) {
    const digits = m[0].replace(/\D/g, "");
    // Twelve digits are a landline with a four-digit area code, never a mobile read back too long.
    if ([7, 8, 11].includes(digits.length) || (digits.length === 12 && digits.startsWith("0"))) return digits;
  }
  return null;
}
const ASKS_FOR_NUMBER = warmUp(/电话|手机|号码|联系方式|怎么联系|回访/);
const OFFERS_NUMBER = warmUp(/我的?(?:电话|手机|号码)/);

/**
 * "self", "relative", "other" or null (not said), from the clause holding a number, the one before
 * it and the words right after it. "联系电话" offers a callback number for this report: the
 * resident's, unless a third party was just named ("邻居老李，联系电话…"). A relative the writer
 * names for it ("有事打我女儿电话…") gives a callback number that is not the writer's own.
 */
const WHO_I_AM_ASIDE = warmUp(/(我|本人)\s*[（(][^（）()，,。]{1,8}[）)]/g);
function ownerOf(
  before: string,
  after: string,
  name: string | null,
  first: boolean,
  kind: NumberKind,
): Owner {
  // "邮箱 138…@163.com": the digits of an e-mail address are no number to call, unless the writer says the
  // address is their phone number ("…@qq.com，前面就是我手机号").
  if (after.startsWith("@")) return PHONE_AS_MAIL.test(after) ? "self" : "other";
  if (OTHER_AFTER.test(after) || NOT_REACHING_ME.test(after) || DO_NOT_CALL.test(after)) return "other";
  if (OLD_NUMBER.test(before) && GIVEN_UP.test(after)) return "other";
  const givenUp = NUMBER_GIVEN_UP.exec(after);
  if (givenUp && phoneSpans(after.slice(givenUp[0].length)).length > 0) return "other";
  // "…电话打过去总是占线（0351…）": the number the writer tried to reach, not theirs.
  if (TRIED_BEFORE.test(before)) return "other";
  // "…物业不管 131… 联系人 某女士", "…燃气公司电话 你们也来看看 138… 某女士": the writer's name right after
  // the number, ending the message, signs it; the third party named before is not whose it is.
  if (name && signedAfter(after, name)) return "self";
  // "…打159…找小某就行" closing the message: the one to ask for on the number is the writer the name read is.
  if (
    name &&
    after.trimStart().startsWith(`找${name}`) &&
    ASKED_FOR_END.test(after.trimStart().slice(name.length + 1))
  )
    return "self";
  // "…139…（晚上9点后别打 孩子睡觉）", "…188…(上午不方便接 下午可以) 某某某": an aside on when to ring leaves
  // the number where it stands, as if the aside were not there.
  const aside = WHEN_TO_RING.exec(after);
  if (aside && !ABOUT_OTHERS.test(aside[0])) {
    const rest = after.slice(aside[0].length);
    if (name && signedAfter(rest.startsWith(" ") ? rest : ` ${rest.trimStart()}`, name)) return "self";
    if (
      ENDS_MESSAGE.test(rest) &&
      /(?:^|[\s，,。！!？?；;~])$/.test(before) &&
      !namesThirdParty(before.split(CLAUSE_BREAK).pop() ?? "")
    )
      return "self";
  }
  // "…物业说等开春再说（177…）", "…限个音量？（139…）⏎——某某": a number alone in brackets after a finished
  // statement, closing the sentence or the message, is the writer's aside giving their own, whoever the
  // statement was about (a person named right before the bracket is left to the rules below).
  if (STATEMENT_THEN_BRACKET.test(before) && BRACKET_CLOSES.test(after)) return "self";
  // "请联系我（他的女儿）138…": the aside says who the writer is to the person they write for; the
  // number is still the writer's.
  const lead = before.trimEnd().replace(WHO_I_AM_ASIDE, "$1");
  const clauses = lead.split(CLAUSE_BREAK);
  const current = clauses[clauses.length - 1] ?? "";
  const previous = clauses[clauses.length - 2] ?? "";
  if (CENTRE_NUMBER.test(current)) return "other";
  // "孙警官电话186…你们可以跟他核实", "老某电话152…，你们直接找他说说": a person named by a form of address
  // or a post, their number, then the writer tells the centre to reach him or her: a witness's, an
  // official's or the culprit's number, not the writer's; unless the writer acts for that person.
  if (someoneElsesToReach(current, before, after, name)) return "other";
  // "老板的手机号我知道，是…": the clause before says whose number the bare one is.
  // "有人冒充热线工作人员打电话给我，号码是…": a caller's number the writer reports.
  if ((LABEL_ONLY.test(current) || !current.trim()) && /冒充|诈骗|骗子/.test(previous)) return "other";
  // "…让我打0351…找“某处长”解冻", "自称某某的号码是…", "号码显示是…": a number someone else told the writer
  // to ring or called from, in the sentence that reports them, unless the writer says it is theirs.
  // "…小卡片 写着 私人贷款 138…": a number read off a card or a sign, quoted or not.
  const toldOf = lead.split(/[。！!？?\n]/).pop() ?? "";
  if (
    TOLD_TO_CALL.test(current) ||
    SERVICE_LINE.test(current) ||
    CARD_TEXT.test(toldOf) ||
    (THEIR_KIN.test(current) && !RECORD_OF_CALLER.test(before) && !CALL_BACK_ASKED.test(current)) ||
    POSTED_TEXT.test(toldOf) ||
    (IMPOSTOR.test(toldOf) && !MINE_SAID.test(current) && !signedAfterImpostor(toldOf, current))
  )
    return "other";
  if (
    /^\s*(?:就是|是|为)?\s*$/.test(current) &&
    THEIR_NUMBER.test(previous) &&
    // "…客服电话400…打不通。176…": a clause that already said their line fails, a sentence ended, and a
    // bare number on its own is the writer's signing, not the line again.
    !(!current.trim() && LINE_FAILED_END.test(previous) && /[。！!？?\n]\s*$/.test(lead)) &&
    !FIRST_PERSON.test(previous.split(THIRD_PARTY)[0]!)
  )
    return "other";
  if (/^\s*[，,]\s*(?:这|那)?(?:就是|也就是|即)我/.test(after)) return "self";
  // "我想举报一个人，叫卢志平，在庙前街开黑车，电话是…": a bare label in the sentence about the
  // person reported is theirs.
  const sentence = lead.split(/[。！!？?\n]/).pop() ?? "";
  const reported = REPORTED_PERSON.exec(sentence);
  if (
    reported &&
    (LABEL_ONLY.test(current) || /^\s*$/.test(current)) &&
    !FIRST_PERSON.test(sentence.slice(reported.index + reported[0].length))
  )
    return "other";
  // "摊主姓詹，电话我有：…", "管理处电话我这有，0351…": a number the writer has of someone else.
  if (HAVE_THEIRS.test(current) || (!current.trim() && HAVE_THEIRS.test(previous))) return "other";
  if (
    forRelative(current) ||
    CALL_HELPER.test(current) ||
    RELATIVE_FIELD.test(current) ||
    relativeAskedBefore(clauses) ||
    callOnThem(current, previous, after)
  )
    return "relative";
  // "孩子妈妈 135…", "学生家长：139…": a parent signing as the child's, not the mother reported.
  if (PARENT_SIGNING.test(current)) return "self";
  // "…说是转到社区了 0931…": a finished sentence about a third party, then a space, is no label.
  const finished = /[了啊吧呢嘛呀]$/.test(current) && /\s$/.test(before);
  const ownPlace = PLACE_LABEL.test(current) && OWN_PLACE.test(before);
  // "…物业说没钱换 139…" ending an SMS: a complaint about a third party, then the bare number set
  // apart by a space, signs the message; "…物业小王 139…" names whose it is.
  const signsApart =
    !/电话|手机|号码|联系|打/.test(current) &&
    /\s$/.test(before) &&
    ENDS_MESSAGE.test(after) &&
    !namesThirdParty(current);
  // "…请处理 租户小魏 134…": the writer's standing and the name read as theirs, right before the number.
  if (name && residentSigned(current, name)) return "self";
  // "某师傅（电话…）：…": a sender's header opening the message, the name read from it, is the writer's
  // whatever the name's form of address (师傅 otherwise names a tradesman).
  if (
    first &&
    clauses.length === 1 &&
    name &&
    current.trimStart().startsWith(name) &&
    OPENING_HEADER.test(current) &&
    /^\s*[）)]\s*[:：]/.test(after)
  )
    return "self";
  // "…你们找我就行：某队长 151…", "某老板 电话 186…": the post or trade word is in the writer's own name.
  const titledSelf =
    !!name && POST_TITLE_END.test(name) && !THIRD_PARTY.test(name.replace(POST_TITLE_END, ""));
  const ownTitle = titledSelf && current.includes(name);
  // "社区的人说要我留个电话做登记：139…": the number the writer was asked to leave is theirs.
  if (LEFT_MINE.test(current)) return "self";
  // "——甜甜妈 139…": a kin word inside the nickname the writer signs with names nobody else.
  // "我是房东某某某139…", "我是店主，电话…": a trade or standing the writer says is their own names nobody else;
  // nor does the household the writer opens with ("老某家儿子某某 156…").
  const opensWithOwnHousehold = first && !!name && OPENING_KIN_NAME.exec(current)?.[1] === name;
  const unsigned = opensWithOwnHousehold
    ? " "
    : (name && name.length >= 2 ? current.split(name).join(" ") : current).replace(OWN_ROLE, " ");
  if (
    THIRD_PARTY.test(unsigned) &&
    !MY_BUSINESS.test(current) &&
    !ownPlace &&
    !finished &&
    !signsApart &&
    !ownTitle
  )
    return "other";
  if (ownPlace) return "self";
  // "对门某大爷（电话…）家里…": a number in brackets right after someone named by a form of
  // address is theirs, unless that is the name the writer signs with.
  if (bracketedAfterOther(current, name)) return "other";
  // "姓名：邬丽（单耳邬）电话：…": a form's line with the name and a phone label.
  if (SELF_INTRO.test(current) && TRAILING_LABEL.test(current)) return "self";
  // A phone field on its own line in a form the writer signs at the top.
  if (
    LABEL_ONLY.test(current) &&
    lead[lead.length - current.length - 1] === "\n" &&
    WRITER_FIELD.test(before)
  )
    return "self";
  if (FIRST_PERSON.test(current) || SELF_AFTER.test(after) || CALL_ME.test(current)) return "self";
  // "电话1893⏎按错了发出去了 完整的是189…", "（接上条）刚才电话没发全 是187…": the whole number sent
  // again after one cut off or mistyped is the writer's.
  const lately = lead.slice(-24);
  if ((RESENT.test(lately) || ADDED_LATER.test(lately)) && !THIRD_PARTY.test(lately)) return "self";
  if (CALL_ME_EN.test(lead)) return "self";
  if (THEIRS_EN.test(lead)) return "other";
  // A third party named in the clause before owns the next number, unless a sentence ended between
  // them ("…邻居姓夏。联系电话…") or another clause stands between and the number ends the message
  // apart ("物业经理叫尹杰 说了不管 190…", as an SMS signs).
  const sentenceEnded = /[。！!？?]\s*$/.test(lead.slice(0, lead.length - current.length));
  const apart =
    !!current.trim() &&
    !/电话|手机|号码|联系|打/.test(current) &&
    /\s$/.test(before) &&
    ENDS_MESSAGE.test(after);
  // "某师傅，电话…，…": the name the writer opens with, a clause of its own, is theirs.
  // A third party's word left once a post is taken off ("邻居老李") is no name of the writer's.
  // "某小学保安队长某某 电话…": the writer's own post before the name read as theirs, opening the message.
  const opensWithName =
    first &&
    !!name &&
    clauses.length === 2 &&
    (previous.trim() === name || (previous.trim().endsWith(name) && !/[他她]|对方/.test(previous))) &&
    !THIRD_PARTY.test(name.replace(POST_TITLE_END, ""));
  // "我是某某，某小区的租户，电话…", "我是某工，施工队的，电话…": the writer's own standing or side
  // after their name, not a tenant or a crew reported.
  const ownStanding =
    SELF_INTRO.test(lead.split(/[。！!？?\n]/).pop() ?? "") && /的(?:租户|租客)?\s*$/.test(previous);
  // "叫我某师傅就行，手机…": the writer's own name with its trade word in the clause before.
  const ownTitleBefore =
    titledSelf && (previous.trim() === name || (previous.includes(name!) && FIRST_PERSON.test(previous)));
  if (
    !sentenceEnded &&
    !apart &&
    !opensWithName &&
    !ownStanding &&
    !ownTitleBefore &&
    // "…我姓沈 沈妈妈 电话…": a clause that is the very name the writer signs with (a kin word in it
    // names the writer as a parent) is no third party's.
    !(!!name && previous.trim() === name && !OTHER_PERSON_BEFORE.test(name)) &&
    !PLACE_ONLY.test(previous) &&
    // "昵称：某某妈咪⏎手机号：…": the writer's own account name, whatever kin word it holds.
    !ACCOUNT_NAME_FIELD.test(previous) &&
    !ownWorkplaceLine(before, previous, name) &&
    namesThirdParty(previous)
  )
    return "other";
  if (opensWithName && LABEL_ONLY.test(current)) return "self";
  // "某某（电话…）：…": a sender's header opening the message with the number in brackets.
  if (first && clauses.length === 1 && OPENING_HEADER.test(current) && /^\s*[）)]\s*[:：]/.test(after))
    return "self";
  // "电话：（131）1102-4857": the area code's bracket opens after the label.
  const label = current.replace(OPENING_BRACKET, "");
  if (CONTACT_WORD.test(current) || LABEL_ONLY.test(label) || NEW_NUMBER.test(current)) return "self";
  // "家里座机，8312 5570": a bare label set off by a comma is still the number's label.
  if (!current.trim() && LABEL_ONLY.test(previous) && /[，,]$/.test(lead)) return "self";
  // "…救护车都进不来（电话：158… 联系人：某师傅）": a phone label opening a bracket after the complaint.
  if (LABEL_ONLY.test(/[（(]([^（）()]*)$/.exec(current)?.[1] ?? "x")) return "self";
  if (FIRST_PERSON.test(previous)) return "self";
  // "…苏老师 191 7500 3441", "13893417265 王姐 …", "宋先生电话…": a number beside the name the writer gives.
  // "张丽(139…) 反映…": the number in brackets after the name is as beside it.
  const unbracketed = current.replace(OPENING_BRACKET, "");
  if (
    name &&
    (unbracketed.endsWith(name) ||
      current.replace(TRAILING_LABEL, "").endsWith(name) ||
      // "某红：182…。…": the name and a colon, then the number.
      current.replace(/[:：]\s*$/u, "").endsWith(name) ||
      after.trimStart().startsWith(name))
  )
    return "self";
  // A message that opens or ends with a bare number gives the sender's own, as a signature does
  // (a date may follow a letter's signature); so does a mobile standing alone between clauses
  // ("…没人拉，苍蝇乱飞 196 6833 4000 麻烦尽快来看看"), bracketed or not. A phone sign before it
  // ("📱139…", "☎️ 0351…") is no word: the number still opens the message.
  if ((first && !before.replace(EMOJI, "").replace(OPENING_BRACKET, "").trim()) || ENDS_MESSAGE.test(after))
    return "self";
  if (
    (kind === "mobile" || kind === "landline") &&
    /(?:^|[\s，,。！!？?；;~])$/.test(before) &&
    // "某女士，158…（白天打这个，晚上关机）。…": an aside on when to ring stands where a pause would.
    /^(?:[\s，,。！!？?；;~]|\.(?!\d)|$)/.test(after.replace(WHEN_TO_RING, " "))
  )
    return "self";
  return null;
}

// "原号停机了，新号…", "现在的号码是…", "现在用这个：…": the number the writer has changed to.
// "…那个号早不用了，现在是…", "以后打这个…", "现在打我的，…": the number said to be the one to use now.
const NEW_NUMBER = warmUp(
  /(?:新的|新(?:号|號)(?:码|碼)?|新手(?:机|機)(?:号|號)?|现在的(?:号码?|电话|手机)|现在用(?:这个)?|真实的?(?:号码?|电话|手机号?|联系电话))(?:是|为)?\s*[:：]?\s*$|^\s*(?:现在|以后|今后)(?:就|请|都)?(?:是|打|用|换成|改成|联系)(?:我的|这个|我这个|新的)?(?:号码?|电话|手机号?)?(?:是|为)?\s*[:：]?\s*$/,
);
// "旧号…别打了", "原来那个…是单位的，我离职了打不通了", "（之前留的…已经不用了）": the number given up for it.
const OLD_NUMBER = warmUp(
  /(?:原来|之前|以前|原|旧|原來|舊)(?:留的|用的|的)?(?:那个)?(?:号码?|號碼?|电话|電話|手机号?|手機號?)?\s*(?:是|为)?\s*[:：，,]?\s*$/,
);
const GIVEN_UP = warmUp(/^[^。！!？?\n\d]{0,14}?(?:停|不用|别打|打不通|作废|没用|注销)/);
// "…，那是我老伴的，他去年走了，号也停了。现在打我的，…", "…那个号早不用了，现在是…": the sentence after a
// number says the number itself is out of use, and another number follows: the one given up is no callback.
const NUMBER_GIVEN_UP = warmUp(
  /^[^。！!？?\n]{0,30}?(?:(?:号码?|號碼?|电话|電話|手机|手機|卡)(?:也|早|早就|已经|已|都|现在)?(?:停机|停用|停了|不用了|没用了|作废|注销|销号|销了)|(?:早就?|已经)(?:不用|停用)了)/,
);

// Set off by a space as an SMS signs: "…，管管吧" after a comma goes on talking.
const SIGNATURE_LABEL = warmUp(/^[ \t\u3000]+(?:(?:联系人|联络人|署名|落款)[ \t\u3000]*[:：]?[ \t\u3000]*)?/);
function signedAfter(after: string, name: string): boolean {
  const spaced = after.replace(EMOJI, "");
  if (!SIGNATURE_LABEL.test(spaced)) return false;
  const rest = spaced.replace(SIGNATURE_LABEL, "");
  return rest.startsWith(name) && ENDS_MESSAGE.test(rest.slice(name.length));
}

// Words saying the number now given is the whole one, after a message sent cut off or mistyped.
const RESENT = warmUp(
  /(?:完整的?(?:号码|号|电话|手机)?|全的|没发全|没打全|没写全|按错了?|写错了?|打错了?|发错了?|[打写输按弄]反了|错了一位|正确的(?:号码|号|电话|手机)?)[^。！!？?\n\d]{0,10}?(?:应该|其实)?(?<!不)(?:是|为)\s*[:：]?\s*$/,
);
// "刚才忘了留电话，补一下：138…", "号码没显示，补充一下 139…": the number the writer adds after saying it
// was left out.
// "…现补充完整号码：…": the whole number after one shown in part.
const ADDED_LATER = warmUp(
  /(?:电话|号码|手机)[^。！!？?\n\d]{0,12}?补(?:充|发|上)?(?:一下)?\s*[:：]?\s*$|补(?:充|发|上)?(?:一下)?完整的?(?:电话|号码|手机号?)(?:是|为)?\s*[:：]?\s*$/,
);
// "公司前台电话，6338 0912，你们打这个找不到我": a line the writer says will not reach them.
// "…是大家共用的，也别打那个", "…，这个不要打": the writer says not to call the number ("新号…，老的那个别打了"
// gives up the old one, not this).
const DO_NOT_CALL = warmUp(
  /^[^。！!？?\n\d]{0,16}?(?:别|不要|不用)打(?:那个|这个)|^[^。！!？?\n\d]{0,12}?(?<![老旧]的?|原来的?|以前的?|之前的?)(?:那个|这个)(?:号码?|电话)?(?:别|不要)打/,
);
const TRIED_BEFORE = warmUp(
  /(?:打过去|打了|打过|拨打|拨过去)[^，,。！!？?\d]{0,8}?(?:占线|没人接|打不通|不通|关机|没人)[^，,。\d（(]{0,4}[（(]?\s*$/,
);
// A person named by a form of address before an opening bracket and an optional phone label.
let BRACKET_AFTER_PERSON: RegExp | null = null;
function bracketedAfterOther(current: string, name: string | null): boolean {
  if (!/[（(]\s*(?:电话|手机|联系电话|tel)?\s*[:：]?\s*$/i.test(current)) return false;
  BRACKET_AFTER_PERSON ??= new RegExp(
    `(${SURNAME}${TITLE}|老${SURNAME}|小${SURNAME})[（(]\\s*(?:电话|手机|联系电话|tel)?\\s*[:：]?\\s*$`,
    "iu",
  );
  const m = BRACKET_AFTER_PERSON.exec(current);
  // "我是某阿姨（电话…）", "本人老某（…）": the writer naming themselves.
  return !!m && m[1] !== name && !FIRST_PERSON.test(current.slice(0, m.index));
}
const NOT_REACHING_ME = warmUp(/^[\s，,]*(?:你们?|您)?(?:打这个|打)?[^，,。\d]{0,3}找不到我/);
const EMOJI = warmUp(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu);
const POST_TITLE_END = warmUp(/(?:师傅|主任|经理|老板|楼长|组长|队长|店主)$/u);
const OPENING_BRACKET = warmUp(/\s*[（(【[]\s*$/);
const OPENING_HEADER = warmUp(/^\s*[^\s，,。！!？?]{1,8}[（(]\s*(?:电话|手机|tel)\s*[:：]?\s*$/i);
const HAVE_THEIRS = warmUp(/(?:电话|号码|手机)(?:号)?(?:我|俺)(?:这里?|这儿|手上|手里)?也?(?:有|知道)/);
// "这条是孙女帮我发的，回电话打她的：…": the helper the writer just named, to be called back on.
const CALL_HELPER = warmUp(
  /(?:回电话?|回访|回复)(?:时)?(?:请|就|可以)?(?:打|拨打?|联系|找)(?:给)?[他她](?:的)?(?:电话|手机|号码)?\s*[:：]?\s*$/,
);
const PARENT_SIGNING = warmUp(/^\s*(?:孩子|学生|小孩)的?(?:妈妈|爸爸|妈|爸|家长)\s*[:：]?\s*$/);
// "投诉人：房先生" is the writer's own field, not a person reported; nor is "我是举报人某某".
const REPORTED_PERSON = warmUp(
  /(?<!(?:我|本人)(?:就)?是)(?:举报|投诉)(?:一个|一名|一位|个)?(?:人|男的|女的|司机)(?!\s*[:：])/,
);

// Someone of the writer's family or a carer ("我女儿", "我家老伴", "俺儿子").
const RELATIVE_WORD =
  "(?:孩子(?:他|她)?(?:妈妈|爸爸|妈|爸)|阿爸|阿妈|老豆|女儿|儿子|闺女|老伴|爱人|老公|老婆|丈夫|媳妇|妻子|孙子|孙女|外孙女?|儿媳|女婿|侄子|侄女|外甥女?|哥哥|姐姐|弟弟|妹妹|父亲|母亲|爸爸|妈妈|妈|爸|姨妈|姨|舅舅|舅妈|姑姑|叔叔|婶婶|嫂子|姐夫|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|家人|家属|亲属|保姆|护工)";
// "你们打我老婆的吧", "以后打我爱人的", "还是联系我老公": an instruction, not a fallback, to ring a relative.
const RING_RELATIVE_NOW = warmUp(
  new RegExp(
    `(?:你们?|您)?(?:就|以后|还是|请|直接)?(?:打|拨打?|联系|找)(?:给)?(?:我|俺)(?:的|家的?)?${RELATIVE_WORD}(?:的)?(?:吧|电话|手机|号码?)?`,
  ),
);
// "打不通的话", "要是不接", "或者": the relative's number only as a second try leaves the first the callback.
const ONLY_IF = warmUp(/要是|若是|假如|如果?|不接|接不到|没接|不通|联系不上|找不到|都行|都可以/);
// A spouse word opening the clause is the writer's own ("老伴的电话：…").
const MY_RELATIVE = warmUp(
  new RegExp(
    `(?:(?:我|俺|咱)(?:的|家的?)?[大小二三老]?${RELATIVE_WORD}|^\\s*(?:老伴|爱人|老公|老婆)(?=的|电话|手机)|(?<=打|联系|找|拨)(?:老伴|爱人|老公|老婆)(?=的|电话|手机)|(?<=(?:请|就|可以)?(?:联系|打给?|找|拨打?))${RELATIVE_WORD}(?=的|电话|手机|\\s*[+＋(（]?[0-9０-９]|$)|家里(?:的)?${RELATIVE_WORD})`,
  ),
);
// The writer's own shop or office line ("我店里电话…") is theirs to be called on.
const MY_BUSINESS = warmUp(/(?:我|俺|咱)(?:的|家的?|们)?(?:店里|店铺|小店|店|公司|单位|摊位)/);
// "联系我女儿，电话…": asked to reach the relative in the clause before a bare label.
// 打俾 / 打畀 is Cantonese for 打给.
// "我老公的电话吧" answering 电话?: the relative's number offered as a clause of its own.
const ASKS_RELATIVE = warmUp(
  new RegExp(
    `(?:联系|打|找|拨|通知|致电)(?:给|俾|畀)?${MY_RELATIVE.source}|^\\s*${MY_RELATIVE.source}的(?:电话|手机|号码)?吧\\s*$`,
  ),
);
// "我在外地出差", "我上课不能接", "我的坏了": why the writer cannot answer, between the relative asked
// for and the pronoun's number; no one else is named in it.
const WHY_NOT_ME = warmUp(/^\s*我(?!的?[他她])[^，,。]{0,12}$/);
// "…打他女婿的手机…": the relative of the person the writer writes for (an elderly parent).
// "请打给照顾她的护工刘姐…": the carer of the person written for.
const THEIR_RELATIVE = warmUp(
  new RegExp(
    `(?:联系|打|找|拨|通知|致电|回电[至到])(?:给|俾|畀)?(?:照顾|照看)?(?:他|她|老人|其)(?:的|家的?)?${RELATIVE_WORD}`,
  ),
);
// "电话是我妈的，她白天在家：…": the number to come said to be a relative's.
const RELATIVES_NUMBER = warmUp(new RegExp(`(?:电话|手机|号码)(?:是|为|用)${MY_RELATIVE.source}的$`));
// A clause that only goes on about the relative just named ("他叫潘某某", "她在照顾我们").
// "…打我儿子的吧，我儿子叫某俊，电话…": the relative asked for named in a clause of its own.
const ABOUT_RELATIVE = warmUp(
  new RegExp(`^\\s*(?:[他她]|叫|(?:我|俺)(?:的|家的?)?${RELATIVE_WORD}(?:叫|名叫|姓))`),
);

/**
 * Whether the number's clause is a bare label (or a pronoun's: "她电话是") after the writer asked
 * to reach a relative a clause or two before ("联系我女儿吧，她电话…", "你们打我大儿子，他叫…，电话…").
 */
function relativeAskedBefore(clauses: readonly string[]): boolean {
  const current = clauses[clauses.length - 1] ?? "";
  const pronoun = /^\s*[他她](?:的)?(?:电话|手机|号码|手机号|号(?=是|码|[:：]))/.test(current);
  if (
    current.trim() &&
    !LABEL_ONLY.test(current) &&
    !pronoun &&
    // "她说她能接：", "他白天在家：".
    !/^\s*[他她][^，,。]{0,8}[:：]\s*$/.test(current)
  )
    return false;
  let excuses = 0;
  for (let i = clauses.length - 2, seen = 0; i >= 0 && seen < 3; i--, seen++) {
    const clause = clauses[i]!;
    if (!clause.trim()) continue;
    if (ASKS_RELATIVE.test(clause) || RELATIVES_NUMBER.test(clause)) return true;
    // "这个微信是我女婿的，他的电话是…": the relative just named is the 他 whose number follows.
    if (
      pronoun &&
      seen === 0 &&
      MY_RELATIVE.test(clause) &&
      !THIRD_PARTY.test(clause.replace(MY_RELATIVE, ""))
    )
      return true;
    if (
      pronoun &&
      excuses < 2 &&
      WHY_NOT_ME.test(clause) &&
      !MY_RELATIVE.test(clause) &&
      !THIRD_PARTY.test(clause)
    ) {
      excuses++;
      seen--;
      continue;
    }
    if (!ABOUT_RELATIVE.test(clause)) return false;
  }
  return false;
}

/** Whether the clause gives a relative's number to be called on ("有事打我女儿电话", "我儿子手机"). */
// "我妈让我发的，…电话是她自己的手机…": the number said to be the own phone of the one written for.
const THEIR_OWN_PHONE = warmUp(
  /(?:[他她]|老人)(?:自己|本人)的?(?:手机|电话|号码|座机)(?:号码?)?\s*(?:是|为|:|：)?\s*$|(?:打|留)[他她]的(?:手机|电话|号码|座机)?\s*[:：]?\s*$/,
);
function forRelative(clause: string): boolean {
  if (THEIR_OWN_PHONE.test(clause)) return true;
  const m = MY_RELATIVE.exec(clause) ?? THEIR_RELATIVE.exec(clause);
  // "我女儿说物业电话…": someone else named after the relative owns the number.
  return !!m && !THIRD_PARTY.test(clause.slice(m.index + m[0].length));
}
// "我在对面开药店", "我们单位院子里…": the writer's own shop or office, not a third party.
const OWN_BUSINESS = warmUp(/(?:我|俺|咱)(?:们)?(?:[^，,。]{0,10}?开|单位|公司|店)/);
const TRAILING_LABEL = warmUp(/(?:的)?(?:电话|手机|手机号|联系方式|号码)\s*(?:是|为|:|：)?\s*$/);

// Someone the writer asks the centre to call instead of themself: a building head, a neighbour, a
// grandparent, a village cadre ("有事打我们楼长老周的电话…", "联系人：楼长…", "…电话…，请直接联系她").
// Only a person: "有事打物业电话" points at the company complained about.
const ASKS_TO_CALL = warmUp(
  /(?:有事|请|麻烦|可以|就|你们)\s*(?:直接)?(?:打给?|拨打?|联系|找)|请留|联系人\s*[:：]/,
);
const THEN_CALL_THEM = warmUp(
  /^\s*[）)]?\s*[，,。]?\s*(?:有事)?(?:请|麻烦|就|可以)?\s*(?:直接)?(?:打给?|联系|拨打?|找)(?:[他她]|老人|[^，,。\d]{1,4}家(?:的)?(?:座机|电话))|^\s*[，,]?\s*(?:就|也)?(?:能|可以)找到[他她我]/,
);
let personParty: RegExp | undefined;
function namesPerson(clause: string): boolean {
  personParty ??= new RegExp(
    `邻居|楼长|栋长|单元长|组长|主任|网格员|护工|保姆|奶奶|爷爷|外婆|外公|姥姥|姥爷|[老小]${SURNAME}|${SURNAME}${TITLE}`,
    "u",
  );
  return personParty.test(clause);
}

let PERSON_THEN_NUMBER: RegExp | null = null;
const GO_BETWEEN = warmUp(/转告|转达|告诉我|叫我|喊我|捎话/);
const REACH_THEM_AFTER = warmUp(
  /^[^。！!？?\n\d]{0,24}?(?:找|跟|和|与|联系|问|打给|通知)(?:一下)?(?:他|她)(?!们)/,
);
function someoneElsesToReach(current: string, before: string, after: string, name: string | null): boolean {
  if (!REACH_THEM_AFTER.test(after) || FIRST_PERSON.test(current) || ACTING_FOR.test(before)) return false;
  // "我没电话，邻居小某的电话是…，有事找他转告我": a go-between the writer is reached through is the callback.
  if (GO_BETWEEN.test(after.split(/[。！!？?\n]/)[0] ?? "")) return false;
  PERSON_THEN_NUMBER ??= new RegExp(
    `([老小]${SURNAME}|${SURNAME}(?:${TITLE}|警官|警察|所长|队长|主任|经理|书记|医生|大夫|律师|老板))(?:的|家的?)?(?:电话|電話|手机|手機|号码|手机号)(?:是|为)?\\s*[:：]?\\s*$`,
    "u",
  );
  const m = PERSON_THEN_NUMBER.exec(current);
  return !!m && m[1] !== name && !MY_RELATIVE.test(current);
}

/** Whether the number is a person's the writer asks to be called on, named in its clause or just before. */
function callOnThem(current: string, previous: string, after: string): boolean {
  const ask = ASKS_TO_CALL.exec(current);
  if (ask) {
    const rest = current.slice(ask.index);
    if (namesPerson(rest)) return true;
    // "楼长老柴说，有事就打他电话…".
    if (/[他她]/.test(rest) && namesPerson(previous)) return true;
  }
  // "师傅去之前给老某打电话138…就行": the person the writer says to ring first.
  const ring = GIVE_A_RING.exec(current);
  if (ring && RING_ENOUGH.test(after) && namesPerson(ring[1]!)) return true;
  return THEN_CALL_THEM.test(after) && namesPerson(current);
}
const GIVE_A_RING = warmUp(/给([^，,。]{1,6}?)打(?:个)?电话\s*[:：]?\s*$/);
const RING_ENOUGH = warmUp(/^\s*[，,]?\s*(?:就行|就可以|即可|就好)/);

/**
 * Whether a clause is about a third party as the one the next number belongs to: it ends with them
 * ("对门邻居老李", "社区网格员小张") or names them ("施工队负责人姓刘"). A clause that only complains
 * about them ("物业一直拖着不修") does not make the writer's next number theirs.
 */
// "我叫某某，是她儿子，电话…": a clause with no subject of its own after the writer's name says whose kin
// the writer is; the number after it is still the writer's.
const I_AM_THEIR_KIN = warmUp(
  /^\s*(?:我)?(?:就)?(?:是|系)(?:他|她)(?:的|家)?(?:儿子|女儿|闺女|儿媳|女婿|孙子|孙女|外孙|外孙女|侄子|侄女|外甥|外甥女|老伴|爱人|妻子|丈夫|弟弟|妹妹|哥哥|姐姐)\s*$/,
);
function namesThirdParty(clause: string): boolean {
  if (SELF_INTRO.test(clause) || OWN_BUSINESS.test(clause) || I_AM_THEIR_KIN.test(clause)) return false;
  let last: RegExpExecArray | null = null;
  for (const m of clause.matchAll(THIRD_PARTY_ALL)) last = m;
  if (!last) return false;
  // "我叫某某，帮他反映，电话…": the writer acting for them, not naming whose the number is.
  if (/[帮替幫]$/.test(clause.slice(0, last.index))) return false;
  const rest = clause.slice(last.index + last[0].length);
  // "说是转到社区了" ends a sentence about them; "对门邻居老李" ends with the person.
  return (
    // "物业不管", "物业没人来" go on about them with a verb, not a person's name.
    (rest.length <= 2 && !/^[了啊吧呢嘛呀不没说也都又还就已]/.test(rest)) ||
    /姓[\p{Script=Han}]|叫[\p{Script=Han}]/u.test(clause)
  );
}

const SURNAME = SURNAME_PATTERN;
const TITLE =
  "(?:先生|女士|小姐|太太|阿姨|阿婆|婆婆|老伯|阿伯|大爷|大妈|大娘|大婶|奶奶|爷爷|师傅|老师|大姐|大哥|大叔|叔叔|姐|哥|叔|伯伯|婶)";
// "替居民某德才反映", "代邻居某桂兰反映": the full name in the words that say whom the writer acts for.
const ACTED_FOR_FULL = warmUp(
  new RegExp(
    `(?:代|替|帮)(?:[^，,。！!？?\\s]{0,6}?(?:居民|住户|邻居|老人|朋友|同事|员工))?(${SURNAME_PATTERN}\\p{Script=Han}{2})(?=反映|问|说|登记)`,
    "u",
  ),
);
// "他叫某建国", "姥姥叫某凤英", "老太太叫某秀琴", "大家叫他某大爷" (never "我叫").
const THEY_ARE_CALLED = warmUp(
  new RegExp(
    `(?<![我俺])(?:叫|名叫)(?:他|她)?(${SURNAME_PATTERN}(?:\\p{Script=Han}{2}|${TITLE}))(?=[，,。；;！!\\s]|$|电话|手机)`,
    "u",
  ),
);
// "某大爷的电话是", "某奶奶電話", "王奶奶家电话", "小某的电话": the name right before the number's label.
const NAME_BEFORE_THEIR_NUMBER = warmUp(
  new RegExp(
    `((?:${SURNAME_PATTERN}${TITLE})|[小老]${SURNAME_PATTERN})(?:的|家的?)?(?:电话|電話|手机|手機|座机|号码)(?:是|为)?\\s*[:：]?\\s*$`,
    "u",
  ),
);
// "老板是某先生", "联系人是某老师".
const THEY_ARE_TITLED = warmUp(
  new RegExp(`(?:老板|老人|联系人|负责人)(?:是|为)(${SURNAME_PATTERN}${TITLE})`, "u"),
);
// "她姓某", "他姓某": the surname of the one acted for, with the form of address their pronoun gives.
const THEIR_SURNAME = warmUp(new RegExp(`([他她])姓(${SURNAME_PATTERN})(?![\\p{Script=Han}])`, "u"));

const NOT_NAME_CHARS = warmUp(
  /[的了在是个们家人楼号区街路院村镇里这那有没不想要和跟电手住反映说请谢麻烦我你他她给]/,
);
const HAN = "\\p{Script=Han}";
// A name as residents sign: 王女士, 王姐, 老王, 小王, 王建国, a Latin name (Lily, Zhang Wei), a
// transliterated name joined by a middle dot (买买提·艾力), or a nickname after 阿 (阿娟).
// An English given name and a Chinese surname, either way round ("Tony 王", "王Tony", "Jessica 李").
const LATIN_NAME = `(?:[A-Z][a-z]{1,15}(?: [A-Z](?:'[A-Z])?[a-z]{1,15}| ?${SURNAME_PATTERN}(?!${"\\p{Script=Han}"}))?|${SURNAME_PATTERN} ?[A-Z][a-z]{1,15}(?![A-Za-z]))`;
// "叫帕丽达·艾山": 叫 introduces the name and is no part of it.
const DOTTED_NAME = `(?![叫是])${HAN}{2,6}[·•・]${HAN}{2,6}?`;
const NAME = `(?:${DOTTED_NAME}|${SURNAME}${TITLE}|老${SURNAME}头|[老小]${SURNAME}|阿${HAN}|${SURNAME}${HAN}{1,2}|${LATIN_NAME})`;
// Where the writer says who they are, an office or trade with the surname is their name too (秦主任).
const ROLE_NAME = `(?:${SURNAME}${OFFICE_TITLE}|${NAME})`;
// A bracket may follow a name ("钱学敏（退休职工）").
const NAME_END = `(?=[\\s，,。；;！!）)（(】\\]、啊呀]|$|电话|手机|联系|反映|tel)`;
// Compiled once: each holds the whole surname list, and none keeps state between texts (no g flag).
const TITLED = warmUp(new RegExp(`(?:我是|我叫|本人|我)?(${SURNAME}${TITLE})`));
// TITLED tries every surname at every position; without a form of address anywhere it cannot match.
const ANY_TITLE = warmUp(new RegExp(TITLE));
// "本人于西山路购买…": after a bare 本人 the name must end where names end.
const CALLED = warmUp(
  new RegExp(
    `(?:我叫|我的名字(?:是|叫|\\s*[:：])|(?:本人|鄙人|在下)(?:叫|是)|(?:名字|姓名)请?[写填](?:成|为)?)\\s*(${SURNAME}${HAN}{1,2})|(?:本人|鄙人|在下)[:：]?\\s*(${SURNAME}${HAN}{1,2})${NAME_END}`,
    "u",
  ),
);
const CALLED_ALL = warmUp(new RegExp(CALLED.source, "gu"));
const OTHERS_CALL_ME = warmUp(/(?:大家|都|别人|街坊|邻居|人家)[^，,。]{0,2}[叫喊]我$/);
// "叫我小周就行", "叫我王姐". "叫我阿布都就行" is cut short by 阿 and one character: left to the
// nickname rule, which ends it at 就行.
// "叫我小马哥": a nickname with 哥 / 姐 after it is the whole name asked for.
const CALL_ME_BY = warmUp(
  new RegExp(
    `(?:叫|喊)我([老小]${SURNAME}[哥姐](?=[^${HAN}]|$|就)|${HAN}${TITLE}|${NAME})(?!${HAN}(?:就行|就好|就可以|就成))`,
    "u",
  ),
);
// "叫我刘嫂就行": the name ends before 就行 / 吧, whatever form of address it holds.
const CALL_ME_BY_ENDED = warmUp(
  new RegExp(`(?:叫|喊)我(${SURNAME}${HAN}{1,2}?)(?=就行|就好|就可以|就成|吧)`, "u"),
);
// "我是业主代表，叫雷振华": a clause that opens with 叫 names the writer; so does a transliterated name
// joined by a middle dot ("…公司的员工，叫罗某·某"), whatever its first character.
const CLAUSE_CALLED = warmUp(
  new RegExp(
    `(?:^|[，,。\\s])(?:名字也?)?叫(${SURNAME}${HAN}{1,2}|${HAN}{2,6}[·•・]${HAN}{1,6}?)${NAME_END}`,
    "u",
  ),
);
// After 我姓 the next character is the surname even where it is no common one ("我姓伏，伏天的伏",
// "我姓海，少数民族"): outside the list only when a pause or the end follows it.
const BARE_SURNAME = warmUp(
  new RegExp(
    `(?:我|免贵|本人|鄙人|在下)也?复?姓(${SURNAME}|[^\\P{Script=Han}名什啥](?=[，,。！!；;\\s]|$|电话|手机))`,
    "u",
  ),
);
// After the surname: "单名一个锋", "单名锋", "名叫建华", "名字是晓燕".
const GIVEN_APART = warmUp(
  new RegExp(
    `^\\s*[，,]?\\s*(?:单名(?:一个)?|名字?(?:叫|是)|名(?![字叫是]))(${HAN}{1,2})(?=[，,。！!；;\\s]|$|电话|手机)`,
    "u",
  ),
);
// "我是物业的保洁，姓芮", "我在桃南二区。姓仇，电话…", "电话…，姓鲁": 姓 opening a clause.
const CLAUSE_SURNAME = warmUp(
  new RegExp(
    `(?:^|[，,。！!；;\\s])姓(${SURNAME}|[^\\P{Script=Han}名什啥])(?=[，,。！!；;\\s]|$|电话|手机)`,
    "gu",
  ),
);
// "我是…", "我就住隔壁", not "我邻居", "我妈": whose the clause before the surname is.
const WRITER_CLAUSE = warmUp(
  /^\s*(?:我|本人)(?!的?(?:邻居|家(?:人|里人|老|孩|小)|老公|老婆|爱人|爸|妈|儿|女|父|母|丈夫|妻子|朋友|同事|爷|奶|外公|外婆|姥|舅|姨|叔|伯|哥|姐|弟|妹|孙|侄|亲戚|房东))/,
);
// "我叫丰收", "我叫马路，真名就叫马路", "我叫 Liu Fang": 我叫 names the writer, surname list or not.
const I_AM_CALLED = warmUp(
  new RegExp(
    `我叫\\s*(${DOTTED_NAME}|${HAN}{2,5}?)(?=[啦呀啊哈]?(?:[，,。！!；;\\s]|$)|电话|手机|就行)`,
    "u",
  ),
);
// 佢 / 唔 are Cantonese for 他 / 不 ("叫佢唔应": called him, no answer).
const NOT_CALLED = warmUp(
  /[了他她们人的着过来去不没把被给你我佢唔]|^(?:物业|保安|师傅|外卖|快递|老公|老婆|儿子|女儿|孩子|警察|城管)/,
);
// 我係 is Cantonese for 我是 (read in simplified script as 我系).
const I_AM = warmUp(new RegExp(`我(?:是|系)(${NAME})${NAME_END}`, "u"));
// "我王秀英住路西小区", "我李霞，海西苑9栋", "喂，我廖志华，…": 我 right before the name and a pause.
// A full name may run on into where they live or what they are ("我王秀英住…", "我某某某是…的居民"); a shorter one ends at a pause, and
// surnames that are also function words ("我和丈夫住…", "我车停在…") are not read there.
const PLAIN_SURNAME = surnamePattern(PLAIN_SURNAMES);
// "我赵德胜当了三十年电工", "我陈淑芬从来不…", "我某某某受十八户业主委托": a full name of two given-name
// characters runs on into whatever the writer says next; 曾 is left out ("我曾建立…").
const I_NAME_SURNAME = surnamePattern(PLAIN_SURNAMES.replace("曾", ""));
const I_NAME = warmUp(
  new RegExp(
    `(?:^|[\\s，,。！!；;：:—])我((?:${SURNAME}${HAN}[^\\P{Script=Han}啊呀吧呢嘛哈哦])(?=[，,\\s])|(?:${PLAIN_SURNAME}${HAN}{2})(?=住|在|是)|(?:${I_NAME_SURNAME}${GIVEN_NAME_CLASS}{2})(?!${GIVEN_NAME_CLASS})|(?:${PLAIN_SURNAME}(?:${TITLE}|${HAN})|[老小]${SURNAME})(?=[，,\\s])|[老小]${SURNAME}(?=[啊呀][，,\\s])|老${PLAIN_SURNAME}(?=住)|老${SURNAME}头(?=[，,\\s])|小${GIVEN_NAME_CLASS}(?=[，,\\s]+[0-9０-９]))`,
    "u",
  ),
);
// "wo shi Wang Jianguo", "Liu Fang here", "my name is Lily Chen": a Latin name of one or two words.
const PINYIN_SURNAME_ALT = PINYIN_SURNAMES.map((s) => s.toLowerCase()).join("|");
const LATIN_SELF = [
  // "…, xingming Zhou Hui", "Name: zhao xiaoyu⏎": a name field in pinyin, in either case; it comes first,
  // since "wo shi Taonan …" before it names a place.
  warmUp(
    new RegExp(
      `(?:^|[\\s,，.。])(?:xing ?ming|ming ?zi|[Nn]ame)\\s*[:：]?\\s*((?:${PINYIN_SURNAME_ALT}) [a-z]{1,6}(?: [a-z]{1,6})?)(?=\\s*[,，.。\\n]|$)`,
      "iu",
    ),
  ),
  // "名字叫 Nguyen Van An", "my name is Mary Ann Lee": a name of three words, as many Vietnamese names run.
  warmUp(
    new RegExp(
      `(?:名字(?:是|叫)|我叫|[Mm]y name is)\\s*([A-Z][a-z]{1,15}(?: [A-Z](?:'[A-Z])?[a-z]{1,15}){2})(?=[\\s,，.。（(]|$)`,
      "u",
    ),
  ),
  // "…Dianhua: 150…, Wang nvshi": a pinyin surname and a form of address, wherever it stands, as written.
  warmUp(
    new RegExp(
      `(?:^|[\\s,，.。:：])((?:${PINYIN_SURNAME_ALT}) (?:nvshi|n[üu]shi|xiansheng|xiaojie|ayi|shifu|laoshi|dama|daye|dage|dajie))(?=\\s*[,，.。!！\\n]|$)`,
      "iu",
    ),
  ),
  warmUp(
    new RegExp(
      // "wo shi Xisheng Jiayuan 3 hao lou de": capitals after wo shi that run on into a building number or
      // "de" are where the writer lives, not their name.
      `(?:(?:[Ww]o [Ss]hi|[Ww]o [Jj]iao|I am|I'm|[Mm]y name is|[Tt]his is)\\s+|(?:我叫|我是)\\s*)(${LATIN_NAME})(?=[\\s,，.。]|$)(?!(?:\\s+[A-Z][a-z]+)?\\s+(?:[0-9]|de\\b|hao\\b|lou\\b|dong\\b|xiao ?qu\\b|she ?qu\\b))`,
      "u",
    ),
  ),
  warmUp(new RegExp(`^\\s*(${LATIN_NAME})\\s+here\\b`, "u")),
  // "wo jiao zhou li, dian hua …", "wo shi liuxiang lu de zhang hui,": a message typed in pinyin (the
  // name in either case: "… de Zhang Lei,"), the name after wo jiao / wo shi … de and set off by a pause; a listed surname and one or two
  // syllables, as written ("wo shi xi sheng jia yuan de," names a place).
  warmUp(
    new RegExp(
      `(?:^|[\\s,，.。])wo (?:jiao|shi(?: [a-z0-9]{1,12}){1,6} de) ((?:${PINYIN_SURNAME_ALT}) [a-z]{1,6}(?: [a-z]{1,6})?)(?=\\s*[,，.。]|\\s+dian ?hua\\b|$)`,
      "iu",
    ),
  ),
  // "I am her nephew, Wen Lei.", "Please contact me, Maria Santos, at …": the writer's full name set off
  // right after the words that say who they are or ask to be reached.
  warmUp(
    /(?:\b(?:I am|I'm) (?:her|his|their|the|a|an) [a-z]+(?: [a-z]+){0,2}|\b(?:contact|call|reach) me),?\s+([A-Z][a-z]{1,15} [A-Z][a-z]{1,15})(?=\s*[.,;]|\s+(?:at|on)\b|$)/u,
  ),
  // "wo shi zhang xiaomei, zhu zai …": wo shi and a listed surname, then a given name of two syllables
  // written together (as pinyin writes names) set off by a comma; "wo shi zhu hu," (住户) is two words.
  warmUp(
    new RegExp(
      `(?:^|[\\s,，.。])wo shi ((?:${PINYIN_SURNAMES.map((s) => s.toLowerCase()).join("|")}) [a-z]*[aeiouv][a-z]*?[^aeiouv\\s,，.。]+[aeiouv][a-z]*)(?=\\s*[,，])`,
      "u",
    ),
  ),
];
// "Zhao Lei, living at…": a name of two Latin words opening the message before where the writer lives;
// one with its surname in capitals ("Lei ZHAO 139…") needs no comma before the number.
const LATIN_OPENING = warmUp(
  new RegExp(
    `^\\s*(${LATIN_NAME}(?=,)|[A-Z][a-z]{1,12} [A-Z]{2,12}|[A-Z]{2,12} [A-Z][a-z]{1,12}),?\\s*(?=living|live|from|resident|staying|room|flat|tel|phone|mobile|aged?\\b|[+＋]?[0-9])`,
    "u",
  ),
);
// "我是秋月，住庙前街的": a given name of two after 我是, set off before where the writer lives or is;
// a standing ("我是业主，住…"), a people ("我是回族，") or a place is no name.
// "我是廉梅，电话：…": or before the number the writer gives.
// "我是秋月，就住三号楼": 就 / 也 / 现 may stand before where they live.
const GIVEN_SELF = warmUp(
  new RegExp(`我是(${HAN}{2})[，,](?=(?:就|也|现|现在)?(?:住|在|家住)|电话|手机|联系方式)`, "u"),
);
const NOT_GIVEN_SELF = warmUp(new RegExp(`^(?:${STANDING})$|[族人员户工的了们家主者长]$`, "u"));
// "小雅 🌸 新城公寓B座：": a given name opening the message before an emoji, as a nickname signs.
const OPENING_GIVEN = warmUp(new RegExp(`^\\s*([小阿]${HAN})\\s*\\p{Extended_Pictographic}`, "u"));
// "我是小雅", "大家叫我阿梅": a given name after 小 / 阿, where only a name can stand.
// "说我是小偷", "骂我是…": what others say the writer is, no name.
// "我是小马哥": 哥 / 姐 may close the nickname.
const GIVEN_NAME = warmUp(new RegExp(`(?:(?<![说骂当])我是|叫我)([小阿]${HAN}[哥姐]?)${NAME_END}`, "u"));
// "叫我小敏就行", "叫我糖糖妈🍬", "网名 大熊🐻，电话…", "我是小鹿🦌": a nickname the writer asks to be
// called by, ended by 就行, an emoji or the number (吧 before the number is no part of it: "就叫我小敏吧，
// 电话…"); no surname need open it. 叫我 must open a clause
// or follow 就 / 可以 / 大家: "物业叫我填个表就行" is someone telling the writer what to do.
const NICKNAME_ENDED = warmUp(
  new RegExp(
    `(?:(?:^|[，,。！!\\s]|就|可以|直接|大家|都)(?:叫|喊)我|网名|昵称)\\s*(${HAN}{2,3}?)(?=\\s*(?:就行|就好|就可以|就成)|\\s*\\p{Extended_Pictographic}|(?:吧|啊)?\\s*[，,]?\\s*(?:电话|手机|[+＋(（]?[0-9０-９]{3}))|我是([小阿大老]${HAN}{1,2}?)\\s*\\p{Extended_Pictographic}`,
    "u",
  ),
);
// After 叫我 with only 就行 or the number to end it, a nickname must be made like one (小敏, 大刘, 豆豆, 胖哥):
// "叫我回电话就行" is a request, "叫我老百姓就行" a refusal to give a name.
const NICKNAME_FORM = warmUp(/^(?:[小阿大老](?!百姓|人家|头子?$)|(\p{Script=Han})\1)|[哥姐妈爸叔婶嫂妹弟]$/u);
function nicknameEnded(text: string): string | null {
  const m = NICKNAME_ENDED.exec(text);
  const nick = m?.[1] ?? m?.[2];
  if (!m || !nick || NOT_GIVEN_NAME.test(nick) || NOT_CALLED.test(nick) || NOT_GIVEN_SELF.test(nick))
    return null;
  const marked =
    /网名|昵称/.test(m[0]) || /^\s*\p{Extended_Pictographic}/u.test(text.slice(m.index + m[0].length));
  return marked || NICKNAME_FORM.test(nick) ? nick : null;
}
// "叫 Ahmed，电话…", "叫 Coco 🍑": a Latin name after 叫 opening a clause.
const CALLED_LATIN = warmUp(
  /(?:^|[，,。\s]|[是叫]我)叫\s*([A-Z][a-z]{1,15})(?=[\s,，.。]|\p{Extended_Pictographic}|$)/u,
);
const NOT_GIVEN_NAME = warmUp(
  /^(?:小区|小学|小孩|小店|小时|小伙|小姐|小组|小卖|小吃|小路|小巷|小妹|小弟|小心|小偷|小三|小人|阿姨|阿婆|阿伯|阿公|阿叔|阿婶)$/,
);
// A form's field or a letter's signature line: 联系人：王建国, 【联系人】老汪, 发信人：陆叔, 反映人：…
// A standing or a short role may stand between the label and the name ("联系人：业委会主任 蔡立新",
// "联系人：退管会 秦主任"); labels that are also ordinary words (家长, 业主, 本人) count with a colon only.
// A department may stand before the name in the field ("联系人：行政部某某某"). 名字 is a label only
// where it opens a clause and a colon or a space follows ("电话 … 名字 某某某 …"), not in "别写我名字".
// The number may follow the name with nothing between ("联系人张丽139…") or a colon ("反映人某某某：139…").
const FIELD = warmUp(
  new RegExp(
    `(?:(?:联系人|联络人|对接人|姓名|(?<![^\\s，,。；;】])名字(?=\\s*[:：]|[ \\t\u3000])|昵称|称呼|Name|诉求人|发信人|发件人|来信人|反映人|投诉人|举报人|申请人|申诉人|建议人|求助人|咨询人|留言人|知情人|实名举报人?|实名反映人?|报告人|上报人|填报人|提交人|报修人|来访人|落款|署名|签名|签字|联系我(?!们))\\s*[:：】\\]]?|(?:家长|业主|本人|居民|住户|网格员|居民代表|业主代表|(?<=[（(]\\s*)代表|楼长|来电人|执笔|联系|联络)\\s*[:：])\\s*(?:${STANDING_PHRASE}\\s*|(?![A-Za-z]+\\s)[^\\s，,。：:；;]{1,8}\\s+|[^\\s，,。：:；;\\d]{1,4}?(?:部|科|处|办|室)(?=${SURNAME}))?(${ROLE_NAME})(?:${NAME_END}|(?=[:：]?[ \\t\u3000]*[+＋]?[0-9０-９]{7}))`,
    "u",
  ),
);
const FIELD_ALL = warmUp(new RegExp(FIELD.source, "gu"));
// "房东姓名某某某，电话…（不接）": a field told of someone else (the landlord, the neighbour upstairs) in
// the words right before its label names them, not the writer; the writer's own field may follow.
const OTHERS_FIELD_BEFORE = warmUp(
  /(?:房东|对方|楼上|楼下|对门|隔壁|邻居|租户|租客|老板|店主|摊主|商家|司机|物业|施工方|开发商|卖家|商户)(?:的)?(?:住户)?$/u,
);
function writersField(text: string): RegExpExecArray | null {
  for (const m of text.matchAll(FIELD_ALL)) {
    if (OTHERS_FIELD_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    return m as RegExpExecArray;
  }
  return null;
}
const CAPITALS_FIELD = warmUp(
  /(?:^|\n)[ \t\u3000]*(?:姓名|联系人|称呼|反映人|Name)[ \t\u3000]*[:：][ \t\u3000]*([A-Z]{2,12}(?: [A-Z]{2,12}){1,2}|[A-Z]{2,12} [A-Z][a-z]{1,12}|[A-Z][a-z]{1,12} [A-Z]{2,12})[ \t\u3000]*(?=\n|$)/u,
);
const SURNAME_STATED = warmUp(new RegExp(`(?<!${HAN})(${HAN}{2,3})[（(]姓(${HAN}{1,2})[）)]`, "u"));
const SURNAME_AND_GIVEN = warmUp(new RegExp(`(?<![他她])姓(${SURNAME})名(${HAN}{1,2}?)(?!${HAN})`, "u"));
// After 我叫 and a correction or a spelling in the same sentence, "就是" and the name again.
// "我叫某红，不是，某洪": the caller takes the name back with 不是 and says it again.
// "我叫某……某美玲": a surname said, a pause, and the full name after it.
const RESTATED = warmUp(
  new RegExp(
    `我叫[^。！!？?\\n]{1,30}?[，,…]+(?:算了[，,]?)?(?:就是|不是[，,…]+\\s*)(${SURNAME}${HAN}{1,2})${NAME_END}|我叫(${SURNAME})[…。.，,\\s]+(\\2${HAN}{1,2})${NAME_END}`,
    "u",
  ),
);
// 免贵姓白，白建军 / 姓宋，叫宋丽华: the full name right after the surname.
// "姓苏，苏州的苏，苏建平", "姓仇（读qiu），仇志明": how the surname is written may come between.
const SURNAME_THEN_NAME = warmUp(
  new RegExp(
    `(?<![他她])姓(${SURNAME})(?:[（(][^）)\\n]{0,12}[）)])?(?:[，,\\s]*[^，,。\\s]{1,8}?的(?:那个)?\\1)?[，,\\s]*(?:名字?(?:就)?叫|叫|是)?(\\1(?:${TITLE}|${HAN}{1,2}))${NAME_END}`,
    "u",
  ),
);
// "我是海西苑的刘小军", "我是小区业主林晓东": the writer's place or standing, then their name.
// "本人系退休教师周某", "我是水库街的低保户老雷", "我是学生家长林太太", "本人为8号楼住户，退休医生汤某".
// A role named by how it ends rather than listed: 成员, 协管员, 站长, 校医, 设计师 (not 师傅: "物业王师傅").
const ROLE_PHRASE = `(?:[^\\s，,。：:；;！!？?、（）()的]{1,8}?(?:[员医]|(?<![延成增])长|(?<!老)师(?!傅)))`;
// Typed without a pause, the next clause opening with 我家 / 我们 ends the name ("我是…的某某某我家楼上…").
const I_AM_OF = warmUp(
  new RegExp(
    `(?:我(?:以前|原来|之前|退休前)?是|本人(?:系|为|是))[^，。,\\s]{0,12}?(?:的|${STANDING_PHRASE}|${ROLE_PHRASE})(?:[，,]\\s*${STANDING_PHRASE})?[，,]?\\s*(?:名?叫)?(${ROLE_NAME}|${SOUND_NAME})(?:${NAME_END}|(?=我(?:家|们)))`,
    "u",
  ),
);
// "我是他儿子方某，178…", "我是她女儿 某某": the writer says who they are to the one written for,
// then their own name. The one written for may be named ("我是某某某的孙女某某，…"), and the number may
// follow the name with nothing between ("我是她儿媳某某某139…").
const I_AM_KIN = warmUp(
  new RegExp(
    `(?:我是|本人是)(?:[他她]|${SURNAME}${HAN}{1,2}(?=的)|(?:孩子|小孩|学生)(?=的?(?:爸|妈|家长|奶奶|爷爷|姥姥|姥爷|外婆|外公)))?的?(?:爸爸|妈妈|家长|奶奶|爷爷|姥姥|姥爷|外婆|外公|儿子|女儿|闺女|孙子|孙女|外孙女?|女婿|儿媳妇?|侄子|侄女|外甥女?|老伴|爱人|妻子|丈夫|老公|老婆|哥哥|姐姐|弟弟|妹妹)[，,\\s]?(${NAME})(?:${NAME_END}|(?=[+＋]?[0-9０-９]{7}))`,
    "u",
  ),
);
// "某家老大某某某 …", "老某家三小子某某某 …", "老某家儿子某某 139…": the writer opening the message by the
// household they come from and their place in it, then their own name set off (as villages and old
// neighbourhoods say who one is).
const OPENING_KIN_NAME = warmUp(
  new RegExp(
    `^\\s*老?${SURNAME}家的?(?:老[大二三四五六七八九幺小]|[大二三四五六七八九小幺]?(?:儿子|闺女|姑娘|丫头|小子|儿媳妇?|媳妇|女婿)|[长次][子女])[，,\\s]*(${SURNAME}${HAN}{1,2}?)(?=[\\s，,]|$|[+＋]?[0-9０-９]{7})`,
    "u",
  ),
);
const SELF_SHORT = warmUp(new RegExp(SELF_SHORT_NAME, "u"));
const SAID_REAL_NAME = warmUp(new RegExp(SAID_REAL, "u"));
// "我是…的住户某和平，和平的和平": a name whose given part the writer spells out right after it (the
// given name "的" itself) is theirs, even where the given name is an everyday word (和平, 方向).
const SPELLED_GIVEN = warmUp(
  new RegExp(
    `(?<![他她])(${SURNAME_PATTERN})(\\p{Script=Han}{2})[，,\\s]+\\2的\\2(?=[，,。！!；;\\s]|$)`,
    "u",
  ),
);
function spelledGiven(text: string): string | null {
  const m = SPELLED_GIVEN.exec(text);
  if (!m) return null;
  // "邻居某和平，和平的和平": a third party named right before is theirs.
  const before = text.slice(Math.max(0, m.index - 6), m.index);
  return OTHER_PERSON_BEFORE.test(before) ? null : m[1]! + m[2]!;
}
const BIG_NICK = warmUp(new RegExp(BIG_NICKNAME, "u"));
const OPENING_REPORTS = warmUp(new RegExp(OPENING_TITLED_REPORTS, "u"));
// "我是“桃南老某头”": the nickname an older man goes by, a place perhaps before it, in quotes after 我是.
const QUOTED_OLD_MAN = warmUp(new RegExp(`我是[“"「『][^，,。”"」』\\s]{0,4}?(老${SURNAME}头)[”"」』]`, "u"));
const LINE_NUMBER_NAME = warmUp(new RegExp(LINE_BEFORE_NUMBER, "u"));
/** A name on the line right before the number's, by its make-up (no surname list needed). */
export function lineBeforeNumber(text: string): string | null {
  const name = LINE_NUMBER_NAME.exec(text)?.[2];
  return name && !EVERYDAY_FULL_NAME.test(name) && !EVERYDAY_SHORT_NAME.test(name) && plausible(name, true)
    ? name
    : null;
}
const DEPARTMENT_CONTACT_NAME = warmUp(new RegExp(DEPARTMENT_CONTACT, "u"));
// "…物业工程部报：…对接人工程部某工 150…": the organisation's contact, who is the one to call back.
const BUILDING_SIGNED = warmUp(
  new RegExp(
    `(?:^|\\s)[0-9０-９]{1,3}(?:号楼|栋|幢|单元)([老小]${SURNAME}|${SURNAME}(?:师傅|阿姨|大爷|女士|先生|大姐|大哥))[\\s。.！!~]*$`,
    "u",
  ),
);
// "…砸到了一辆车 138… 14号楼老某": the writer signs with their building and the name they go by.
function buildingSigned(text: string): string | null {
  return BUILDING_SIGNED.exec(text)?.[1] ?? null;
}
const SELF_BEFORE_HOME_NAME = warmUp(new RegExp(SELF_BEFORE_HOME, "u"));
const PLACE_THEN_NAME = warmUp(new RegExp(PLACE_THEN_OPENING_NAME, "u"));
const NAME_CHAR_AFTER_FIRST = warmUp(new RegExp(`^.\\p{Script=Han}?${GIVEN_NAME_CLASS}`, "u"));
// "某某苑 某野 小区健身器材…": the compound, then the writer's name, opening the message.
function placeThenName(text: string): string | null {
  const name = PLACE_THEN_NAME.exec(text)?.[2];
  // A name character in the given part, or a name that is also a word (田野, 高峰): 高压线 is neither.
  const named = name && (NAME_CHAR_AFTER_FIRST.test(name) || EVERYDAY_FULL_NAME.test(name));
  return name && named && !ENDS_LIKE_PLACE.test(name) ? plausible(name, true) : null;
}
function selfShortName(text: string): string | null {
  const name = SELF_SHORT.exec(text)?.[2];
  return name && !NOT_GIVEN_NAME.test(name) ? name : null;
}
const SELF_DESCRIBED = warmUp(new RegExp(SELF_DESCRIBED_NAME, "u"));
// "我是某某花园门口修鞋的秀某", "我是某大厦保安小某": the short name after a long account of who the writer is.
function selfDescribedName(text: string): string | null {
  const name = SELF_DESCRIBED.exec(text)?.[2];
  return name && !NOT_GIVEN_NAME.test(name) && !EVERYDAY_SHORT_NAME.test(name) ? plausible(name, true) : null;
}
// "我是房东某某某139…", "房东：某某某⏎电话：…" in a letter that says "我是…的房东": the writer's own trade or
// standing before their name, or as the label of the line that signs the letter.
const OWN_ROLE_NAME = warmUp(
  new RegExp(
    `我是(?:房东|店主|摊主|老板娘?)[，,\\s]?(${SURNAME}${HAN}{1,2}?)(?=[\\s，,。]|$|[+＋]?[0-9０-９]{7})`,
    "u",
  ),
);
const ROLE_LINE_NAME = warmUp(
  new RegExp(
    `(?:^|\n)[ \t\u3000]*(房东|店主|摊主|租户|租客)[ \t\u3000]*[:：][ \t\u3000]*(${SURNAME}${HAN}{1,2})[ \t\u3000]*(?=\n|$)`,
    "u",
  ),
);
function ownRoleName(text: string): string | null {
  const said = plausible(OWN_ROLE_NAME.exec(text)?.[1], true);
  if (said) return said;
  const line = ROLE_LINE_NAME.exec(text);
  if (!line) return null;
  const claimed = new RegExp(`(?:我是|本人是)[^。！!？?\n]{0,20}?${line[1]!}`, "u").test(text);
  return claimed ? plausible(line[2], true) : null;
}
// "有人用我的名字“某某某”在群里…", "我的名字「某某」被…": the name the writer says is theirs, in quotes.
const MY_NAME_QUOTED = warmUp(
  new RegExp(`我的?(?:名字|姓名|真名)(?:是|叫)?[“"「『](${SURNAME}${HAN}{1,2})[”"」』]`, "u"),
);
// A standing and the name signing a letter or opening a report: "退休职工孙德胜反映", "居民代表 鲁建华"
// on a line of its own, "区政协委员 杭志刚" ending the message, "退休工人 某某某：…" as a header.
const PLAIN_NAME = `(?:${surnamePattern(PLAIN_SURNAMES)}(?:${OFFICE_TITLE}|${TITLE}|${HAN}{1,2})|[老小]${SURNAME})`;
const STANDING_SIGNED = warmUp(
  new RegExp(
    `(?:^|[\\s，,。；;：:])${STANDING_PHRASE}\\s*(${PLAIN_NAME})(?=[\\s。.！!]*$|反映|执笔|代表|\\s*[\\n(（:：]|\\s*(?:电话|手机|联系))`,
    "u",
  ),
);
// "老党员某某某，…", "此信由退休教师某某某执笔": a standing and a full name by its make-up opening the
// message before a pause, or before the words that say the writer is the one writing (执笔 / 代表).
const STANDING_MADE_UP = warmUp(
  new RegExp(
    `(?:^\\s*(?:此信由|由)?|[\\s，,。；;：:](?:此信由|由))(?:${STANDING_PHRASE}|${ROLE_PHRASE})\\s*(${SURNAME}${GIVEN_NAME_CLASS}{1,2})(?=[，,。\\s]|执笔|代表)`,
    "u",
  ),
);
// "…，白天找蒋会计", "…找刘女士": whom to ask for at the number, ending the message.
// "…有事回电话找老某", ending the message without a number: whom to ask for when the centre rings back.
const ASKED_FOR_END = warmUp(/^(?:就行|就可以|即可)?[\s。.！!]*$/u);
const ASK_FOR = warmUp(
  new RegExp(
    `(?:\\d[）)]?[^。\\d]{0,16}|(?:回电话?|回个电话|回话)(?:就|请)?)找(${ROLE_NAME})(?:就行|就可以|即可)?[\\s。.！!]*$`,
    "u",
  ),
);
// A letter's or message's sign-off: "——彭建华", "贾国庆 敬上", "居民 孙淑芬", "（梁继红）", "【夏丽娟】…".
/*
 * Words a sign-off cannot do without, tested before the pattern that needs them: most of these
 * patterns try a name at every position of a letter (a list of hundreds of surnames), and a letter
 * that holds none of the words they need cannot match them. Each gate is a word or character the
 * pattern consumes outside any optional part; the patterns anchored at the start fail at once and
 * have none.
 */
const DASH = warmUp(/—|－－|--/);
const OPEN_BRACKET = warmUp(/[（(]/);
const RESIDENT_WORD = warmUp(/居民|住户|业主|市民|群众|消费者|租户/);
/** Whether the clause ends with a resident word and the name read (a label's word may follow). */
function residentSigned(clause: string, name: string): boolean {
  const at = clause
    .trimEnd()
    .replace(/(?:电话|手机)\s*[:：]?$/, "")
    .trimEnd();
  return at.endsWith(name) && new RegExp(`${RESIDENT_BEFORE_NAME}$`, "u").test(at.slice(0, -name.length));
}
// A resident word right before a name is the writer's standing unless a neighbour's place stands
// before it ("楼上住户陈立新电话…" is someone else).
const RESIDENT_BEFORE_NAME = `(?<!楼上|楼下|对门|隔壁|对面|别的|其他|那个|这个)(?:居民|住户|业主|市民|群众|消费者|租户)`;
const SIGNED: readonly (readonly [RegExp | null, RegExp])[] = [
  // "—— 西盛家园 老周": the writer's compound may stand between the dash and the name.
  [
    DASH,
    warmUp(
      new RegExp(`(?:——|—|－－|--)\\s*(?:(?![A-Za-z]+\\s)[^\\s，,。]{2,8}\\s+)?(${NAME})${NAME_END}`, "u"),
    ),
  ],
  // "—— 在大厦上班的小蒋 📞…", "-- 失眠的艾米": a sign-off that describes the writer before 的 and the name.
  [
    DASH,
    warmUp(
      new RegExp(
        `(?:——|—|－－|--)\\s*[^\\s，,。！!？?的]{1,10}的(${NAME})(?:${NAME_END}|(?=\\s*\\p{Extended_Pictographic}))`,
        "u",
      ),
    ),
  ],
  [
    warmUp(/敬上|谨上|拜上|敬呈|谨呈|谨启/),
    warmUp(new RegExp(`(${NAME})\\s*(?:敬上|谨上|拜上|敬呈|谨呈|谨启)`, "u")),
  ],
  [RESIDENT_WORD, warmUp(new RegExp(`${RESIDENT_BEFORE_NAME}\\s+(${NAME})${NAME_END}`, "u"))],
  // Without a space only where the name ends the message, comes before 反映, a label's colon, the
  // number or the word for it ("业主某某：…", "消费者某某 电话…", "住户某某 135…"): "住户和商户" is no name.
  [
    RESIDENT_WORD,
    warmUp(
      new RegExp(
        `${RESIDENT_BEFORE_NAME}(${NAME})(?=[\\s。.！!]*$|反映|\\s*[:：]|\\s*(?:电话|手机)|\\s*[+＋(（]?[0-9０-９])`,
        "u",
      ),
    ),
  ],
  // "我，周建军，住在…": the writer's name set off after 我.
  [warmUp(/我[，,]/), warmUp(new RegExp(`(?:^|[\\s，,。！!；;])我[，,]\\s*(${NAME})[，,]`, "u"))],
  [OPEN_BRACKET, warmUp(new RegExp(`[（(](${NAME})[）)]\\s*[。.!！]?\\s*$`, "u"))],
  // "…5号楼 某某某（楼长） 楼道灯坏了 139…": a name set off by spaces with the writer's standing in brackets.
  [
    OPEN_BRACKET,
    warmUp(new RegExp(`(?:^|[\\s，,])(${NAME})[（(]${STANDING_PHRASE}[）)](?=[\\s，,。]|$)`, "u")),
  ],
  // "联系方式：151…（某某某，晚上打）": a full name in brackets after the number, with when to call.
  [
    OPEN_BRACKET,
    warmUp(
      new RegExp(
        `[0-9０-９]\\s*[（(](${SURNAME}${GIVEN_NAME_CLASS}{1,2})[，,\\s][^（）()]{0,10}?(?:打|联系|方便|在家)[^（）()]{0,6}[）)]`,
        "u",
      ),
    ),
  ],
  // "…麻烦查一下！！（侯丽娟）。你们…": a bracketed name right after a sentence ends.
  [OPEN_BRACKET, warmUp(new RegExp(`[。.!！？?]\\s*[（(](${NAME})[）)]`, "u"))],
  // "我是阳光老李": a nickname before 老 / 小 and the surname.
  [warmUp(/我是/), warmUp(new RegExp(`我是[^，。,\\s“”"]{1,4}?([老小]${SURNAME})${NAME_END}`, "u"))],
  [null, warmUp(new RegExp(`^\\s*【(${NAME})】`, "u"))],
  // "Tony：水库街的公厕…": a message opening with the writer's name.
  [null, warmUp(new RegExp(`^\\s*(${NAME})\\s*[:：]`, "u"))],
  // "王Tony，在滨河商业街开店": a surname and an English given name opening the message.
  [
    null,
    warmUp(
      new RegExp(
        `^\\s*(${SURNAME_PATTERN} ?[A-Z][a-z]{1,15}|[A-Z][a-z]{1,15} ?${SURNAME_PATTERN})(?![A-Za-z\\p{Script=Han}])\\s*[，,]`,
        "u",
      ),
    ),
  ],
  // "阿娟反映：…", "…，买买提·艾力反映": the name before 反映 opening or closing the message.
  [warmUp(/反映/), warmUp(new RegExp(`^\\s*(${NAME})\\s*反映[:：，,]`, "u"))],
  [warmUp(/反映/), warmUp(new RegExp(`[，,。！!\\s](${NAME})\\s*反映(?=[，,。.！!\\s]|$)`, "u"))],
  // "…（家里有人）。某淑兰，文庙巷。门口…": a full name opening a sentence, then only where the writer lives.
  [
    null,
    warmUp(
      new RegExp(
        `[。！!？?\\n]\\s*(${SURNAME}${GIVEN_NAME_CLASS}{1,2})[，,]\\s*[^，,。！!？?\\s]{1,8}(?:巷|路|街|小区|花园|家园|公寓|苑|社区|新村)(?:的)?[。.！!]`,
        "u",
      ),
    ),
  ],
  // "阿珍这边，电话…": the writer opening with where they are speaking from.
  // Only a nickname or a form of address there: "文庙巷这边，" is a place.
  [null, warmUp(new RegExp(`^\\s*(阿${HAN}|[老小]${SURNAME}|${SURNAME}${TITLE})这边[，,]`, "u"))],
];
// "…不够坐。小贾电话150…": a name right before the number given; not one named by a post or after
// a word for someone else ("网格员小彭电话", "冯队长电话").
const NAME_THEN_PHONE = warmUp(new RegExp(`(?:^|[\\s，,。！!；;])(${NAME})(?:的|\\s)?(?:电话|手机)`, "u"));
const POST_ENDING = warmUp(/(?:队长|主任|经理|书记|局长|所长|科长|站长|班长|组长|楼长|院长|校长|老板|店长)$/);
// A bare name ending the message ("…太危险了。秦师傅", "…谢谢 王 139…" aside): only a form of
// address or a two- or three-character name, never an everyday word that starts like one.
const LAST_WORD = warmUp(new RegExp(`(?:^|[\\s，,。！!？?；;~])(${NAME})[\\s。.！!~]*$`, "u"));
// A letter dated by month and day only ("12月3日晚", "十二月一日").
const MONTH_DAY =
  "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[日号](?:早上?|上午|中午|下午|晚上?|夜里?)?";
const SIGNATURE_TAIL = warmUp(
  new RegExp(
    `(?:[\\s，,]*(?:${LETTER_DATE}|${MONTH_DAY}|(?:(?:Tel|Phone|Mobile|Mob|Cell|电话|手机|联系电话)\\s*[:：]\\s*)?[+＋(（]?${DIGIT_OR_SPOKEN}(?:[\\s\\-.()（）]{0,2}${DIGIT_OR_SPOKEN}){6,}))+[\\s。.！!]*$`,
    "u",
  ),
);
// "——退休教师 林", "业主 简", "业主苗 电话…", "反映人 栾 0351…": a surname alone signs the message after
// a dash or the writer's standing, at its end or right before the number; writers sign so when they
// give no more of their name.
const SURNAME_SIGNED = warmUp(
  new RegExp(
    `(?:——|—|－－|--|${STANDING_PHRASE}|${ROLE_PHRASE}|反映人|投诉人|举报人|联系人)\\s*[:：]?\\s*(${SURNAME})(?=\\s*(?:[/／|]\\s*)?(?:(?:电话|手机)\\s*[:：]?\\s*)?[+＋(（]?[0-9０-９]|[\\s。.！!]*$)`,
    "u",
  ),
);
// A name standing alone: opening the message before who and where the writer is ("钱某某，文庙巷12号",
// "某某反映："), on a line of its own (a form's or a letter's last line), or right before a number
// ("…谢谢。某某，手机139…", "某某 ☎ 139…"). Only where the word is no sentence opener or trade and
// does not end like a place.
const ALONE = personForm(SURNAME, TITLE);
const OPENING_NAME = warmUp(new RegExp(`^\\s*(${ALONE})(?=${AFTER_OPENING_NAME})`, "u"));
// "老萧我要说一句：", "老鲍在此": 老 / 小 and a surname open the message as the writer's signature.
// "老李头我今年…": 老X头 is the same nickname, as older men are called.
const OPENING_NICKNAME = warmUp(
  new RegExp(`^\\s*(老${SURNAME}头|[老小]${SURNAME})(?=在此|我|[，,：:])`, "u"),
);
const NAME_LINE = warmUp(new RegExp(`(?:^|\\n)[ \\t]*(${ALONE})[ \\t]*(?=\\n|$)`, "u"));
// "请联系我（他儿子）钱某 133…": an aside closed by a bracket may stand before the name; so may an
// opening square bracket ("【某某 139…】") or a label's colon ("我：某某 159…", "报告人：某某 手机…").
const NAME_BEFORE_PHONE = warmUp(
  new RegExp(`(?:^|[\\n。.！!？?；;，,\\s）)【\\[：:])(${ALONE})${BEFORE_PHONE}`, "u"),
);
// Before a name met by a number: someone else's ("物业经理刘某某，电话…", "业主 某某" is the writer).
const OTHERS_BEFORE = warmUp(new RegExp(`(?:${THIRD_PARTY.source})[^，,。！!？?\\n]{0,4}$`));

/** A name standing alone, when the word is plausibly one. */
function aloneName(m: RegExpExecArray | null): string | null {
  return aloneWord(m?.[1]);
}

function aloneWord(word: string | undefined, ended = false): string | null {
  const name = plausible(word, ended);
  return name && !LOOKS_LIKE_NAME.test(name) && !ENDS_LIKE_PLACE.test(name) ? name : null;
}

const NOT_A_NAME = warmUp(
  /^(韩国$|姓名|孙子|孙女|谢谢|多谢|感谢|辛苦|麻烦|尽快|盼复|有劳|拜托|费心|万谢|谢了|文明|安全|常年|小区|小时|老人|老旧|小孩|小学|老师|商品|许多|管理|毕业|明察|单位|公司|白天|路灯|路面|路口|明天|时间|全天|商铺|商户|车辆|车位|房子|房东|高层|高楼|代[发写笔表理办收缴买])/,
);

const ENDS_WITH_TITLE = warmUp(new RegExp(`${TITLE}$`));
// English form labels ("Name: Wang Xiuying") are no names themselves.
const LATIN_LABEL = warmUp(
  /^(?:Name|Tel|Phone|Mobile|Mob|Cell|WeChat|Wechat|Email|Contact|Address|From|To|Re|Hi|Hello|Dear|Thanks|Thank|Please|Sorry|I|The|This|My|Report|Complaint|Subject|Note|Update|Issue|Location|Yes|No|Ok|OK|Okay)\b/,
);

// "我是单元长 某某某": a standing word that opens with a surname character (单) is no name.
const ONLY_STANDING = warmUp(new RegExp(`^${STANDING}$`, "u"));
/**
 * A candidate name, or null when it holds characters no name has. Where the words around have
 * already ended the name (`ended`: "我係蘇家豪，"), 家 inside it is a given name's (家豪), not "王建国家".
 */
function plausible(name: string | undefined, ended = false): string | null {
  if (!name) return null;
  if (/^[A-Za-z]/.test(name)) return LATIN_LABEL.test(name) ? null : name;
  // "老街坊·阿芳": a nickname after the dot is the name, what stands before it a label. A longer part
  // is a transliterated name's own ("吐尔逊·阿不都"), read whole.
  const dotted = name.split(/[·•・]/);
  if (dotted.length > 1)
    return /^[阿小老]/.test(dotted[1]!) && dotted[1]!.length <= 2 ? plausible(dotted[1]) : name;
  if (name.startsWith("阿")) return NOT_GIVEN_NAME.test(name) ? null : name;
  if (NOT_A_NAME.test(name) || LOOKS_LIKE_NAME.test(name) || ONLY_STANDING.test(name)) return null;
  if (/^[老小]/.test(name) || ENDS_WITH_TITLE.test(name)) return name;
  const surname = COMPOUND_SURNAMES.find((c) => name.startsWith(c)) ?? name[0]!;
  const given =
    ended && name.length === 3 && name[1] === "家" ? name[0]! + name[2]! : name.slice(surname.length);
  return NOT_NAME_CHARS.test(given) ? null : name;
}

/**
 * How the resident wants to be addressed: 王女士, 李建国, 老汪, or a bare surname from 我姓王. A
 * form's contact field or a signature wins over a name met in passing.
 */
export function extractName(text: string): string | null {
  warmUpPatterns();
  const name = nameAsWritten(text);
  if (name !== null) return fullerDotted(text, name);
  // "本人 林 晓 燕", "我叫 王\u3000小\u3000明": a name typed a character at a time is read joined up (the
  // masker hides it in its spaced form too).
  const joined = text.replace(SPACED_SINGLES, (run) => run.replace(/[ \u3000]+/g, ""));
  const fromJoined = joined === text ? null : nameAsWritten(joined);
  if (fromJoined !== null) return fromJoined;
  // "名字是王-宝-珍", "刘.芳": a name typed with a dash or a dot between its characters, read joined up.
  const undotted = text.replace(DOTTED_SINGLES, (run) => run.replace(/[-－·•.．]/g, ""));
  const fromUndotted = undotted === text ? null : nameAsWritten(undotted);
  if (fromUndotted !== null) return fromUndotted;
  // "🍀某海燕🍀 139…", "——🌸某某🌸": emoji framing a signature stand where a pause would; read with each
  // emoji as spaces of its length, so the name is cut from the text as written. Phone signs stay.
  const spaced = text.replace(FRAMING_EMOJI, (e) => " ".repeat(e.length));
  const framed = spaced === text ? null : nameAsWritten(spaced);
  // "【微信昵称：向日葵🌻】": an account's nickname is no name (the older rules leave it unless asked to be called so).
  return framed && !new RegExp(`(?:昵称|网名)[:：]?\\s*${framed}`, "u").test(spaced) ? framed : null;
}
// "我叫安娜，安娜·伊万诺娃": the name said again at once in its full, dotted form is the name.
function fullerDotted(text: string, name: string): string {
  if (!/^\p{Script=Han}{2,6}$/u.test(name)) return name;
  const m = new RegExp(`${name}[，,\\s]+(${name}[·•・]\\p{Script=Han}{1,8})(?!\\p{Script=Han})`, "u").exec(
    text,
  );
  return m ? m[1]! : name;
}
const DOTTED_SINGLES = warmUp(
  new RegExp(
    `(?:(?<!\\p{Script=Han})|(?<=[是叫]))${SURNAME_PATTERN}(?:[-－·•.．]\\p{Script=Han}){1,3}(?!\\p{Script=Han})`,
    "gu",
  ),
);
const FRAMING_EMOJI = warmUp(/(?![☎☏📱📞])[\p{Extended_Pictographic}\uFE0F\u200D]/gu);
// "我 叫 马 玉 梅" is five singles: the run may be as long as 我叫 and a name of four.
const SPACED_SINGLES = warmUp(
  /(?<!\p{Script=Han})\p{Script=Han}(?:[ \u3000]+\p{Script=Han}(?!\p{Script=Han})){1,6}/gu,
);

function nameAsWritten(text: string): string | null {
  // Names are read in simplified script (羅先生 is 罗先生) and given back as the resident wrote them.
  const simple = dialectAsStandard(simplifiedOnce(text));
  if (simple === text || simple.length !== text.length) return nameIn(text);
  const name = nameIn(simple);
  const at = name ? simple.indexOf(name) : -1;
  return name && at >= 0 ? text.slice(at, at + name.length) : name;
}

// The engine, the callback reader and the LLM masker each ask for the name of the same message: the
// conversion, the costliest step, is done once for it.
let lastText: string | null = null;
let lastSimple = "";
function simplifiedOnce(text: string): string {
  if (text !== lastText) {
    lastSimple = toSimplifiedChinese(text);
    lastText = text;
  }
  return lastSimple;
}

// "俺是开小卖部的某某某", "俺叫某某": 俺 is 我 in northern speech; "住…嘅某伯" is Cantonese for 的.
// 咱 stays unless 是 / 叫 follows, since "咱社区" is the writer and their neighbours. One character for one,
// so a name found is cut from the text as written. 我係 (read as 我系) is 我是.
function dialectAsStandard(text: string): string {
  return text
    .replace(/俺|咱(?=是|叫)/g, "我")
    .replace(/嘅/g, "的")
    .replace(/我系(?![好上紧着了])/g, "我是");
}

function nameIn(text: string): string | null {
  const name = titledThenFull(
    text,
    titledSurname(
      text,
      pointedName(text) ??
        delegateName(text) ??
        ownNameSaid(text) ??
        formName(text) ??
        slotOnlyName(text) ??
        retold(text, corrected(text, fullFormAfter(text, withFullName(text, nameOf(text))))) ??
        fieldWhateverSurname(text) ??
        selfAside(text) ??
        initialledName(text),
    ),
  );
  // "联系人：雷先生 不对 我是雷先生的邻居": the name found is someone the writer stands beside.
  // "…手机号码是159… 热心市民", "Mob 136…": how the writer calls themselves or a label is no name.
  return name && (relativeOf(text, name) || NO_NAME_READ.test(name) || unreachable(text, name)) ? null : name;
}

// "我是某某的邻居", "我是某小区某号楼某奶奶的外孙女": the name read is someone the writer stands beside or
// descends from, not the writer; where they live may stand between 我是 and the name.
const KIN_OF =
  "(?:邻居|外?孙女?|外?孙子|女儿|儿子|闺女|儿媳妇?|女婿|侄子|侄女|外甥女?|保姆|护工|家属|亲戚|朋友|同事|学生|家人)";
function relativeOf(text: string, name: string): boolean {
  if (text.includes(`我是${name}的`)) return true;
  const at = text.indexOf(`${name}的`);
  if (at < 0) return false;
  return new RegExp(`我是[^，,。！!？?\\n]{0,12}?${escapeRe(name)}的${KIN_OF}`, "u").test(text);
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// "网格员某某某电话打不通，我自己电话…", "网格员小王电话打了三遍没人接": the person named is one the writer
// could not reach, not the writer.
const UNREACHED = "的?(?:电话|手机)[^，,。！!？?\\d]{0,8}?(?:打不通|没人接|不接|关机|占线)(?!的话)";
function unreachable(text: string, name: string): boolean {
  return new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${UNREACHED}`, "u").test(text);
}

/**
 * A surname read alone, when the writer gives more: "姓诸，诸师傅", "…姓贺 … 找我就行：贺队长 151…" (the same
 * surname with a form of address or a post, set off as a word in the writer's own text: not in a call,
 * where the agent's forms follow their own convention), or "我姓蒋，女的" (the writer says which).
 */
function titledSurname(text: string, name: string | null): string | null {
  name = chineseBesideLatin(text, name);
  if (!name || !text.includes(name) || !(name.length === 1 || isCompoundSurname(name))) return name;
  const sex = new RegExp(`姓${name}[，,\\s]*(女|男|先生|女士)的?(?=[，,。！!；;\\s]|$)`, "u").exec(text)?.[1];
  if (sex) return `${name}${sex === "女" || sex === "女士" ? "女士" : "先生"}`;
  if (IN_A_CALL.test(text)) return name;
  const titled = new RegExp(
    `(?:^|[\\s，,。！!；;：:])(${name}(?:${TITLE}|队长|老板娘|老板|店长))(?=[\\s，,。！!；;]|$|电话|手机|[0-9０-９])`,
    "u",
  ).exec(text);
  return titled?.[1] ?? name;
}
/**
 * "Liu Fang 刘芳", "Zhu Wei | 朱伟": a name in letters with the same person's Chinese name right after it (a
 * card, a mail signature, a bilingual form): the Chinese name is the one the centre writes and calls.
 */
const LATIN_ONLY = warmUp(/^[A-Za-z][A-Za-z .'-]*$/);
const HAN_NAME_AFTER = warmUp(
  new RegExp(`^[ \t\u3000]*[|｜/／]?[ \t\u3000]*(${SURNAME}${GIVEN_NAME_CLASS}{1,2})(?=[^${HAN}]|$)`, "u"),
);
function chineseBesideLatin(text: string, name: string | null): string | null {
  if (!name || !LATIN_ONLY.test(name)) return name;
  const at = text.indexOf(name);
  if (at < 0) return name;
  const m = HAN_NAME_AFTER.exec(text.slice(at + name.length));
  return m && !NOT_NAME_CHARS.test(m[1]!.slice(1)) ? m[1]! : name;
}
/**
 * Names in text copied from a form, a card or a receipt (a screenshot read by OCR, a mail signature):
 * "Name 某某" / "Name 姓名：某某" on a line of its own, "某某 | 手机 …" or "某某 | 销售经理" (a card's cells),
 * "某某 女 联系电话 …" (a name with the sex after it), "就诊人某某", "预约人：某某", and a table whose header row
 * has a 姓名 cell, read in the row under it.
 */
const LATIN_NAME_LABEL = warmUp(
  new RegExp(
    `(?:^|\\n)[ \\t]*(?:Name|Full name|Contact)[ \\t]*(?:姓名|联系人)?[ \\t]*[:：]?[ \\t]*(${SURNAME_PATTERN}\\p{Script=Han}{1,2}?)[ \\t]*(?=\\n|$)`,
    "iu",
  ),
);
const CARD_CELL_NAME = warmUp(
  new RegExp(
    `(?:^|\\n|[\\]】][ \\t]*)(${SURNAME_PATTERN}\\p{Script=Han}{1,2}?)[ \\t]*[|｜][ \\t]*(?:手机|电话|Tel|Mobile|Cell|[+＋]?[0-9０-９]|[^|｜\\n]{0,8}?(?:经理|主任|主管|总监|工程师|专员|部|科|处))`,
    "iu",
  ),
);
const NAME_THEN_SEX = warmUp(
  new RegExp(
    `(?:^|\\n|[\\]】][ \\t]*)(${SURNAME_PATTERN}\\p{Script=Han}{1,2}?)[ \\t]+[男女][ \\t]+(?:[0-9０-９]{1,3}岁[ \\t]+)?(?:联系)?(?:电话|手机|[0-9０-９])`,
    "u",
  ),
);
const RECEIPT_PERSON = warmUp(
  new RegExp(
    `(?:就诊人|预约人|挂号人|报名人|办理人|订票人|乘车人)[ \\t]*[:：]?[ \\t]*(${SURNAME_PATTERN}\\p{Script=Han}{1,2}?)(?=[ \\t；;，,。]|$|\\n)`,
    "u",
  ),
);
const TABLE_ROW = warmUp(/^[ \t]*[^|｜\n]*(?:[|｜][^|｜\n]*)+$/u);
// "前面名字写错了，是某淑英不是某书英": the name the writer corrects to.
const NAME_CORRECTED_TO = warmUp(
  new RegExp(
    `(?:名字|姓名)[^。！!？?\\n]{0,6}?错了?[，,。\\s]*(?:应该|正确的)?是(${SURNAME_PATTERN}\\p{Script=Han}{1,2}?)[，,]?\\s*(?:而)?不是`,
    "u",
  ),
);
const OPENING_ASIDE_NAME = warmUp(new RegExp(OPENING_NAME_PHONE_ASIDE, "u"));
const OPENING_LATIN_NAME = warmUp(new RegExp(OPENING_LATIN_BEFORE_NUMBER, "u"));
function formName(text: string): string | null {
  const opening = OPENING_ASIDE_NAME.exec(text)?.[2] ?? OPENING_LATIN_NAME.exec(text)?.[2];
  if (
    opening &&
    !NOT_NAME_CHARS.test(opening.slice(1)) &&
    !/^(?:物业|社区|居委|业主|居民|住户)/u.test(opening)
  )
    return opening;
  const found =
    NAME_CORRECTED_TO.exec(text)?.[1] ??
    LATIN_NAME_LABEL.exec(text)?.[1] ??
    CARD_CELL_NAME.exec(text)?.[1] ??
    NAME_THEN_SEX.exec(text)?.[1] ??
    RECEIPT_PERSON.exec(text)?.[1] ??
    tableName(text);
  return found && !NOT_NAME_CHARS.test(found.slice(1)) ? found : null;
}
const TABLE_NAME_CELL = warmUp(new RegExp(`^${SURNAME_PATTERN}\\p{Script=Han}{1,2}$`, "u"));
function tableName(text: string): string | null {
  if (!/[|｜]/.test(text)) return null;
  const lines = text.split("\n");
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!TABLE_ROW.test(lines[i]!) || !TABLE_ROW.test(lines[i + 1]!)) continue;
    const head = lines[i]!.split(/[|｜]/).map((c) => c.trim());
    const row = lines[i + 1]!.split(/[|｜]/).map((c) => c.trim());
    const at = head.findIndex((c) => /^(?:姓名|联系人|Name)$/i.test(c));
    if (at < 0 || head.length !== row.length) continue;
    const cell = row[at]!;
    if (TABLE_NAME_CELL.test(cell)) return cell;
  }
  return null;
}
// "WJG（王继刚）", "C.Y.F. (Cao Yufei 曹玉飞)", "何淑仪（HSY）": a name beside its initials in brackets, whichever
// comes first, is a name whoever wrote it (initials are how people sign, not places).
const INITIALLED = warmUp(
  new RegExp(
    `(?:^|[^A-Za-z.])[A-Z](?:\\.?[A-Z]){1,3}\\.?[ \t]*[（(][ \t]*(?:[A-Z][a-z]+(?: [A-Z][a-z]+)+[ \t]+)?(${SURNAME}${GIVEN_NAME_CLASS}{1,2})[ \t]*[）)]|(?:^|[^${HAN}])(${SURNAME}${HAN}{1,2})[ \t]*[（(][ \t]*[A-Z](?:\\.?[A-Z]){1,3}\\.?[ \t]*[）)]`,
    "u",
  ),
);
function initialledName(text: string): string | null {
  const m = INITIALLED.exec(text);
  const name = m?.[1] ?? m?.[2];
  return name && !NOT_NAME_CHARS.test(name.slice(1)) ? name : null;
}
/**
 * "某工某卫东，186…", "某阿姨某桂香 135…", "我是…退休的某老师建国": a form of address and then the full name of
 * the same person. Where the name read is that form (or a piece of the run) or none was read, the full name
 * is the one; a run after someone else's standing ("邻居某大爷某建国") gives none of its own.
 */
const TITLED_FULL = warmUp(new RegExp(TITLED_THEN_NAME, "u"));
function titledThenFull(text: string, name: string | null): string | null {
  if (name !== null && name.length > 4) return name;
  const m = TITLED_FULL.exec(text);
  if (!m) return name;
  const surname = m[2]!;
  const full = m[3]!.startsWith(surname) ? m[3]! : surname + m[3]!;
  if (NOT_NAME_CHARS.test(full.slice(surname.length)) || EVERYDAY_FULL_NAME.test(full)) return name;
  if (name !== null) return m[0].includes(name) ? full : name;
  const before = text.slice(Math.max(0, m.index - 6), m.index);
  return OTHER_PERSON_BEFORE.test(before) && !FIRST_PERSON.test(before) ? null : full;
}
// A private person the writer names before a titled run (a community or an office before it is where the
// writer belongs: "…社区居民 某主任某某").
const OTHER_PERSON_BEFORE = warmUp(
  /邻居|楼上|楼下|对门|隔壁|房东|租户|租客|老板|店主|摊主|物业|司机|对方|别人|(?<!其)他|她|举报|投诉/,
);
const isCompoundSurname = (name: string) => (COMPOUND_SURNAMES as readonly string[]).includes(name);
const IN_A_CALL = warmUp(/(?:坐席|话务员|接线员)[:：]/u);

// "…三户：我（某某某）、对门的…", "店主是我，某某。", "…，找我老某": the writer's name in brackets right
// after 我 or set off after 是我, or the nickname to ask for closing the message. Read last, when nothing
// else gave a name.
const I_BRACKETED = warmUp(/我[（(](\p{Script=Han}{2,3})[）)]/u);
const IT_IS_ME = warmUp(/是我[，,]\s*(\p{Script=Han}{2,3})(?=[。，,！!\s]|$)/u);
const ASK_FOR_ME = warmUp(/找我([老小]\p{Script=Han})[。！!\s]*$/u);
function selfAside(text: string): string | null {
  const name = I_BRACKETED.exec(text)?.[1] ?? IT_IS_ME.exec(text)?.[1] ?? ASK_FOR_ME.exec(text)?.[1];
  if (!name) return null;
  const surname = name.startsWith("老") || name.startsWith("小") ? name.slice(1) : name[0]!;
  return SURNAMES.includes(surname) && !NOT_NAME_CHARS.test(name.slice(1)) ? name : null;
}

// "联系人：皮建设⏎", "姓名：區志強⏎": a form's field for the writer's name, on a line of its own, holds a
// name whatever its surname (no list has 皮 or 區); read only when nothing else gave a name. The staff
// view masks the same field (FIELD_WHOLE_NAME in the masker).
const FIELD_LINE_NAME = warmUp(
  new RegExp(
    `(?:^|\n)[ \t\u3000]*(?:姓名|联系人|联络人|称呼|反映人|投诉人|举报人|申请人|诉求人|来信人|求助人)[ \t\u3000]*[:：][ \t\u3000]*(${HAN}{2,3})[ \t\u3000]*(?=\n|$)`,
    "u",
  ),
);
const NO_FIELD_NAME = warmUp(
  /^[不没无未匿]|物业|客服|本人|保密|不详|提供|暂无|测试|社区|业主|居民|住户|委员|公司|单位|街道|中心|部门|学校|医院|商户|店|群众|市民|网友|同上|见上|先生|女士|师傅/u,
);
function fieldWhateverSurname(text: string): string | null {
  const name = FIELD_LINE_NAME.exec(text)?.[1];
  return name &&
    !NO_FIELD_NAME.test(name) &&
    !NOT_A_NAME.test(name) &&
    !LOOKS_LIKE_NAME.test(name) &&
    !ENDS_LIKE_PLACE.test(name)
    ? name
    : null;
}

// "姓名：某某": a placeholder with no surname is no name (何某某 keeps its surname and is one).
// A form's own labels ("姓名", "地址", "Office Tel") read where a box holds no name are none either.
const NO_NAME_READ = warmUp(
  /^(?:热心|找|(?:Mob|Tel|Cell|Fax|Office|Name|Address)$|某+$|(?:姓名|地址|电话|手机|备注|诉求|内容)$|代(?:朋友|邻居|鄰居|亲戚|親戚|同事|家人|老人|居民|住户|租客|父母|老板)$)/i,
);

function nameOf(text: string): string | null {
  // "大家叫我水果王，真名叫某某某", "我是小鱼（真名某某某）": the name the writer says is their real one
  // wins over a nickname or the agent's form of address.
  const real = plausible(REAL_NAME.exec(text)?.[1], true);
  if (real) return real;
  const retyped = plausible(NAME_RETYPED.exec(text)?.[1], true);
  if (retyped) return retyped;
  /*
   * Every surname pattern (SURNAME_STATED, SURNAME_AND_GIVEN, SURNAME_RESTATED, SURNAME_THEN_NAME,
   * BARE_SURNAME, CLAUSE_SURNAME) matches a 姓 outside any optional part, so without one in the text
   * none can match: they are skipped. Several open with a look-behind or a class of every Han
   * character and would otherwise be tried at every position of a long letter.
   */
  const saysSurname = text.includes("姓");
  // "反映人：某某（姓某）": a name with its surname said beside it is a name, surname list or not.
  const stated = saysSurname ? SURNAME_STATED.exec(text) : null;
  if (
    stated &&
    stated[1]!.startsWith(stated[2]!) &&
    !NOT_NAME_CHARS.test(stated[1]!.slice(stated[2]!.length))
  )
    return stated[1]!;
  // "姓白名静", "是姓欧阳名锋": the surname and the given name told apart in one breath.
  const apart = saysSurname ? SURNAME_AND_GIVEN.exec(text) : null;
  if (apart && !NOT_NAME_CHARS.test(apart[2]!)) return apart[1]! + apart[2]!;
  const restatedSurname = saysSurname ? SURNAME_RESTATED.exec(text) : null;
  if (restatedSurname && !NOT_NAME_CHARS.test(restatedSurname[2]!.slice(restatedSurname[1]!.length)))
    return restatedSurname[2]!;
  // "我叫金明，不是明天的明……就是金名": the name said again after a correction is the one meant.
  const restatedMatch = RESTATED.exec(text);
  const restated = plausible(restatedMatch?.[1] ?? restatedMatch?.[3]);
  if (restated) return restated;
  // A field holds a name, so 家 in it is a given name's (联系人：某家豪).
  const fieldMatch = writersField(text);
  const field = plausible(fieldMatch?.[1], true) ?? everydayInField(text, fieldMatch);
  if (field) return field;
  // "姓名：LIU JIANJUN", "姓名：WANG Li": a name field in capitals (the surname alone may be), as a passport
  // or a bank card writes it.
  const capitals = CAPITALS_FIELD.exec(text)?.[1];
  if (capitals) return capitals;
  const soundField = SOUND_FIELD.exec(text)?.[1];
  if (soundField && soundsLikeName(soundField)) return soundField;
  // "我叫Lily，英文名，中文名是沈丽": the Chinese name the writer gives is the one to call them by.
  const beside = CHINESE_BESIDE_LATIN.exec(text);
  const chinese = plausible(CHINESE_NAME.exec(text)?.[1]) ?? plausible(beside?.[1] ?? beside?.[2]);
  if (chinese) return chinese;
  const found = ANY_TITLE.test(text) ? TITLED.exec(text) : null;
  // "我家邻居王大爷" names a third party, not the resident.
  const titled =
    found &&
    !TRADE_ENDING_IN_SURNAME.test(
      text.slice(
        Math.max(0, found.index + found[0].length - found[1]!.length - 1),
        found.index + found[0].length - found[1]!.length + 1,
      ),
    ) &&
    (!THIRD_PARTY.test(
      text.slice(Math.max(0, found.index - 4), found.index + found[0].length - found[1]!.length),
    ) ||
      WRITER_TRADE.test(
        text.slice(Math.max(0, found.index - 12), found.index + found[0].length - found[1]!.length),
      ))
      ? found
      : null;
  // "我是王女士", "本人刘阿姨", not "住我楼上的邓老师". What others call the writer ("大家都叫我某奶奶")
  // waits for a name the writer gives themselves ("我叫某某某，大家都叫我某奶奶").
  const lead = titled
    ? text.slice(Math.max(0, titled.index - 6), titled.index + titled[0].length - titled[1]!.length)
    : "";
  if (
    titled &&
    /(?:我|本人|来电人?|联系人)[是叫:：\s]*$/.test(lead.slice(-(titled[0].length - titled[1]!.length) - 4)) &&
    !(OTHERS_CALL_ME.test(lead) && CALLED.test(text))
  )
    return titled[1]!;
  const called = calledSelf(text);
  const calledName = called?.[1] ?? called?.[2];
  const selfCalled = I_AM_CALLED.exec(text)?.[1];
  const calledWhole =
    selfCalled &&
    !NOT_A_NAME.test(selfCalled) &&
    (/[·•・]/.test(selfCalled)
      ? !/[了他她们的着过你我]/.test(selfCalled)
      : !NOT_CALLED.test(withoutCompoundSurname(selfCalled)));
  // "我叫古丽米拉，": a name of four characters set off by a pause is whole, not 古丽米.
  if (calledWhole && calledName && selfCalled.length > calledName.length && selfCalled.startsWith(calledName))
    return selfCalled;
  if (calledName && !NOT_NAME_CHARS.test(calledName.slice(1))) return calledName;
  if (calledWhole) return selfCalled;
  const callMe =
    plausible(CALL_ME_BY_ENDED.exec(text)?.[1]) ??
    plausible(CALL_ME_BY.exec(text)?.[1]) ??
    calledInClause(text) ??
    writerThenCalled(text) ??
    plausible(CALL_ME_SO.exec(text)?.[1]);
  if (callMe) return callMe;
  const given = GIVEN_NAME.exec(text)?.[1];
  if (given && !NOT_GIVEN_NAME.test(given)) return given;
  const nick = nicknameEnded(text);
  if (nick) return nick;
  const latinCalled = plausible(CALLED_LATIN.exec(text)?.[1]);
  if (latinCalled) return latinCalled;
  const full = saysSurname ? SURNAME_THEN_NAME.exec(text) : null;
  // "楼上住户姓傅，傅先生…" names a third party; "我是她的保姆，姓方，方姐" is the writer who works for her.
  if (full) {
    const lead = text.slice(Math.max(0, full.index - 6), full.index);
    const clause =
      text
        .slice(0, full.index)
        .split(/[。！!？?\n]/)
        .pop()!
        .split(/[，,；;]/)
        .slice(-2, -1)[0] ?? "";
    if (!THIRD_PARTY.test(lead) || /^\s*(?:我是|本人是)/.test(clause)) return full[2]!;
  }
  const surname = saysSurname ? (BARE_SURNAME.exec(text)?.[1] ?? clauseSurname(text)) : null;
  if (surname) {
    // "在下姓欧阳，单名一个锋": the given name told apart from the surname completes it, also after a
    // clause spelling the surname ("我姓欧阳，欧阳娜娜的欧阳，单名一个静", "我姓李 木子李 李秀芬").
    const rest = text.slice(text.indexOf(`姓${surname}`) + surname.length + 1);
    // "我姓梁，小梁", "我姓郭 叫我老郭就行": the surname and then the form the writer goes by, made of it.
    const form = new RegExp(
      `^[，,、\\s]*(?:(?:大家|都|你们?|您)?(?:叫我|喊我|就叫))?([老小]${surname})(?=[，,。！!；;\\s]|$|就)`,
      "u",
    ).exec(rest)?.[1];
    if (form) return form;
    const spelt = new RegExp(`^[，,、\\s]+[^，,。！!？?\\s]{0,8}?${surname}(?=[，,、\\s])`, "u").exec(rest);
    const afterSpelling = spelt ? rest.slice(spelt[0].length) : rest;
    const given = GIVEN_APART.exec(afterSpelling);
    if (given && !/[字个]/.test(given[1]!) && !NOT_NAME_CHARS.test(given[1]!)) return surname + given[1]!;
    const full = spelt
      ? new RegExp(
          `^[，,、\\s]+(?:全名|名字|大名)?(?:叫|是)?\\s*(${surname}${HAN}{1,2}?)${NAME_END}`,
          "u",
        ).exec(afterSpelling)?.[1]
      : undefined;
    return full && !NOT_NAME_CHARS.test(full.slice(surname.length)) && plausible(full, true) ? full : surname;
  }
  const iAm =
    plausible(I_AM.exec(text)?.[1], true) ??
    SELF_BEFORE_HOME_NAME.exec(text)?.[2] ??
    selfNamed(text) ??
    selfMadeUpName(text) ??
    LATIN_SELF.map((re) => re.exec(text)?.[1]).find((n) => n) ??
    plausible(LATIN_OPENING.exec(text)?.[1]) ??
    iAmOf(text) ??
    selfRoleMadeUpName(text) ??
    plausible(I_AM_KIN.exec(text)?.[1]) ??
    plausible(OPENING_KIN_NAME.exec(text)?.[1], true) ??
    ownRoleName(text) ??
    selfShortName(text) ??
    selfDescribedName(text) ??
    DEPARTMENT_CONTACT_NAME.exec(text)?.[2] ??
    SAID_REAL_NAME.exec(text)?.[2] ??
    spelledGiven(text) ??
    plausible(BIG_NICK.exec(text)?.[2]) ??
    QUOTED_OLD_MAN.exec(text)?.[1] ??
    OPENING_REPORTS.exec(text)?.[2] ??
    plausible(MY_NAME_QUOTED.exec(text)?.[1], true) ??
    // A name opening the message before who and where the writer is comes before a standing and
    // a name met later ("梁淑珍 73岁 路西小区 … 网格员小彭电话我没有").
    aloneName(OPENING_NAME.exec(text)) ??
    openingDotted(text) ??
    openingMadeUpName(text) ??
    standingSigned(text) ??
    standingMadeUp(text) ??
    plausible(ASK_FOR.exec(text)?.[1]);
  if (iAm) return iAm;
  for (const [needs, re] of SIGNED) {
    if (needs && !needs.test(text)) continue;
    const signed = plausible(re.exec(text)?.[1]);
    if (signed) return signed;
  }
  // A nickname opening the message signs it, before any name met later beside a number.
  const opening = plausible(OPENING_NICKNAME.exec(text)?.[1]) ?? openingGiven(text);
  if (opening) return opening;
  const beforeNumber = NAME_THEN_PHONE.exec(text);
  const numbered = plausible(beforeNumber?.[1]);
  if (
    beforeNumber &&
    numbered &&
    !POST_ENDING.test(numbered) &&
    !OTHERS_BEFORE.test(text.slice(Math.max(0, beforeNumber.index - 8), beforeNumber.index + 1))
  )
    return numbered;
  const alone =
    aloneName(NAME_LINE.exec(text)) ??
    nameBeforePhone(text) ??
    aloneName(NAME_LINE_ASIDE.exec(text)) ??
    plausible(NAME_WORD_LABEL.exec(text)?.[1]);
  if (alone) return alone;
  // "车主是20楼的邵先生", "我们楼的苗奶奶": someone's neighbour or owner, not the writer ("人是西盛家园的史阿姨" is).
  if (titled) {
    const clause =
      text
        .slice(0, titled.index + titled[0].length - titled[1]!.length)
        .split(/[，,。！!？?；;\n]/)
        .pop() ?? "";
    // "楼上某老师家的狗": a household named by its head is someone else's.
    const household = text.startsWith("家", titled.index + titled[0].length);
    // "卖烤红薯的老马大爷", "外卖小哥刘师傅", "孩子的老师周老师": someone the writer describes by what
    // they do, when the clause does not say the writer is the one.
    // "曾与饲养人（3号楼某女士）沟通", "楼上住户（5楼某先生）": a person in brackets after the role they play
    // (not 反映人, 联系人).
    const described =
      (!/我(?!们)|本人/.test(clause) &&
        (/(?:卖|那个|这个)[^的]*的[老小]?$/.test(clause) || DESCRIBED_BY_ROLE.test(clause))) ||
      /(?<!反映|投诉|联系|举报|来信|求助|申请|诉求|发信|来电)[人户主客东方][（(][^（）()，,。]{0,8}$/.test(
        clause,
      );
    if (
      !household &&
      !described &&
      !(
        /[的是]$/.test(clause) &&
        (/车主|我们楼|[楼层]的$|对门|隔壁|楼上|楼下/.test(clause) || THIRD_PARTY.test(clause))
      )
    )
      return titled[1]!;
  }
  const givenSelf = GIVEN_SELF.exec(text)?.[1];
  if (
    givenSelf &&
    !NOT_GIVEN_SELF.test(givenSelf) &&
    !ENDS_LIKE_PLACE.test(givenSelf) &&
    plausible(givenSelf)
  )
    return givenSelf;
  // A signature may be followed by the writer's number and the letter's date ("姚文华 0931…\n2026.11.22"),
  // the number perhaps on a labelled line of its own ("某某\nTel: 134…", "某某\n电话：139…").
  // "…需要什么材料？文庙巷", "…，文庙巷": a last word that ends like a place is where, not who; 山 and 栋
  // end given names as often ("…帮我发的 某振山", "某国栋").
  const signed = text.replace(SIGNATURE_TAIL, "");
  const last = plausible(LAST_WORD.exec(signed)?.[1]);
  const place = last !== null && ENDS_LIKE_PLACE.test(last) && !/[山栋]$/u.test(last);
  return (
    (place ? null : last) ??
    beforeClosingWords(signed) ??
    unlistedName(text) ??
    surnameSigned(text) ??
    roleSigned(text) ??
    givenSaid(text) ??
    calledByOthers(text) ??
    peopleSaid(text) ??
    numberThenNameLine(text) ??
    numberOpensThenName(text) ??
    closingLineName(text) ??
    contactCardName(text) ??
    speltName(text) ??
    tradeSigned(text) ??
    givenInSlot(text) ??
    lineBeforeNumber(text) ??
    buildingSigned(text) ??
    placeThenName(text) ??
    goneBy(text)
  );
}

/**
 * "…看到请联系 某红梅 谢谢大家", "…打了不接 某建军 海西苑": a full name set off by spaces before closing thanks or
 * the compound the writer lives in signs the message as a last word does. Only a listed surname with one or
 * two name characters, both sides set off by a space.
 */
const CLOSING_WORDS = warmUp(
  /[ \t\u3000]+(?:(?:谢谢|多谢|感谢)(?:大家|各位|您|你们|了|啦)?|[^\s，,。！!？?]{2,8}(?:小区|花园|家园|公寓|苑|巷|社区|新村|大院|号楼))[\s。.！!~]*$/u,
);
const SPACED_FULL_NAME = warmUp(new RegExp(`[ \\t\\u3000](${SURNAME}${GIVEN_NAME_CLASS}{1,2})$`, "u"));
function beforeClosingWords(text: string): string | null {
  const closing = CLOSING_WORDS.exec(text);
  if (!closing) return null;
  const name = SPACED_FULL_NAME.exec(text.slice(0, closing.index))?.[1];
  return name && !EVERYDAY_FULL_NAME.test(name) && !EVERYDAY_SHORT_NAME.test(name)
    ? plausible(name, true)
    : null;
}

/*
 * SURNAME_SIGNED's surname is followed by a number or ends the text (only spaces and stops after
 * it). With no digit anywhere only the second can hold, and then the surname is the text's last
 * word before its closing stops: a text that does not end in a surname cannot match. The pattern
 * tries a standing or an office at every position of the text, the costliest of the name reader's
 * on a letter, and most messages carry no number.
 */
const ANY_DIGIT = warmUp(/[0-9０-９]/);
const CLOSING_STOP = warmUp(/[\s。.！!]/);
const ENDS_IN_SURNAME = warmUp(new RegExp(`(?:${SURNAME})$`, "u"));
function maySignWithSurname(text: string): boolean {
  if (ANY_DIGIT.test(text)) return true;
  let end = text.length;
  while (end > 0 && CLOSING_STOP.test(text[end - 1]!)) end--;
  // A surname is at most two characters (four code units would hold two outside the basic plane).
  return ENDS_IN_SURNAME.test(text.slice(Math.max(0, end - 4), end));
}

function surnameSigned(text: string): string | null {
  const m = maySignWithSurname(text) ? SURNAME_SIGNED.exec(text) : null;
  return m && !OTHERS_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index + 1)) ? m[1]! : null;
}

// "投诉人：高峰。": in a name field, a name that is also an everyday word (高峰, 江山) is the name, when it
// is made of name characters and a pause or the end closes it.
const FIELD_MADE_UP = warmUp(new RegExp(`^${SURNAME}${GIVEN_NAME_CLASS}{1,2}$`, "u"));
function everydayInField(text: string, m: RegExpExecArray | null): string | null {
  const name = m?.[1];
  if (!m || !name || NOT_A_NAME.test(name) || !FIELD_MADE_UP.test(name) || ENDS_LIKE_PLACE.test(name))
    return null;
  const after = text.slice(m.index + m[0].length);
  return /^(?:[。，,；;！!\s]|$)/.test(after) &&
    /[:：】\]]\s*$/.test(text.slice(0, text.indexOf(name, m.index)))
    ? name
    : null;
}

// "名字打成了“刘洋”，是刘阳", "名字写错了，应该是孙俪萍": the writer takes back a name they typed wrong and
// gives it right; the one given after the correction is theirs, wherever else the wrong one stands.
const NAME_RETYPED = warmUp(
  new RegExp(
    `(?:名字|姓名)[^。！!？?\\n]{0,8}?(?:打成|写成|打错|写错|输错|输成)了?\\s*(?:[“"「]${HAN}{2,3}[”"」])?[，,\\s]*(?:其实|应该|正确的)?是\\s*[“"「]?(${SURNAME}${HAN}{1,2}?)(?=[”"」，,。！!；;\\s]|$|电话|手机)`,
    "u",
  ),
);

const REAL_NAME = warmUp(
  new RegExp(
    `(?<![他她]|[他她]的)(?:真名|本名|大名|真实姓名|全名)(?:就|其实)?(?:叫|是)?\\s*[:：]?\\s*(${SURNAME}${HAN}{1,2}?)(?=[\\s，,。；;！!）)】]|$|电话|手机)`,
    "u",
  ),
);

const DESCRIBED_BY_ROLE = warmUp(/(?:员|小哥|老师|司机|骑手|快递员|外卖员|保洁员?|保安|师傅|医生|护士)$/);

// "就叫我秦阿姨吧……哦我不姓秦，我姓付，付阿姨": the surname taken back, then the one meant.
const SURNAME_CORRECTED = warmUp(new RegExp(`不姓(${SURNAME})[^。！!？?\\n]{0,6}?姓(${SURNAME})`, "u"));

/** A name whose surname the writer takes back is replaced by the one they give after. */
function corrected(text: string, name: string | null): string | null {
  const m = SURNAME_CORRECTED.exec(text);
  if (!m || !name?.replace(/^[老小]/, "").startsWith(m[1]!) || m[1] === m[2]) return name;
  const full = SURNAME_THEN_NAME.exec(text.slice(m.index + m[0].length - m[2]!.length - 1));
  return full ? full[2]! : m[2]!;
}

// "我叫为红霞 不对是魏红霞", "名字写错了，不是李红，是彩虹的虹，李虹", "(不是邓先生是邓女士)": a name taken back
// (the one before 不对 / 错了, or the one right after 不是) and given again with one character changed,
// or the same surname with another form of address. Only a one-character change counts, so a number
// corrected nearby or another person named after 不是 never replaces the writer's name.
const TAKEN_BACK_NAME = warmUp(/不是|不对|错了/gu);
const SAYS_NAME = warmUp(/名字|姓名|名儿|叫|登记/u);
const NEGATED_NAME = warmUp(new RegExp(`^\\s*(${SURNAME}(?:${TITLE}|${HAN}{1,2}))`, "u"));
const RETOLD_BEFORE = warmUp(/(?:^|[是，,、\s（(：:的])$/u);
const RETOLD_AFTER = warmUp(/^(?:$|[\s，,。.！!）)；;]|电话|手机)/u);
const ADDRESSED_FORM = warmUp(new RegExp(`^(${SURNAME})(${TITLE})$`, "u"));

/** The name the writer gives again after taking back the one read (or one they say is wrong). */
function retold(text: string, name: string | null): string | null {
  if (!/不是|不对|错了/.test(text)) return name;
  for (const m of text.matchAll(TAKEN_BACK_NAME)) {
    const at = m.index;
    let wrong: string;
    let from = at + m[0].length;
    if (m[0] === "不是") {
      const negated = NEGATED_NAME.exec(text.slice(from))?.[1];
      if (!negated) continue;
      // "不是张伟" with 张伟 read, or with no name read and the writer speaking of their name.
      if (name && negated.startsWith(name)) wrong = name;
      else if (!name && SAYS_NAME.test(text.slice(Math.max(0, at - 16), at))) wrong = negated;
      else continue;
      from = text.indexOf(wrong, from) + wrong.length;
    } else {
      // "我叫为红霞 不对…": the name read stands just before.
      if (!name) continue;
      const before = text.lastIndexOf(name, at);
      if (before < 0 || at - (before + name.length) > 4) continue;
      wrong = name;
    }
    const again = retoldAfter(text.slice(from, from + 24), wrong);
    if (again) return again;
  }
  return name;
}

function retoldAfter(window: string, wrong: string): string | null {
  const len = [...wrong].length;
  const chars = [...window];
  const wrongChars = [...wrong];
  const form = ADDRESSED_FORM.exec(wrong);
  for (let i = 0; i < chars.length; i++) {
    for (const size of form ? [len - 1, len, len + 1] : [len]) {
      const word = chars.slice(i, i + size).join("");
      if ([...word].length !== size || word === wrong) continue;
      if (
        !RETOLD_BEFORE.test(chars.slice(0, i).join("")) ||
        !RETOLD_AFTER.test(chars.slice(i + size).join(""))
      )
        continue;
      const other = ADDRESSED_FORM.exec(word);
      const swapped = !!form && !!other && form[1] === other[1];
      const oneChanged =
        size === len &&
        [...word].filter((c, k) => c !== wrongChars[k]).length === 1 &&
        /^\p{Script=Han}+$/u.test(word);
      if ((swapped || oneChanged) && plausible(word)) return word;
    }
  }
  return null;
}

/**
 * The writer's full name where they gave a nickname and, set off beside it or beside their number, the
 * full name with the same surname ("我是楼长老周，…麻烦联系我，周海涛 150…", "我是…保安队长老孟，孟庆华，…").
 */
function withFullName(text: string, name: string | null): string | null {
  const apposed = NICKNAME_THEN_FULL.exec(text);
  if (apposed && (name === null || name === apposed[1] || name.endsWith(apposed[1]!)))
    return aloneWord(apposed[2]) ?? name;
  if (name === null) return null;
  // "你们叫我某小姐 我叫某某某": the full name the writer gives themselves after a form of address with
  // the same surname is the one to call them by.
  const addressed = ADDRESSED_FORM.exec(name);
  if (addressed) {
    const own = new RegExp(
      `(?:我叫|我的名字[是叫]|我名字[是叫])(${addressed[1]!}${GIVEN_NAME_CLASS}{1,2})(?=[\\s，,。！!；;]|$|[+＋]?[0-9０-９]{7})`,
      "u",
    ).exec(text)?.[1];
    if (own) return own;
  }
  const surname = /^[老小](.+)$/u.exec(name)?.[1];
  if (!surname || !new RegExp(`^${SURNAME}$`, "u").test(surname)) return name;
  const full = new RegExp(
    `(?:^|[，,。！!；;\\s])(${surname}${HAN}{1,2}?)(?=[，,。！!；;]|\\s*(?:$|[+＋(（]?[0-9０-９]|电话|手机))`,
    "u",
  ).exec(text);
  const whole = aloneWord(full?.[1]);
  return whole && whole.length > surname.length && !NOT_NAME_CHARS.test(whole.slice(surname.length))
    ? whole
    : name;
}
// "我是恒汇大厦保安队长老孟，孟庆华，": the writer's nickname, then their full name set off after it.
const NICKNAME_THEN_FULL = warmUp(
  new RegExp(
    `(?:我是|本人是?)[^，,。！!？?]{0,14}?[老小](${SURNAME})[，,]\\s*(\\1${HAN}{1,2})(?=[，,。！!；;\\s])`,
    "u",
  ),
);
// "我姓东方，东方月", "我姓卜，叫卜凡": the writer's surname, then the full name that starts with it.
// Read whatever the surname (the full name said right after confirms it), not "我姓苏，苏州的苏".
const SURNAME_RESTATED = warmUp(
  new RegExp(
    `(?:我|免贵|本人|鄙人|在下)也?复?姓(${HAN}{1,2})[，,、\\s]+(?:名字?)?(?:叫|是)?\\s*(\\1${HAN}{1,2})${NAME_END}`,
    "u",
  ),
);
// "我是天天在河边钓鱼的，叫春生，电话…": a clause opening with 叫 after the writer said who they are
// names the writer, surname list or not.
const WRITER_THEN_CALLED = warmUp(
  new RegExp(
    `(?:我(?:就|也|只)?是|本人是?|我在)[^。！!？?\\n]{0,24}?[，,]\\s*(?:名字)?叫\\s*(${DOTTED_NAME}|${HAN}{2,5})(?=[，,。！!；;\\s]|$|电话|手机|就行)`,
    "u",
  ),
);
// What 叫 also brings after a clause ("…，叫救护车", "…，叫人来修"): no name.
const CALLED_THING = warmUp(
  /[车队所局站处科]$|^(?:救护|消防|维修|医生|邻居|家人|朋友|司机|工人|物业|居委|社区)/,
);
// "联系人：娜迪拉（维吾尔族）", "姓名：其其格": a name label before a name written for its sound.
const SOUND_FIELD = warmUp(
  new RegExp(
    `(?:联系人|联络人|姓名|称呼|署名|落款|反映人|投诉人|求助人|咨询人|留言人|报告人|来电人)\\s*[:：】\\]]?\\s*(${SOUND_NAME})${NAME_END}`,
    "u",
  ),
);
// "叫阿华就行", "叫老周就好": how the writer asks to be called, as a clause of its own.
const CALL_ME_SO = warmUp(
  new RegExp(
    `(?:^|[，,。！!\\s])叫(阿${HAN}|[老小]${SURNAME}|${SURNAME}${TITLE})(?:就行|就好|就可以|就成)`,
    "u",
  ),
);
// "张明（小区保洁员）" on a line of its own: a name with who they are in brackets signs the letter.
const NAME_LINE_ASIDE = warmUp(
  new RegExp(
    `(?:^|\\n)[ \\t]*(${SURNAME}${HAN}{1,2}?)[ \\t]*[（(][^（）()\\n]{1,16}[）)][ \\t]*(?=\\n|$)`,
    "u",
  ),
);
// "…，电话…，名字沈玉兰": 名字 as a label without a colon, ending the message or a clause.
const NAME_WORD_LABEL = warmUp(
  new RegExp(`(?:^|[，,。！!\\s])名字(?:是|叫)?\\s*[:：]?\\s*(${NAME})(?=[\\s。.！!]*$|[，,；;])`, "u"),
);
// "我叫 Tony，托尼·王", "我叫建军，姓钟，钟建军": the short form first, then the full one set off after it.
function fullFormAfter(text: string, name: string | null): string | null {
  if (!name || name.length < 2) return name;
  const later = laterFullForm(text, name);
  if (later) return later;
  const at = text.indexOf(name);
  if (at < 0) return name;
  const m = new RegExp(
    `^[，,]\\s*(?:姓${HAN}{1,2}[，,]\\s*)?(${DOTTED_NAME}|${HAN}{3,4})(?=[，,。！!；;\\s]|$)`,
    "u",
  ).exec(text.slice(at + name.length));
  const full = m?.[1];
  if (!full) return name;
  if (/[·•・]/.test(full) && /^[A-Za-z]/.test(name)) return full;
  // "大家都叫我小刘，就写小刘": only a surname may stand before the short form, not a request.
  const before = full.slice(0, full.length - name.length);
  return full.endsWith(name) && new RegExp(`^${SURNAME}$`, "u").test(before) && plausible(full) ? full : name;
}
// A short form's surname: 老向 / 小向 / 向师傅 / 向阿姨 → 向.
const SHORT_FORM = warmUp(
  new RegExp(`^(?:[老小](${SURNAME})|(${SURNAME})(?:${TITLE}|${OFFICE_TITLE}))$`, "u"),
);
const SET_OFF_BEFORE = warmUp(/(?:^|[\s，,。：:；;！!])$/u);
const SET_OFF_AFTER = warmUp(/^(?:[，,。！!；;\s\d]|$)/u);

/**
 * The writer's full name said after a short form, set off as a word of its own: "开车的老某，某建华，…",
 * "我是…的某师傅，某振海。", "…某师傅…。某立军，134…", and in a call "我叫金水。…姓杨，杨金水".
 */
function laterFullForm(text: string, name: string): string | null {
  const short = SHORT_FORM.exec(name);
  const surname = short ? (short[1] ?? short[2]!) : null;
  const at = text.indexOf(name);
  if (at < 0) return null;
  const pattern = surname
    ? new RegExp(`${surname}${HAN}{1,2}`, "gu")
    : name.length === 2 && !SURNAME_ONLY.test(name)
      ? new RegExp(`(?:${SURNAME})${name}`, "gu")
      : null;
  if (!pattern) return null;
  pattern.lastIndex = at + name.length;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    let full = m[0];
    let end = m.index + full.length;
    // "向建华，" read greedily; "向海，" with a one-character given name is also a full form.
    if (!SET_OFF_AFTER.test(text.slice(end)) && full.length > 2) {
      full = full.slice(0, -1);
      end--;
    }
    if (!SET_OFF_BEFORE.test(text.slice(0, m.index)) || !SET_OFF_AFTER.test(text.slice(end))) continue;
    if (full === name || ENDS_WITH_TITLE.test(full) || /^[老小]/.test(full)) continue;
    if (
      (ENDS_LIKE_PLACE.test(full) && !/栋$/u.test(full)) ||
      EVERYDAY_FULL_NAME.test(full) ||
      EVERYDAY_SHORT_NAME.test(full)
    )
      continue;
    if (plausible(full)) return full;
  }
  return null;
}
const SURNAME_ONLY = warmUp(new RegExp(`^(?:${SURNAME})$`, "u"));

// "我是物业保安钱师傅": a trade the writer says is theirs, right before their name, is no third party.
const WRITER_TRADE = warmUp(/(?:我|本人)(?:是|系)[^，,。！!？?\s的]{0,8}$/);
// "中文名是沈丽", "我的中文名字叫沈丽".
const CHINESE_NAME = warmUp(
  new RegExp(
    `中文(?:名(?:字)?(?:是|叫|为)?|叫)[:：]?\\s*(${SURNAME}${HAN}{1,2})(?=[，,。！!；;\\s]|$|电话|手机|\\p{Extended_Pictographic})`,
    "u",
  ),
);
// "我叫 Yang Jing（杨静）", "我叫 Li Ming / 李明": a Latin name with the Chinese one beside it in brackets
// or after a slash; the Chinese one is how staff will address them, as with 中文名. Not after a name
// of three Latin words ("Tran Thi Lan（陈氏兰）"): a foreign name's Chinese rendering is only a gloss.
const CHINESE_BESIDE_LATIN = warmUp(
  new RegExp(
    `(?<![A-Za-z] ?)[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15})?\\s*(?:[（(]\\s*(${SURNAME}${HAN}{1,2})\\s*[）)]|[/／]\\s*(${SURNAME}${HAN}{1,2})(?=[，,。！!；;\\s]|$|电话|手机))`,
    "u",
  ),
);

/**
 * The first 我叫… that names the writer: "我叫聂子涵的妈妈……我叫侯敏" names a child first, the mother
 * after.
 */
function calledSelf(text: string): RegExpExecArray | null {
  for (const m of text.matchAll(CALLED_ALL))
    if (!/^的(?:妈妈|爸爸|家长|奶奶|爷爷|姥姥|姥爷|外婆|外公|妈|爸)/.test(text.slice(m.index + m[0].length)))
      return m;
  return null;
}

/** "我王秀英住…", "我老张，电话…": the writer's name right after 我, unless the word is no name. */
function selfNamed(text: string): string | null {
  const m = I_NAME.exec(text);
  const name = aloneName(m);
  // "我于今年，…": a date word is no given name.
  return name &&
    !/[年月日天时前后]|丈夫|妻子|老公|老婆|儿子|女儿|孩子/.test(name) &&
    !EVERYDAY_FULL_NAME.test(name)
    ? name
    : null;
}

/**
 * A surname given in a clause of its own ("…，姓何，电话…") is the writer's when the clause before
 * is the writer's ("我是新城公寓的住户，姓何"), or when the sentence opens with it before a number
 * ("姓包，电话…"), or when it ends the message after a number ("电话139…，姓鲁"). After a
 * third party's clause ("邻居住302，姓王"), or 他 / 她 ("她姓马"), it is theirs.
 */
function clauseSurname(text: string): string | null {
  for (const m of text.matchAll(CLAUSE_SURNAME)) {
    const at = m.index + m[0].length - 1 - m[1]!.length;
    const sentence =
      text
        .slice(0, at)
        .split(/[。！!？?\n]/)
        .pop() ?? "";
    const clauses = sentence.split(/[，,；;]/);
    const before = clauses.length > 1 ? clauses[clauses.length - 2]! : "";
    const after = text.slice(at + 1 + m[1]!.length);
    if (clauses.length > 1) {
      if (THIRD_PARTY.test(before) && !/^\s*(?:我是|本人是)/.test(before)) continue;
      if (WRITER_CLAUSE.test(before)) return m[1]!;
      // "…三班浩浩家长，姓某，…": the clause before is the writer's standing.
      if (STANDING_ENDS.test(before)) return m[1]!;
      if (/\d{4}/.test(before) && /^[\s。.！!]*$/.test(after)) return m[1]!;
    } else if (/^[，,\s]*(?:电话|手机|联系|[\d+＋(（])/.test(after)) {
      return m[1]!;
    } else if (/^[\s。.！!]*$/.test(after) && NUMBER_THEN_END.test(sentence)) {
      // "联系：139… 姓熊": the surname after the number, ending the message, signs it.
      return m[1]!;
    } else if (
      /^[\s。.！!]*$/.test(after) &&
      /^\s*$/.test(sentence) &&
      /[。！!]\s*$/.test(text.slice(0, at))
    ) {
      // "…电话就是发信号码。姓某": a sentence of its own ending the message signs it.
      return m[1]!;
    }
  }
  return null;
}
const STANDING_ENDS = warmUp(new RegExp(`${STANDING}\\s*$`, "u"));
// The number may be grouped in full-width digits and dashes ("１８８－０８７１－４４２７", then 姓某).
const NUMBER_THEN_END = warmUp(
  new RegExp(`${DIGIT_OR_SPOKEN}(?:[\\s\\-－]?${DIGIT_OR_SPOKEN}){6,}[\\s，,]*$`, "u"),
);

// "公司负责人余某电话…": a post that is someone else's when the writer does not claim it ("我是店主王某"
// is theirs) and the name comes with that person's number; "…，店主罗先生" ending a message signs it.
const OTHERS_POST = warmUp(/负责人|老板|店主|司机/);

/** A standing and the name signing a letter, unless the standing is the post of someone reported. */
function standingSigned(text: string): string | null {
  const m = STANDING_SIGNED.exec(text);
  if (!m) return null;
  const clause = m[0].slice(0, m[0].length - m[1]!.length);
  const before =
    text
      .slice(0, m.index)
      .split(/[，,。！!？?；;\n]/)
      .pop() ?? "";
  const withNumber = /^\s*(?:的)?(?:电话|手机)/.test(text.slice(m.index + m[0].length));
  if (withNumber && OTHERS_POST.test(clause) && !/我|本人/.test(before + clause)) return null;
  return plausible(m[1]);
}

/** A standing and a full name by its make-up opening the message ("老党员某某某，…"). */
function standingMadeUp(text: string): string | null {
  const name = STANDING_MADE_UP.exec(text)?.[1];
  if (!name || EVERYDAY_FULL_NAME.test(name) || EVERYDAY_SHORT_NAME.test(name) || ENDS_LIKE_PLACE.test(name))
    return null;
  return plausible(name);
}

/** "小雅 🌸 …": a given name opening the message before an emoji. */
function openingGiven(text: string): string | null {
  const given = OPENING_GIVEN.exec(text)?.[1];
  return given && !NOT_GIVEN_NAME.test(given) ? given : null;
}

// "我想举报一个人，叫卢志平": the clause before 叫 is about someone else.
// "住着一位独居的老先生，叫…": a person brought in with a measure word is someone else too.
const ABOUT_SOMEONE = warmUp(
  new RegExp(
    `(?:一个|一名|一位|那个|这个)(?:人|男的|女的)|(?:一个|一名|一位|那位|这位)[^，,。]{0,6}(?:老先生|老太太|老人|老汉|大爷|大妈|阿姨|小伙子?|姑娘|孩子|男子|女子)$|[他她]|${THIRD_PARTY.source}`,
  ),
);

/** "我是业主代表，叫雷振华": a clause opening with 叫 names the writer, unless the one before names another. */
function calledInClause(text: string): string | null {
  const m = CLAUSE_CALLED.exec(text);
  const name = plausible(m?.[1]);
  if (!m || !name) return null;
  const before =
    text
      .slice(0, m.index)
      .split(/[，,。！!？?；;\n]/)
      .pop() ?? "";
  return ABOUT_SOMEONE.test(before) && !/我是|本人/.test(before) ? null : name;
}

/** A name right before a number, unless the words before it name someone else's. */
const WHO_I_AM_ASIDE_END = warmUp(/(?:我|本人)\s*[（(][^（）()，,。]{1,8}[）)]$/u);
function nameBeforePhone(text: string): string | null {
  const m = NAME_BEFORE_PHONE.exec(text);
  if (!m) return null;
  const at = m.index + m[0].length - m[1]!.length;
  // "联系我（他儿子）钱某 133…": the aside says who the writer is, no one else.
  const before = text.slice(Math.max(0, at - 16), at).replace(WHO_I_AM_ASIDE_END, "我");
  // The number after it has ended the name, so 家 in it is a given name's ("某家豪 135…").
  const name = OTHERS_BEFORE.test(before.slice(-10)) ? null : aloneWord(m[1], true);
  // "常主任电话…": someone named by their post, not the writer signing.
  return name && !POST_ENDING.test(name) ? name : null;
}

// "某某某·某某某，在西盛花园住。": a transliterated name opening the message before who and where the
// writer is, as OPENING_NAME reads a Chinese one. Compiled on first use: few messages hold a middle dot.
let openingDottedName: RegExp | null = null;
function openingDotted(text: string): string | null {
  if (!/[·•・]/.test(text)) return null;
  openingDottedName ??= new RegExp(`^\\s*(${DOTTED_NAME})(?=${AFTER_OPENING_NAME})`, "u");
  return plausible(openingDottedName.exec(text)?.[1]);
}

/** "我是东城小区的住户其其格": a name after the writer's place or standing. */
function iAmOf(text: string): string | null {
  const name = plausible(I_AM_OF.exec(text)?.[1]);
  if (!name || new RegExp(`^${ROLE_NAME}$`, "u").test(name)) return name;
  return soundsLikeName(name) ? name : null;
}

/** "司空明" → "明": a compound surname's characters (闻人, 司空) are no sign of an everyday word. */
function withoutCompoundSurname(name: string): string {
  const compound = COMPOUND_SURNAMES.find((c) => name.startsWith(c));
  return compound ? name.slice(compound.length) : name;
}

/** "…的，叫春生，": 叫 opening a clause after the writer's own, when what follows is no thing. */
function writerThenCalled(text: string): string | null {
  const name = WRITER_THEN_CALLED.exec(text)?.[1];
  if (!name || NOT_A_NAME.test(name) || CALLED_THING.test(name)) return null;
  if (/[·•・]/.test(name)) return /[了他她们的着过你我]/.test(name) ? null : name;
  if (NOT_CALLED.test(name) || LOOKS_LIKE_NAME.test(name) || ENDS_LIKE_PLACE.test(name)) return null;
  return name;
}

const CORRECTED_FORM = warmUp(/不好意思|对不起|抱歉|sorry/i);
const ADDRESS_FORM = "(?:先生|女士|阿姨|师傅|老师|大爷|大妈|大姐|小姐)";
// "老人家怎么称呼": the agent asks for someone else's name.
const ASKS_OTHERS_NAME = warmUp(/老人|[他她]|母亲|父亲|您(?:家)?(?:妈|爸)/);
const ASKS_NAME = warmUp(/姓名|称呼|稱呼|贵姓|貴姓|叫什么|叫什麼|名字|全名|哪位/);
const BARE_NAME = warmUp(new RegExp(`^\\s*(${SURNAME}${HAN}{1,2})[\\s。.！!]*$`, "u"));
// "老郭。", "小曹，物业客服。", "阿芳": the form the caller goes by answers the question as a name does.
const BARE_SHORT_NAME = warmUp(
  new RegExp(`^\\s*([老小]${SURNAME}|阿${STRONG_GIVEN_NAME_CLASS}|${SURNAME}[姐哥])[\\s。.！!]*$`, "u"),
);
// "Anna Smith。": a foreign caller answers with a given name and a family name in Latin letters.
const BARE_LATIN_NAME = warmUp(/^\s*([A-Z][a-z]{1,15} [A-Z][a-z]{1,15})[\s。.！!]*$/u);
// "扎西多吉。", "古丽娜尔，维吾尔族": a name written for its sound answers the question as well.
const BARE_SOUND_NAME = warmUp(new RegExp(`^\\s*(${SOUND_NAME})[\\s。.！!]*$`, "u"));

// How callers spell a surname aloud: "弓长张", "立早章", "耳东陈" are no names.
const SPELT_SURNAME = warmUp(
  /^(?:弓长张|立早章|耳东陈|木子李|口天吴|双木林|言午许|草头黄|古月胡|木易杨|人可何|禾口程|关耳郑|双人徐|三点水)/,
);

/**
 * The caller's answer to the agent's question for their name when it is the name alone ("賈秀蘭") or
 * the name with how it is written ("刘桂芳，刘备的刘", "张，弓长张，张丽萍", "慕容，复姓，慕容婷").
 */
function answeredName(turns: readonly { speaker: "caller" | "agent"; text: string }[]): string | null {
  for (let i = 1; i < turns.length; i++) {
    if (turns[i]!.speaker !== "caller" || turns[i - 1]!.speaker !== "agent") continue;
    if (!ASKS_NAME.test(turns[i - 1]!.text) || ASKS_OTHERS_NAME.test(turns[i - 1]!.text)) continue;
    const text = turns[i]!.text;
    // "她姓孙，孙秀英": the caller names someone else (the mother they call for).
    if (/^\s*(?:[他她]|我(?:妈|爸|母亲|父亲))/.test(text)) continue;
    const simple = toSimplifiedChinese(text);
    const view = simple.length === text.length ? simple : text;
    let at = 0;
    for (const said of view.split(/[，,。、；;]/)) {
      // "你就写个小某吧", "记老某就行": the caller tells the agent what to write down; the name is what
      // stands between.
      const clause = said.replace(WRITE_ME_AS, "$1");
      const sound = BARE_SOUND_NAME.exec(clause);
      // "贾，西贝贾": a surname spelt by its parts ends with the surname said alone before it.
      const spelt =
        sound && sound[1]!.length === 3 && new RegExp(`^\\s*${sound[1]!.slice(-1)}[，,]`, "u").test(view);
      const m =
        BARE_NAME.exec(clause) ??
        BARE_SHORT_NAME.exec(clause) ??
        (sound && !spelt && soundsLikeName(sound[1]!) ? sound : null) ??
        unlistedAnswer(clause, turns[i - 1]!.text) ??
        BARE_LATIN_NAME.exec(clause);
      const name = SPELT_SURNAME.test(clause.trim()) ? null : plausible(m?.[1]);
      if (m && name) {
        const from = at + said.indexOf(name);
        return text.slice(from, from + name.length);
      }
      at += said.length + 1;
    }
    // "姓樊。", "贾，西贝贾。", "魏。": the surname alone answers 贵姓, when no
    // later clause gives the full name ("张，弓长张，张丽萍").
    const surname = ONLY_SURNAME.exec(view.split(/[，,。、；;]/)[0] ?? "");
    if (surname && /贵姓|貴姓/.test(turns[i - 1]!.text)) {
      const from = view.indexOf(surname[1]!);
      return text.slice(from, from + surname[1]!.length);
    }
  }
  return null;
}
// "凤小兰。" answering "请问您的姓名？" / "您全名是？": a surname no list holds before a given name of two
// (one character a strong given name's) is still the name where the agent asked for the full name;
// never after 贵姓 (a surname is asked for), and no everyday word ("不用了", "没有啊").
const UNLISTED_ANSWER = warmUp(
  new RegExp(`^\\s*(${HAN}(?=${HAN}?${STRONG_GIVEN_NAME_CLASS})${GIVEN_NAME_CLASS}{2})[\\s。.！!]*$`, "u"),
);
function unlistedAnswer(clause: string, asked: string): RegExpExecArray | null {
  if (!/姓名|全名|名字|怎么称呼|怎麼稱呼/.test(asked) || /贵姓|貴姓/.test(asked)) return null;
  const m = UNLISTED_ANSWER.exec(clause);
  const name = m?.[1];
  return name && !EVERYDAY_FULL_NAME.test(name) && !NOT_CALLED.test(name) ? m : null;
}
const ONLY_SURNAME = warmUp(new RegExp(`^\\s*(?:免贵)?(?:我)?姓?(${SURNAME})\\s*$`, "u"));
const WRITE_ME_AS = warmUp(
  /^\s*(?:你们?|您)?(?:就|直接)?(?:写|记|登记)(?:个|一个|成|上|作)?\s*((?!\S{0,3}某)\S{2,4}?)\s*(?:吧|就行了?|就好|就可以了?|好了)?[\s。.！!]*$/u,
);

/**
 * A 12345 staff record opens with its 来电人 field ("来电人：葛翠萍\n联系电话：…"), which reads as a
 * first caller turn holding the name alone: no one speaks a bare full name before the agent greets.
 */
function recordCaller(turns: readonly { speaker: "caller" | "agent"; text: string }[]): string | null {
  // A heading ("受理记录") may stand above the fields: a name with its number field beside it on one
  // line is the caller's in any turn before the agent speaks.
  for (let i = 0; i < turns.length && turns[i]!.speaker === "caller"; i++) {
    const turn = turns[i]!;
    const simple = toSimplifiedChinese(turn.text);
    const view = simple.length === turn.text.length ? simple : turn.text;
    const m = (i === 0 ? BARE_NAME.exec(view) : null) ?? RECORD_NAME.exec(view);
    const name = m ? plausible(m[1]) : null;
    if (!name) continue;
    const from = view.indexOf(name);
    return turn.text.slice(from, from + name.length);
  }
  return null;
}

// "来电人：某某  来电号码：…": the record's fields side by side on one line.
const RECORD_NAME = warmUp(
  new RegExp(`^\\s*(${SURNAME}${HAN}{1,2})(?:[ \\t\\u3000]{2,}|\\s*(?=来电号码|联系电话|回访号码))`, "u"),
);

// "好的陈建华先生": the agent may use the full name; the name is then the full name alone.
const ADDRESSED = warmUp(new RegExp(`(${SURNAME}(?:${HAN}{1,2})?)${ADDRESS_FORM}`, "u"));

/** The full name in "陈建华先生" (a surname and a given name before the form of address), else null. */
function fullNameOf(m: RegExpExecArray): string | null {
  const name = m[1];
  return name &&
    [...name].length > 1 &&
    !(COMPOUND_SURNAMES as readonly string[]).includes(name) &&
    !NOT_NAME_CHARS.test(name.slice(1))
    ? name
    : null;
}

/**
 * The form of address a caller gives in answer to the agent's question ("戴先生？" "戴阿姨！"),
 * for the surname they gave (any surname when they gave none): the last answer wins.
 */
function chosenForm(
  turns: readonly { speaker: "caller" | "agent"; text: string }[],
  surname: string | null | undefined,
): string | null {
  let chosen: string | null = null;
  for (let i = 1; i < turns.length; i++) {
    const [asked, answer] = [turns[i - 1]!, turns[i]!];
    // "坐席：李女士。来电人：李奶奶，…": an agent's turn that only addresses the caller asks as a question does.
    if (
      asked.speaker !== "agent" ||
      answer.speaker !== "caller" ||
      !(/[？?]|还是/.test(asked.text) || ADDRESS_ONLY.test(asked.text))
    )
      continue;
    const m = CHOSEN_FORM.exec(toSimplifiedChinese(answer.text));
    if (m && (!surname || m[1] === surname)) chosen = m[1]! + m[2]!;
  }
  return chosen;
}
const ADDRESS_ONLY = warmUp(new RegExp(`^\\s*${SURNAME}${TITLE}[。.，,！!]?\\s*$`, "u"));
const CHOSEN_FORM = warmUp(new RegExp(`^\\s*(?:我是|是)?(${SURNAME})(${TITLE})(?=[\\s，,。.！!]|$)`, "u"));

/** The surname in the agent's first form of address ("何先生全名方便吗？"), when the caller's was not read. */
function agentSurname(turns: readonly { speaker: "caller" | "agent"; text: string }[]): string | null {
  for (const turn of turns) {
    const m =
      turn.speaker === "agent" ? new RegExp(`(${SURNAME})${ADDRESS_FORM}`, "u").exec(turn.text) : null;
    if (m) return m[1]!;
  }
  return null;
}

/** A caller's clause that is only the full name for a surname already given (stammer and 吧 aside). */
function fullNameLater(
  turns: readonly { speaker: "caller" | "agent"; text: string }[],
  surname: string,
): string | null {
  const clause = new RegExp(
    // "就叫方向", "你就说蒋大爷": how the caller tells the agent to put them down.
    `^\\s*(?:${surname}\\s*(?:…+|\\.{2,}|—+)\\s*)?(?:就是|是|叫|(?:你|您)?就(?:叫|说|写)|叫我)?(${surname}${HAN}{1,2}?)(?:吧|呀|啊|就行|就好)?[\\s。.！!]*$`,
    "u",
  );
  for (const turn of turns) {
    if (turn.speaker !== "caller") continue;
    const simple = toSimplifiedChinese(turn.text);
    const view = simple.length === turn.text.length ? simple : turn.text;
    let at = 0;
    for (const part of view.split(/[，,。、；;]/)) {
      const m = clause.exec(part);
      const name = m && m[1]!.length > surname.length ? plausible(m[1]) : null;
      if (m && name) {
        const from = at + m.index + m[0].lastIndexOf(name);
        return turn.text.slice(from, from + name.length);
      }
      at += part.length + 1;
    }
  }
  return null;
}

/**
 * The caller's name in a hotline call: what the caller says, and when they give only their surname
 * ("我姓赵"), the form the agent then addresses them by ("好的赵女士").
 */
// "坐席：登记的是刘阳，太阳的阳，是同一位吗？" "来电人：对对…", "坐席：邓文斌是吧？" "来电人：对。": the agent
// puts a full name to the caller and the caller agrees. It replaces the name the caller's words gave when
// it is that name completed (邓文 → 邓文斌) or that name with one character heard otherwise (刘洋 → 刘阳).
const PUT_TO_CALLER = warmUp(new RegExp(`(${SURNAME}${HAN}{1,2}?)(?=[，,]|是吧|对吧|对吗|吗|[？?])`, "gu"));
const TIME_STAMP_ONLY = warmUp(/^\s*[[【(（]?\d{1,2}:\d{2}(?::\d{2})?[\]】)）]?\s*$/);
const AGENT_RETELLS = warmUp(
  new RegExp(`^\\s*(${SURNAME}${HAN}{1,2}?)[，,。]\\s*(?:好的|好|明白|记下了)`, "u"),
);
function agentConfirmedName(
  turns: readonly { speaker: "caller" | "agent"; text: string }[],
  said: string,
): string | null {
  let confirmed: string | null = null;
  for (let i = 0; i + 1 < turns.length; i++) {
    const turn = turns[i]!;
    const next = turns[i + 1]!;
    // "来电人：不是树立的立，是秀丽的丽。" "坐席：某丽某，好的。": the agent says the name over as the caller
    // just corrected it.
    // A time stamp the parser left as a turn of its own ("[00:00:26]") stands between them in some exports.
    let k = i - 1;
    while (k > 0 && TIME_STAMP_ONLY.test(turns[k]!.text)) k--;
    const retold =
      k >= 0 &&
      turn.speaker === "agent" &&
      turns[k]!.speaker === "caller" &&
      /不是|不对|错了/.test(turns[k]!.text)
        ? AGENT_RETELLS.exec(turn.text)?.[1]
        : undefined;
    if (retold && retold !== said && retold.length === said.length && retold[0] === said[0]) {
      if ([...retold].filter((c, k) => c !== said[k]).length === 1 && plausible(retold, true))
        confirmed = retold;
      continue;
    }
    if (turn.speaker !== "agent" || next.speaker !== "caller" || !CONFIRMS.test(next.text)) continue;
    // A question about the caller's own name ("登记的是…", "…是吧"), not "是某某吗" about someone else.
    if (!/登记|记录|名字|姓名|全名|是吧|对吧/.test(turn.text)) continue;
    for (const m of turn.text.matchAll(PUT_TO_CALLER)) {
      const put = m[1]!;
      if (put === said || put[0] !== said[0] || ENDS_WITH_TITLE.test(put)) continue;
      const completes = put.length > said.length && put.startsWith(said);
      const oneHeardOtherwise =
        put.length === said.length && [...put].filter((c, k) => c !== said[k]).length === 1;
      if ((completes || oneHeardOtherwise) && plausible(put, true)) confirmed = put;
    }
  }
  return confirmed;
}

// "坐席：是石头的石，大海的海，军队的军吗？" "来电人：对的。": the agent spells the name a character at a time
// by a word holding it, and the caller agrees (after a name said in pinyin, which no rule reads).
const SPELT_CHARACTER = warmUp(new RegExp(`[^，,、。？?\\s]{1,5}?的(${HAN})`, "gu"));
const SPELT_BY_AGENT = warmUp(
  new RegExp(
    `^\\s*(?:是|就是)?((?:[^，,、。？?\\s]{1,5}?的${HAN}[，,、\\s]*){2,3})(?:吗|对吗|是吧|对吧)?[？?]`,
    "u",
  ),
);
function agentSpelledName(turns: readonly { speaker: "caller" | "agent"; text: string }[]): string | null {
  for (let i = 0; i + 1 < turns.length; i++) {
    const [asked, answer] = [turns[i]!, turns[i + 1]!];
    if (asked.speaker !== "agent" || answer.speaker !== "caller" || !CONFIRMS.test(answer.text)) continue;
    const m = SPELT_BY_AGENT.exec(asked.text);
    if (!m) continue;
    const name = [...m[1]!.matchAll(SPELT_CHARACTER)].map((c) => c[1]!).join("");
    if (new RegExp(`^${SURNAME}`, "u").test(name) && plausible(name, true)) return name;
  }
  return null;
}

export function transcriptName(
  turns: readonly { speaker: "caller" | "agent"; text: string }[],
): string | null {
  const read =
    extractName(
      turns
        .filter((t) => t.speaker === "caller")
        .map((t) => t.text)
        .join("。"),
    ) ??
    answeredName(turns) ??
    recordCaller(turns) ??
    agentSpelledName(turns);
  // "古月胡。" answering 贵姓: a surname spelt by its parts is the surname alone (the agent's 胡先生 follows).
  const said =
    read && read.length === 3 && SPELT_SURNAME.test(read) && read !== "三点水" ? read.slice(-1) : read;
  const surnameOnly = !said || (COMPOUND_SURNAMES as readonly string[]).includes(said) || said.length === 1;
  // "我姓章，不是弓长张，是立早章，章桂兰", "刘……刘建国吧": the caller's full name, given after the
  // surname (asked for by the agent or spelt out first), is the name.
  const base = said ?? agentSurname(turns);
  const full = surnameOnly && base ? fullNameLater(turns, base) : null;
  if (full) return full;
  const nickname = said ? /^[老小](.+)$/u.exec(said)?.[1] : undefined;
  // "我是社区的网格员小满…" "您全名是？" "满晓红。": the full name the caller gives when asked for it wins over
  // the form they go by, said in passing.
  const answered = nickname ? answeredName(turns) : null;
  if (answered && nickname && answered.length > nickname.length && answered.startsWith(nickname))
    return answered;
  if (surnameOnly || nickname) {
    // "坐席：戴先生？来电人：戴阿姨！", "贺先生还是贺女士？" "贺女士。": the caller's own answer wins.
    const chosen = chosenForm(turns, nickname ?? said);
    if (chosen) return chosen;
  }
  // "我姓欧阳" gives a surname of two characters: still only a surname.
  if (said && !surnameOnly && !nickname) return agentConfirmedName(turns, said) ?? said;
  // "叫我老郭就行" stays the name even where the agent then says 郭先生: it is how they asked to be called.
  if (nickname) return said;
  const addressing = said ? new RegExp(`(${said}(?:${HAN}{1,2})?)${ADDRESS_FORM}`, "u") : ADDRESSED;
  // "邵先生…" "我是女的。" "不好意思，邵女士": the agent's later form corrects an earlier one.
  let form: string | null = null;
  for (const turn of turns) {
    const addressed = turn.speaker === "agent" ? addressing.exec(turn.text) : null;
    if (!addressed) continue;
    const named = fullNameOf(addressed) ?? addressed[0];
    if (form === null) form = named;
    else if (named !== form && CORRECTED_FORM.test(turn.text)) form = named;
  }
  return form ?? said;
}
