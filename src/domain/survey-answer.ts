import { simplify } from "./text-simplify.js";

/**
 * Understanding a resident's reply to the callback survey (回访), offline and explainably. The SMS
 * template asks "满意请回复1，基本满意回复2，不满意回复3"; residents answer with the digit, with words
 * (满意 / 还行 / 没解决 / 不满意，还是漏水), in traditional characters, or with a polite 谢谢.
 *
 * How it reads:
 * - Phrases are matched longest first and each match masks its characters, so "不满意" is never also
 *   read as "满意", "基本满意" not as "满意", "没解决" not as "解决", and "不好意思" not as "不好".
 * - A digit counts only as the whole answer or at its very start ("2", "回复1", "3 还是漏水"); "3号楼"
 *   is an address, not an answer.
 * - Satisfaction comes only from satisfaction words or digits; "态度好" praises the cadre's manner and
 *   says nothing about the result. Several satisfaction signals → the worst one (a resident who says
 *   "满意" and "不满意" has a complaint left).
 * - Resolved: "no" from any sign the problem persists (没解决, 还是漏水, 又坏了); else "yes" from an
 *   explicit 解决了 / 修好了, or inferred from 满意 / 基本满意 (a resident does not call an unsolved
 *   problem satisfactory); dissatisfaction alone leaves it "unknown".
 * - `clear`: enough to act on — a satisfaction level, or "not resolved" (which reopens the ticket
 *   either way). Otherwise the survey asks one clarifying question.
 */
export type Resolved = "yes" | "no" | "unknown";
export type Satisfaction = "satisfied" | "basically" | "dissatisfied";

export interface SurveyAnswer {
  resolved: Resolved;
  satisfaction: Satisfaction | null;
  /** What the resident said beyond the answer itself (simplified characters), or null. */
  comment: string | null;
  clear: boolean;
  /** The phrases that decided, for the event log: e.g. ["不满意", "还是漏水"]. */
  matched: string[];
}

type Signal =
  | { kind: "satisfaction"; value: Satisfaction }
  | { kind: "resolved"; value: "yes" | "no" }
  | { kind: "neutral" };

const S = (value: Satisfaction): Signal => ({ kind: "satisfaction", value });
const R = (value: "yes" | "no"): Signal => ({ kind: "resolved", value });
const NEUTRAL: Signal = { kind: "neutral" };

/** Phrase → signal; matched longest first, so order here is for readers only. */
const PHRASES: [string, Signal][] = [
  // Double negations and politeness that contain negative-looking words.
  ...words("没有不满意 没什么不满意 没啥不满意 无不满意", S("satisfied")),
  ...words("不好意思 不客气 没关系 没事 没问题了 不好说 好不好", NEUTRAL),
  // Dissatisfied.
  ...words(
    "非常不满意 很不满意 特别不满意 极不满意 十分不满意 不太满意 不大满意 不是很满意 不怎么满意 不满意 没有满意 不满 很差 太差 差评 敷衍 糊弄 不认可 不行 不好",
    S("dissatisfied"),
  ),
  // Satisfied.
  ...words(
    "非常满意 很满意 特别满意 十分满意 挺满意 满意 点赞 好评 非常好 挺好的 很好 太好了 给力 感谢政府",
    S("satisfied"),
  ),
  // Basically satisfied (the middle answer of the three-level scale; 一般 is read as this middle level).
  ...words(
    "基本满意 基本上满意 比较满意 还算满意 还比较满意 还行 还可以 可以吧 凑合 马马虎虎 一般般 一般 过得去 还好 差不多吧 还不错",
    S("basically"),
  ),
  // The cadre's manner is not the result.
  ...words("态度好 态度很好 态度挺好 态度不错 服务好 服务很好 态度还行 态度还可以", NEUTRAL),
  // Not resolved.
  ...words(
    "没解决 没有解决 未解决 没能解决 没得到解决 没有得到解决 不解决 解决不了 没给解决 没处理 没有处理 未处理 没人管 没人来 没人处理 没人修 没修好 没修 还没修 没弄好 没好 还没好 问题还在 老样子 一点没变 没变化 没效果 没有用 没用 又坏了 又漏 还在漏 没来人 没人联系 不热 不来水 没水 没电 停水 停电 解决了一半 解决一半 部分解决 只解决了一部分",
    R("no"),
  ),
  // Resolved.
  ...words(
    "已解决 解决了 已经解决 得到解决 解决好了 问题解决 基本解决 修好了 已修好 弄好了 处理好了 处理了 已处理 已经好了 现在好了 都好了 恢复了 来水了 来电了 热了 不漏了 通了",
    R("yes"),
  ),
];

/** "还是 / 依然 …" followed by a sign of the problem: the problem persists (还是漏水, 依然不热). */
const PERSISTS =
  /(还是|依然|仍然|依旧|照样|照旧|仍)(?:很|太|特别|非常|挺|那么)?(在|有|没|不|漏|坏|堵|臭|吵|停|黑|冷|响|脏|乱)\p{L}{0,2}/gu;

const ACK = /^(谢谢|感谢|多谢|好的|好|收到|嗯+|哦+|知道了|行|ok|okay|您辛苦了|辛苦了|麻烦了)+$/u;

const SORTED = [...PHRASES].sort((a, b) => b[0].length - a[0].length);

export function parseSurveyAnswer(raw: string): SurveyAnswer {
  const text = simplify(raw).trim().toLowerCase();
  const matched: string[] = [];
  const sat: Satisfaction[] = [];
  const res: ("yes" | "no")[] = [];

  // Leading digit answer per the SMS template; not when followed by an address or quantity word.
  let rest = text;
  const digit =
    /^(?:回复|回|选择?|答)?\s*([123一二三])(?![0-9０-９号楼层室单元栋幢天次个点月日年位户块元])/u.exec(text);
  if (digit && (/^[123]/.test(digit[1]!) || text.length === digit[0].length)) {
    const d = "1一".includes(digit[1]!) ? 1 : "2二".includes(digit[1]!) ? 2 : 3;
    sat.push(d === 1 ? "satisfied" : d === 2 ? "basically" : "dissatisfied");
    matched.push(digit[0]);
    rest = text.slice(digit[0].length);
  }

  // Mask matched phrases so shorter phrases inside them are not read again.
  let work = rest.replace(/\s+/g, "");
  for (const [phrase, signal] of SORTED) {
    if (!work.includes(phrase)) continue;
    work = work.split(phrase).join("□".repeat(phrase.length));
    if (signal.kind === "neutral") continue;
    matched.push(phrase);
    if (signal.kind === "satisfaction") sat.push(signal.value);
    else res.push(signal.value);
  }
  // After the phrases, so "还是没修好不满意" keeps its 不满意 for the satisfaction above.
  for (const m of work.matchAll(PERSISTS)) {
    res.push("no");
    matched.push(m[0]);
  }

  const satisfaction = worst(sat);
  let resolved: Resolved = "unknown";
  if (res.includes("no")) resolved = "no";
  else if (res.includes("yes")) resolved = "yes";
  else if (satisfaction === "satisfied" || satisfaction === "basically") resolved = "yes";

  return {
    resolved,
    satisfaction,
    comment: commentOf(rest, digit !== null),
    clear: satisfaction !== null || resolved === "no",
    matched,
  };
}

function commentOf(rest: string, hadDigit: boolean): string | null {
  let c = rest.trim();
  if (!hadDigit) {
    // Drop a leading satisfaction phrase: the answer is already in `satisfaction`.
    const lead = SORTED.find(([p, s]) => s.kind === "satisfaction" && c.startsWith(p));
    if (lead) c = c.slice(lead[0].length);
  }
  c = c.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, "").trim();
  if (!c || ACK.test(c.replace(/[\s\p{P}]+/gu, ""))) return null;
  return c;
}

const RANK: Record<Satisfaction, number> = { satisfied: 0, basically: 1, dissatisfied: 2 };

function worst(xs: Satisfaction[]): Satisfaction | null {
  return xs.reduce<Satisfaction | null>((w, x) => (w === null || RANK[x] > RANK[w] ? x : w), null);
}

function words(list: string, signal: Signal): [string, Signal][] {
  return list.split(/\s+/).map((w) => [w, signal]);
}
