import type { Contact } from "../domain/complaint.schema.js";
import { SURNAMES } from "../domain/surnames.js";

// Mobile numbers start 13–19; landlines carry a 0 area code (3–4 digits) and 7–8 digits.
const MOBILE = /(?<!\d)(?:\+?86[- ]?)?(1[3-9]\d[- ]?\d{4}[- ]?\d{4})(?!\d)/;
const LANDLINE = /(?<!\d)(0\d{2,3})[- ]?(\d{7,8})(?!\d)/;
const LOCAL_AFTER_KEYWORD = /(?:电话|手机|号码|联系方式)(?:是|为|:|：)?\s*(\d{7,8})(?!\d)/;

/** The first callback number in the text, digits only. */
export function extractPhone(text: string): string | null {
  const mobile = MOBILE.exec(text);
  if (mobile) return mobile[1]!.replace(/\D/g, "");
  const landline = LANDLINE.exec(text);
  if (landline) return `${landline[1]}${landline[2]}`;
  const local = LOCAL_AFTER_KEYWORD.exec(text);
  return local ? local[1]! : null;
}

const MOBILE_ALL = new RegExp(MOBILE.source, "g");
const LANDLINE_ALL = new RegExp(LANDLINE.source, "g");
const LOCAL_ALL = new RegExp(LOCAL_AFTER_KEYWORD.source, "g");
// Whose number it is, read from the words just before it. "楼下" alone is a place ("楼下餐馆"),
// "楼下那家" a neighbour.
const THIRD_PARTY =
  /邻居|(楼上|楼下|对门|隔壁)(的|那)?(人|家|户|住户|那家)|物业|房东|租户|租客|老板|商家|店主|店家|师傅|司机|(?<!其)他|她|对方|别人|朋友|亲戚|同事|儿子|女儿|孙子|孙女|老伴|爱人|家人|父亲|母亲|爸|妈|公司|经理|保安|门卫|工人|施工|负责人|管理员|社区|网格员|村委|居委|业委会|客服/;
const FIRST_PERSON = /我|本人|咱|俺|自己/;
const CONTACT_WORD = /联系电话|联系方式|联系号码|联系手机|回电|回访电话/;
const CLAUSE_BREAK = /[，,。！!？?；;、\n]/;

/**
 * The resident's own callback number in the text, digits only, or null. A number is theirs when
 * the words before it say so ("我电话…", "打我…", "我是王建国，电话…") or, with `answering`, when
 * the message answers the bot's question for their number; a number said to be someone else's
 * (a neighbour's, the property company's) never is, and stays in the description only.
 */
export function extractOwnPhone(text: string, opts: { answering?: boolean } = {}): string | null {
  const found: { index: number; end: number; digits: string }[] = [];
  for (const m of text.matchAll(MOBILE_ALL))
    found.push({ index: m.index, end: m.index + m[0].length, digits: m[1]!.replace(/\D/g, "") });
  for (const m of text.matchAll(LANDLINE_ALL))
    if (!found.some((f) => m.index < f.end && f.index < m.index + m[0].length))
      found.push({ index: m.index, end: m.index + m[0].length, digits: `${m[1]}${m[2]}` });
  for (const m of text.matchAll(LOCAL_ALL)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (!found.some((f) => start < f.end && f.index < start + m[1]!.length))
      found.push({ index: start, end: start + m[1]!.length, digits: m[1]! });
  }
  found.sort((a, b) => a.index - b.index);
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
  if (THIRD_PARTY.test(previous)) return "other";
  if (CONTACT_WORD.test(current)) return "self";
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
