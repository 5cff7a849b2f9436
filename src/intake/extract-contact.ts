import type { Contact } from "../domain/complaint.schema.js";
import { SURNAMES } from "../domain/surnames.js";
import { findPersonalNumbers, type NumberKind, type NumberSpan } from "../domain/personal-numbers.js";

const PHONE_KINDS = new Set<NumberKind>(["mobile", "landline", "local"]);

/** Phone numbers in the text, in order (mobiles, landlines with area code, local numbers after 电话). */
function phoneSpans(text: string): NumberSpan[] {
  return findPersonalNumbers(text).filter((f) => PHONE_KINDS.has(f.kind));
}

/** The first callback number in the text, digits only: a mobile before a landline before a local number. */
export function extractPhone(text: string): string | null {
  const spans = phoneSpans(text);
  for (const kind of PHONE_KINDS) {
    const first = spans.find((f) => f.kind === kind);
    if (first) return first.digits;
  }
  return null;
}

// Whose number it is, read from the words just before it. "楼下" alone is a place ("楼下餐馆"),
// "楼下那家" a neighbour.
const THIRD_PARTY =
  /邻居|(楼上|楼下|对门|隔壁)(的|那)?(人|家|户|住户|那家)|物业|房东|租户|租客|老板|商家|店主|店家|师傅|司机|(?<!其)他|她|对方|别人|朋友|亲戚|同事|儿子|女儿|孙子|孙女|老伴|爱人|家人|父亲|母亲|爸|妈|公司|经理|保安|门卫|工人|施工|负责人|管理员|社区|网格员|村委|居委|业委会|客服/;
const FIRST_PERSON = /我|本人|咱|俺|自己/;
const CONTACT_WORD = /联系电话|联系方式|联系号码|联系手机|回电|回访电话/;
const CLAUSE_BREAK = /[，,。！!？?；;、\n]/;
// A clause that is only a phone label ("电话：", "手机号是") offers the writer's own number, as a
// form's field does; "这家店电话" names whose it is and is not a bare label.
const LABEL_ONLY =
  /^\s*(?:联系)?(?:电话|手机|手机号|号码|电话号码|手机号码|座机|tel|phone)\s*(?:是|为|:|：)?\s*$/i;
// "我是路西社区的，电话…": the writer saying who they are, not naming a third party.
const SELF_INTRO = /^\s*(?:您好|你好)?\s*(?:我是|我住|我家住|我家在|本人|我们是)/;

/**
 * The resident's own callback number in the text, digits only, or null. A number is theirs when
 * the words before it say so ("我电话…", "打我…", "我是王建国，电话…") or, with `answering`, when
 * the message answers the bot's question for their number; a number said to be someone else's
 * (a neighbour's, the property company's) never is, and stays in the description only.
 */
export function extractOwnPhone(text: string, opts: { answering?: boolean } = {}): string | null {
  const found = phoneSpans(text);
  let prevEnd = 0;
  for (const f of found) {
    const owner = ownerOf(text.slice(prevEnd, f.index));
    prevEnd = f.end;
    if (owner === "self" || (owner === null && opts.answering)) return f.digits;
  }
  return null;
}

/**
 * "self", "other" or null (not said), from the clause holding a number and the one before it.
 * "联系电话" offers a callback number for this report: the resident's, unless a third party was
 * just named ("邻居老李，联系电话…").
 */
function ownerOf(before: string): "self" | "other" | null {
  const clauses = before.split(CLAUSE_BREAK);
  const current = clauses[clauses.length - 1] ?? "";
  const previous = clauses[clauses.length - 2] ?? "";
  if (THIRD_PARTY.test(current)) return "other";
  if (FIRST_PERSON.test(current)) return "self";
  if (THIRD_PARTY.test(previous) && !SELF_INTRO.test(previous)) return "other";
  // In an SMS a space ends a clause as often as a comma does: "路灯坏了 电话：…".
  const lastWords = current.trimEnd().split(/\s+/).pop() ?? "";
  if (CONTACT_WORD.test(current) || LABEL_ONLY.test(lastWords)) return "self";
  if (FIRST_PERSON.test(previous)) return "self";
  return null;
}

const SURNAME = `[${SURNAMES}]`;
const TITLE = "(?:先生|女士|小姐|阿姨|大爷|大妈|奶奶|爷爷|师傅|老师)";
const NOT_NAME_CHARS = /[的了在是个们家人楼号区街路院村镇里这那有没不想要和跟]/;
// Compiled once: each holds the whole surname list, and none keeps state between texts (no g flag).
const TITLED = new RegExp(`(?:我是|我叫|本人|我)?(${SURNAME}${TITLE})`);
const CALLED = new RegExp(`(?:我叫|我的名字(?:是|叫)|本人(?:叫|是)?)(${SURNAME}[\\p{Script=Han}]{1,2})`, "u");
const BARE_SURNAME = new RegExp(`(?:我|免贵|本人)姓(${SURNAME})`);
const I_AM = new RegExp(`我是(${SURNAME}[\\p{Script=Han}]{1,2})(?=[，,。！!\\s]|$|电话|手机)`, "u");

/** How the resident wants to be addressed: 王女士, 李建国, or a bare surname from 我姓王. */
export function extractName(text: string): string | null {
  const found = TITLED.exec(text);
  // "我家邻居王大爷" names a third party, not the resident.
  const titled =
    found &&
    !THIRD_PARTY.test(
      text.slice(Math.max(0, found.index - 4), found.index + found[0].length - found[1]!.length),
    )
      ? found
      : null;
  if (titled && /我|本人|来电|联系/.test(text.slice(Math.max(0, titled.index - 4), titled.index + 3)))
    return titled[1]!;
  const called = CALLED.exec(text);
  if (called && !NOT_NAME_CHARS.test(called[1]!.slice(1))) return called[1]!;
  const surname = BARE_SURNAME.exec(text);
  if (surname) return surname[1]!;
  const iAm = I_AM.exec(text);
  if (iAm && !NOT_NAME_CHARS.test(iAm[1]!.slice(1))) return iAm[1]!;
  if (titled) return titled[1]!;
  return null;
}

export function extractContact(text: string): Contact {
  return { name: extractName(text), phone: extractPhone(text) };
}
