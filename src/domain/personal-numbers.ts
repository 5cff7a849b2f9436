/**
 * Phone and ID numbers inside free text, however they were typed or transcribed: "139-1234-5678",
 * "139 1234 5678", "+86 13912345678", full-width digits, and digits read out as words the way a
 * speech-to-text system writes a hotline call ("幺三九，零九三一，五五六六"). One finder serves the
 * contact extraction and every masker, so a number found for one is hidden by the others.
 */

import { CITY_PATTERN } from "./city-area-codes.js";
import { warmUp, warmUpPatterns } from "./regexp-warm-up.js";

export type NumberKind = "id_card" | "mobile" | "landline" | "local" | "long" | "digits";

export interface NumberSpan {
  /** Offsets into the original text (UTF-16 units, as `String.slice` takes them). */
  index: number;
  end: number;
  kind: NumberKind;
  /** The number's digits (an ID's final X kept), without separators or the +86 prefix. */
  digits: string;
}

// Digits as a caller says them: 幺 (one), 两 (two), 拐 (seven), 勾 (nine) and 洞 (zero) are how numbers
// are read aloud over a phone line, so that 1 and 7 are not heard as each other;
// 么 is the same word typed by a phone's input method. The financial numerals (壹贰叁…) are how some
// residents write digits they want read exactly, in either script.
const SPOKEN: Record<string, string> = {
  零: "0",
  〇: "0",
  洞: "0",
  幺: "1",
  么: "1",
  一: "1",
  壹: "1",
  二: "2",
  两: "2",
  兩: "2",
  贰: "2",
  貳: "2",
  三: "3",
  叁: "3",
  參: "3",
  四: "4",
  肆: "4",
  五: "5",
  伍: "5",
  六: "6",
  陆: "6",
  陸: "6",
  七: "7",
  拐: "7",
  柒: "7",
  八: "8",
  捌: "8",
  九: "9",
  玖: "9",
  勾: "9",
};
const SPOKEN_CHARS = Object.keys(SPOKEN).join("");
// Up to three separators may stand between any two digits: spaces, dashes, dots, underscores and
// tildes as typed ("139 - 0931", "-\n" where a line broke inside a number, "(139)…" where a prefix
// was bracketed), slashes where a resident splits a number on purpose ("158/0931/4763"); commas and
// pause marks where a transcript breaks a number into the groups it was
// read in, and the filler a speech-to-text system writes down when the caller hesitates between
// groups ("幺三九，呃，零九三一", "…，后面是五五六六", "135 后面是 0931 再后面是 7426").
const SEP_CHAR = "[\\s,，、.·\\-－—_~～()（）/／]";
// In a transcript the agent may say a word between the groups a caller reads out ("来电人：一三八。
// 坐席：嗯。来电人：零零一二，三四五六"): a turn of the agent's with no digit in it, and the caller's label
// after it, are one more separator. Without this each group is too short to be a number and the
// whole callback number stayed readable in the staff view.
const TURN_END = "[\\s,，、.。！？!?…]";
const CALLER_LABEL = "(?:来电人|来电者|市民|群众|居民|用户)\\s*[:：]\\s*";
const AGENT_TURN = `${TURN_END}{0,2}(?:坐席|话务员|接线员|客服|工作人员)\\s*[:：][^0-9０-９:：坐来${SPOKEN_CHARS}]{0,10}?${TURN_END}{0,2}${CALLER_LABEL}`;
// A transcript also starts a new caller line for each group the caller reads out, with no agent turn
// between ("市民：138\n市民：1234\n市民：5678"): the line break and the caller's label are one separator.
const CALLER_TURN = `${TURN_END}{0,2}\\n${CALLER_LABEL}`;
const SEP = `(?:${SEP_CHAR}{0,3}|${SEP_CHAR}{0,2}(?:嗯|呃|额|啊|哦|那个|然后|再后面是|后面是)${SEP_CHAR}{0,2}|${AGENT_TURN}|${CALLER_TURN})`;
/** A typed digit or a digit word, as a regular-expression class. */
export const DIGIT_OR_SPOKEN = `[0-9０-９${SPOKEN_CHARS}]`;
// Seven spoken digits in a row never occur in ordinary words ("三三两两" is four), so a run that
// long is a number read out.
const PHONE_WORD_BEFORE = warmUp(/(?:电话|電話|手机|手機|号码|號碼)\s*(?:是|為|为|[:：])?\s*$/);
const SPOKEN_RUN = warmUp(new RegExp(`${DIGIT_OR_SPOKEN}(?:${SEP}${DIGIT_OR_SPOKEN}){6,}`, "g"));

/**
 * The text with full-width digits, and digit words inside a run of seven or more, replaced by ASCII
 * digits. Every character maps to one character, so offsets into it are offsets into the text.
 */
export function digitView(text: string): string {
  const ascii = text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    // "1️⃣3️⃣9️⃣…": a keycap emoji is the digit and two marks after it; the marks read as a space.
    .replace(KEYCAP_MARKS, (marks) => " ".repeat(marks.length))
    // Speech-to-text writes the spoken 幺 as 要 or 腰 ("要八五二七洞九六三四幺"): only where ten more
    // digits follow that make a mobile number, never in ordinary words.
    .replace(VOICE_ONE, (mobile) => mobile.replace(/[要腰]/g, "1"))
    .replace(VOICE_HOMOPHONES, (mobile) =>
      (mobile.slice(1).match(HOMOPHONE_CHAR)?.length ?? 0) > 3
        ? mobile
        : mobile.replace(HOMOPHONE_CHAR, (c) => HOMOPHONE_DIGIT[c]!),
    )
    .replace(LETTERS_FOR_DIGITS, typedWithLetters);
  return ascii.replace(SPOKEN_RUN, (run, at: number) => digitViewOfRun(ascii, run, at));
}

const WORD_AFTER_DIGITS = warmUp(new RegExp(`(?<=[0-9])[ \\t\\u3000]+[${SPOKEN_CHARS}]{1,2}$`, "u"));
const HAN_NEXT = warmUp(/^\p{Script=Han}/u);
const KEYCAP_MARKS = warmUp(/(?<=[0-9０-９])\uFE0F?\u20E3/gu);

/** A run of digits and digit words as digits, where the words around it say it is a number. */
function digitViewOfRun(ascii: string, run: string, at: number): string {
  // Right after a phone word every digit word is part of the number ("电话：幺39 3幺2六 88零幺").
  // A digit word set off by a space after the typed digits and running on into a word is that word's:
  // "电话13834106653 陆先生" (陆 a surname), "…6653 六楼" (a floor), not a twelfth digit.
  if (PHONE_WORD_BEFORE.test(ascii.slice(Math.max(0, at - 6), at))) {
    const tail = WORD_AFTER_DIGITS.exec(run);
    return tail && HAN_NEXT.test(ascii.slice(at + run.length, at + run.length + 1))
      ? spellDigits(run.slice(0, tail.index)) + run.slice(tail.index)
      : spellDigits(run);
  }
  // Beside typed digits, one or two digit words at either end are ordinary words
  // ("…8426631一直打不通", "两个13…"); three or more are part of the number.
  const [, head, body, tail] = /^([^0-9]{0,2}(?=[0-9]))?(.*?)((?<=[0-9])[^0-9]{1,2})?$/s.exec(run)!;
  return (head ?? "") + spellDigits(body!) + (tail ?? "");
}

// "l3912345678", "139O1234567": l / I typed for 1 and O / o for 0 inside a number. Only in a run of
// eleven or twelve that begins like a mobile (1) or an area code (0) and holds seven real digits or
// more, set off from any word, so no English word or code is read as digits.
const LETTERS_FOR_DIGITS = warmUp(/(?<![A-Za-z0-9])[0-9lIOo](?:[ \t\-－]?[0-9lIOo]){10,11}(?![A-Za-z0-9])/g);
function typedWithLetters(run: string): string {
  const compact = run.replace(/[^0-9lIOo]/g, "");
  if (!/[lIOo]/.test(compact) || compact.replace(/\D/g, "").length < 7) return run;
  const digits = compact.replace(/[lI]/g, "1").replace(/[Oo]/g, "0");
  if (!/^1[3-9]/.test(digits) && !/^0[1-9]/.test(digits)) return run;
  return run.replace(/[lI]/g, "1").replace(/[Oo]/g, "0");
}

const SPOKEN_CHAR = warmUp(new RegExp(`[${SPOKEN_CHARS}]`, "g"));
const DIGIT_3_TO_9 = "[3-9三叁參四肆五伍六陆陸七拐柒八捌九玖]";
// The whole mobile: 要 / 腰 may stand for 幺 again inside it ("要八六三五要二七零九八").
const VOICE_ONE = warmUp(
  new RegExp(
    `[要腰]${SEP}${DIGIT_3_TO_9}(?:${SEP}(?:${DIGIT_OR_SPOKEN}|[要腰])){9}(?!${SEP_CHAR}{0,3}${DIGIT_OR_SPOKEN})`,
    "g",
  ),
);

// Speech-to-text and voice typing write a digit as a word that sounds like it ("电话要三九五二似六八期零一",
// "我的电话是幺三就三五幺是零八二二"): right after a phone word, a mobile's eleven places of which at most three are
// such words (never the last) are that mobile. Anywhere else 就, 是, 期 are the words they are.
const HOMOPHONE_DIGIT: Record<string, string> = {
  要: "1",
  腰: "1",
  衣: "1",
  依: "1",
  而: "2",
  尔: "2",
  山: "3",
  是: "4",
  似: "4",
  事: "4",
  寺: "4",
  午: "5",
  舞: "5",
  留: "6",
  溜: "6",
  期: "7",
  其: "7",
  起: "7",
  巴: "8",
  吧: "8",
  就: "9",
  久: "9",
  酒: "9",
  令: "0",
  灵: "0",
};
const HOMOPHONES = Object.keys(HOMOPHONE_DIGIT).join("");
const HOMOPHONE_CHAR = warmUp(new RegExp(`[${HOMOPHONES}]`, "g"));
const PLACE = `(?:${DIGIT_OR_SPOKEN}|[${HOMOPHONES}])`;
const VOICE_HOMOPHONES = warmUp(
  new RegExp(
    `(?<=(?:电话|手机|号码)(?:号码?)?[是为:：]?\\s{0,2})[1一幺要腰]${PLACE}{9}${DIGIT_OR_SPOKEN}(?![0-9０-９${SPOKEN_CHARS}${HOMOPHONES}])`,
    "g",
  ),
);

/** Digit words (幺, 两, 洞…) as ASCII digits, one character for one. */
export function spellDigits(run: string): string {
  return run.replace(SPOKEN_CHAR, (c) => SPOKEN[c]!);
}

// Words after a small number that make it a count, a floor or a time, not a digit of a phone.
const AFTER_A_COUNT = "号|楼|栋|幢|单元|室|层|点|时|月|日|年|元|块|个|岁|天|分|人|次|户|米|平|位|楼";
// "电话是138 1234 56789": a run of spaced groups too long for any number is a mistyped one; its
// first seven or eight digits are no local number (the whole run is masked as digits).
const GROUP_GOES_ON = "[ \\t\\-－—_~～.·]{1,3}\\d";
const DIGITS = (count: string) => `\\d(?:${SEP}\\d)${count}`;
// Priority order: an 18-character ID first (it contains mobile-like runs), then mobiles, landlines
// with an area code, a 7–8 digit local number after a phone word, and any other run of 11+ digits.
const PATTERNS: readonly { kind: NumberKind; re: RegExp; acrossTurns?: true; grouped?: true }[] = [
  {
    kind: "id_card",
    re: warmUp(new RegExp(`(?<![0-9A-Za-z])${DIGITS("{16}")}${SEP}[0-9Xx](?![0-9A-Za-z])`, "g")),
  },
  // A bank card grouped in fours ("6228 2433 3203 3027 854") is one number, not a phone and a rest:
  // "6217 0021 3045 8826 193" holds a landline-like "0021 3045 8826".
  { kind: "long", re: warmUp(/(?<!\d)\d{4}(?:[\s-]\d{4}){3}(?:[\s-]?\d{1,4})?(?!\d)/g) },
  // A number abroad ("+1 4155550132", "+44 20 7946 0958") is masked whole and never taken for a
  // mainland mobile: "1 415…" read alone looks like one, and the centre's lines cannot call abroad.
  {
    kind: "long",
    re: warmUp(new RegExp(`(?<![0-9A-Za-z])[+＋](?!86)[1-9]\\d{0,2}(?:${SEP}\\d){7,13}(?!\\d)`, "g")),
  },
  // A mobile read or typed in groups with a digit or two too many ("135 0351 7788 6",
  // "一八八，零三五，幺二三，四五六七"): which digit is wrong nobody can tell, so it is no callback, but
  // it is masked whole. The extra digits run on without a comma ("…0088，陆阿姨" is a name after the
  // number), and no house or time follows ("…5678 3号楼", "…5678 15:30以后打"). Digits typed one at a time
  // ("13 9 0 9 3 1 2 6 6 7 1") show no groups to tell a digit too many by: the mobile stands.
  {
    kind: "long",
    re: warmUp(
      new RegExp(
        `(?<![\\d.])1${SEP}[3-9](?:${SEP}\\d){9}(?:[ \\t\\-－]{0,3}\\d){1,2}(?!${SEP_CHAR}{0,3}\\d|\\s*(?:${AFTER_A_COUNT})|[:：][0-5]\\d)`,
        "g",
      ),
    ),
    grouped: true,
  },
  {
    kind: "mobile",
    // "(+86)166…": the country code in brackets belongs to the number.
    re: warmUp(
      new RegExp(`(?<!\\d)(?:[(（]?(?:[+＋]|00)?86[)）]?${SEP})?(1${SEP}[3-9](?:${SEP}\\d){9})(?!\\d)`, "g"),
    ),
  },
  // A mobile typed or read with a digit too many ("138 1234 56789"): no callback, but masked whole.
  { kind: "long", re: warmUp(/(?<![\d.])1[3-9]\d(?:[ \t\-－]{1,3}\d{2,5}){2,4}(?![\d.])/g) },
  // A landline written for callers abroad: "+86 (0)351 559 04 36", "0086 351 5590436" — the country code, the
  // trunk 0 in brackets or dropped, then the area code without it.
  {
    kind: "landline",
    re: warmUp(
      new RegExp(
        `(?<![0-9A-Za-z])(?:[+＋]|00)86${SEP}(?:[(（]0[)）]${SEP})?([1-9]${DIGITS("{1,2}")})${SEP}(${DIGITS("{6,7}")})(?!\\d)`,
        "g",
      ),
    ),
  },
  {
    kind: "landline",
    re: warmUp(
      new RegExp(`(?<!\\d)[(（【[]?(0${DIGITS("{2,3}")})[)）】\\]]?${SEP}(${DIGITS("{6,7}")})(?!\\d)`, "g"),
    ),
  },
  {
    kind: "local",
    // "电话是…", "座机号是…", "【联系电话】…", "致电…", "有事打…", "打这个号…", "联系我：…",
    // "有事打店里 8461372", "电话前七位是1953820" (a mobile's head, which a bare run would take for a date),
    // "电话：昆明 6318 2241", "座机，兰州的，8312 5570" (the city names the area code; see CITY_AREA_CODES).
    re: warmUp(
      new RegExp(
        `(?:电话|電話|手机|手機|号码|號碼|联系方式|聯繫方式|联系我|聯繫我|座机|座機|致电|致電|拨打|撥打|打|(?<![卡单單编編户戶表工学學账賬帐帳房订訂票税稅])[号號]|tel|TEL|Tel)(?:我?(?:店里|店裡|家里|家裡|办公室|辦公室|单位|單位)(?:电话|電話|座机|座機)?)?(?:号码|號碼|号|號)?(?:前(?:七|7)位(?:数)?)?(?:是|為|为|:|：|，|,|】|\\])?\\s*(?:(?:${CITY_PATTERN})的?(?:号码?|號碼?)?[，,]?\\s*)?(${DIGITS("{6,7}")})(?!\\d|${GROUP_GOES_ON})`,
        "g",
      ),
    ),
  },
  // A local number read out over two or three turns of a call ("来电人：八四四。坐席：嗯。来电人：七幺七九"):
  // only when the groups stand on both sides of the agent's turn, which no amount or date does.
  {
    kind: "local",
    re: warmUp(new RegExp(`(?<![\\d.])\\d(?:${SEP}\\d){6,7}(?![\\d.])`, "g")),
    acrossTurns: true,
  },
  // A bare run of 7–8 digits is most often a local phone ("我重复一遍，8167811"); not a date
  // (20261222), an amount or a measure. Masked, never taken as the resident's number.
  {
    kind: "digits",
    re: warmUp(
      /(?<![\d.])(?!(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d))\d{7,8}(?![\d.]|元|块|塊|年|米|平|份|件|人|次)/g,
    ),
  },
  // The same typed with spaces or dashes between the digits ("8 7 3 5 - 0 1 2 6"); a date so typed
  // ("2026 - 12 - 01") is dropped below.
  {
    kind: "digits",
    re: warmUp(/(?<![\d.])\d(?:[ \t\-－]{1,3}\d){6,7}(?![\d.]|\s*(?:元|块|塊|年|米|平|份|件|人|次|号|號))/g),
  },
  // Without separators: "2026 12 01 08 30" is a date, not a card number.
  { kind: "long", re: warmUp(/(?<!\d)\d{11,}(?!\d)/g) },
];

const PARTLY_HIDDEN = warmUp(/^[ \t\-－]{0,2}(?:[*＊×]{2,}|[xX]{2,})/);

const LOOKS_LIKE_DATE = warmUp(/^(?:19|20)\d\d(?:0?[1-9]|1[0-2])(?:0?[1-9]|[12]\d|3[01])$/);

/** The fewest digits of the digit view any of PATTERNS and `numbersInPieces` can match. */
const MIN_VIEW_DIGITS = 7;
/**
 * What `digitView` can turn into a digit: typed digits (full-width too), digit words, 要 / 腰 read as
 * 幺, and l / I / O / o typed for 1 and 0. Every other character of the view is the text's own or a
 * space, so the view holds at most as many digits as the text holds of these.
 */
const DIGIT_SOURCES = new Set([..."0123456789０１２３４５６７８９要腰lIOo", ...SPOKEN_CHARS]);

/** Whether the text holds fewer than `least` characters that can be a digit of its digit view. */
function digitSourcesBelow(text: string, least: number): boolean {
  let count = 0;
  // Every source is one UTF-16 unit, so a surrogate half never counts.
  for (let i = 0; i < text.length; i++) if (DIGIT_SOURCES.has(text[i]!) && ++count >= least) return false;
  return true;
}

/** Every phone or ID number in the text, in order, none overlapping. */
export function findPersonalNumbers(text: string): NumberSpan[] {
  warmUpPatterns();
  // Every pattern below needs seven digits of the digit view or more (the shortest, a local number,
  // has seven; the pieces of a mobile eleven), and each of the view's digits comes from a character
  // counted here. A text with fewer ("3号楼2单元楼道灯坏了", most summaries and places) can hold only a
  // number told in English words: the view and the dozen patterns (run twice per masked text) are
  // skipped, and what is found is the same.
  if (digitSourcesBelow(text, MIN_VIEW_DIGITS)) return numbersInEnglishWords(text);
  const view = digitView(text);
  // Most messages hold no digit once digit words are spelt: only numbers told in English words can
  // be there, and the patterns below (run three or four times per message) would find nothing.
  if (!/\d/.test(view)) return numbersInEnglishWords(text);
  const found: NumberSpan[] = [];
  for (const { kind, re, acrossTurns, grouped } of PATTERNS) {
    for (const m of view.matchAll(re)) {
      if (acrossTurns && !/[:：]/.test(m[0])) continue;
      if (grouped && !/\d{3}/.test(m[0])) continue;
      // The captured group is the number itself: a local number's phone word and a mobile's +86
      // prefix stay outside the span's digits (the prefix is still inside the span, so it is masked).
      const group = m[1];
      const start = kind === "local" && group ? m.index + m[0].length - group.length : m.index;
      const end = m.index + m[0].length;
      if (found.some((f) => start < f.end && f.index < end)) continue;
      // An ID number is never typed with dots or broken across lines: "联系电话：1837 5380 541\n2026.11.7"
      // is a phone and a date; nor with slashes: "133-0931-7750/186-0931-4402" is two phones.
      if (kind === "id_card" && /[.\n/／]/.test(m[0])) continue;
      if (kind === "digits" && LOOKS_LIKE_DATE.test(m[0].replace(/\D/g, ""))) continue;
      // An area code written after +86 lost its trunk 0; the number is dialled with it.
      const digits = (
        kind === "landline" ? `${m[1]!.replace(/^(?=[1-9])/, "0")}${m[2]}` : (group ?? m[0])
      ).replace(/[^0-9Xx]/g, "");
      // "0351-6217****", "139 3410 xxxx": digits running into masking stars are the visible part of a
      // number the writer hid; masked, never a number to call.
      const hidden = kind !== "id_card" && PARTLY_HIDDEN.test(view.slice(end));
      found.push({ index: start, end, kind: hidden ? "long" : kind, digits });
    }
  }
  if (/四位|尾号|尾號|再加|加上/.test(view)) joinLastFour(view, found);
  for (const span of [...numbersInPieces(view), ...numbersInEnglishWords(text)])
    if (!found.some((f) => span.index < f.end && f.index < span.end)) found.push(span);
  return found.sort((a, b) => a.index - b.index);
}

// "前七位是1380351，后四位是2245", "手机199 5028。后面四位是3716", "139 3412 再加5087": a mobile's head (found as
// a local number) and its last four told right after it are one mobile. Masked apart, the head kept its last
// four digits in view and the tail stayed readable: eight of the eleven digits.
const LAST_FOUR_AFTER = warmUp(
  /^[，,。.\s]{0,2}(?:(?:后面?|後面?|最后|最後|尾号|尾號)的?(?:四|4)位(?:数|數)?(?:是|为|為)?|再加上?|加上)[:：\s]*(\d{4})(?![\d.])/,
);
function joinLastFour(view: string, found: NumberSpan[]): void {
  for (const [i, f] of found.entries()) {
    if (f.digits.length !== 7 || !/^1[3-9]/.test(f.digits)) continue;
    const m = LAST_FOUR_AFTER.exec(view.slice(f.end));
    if (!m) continue;
    const end = f.end + m[0].length;
    if (found.some((g) => g !== f && g.index < end && f.index < g.end)) continue;
    found[i] = { index: f.index, end, kind: "mobile", digits: f.digits + m[1]! };
  }
}

// A mobile told in its groups with words between them ("前三位138，中间是1234，最后5678") or its last
// four first ("尾号5678，前面是138 1234"): each group alone is too short to be a number, yet the
// whole number is there for anyone reading. No count word may stand between or after the groups
// ("135户，2026年…" is a count and a year).
const COUNT_WORD = warmUp(new RegExp(`^(?:${AFTER_A_COUNT}|份|件|元|位数)`));
const GAP = "([^\\d\\n]{1,8}?)";
const MOBILE_IN_PIECES = warmUp(
  new RegExp(`(?<![\\d.])(1[3-9]\\d)${GAP}(\\d{4})${GAP}(\\d{4})(?![\\d.])`, "g"),
);
const TAIL_FIRST = warmUp(
  new RegExp(
    `(?:后四位|後四位|尾号|尾號|末四位|最后四位|最後四位)[^\\d\\n]{0,3}(\\d{4})(?!\\d)${GAP}(1[3-9]\\d)[ \\-]{0,2}(\\d{4})(?![\\d.])`,
    "g",
  ),
);

function numbersInPieces(view: string): NumberSpan[] {
  const spans: NumberSpan[] = [];
  const counted = (gap: string, after: number) =>
    COUNT_WORD.test(gap.trimStart()) || COUNT_WORD.test(view.slice(after).trimStart());
  for (const m of view.matchAll(MOBILE_IN_PIECES)) {
    const end = m.index + m[0].length;
    // "139****0217 受理编号：SQ0381": digits hidden by stars are a number the writer (or a receipt) masked, and
    // what follows is another code; no pieces of one mobile.
    if (/[*＊]/.test(m[2]!) || /[*＊]/.test(m[4]!)) continue;
    if (
      counted(m[2]!, m.index + m[1]!.length) ||
      counted(m[4]!, end - m[5]!.length - m[4]!.length) ||
      counted("", end)
    )
      continue;
    spans.push({ index: m.index, end, kind: "mobile", digits: m[1]! + m[3]! + m[5]! });
  }
  for (const m of view.matchAll(TAIL_FIRST)) {
    const end = m.index + m[0].length;
    if (counted("", end)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    spans.push({ index: start, end, kind: "mobile", digits: m[3]! + m[4]! + m[1]! });
  }
  return spans;
}

// A number spelt out in English words, as a foreign resident or an English transcript writes it
// ("one three eight, double two…"): masked like digits, and read like them.
const ENGLISH_DIGIT: Record<string, string> = {
  zero: "0",
  oh: "0",
  o: "0",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
};
const ENGLISH_WORD = "(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple)";
const ENGLISH_RUN = warmUp(new RegExp(`\\b${ENGLISH_WORD}(?:[\\s,.\\-]{1,3}${ENGLISH_WORD}){6,}\\b`, "gi"));

function numbersInEnglishWords(text: string): NumberSpan[] {
  const spans: NumberSpan[] = [];
  for (const m of text.matchAll(ENGLISH_RUN)) {
    let digits = "";
    let repeat = 1;
    for (const word of m[0].toLowerCase().split(/[\s,.-]+/)) {
      if (word === "double" || word === "triple") repeat = word === "double" ? 2 : 3;
      else {
        digits += ENGLISH_DIGIT[word]!.repeat(repeat);
        repeat = 1;
      }
    }
    if (digits.length < 7) continue;
    const kind: NumberKind = /^1[3-9]\d{9}$/.test(digits)
      ? "mobile"
      : /^0\d{9,11}$/.test(digits)
        ? "landline"
        : digits.length <= 8
          ? "digits"
          : "long";
    spans.push({ index: m.index, end: m.index + m[0].length, kind, digits });
  }
  return spans;
}

/** The text with each phone or ID number replaced by what `mask` returns for it. */
export function replacePersonalNumbers(text: string, mask: (span: NumberSpan) => string): string {
  return replaceNumberSpans(text, findPersonalNumbers(text), mask);
}

/** The same, with the text's spans found already (`findPersonalNumbers` of this very text). */
export function replaceNumberSpans(
  text: string,
  spans: readonly NumberSpan[],
  mask: (span: NumberSpan) => string,
): string {
  let out = "";
  let from = 0;
  for (const span of spans) {
    out += text.slice(from, span.index) + mask(span);
    from = span.end;
  }
  return out + text.slice(from);
}
