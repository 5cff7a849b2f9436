import { TICKET_REF_PATTERN } from "../../domain/ticket-ref.js";

const REF_IN_TEXT = /ZT\s*\d{8}\s*-\s*\d{4,}/i;
const TERMINAL = "[。.!！~～]*";

/** "取消", "不用了", "算了": abandon the draft being discussed. */
export function isCancel(text: string): boolean {
  return new RegExp(
    `^(请)?(取消|撤销|撤回|不用了|不用登记了|算了|不要了|不反映了|不报了)(吧|了|登记|反映)?${TERMINAL}$`,
  ).test(text.trim());
}

/** An answer to "确认请回复1". */
export function isConfirm(text: string): boolean {
  return new RegExp(
    `^(1|１|一|确认|确定|对|对的|对了|是|是的|没错|没问题|好|好的|可以|行|提交|嗯|嗯嗯|ok|OK)(的|了|吧|提交)?${TERMINAL}$`,
  ).test(text.trim());
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
  const t = text.trim();
  const swap = /(?:^|[，,。\s])?(?:不是|不在)(.{1,24}?)[，,、\s]*(?:而)?(?:是|在)(.+)$/.exec(t);
  if (swap?.[2]) return swap[2].replace(/[。.!！]+$/, "").trim() || null;
  const set =
    /(?:改成|改为|改一下|更正为|更正一下|更正|应该是|写错了[，,]?(?:是)?|说错了[，,]?(?:是)?)[：:，,\s]*(.+)$/.exec(
      t,
    );
  if (set?.[1]) return set[1].replace(/[。.!！]+$/, "").trim() || null;
  return null;
}
