import { TICKET_REF_PATTERN } from "../../domain/ticket-ref.js";

const REF_IN_TEXT = /ZT\s*\d{8}\s*-\s*\d{4,}/i;
const TERMINAL = "[。.!！~～]*";

const CANCEL_WORD =
  "(?:请|都)?(?:取消|撤销|撤回|不用了|不用登记了|算了|不要了|不反映了|不报了)(?:吧|了|登记|反映)?";
/** Words a resident adds to a yes or a no without changing it: "好的谢谢", "算了不用了谢谢". */
const THANKS_TAIL = "(?:谢谢|多谢|谢了|辛苦了|麻烦了|谢谢你们?)?";
const SEP = "[，,、\\s]*";

/** "取消", "不用了", "算了", "算了不用了": abandon the draft being discussed. */
export function isCancel(text: string): boolean {
  return new RegExp(`^${CANCEL_WORD}(?:${SEP}${CANCEL_WORD})*${SEP}${THANKS_TAIL}${TERMINAL}$`).test(
    text.trim(),
  );
}

const CONFIRM_WORD =
  "(?:1|１|一|确认|确定|对|对的|对了|是|是的|没错|没问题|好|好的|可以|行|提交|嗯|嗯嗯|ok|OK|👍|👌)(?:的|了|吧|提交|无误)?";

/** An answer to "确认请回复1": "1", "对", and what residents chain on WeChat ("是的没错", "好的谢谢"). */
export function isConfirm(text: string): boolean {
  return new RegExp(`^${CONFIRM_WORD}(?:${SEP}${CONFIRM_WORD})*${SEP}${THANKS_TAIL}${TERMINAL}$`).test(
    text.trim(),
  );
}

/**
 * "第二个不用了", "第2件不要了", "后面那个不用了": one problem of a message that held several is
 * dropped. Returns its 1-based position in that message ("后面那个" is the last: -1).
 */
export function parseDropOne(text: string): number | null {
  const m = new RegExp(
    `^(?:那个|那)?(?:第([一二三四五六七八九1-9])(?:个|件|条|项)?|(后面|最后)(?:那|的)?(?:个|件|条|项))(?:事|问题)?${SEP}(?:就|也)?(?:不用了?|不要了?|不用登记了?|不反映了?|不报了?|取消|算了)(?:吧)?${TERMINAL}$`,
  ).exec(text.trim());
  if (!m) return null;
  if (m[2]) return -1;
  const n = "一二三四五六七八九".indexOf(m[1]!);
  return n >= 0 ? n + 1 : Number(m[1]);
}

/** "查询 ZT20261121-0001", "进度", "我的工单怎么样了". */
export function parseQuery(text: string): { ref: string | null } | null {
  const refMatch = REF_IN_TEXT.exec(text);
  const ref = refMatch ? refMatch[0].replace(/\s+/g, "").toUpperCase() : null;
  if (ref && !TICKET_REF_PATTERN.test(ref)) return null;
  const asks = /查询|查一下|查下|进度|办得怎么样|处理得怎么样|处理到哪|怎么样了|有结果了?吗|结果/.test(text);
  if (ref && (asks || text.replace(REF_IN_TEXT, "").trim().length <= 2)) return { ref };
  if (!ref && /^(查询|查进度|进度|查询进度|我的工单|工单进度)[？?。]*$/.test(text.trim()))
    return { ref: null };
  return null;
}

/** Greetings and small talk that carry no problem. */
export function smallTalk(text: string): "greeting" | "thanks" | "bye" | null {
  const t = text.trim().replace(/[，,。.!！?？~～\s]+$/g, "");
  if (
    /^(你好|您好|在吗|在不在|有人吗|hi|hello|哈喽|喂|早上好|上午好|下午好|晚上好|早|小助手|机器人)(啊|呀|呢)?$/i.test(
      t,
    )
  )
    return "greeting";
  if (/^(谢谢|多谢|感谢|谢了|辛苦了|麻烦了|谢谢你|谢谢您|好的谢谢|好的，谢谢|ok谢谢)(啊|了|你们)?$/i.test(t))
    return "thanks";
  if (/^(再见|拜拜|没事了|没有了|没了|就这些|好的|知道了|收到|嗯|嗯嗯|哦)$/.test(t)) return "bye";
  return null;
}

/** "你们管什么", "能反映哪些问题": answered from the taxonomy. */
export function asksScope(text: string): boolean {
  return /(你们|这里|可以|能).{0,4}(管|受理|处理|反映)(什么|哪些|啥)/.test(text);
}

/** Reads like a question (FAQ answers only questions, never complaints that share a keyword). */
export function isQuestion(text: string): boolean {
  return /请问|咨询|想问|问一下|问问|怎么|如何|怎样|在哪|哪里|多久|多长时间|什么时候|几点|需要什么|要什么|能不能|可不可以|吗[？?]?$|么[？?]?$|[？?]$/.test(
    text,
  );
}

/**
 * A correction of something already said: "不是3号楼，是5号楼", "地址改成西盛花园", "电话应该是…".
 * Returns the corrected value.
 */
export function parseCorrection(text: string): string | null {
  const swap = parseSwap(text);
  if (swap) return swap.to;
  const set =
    /(?:改成|改为|改一下|更正为|更正一下|更正|应该是|写错了[，,]?(?:是)?|说错了[，,]?(?:是)?)[：:，,\s]*(.+)$/.exec(
      text.trim(),
    );
  if (set?.[1]) return set[1].replace(/[。.!！]+$/, "").trim() || null;
  return null;
}

/** "不是路灯，是楼道灯": what was wrong and what replaces it. */
export function parseSwap(text: string): { from: string; to: string } | null {
  const swap = /(?:^|[，,。\s])?(?:不是|不在)(.{1,24}?)[，,、\s]*(?:而)?(?:是|在)(.+)$/.exec(text.trim());
  const to = swap?.[2]?.replace(/[。.!！]+$/, "").trim();
  return swap && to ? { from: swap[1]!.trim(), to } : null;
}

/**
 * "还有桃南二区井盖丢了", "另外，楼下垃圾没人清": another problem told while one is being discussed.
 * Returns the new problem's words; "还有就是…" goes on about the same one and is not matched.
 */
export function anotherProblem(text: string): string | null {
  const m =
    /^(?:对了[，,\s]*)?(?:另外(?:还有)?|还有(?:一?[个件]|一件)?(?!就是)|顺便(?:再)?(?:说|反映)?一?[个件]?|再反映一?[个件]?)(?:事|问题|情况)?[，,：:、\s]*(.+)$/.exec(
      text.trim(),
    );
  return m?.[1]?.trim() || null;
}
