import type { WecomTextCard } from "./wecom-app-api.js";

/** What a card is made of: the notification's purpose and params, the ticket's place and the link. */
export interface CardInput {
  purpose: string;
  params: Readonly<Record<string, string>>;
  /** The ticket's summary and place, already masked for a card (no house numbers, no contact details). */
  summary: string | null;
  place: string | null;
  url: string;
  /** The jurisdiction's first-contact deadline after dispatch (policy.firstContactMinutes). */
  firstContactMinutes: number;
}

const TITLES: Record<string, string> = {
  dispatch: "新工单",
  reminder: "催办提醒",
  escalation: "督办通知",
  reopen: "重启办理",
  alarm: "紧急警情",
  digest: "每日调度提醒",
  assist: "协办通知",
  review_return: "办结审核退回",
  return_refused: "退单未获同意",
};

/**
 * The text card of a unit notification. WeCom's textcard (消息类型 → 文本卡片消息) limits the title
 * to 128 bytes and the description to 512 bytes, and renders `<div class="gray|normal|highlight">`
 * in the description, so values are escaped and clipped.
 */
export function unitCard(c: CardInput): WecomTextCard {
  const p = c.params;
  const lines: Array<[cls: "gray" | "normal" | "highlight", text: string]> = [];
  const summary = c.summary ?? p["summary"];
  if (summary) lines.push(["normal", summary]);
  if (c.purpose !== "digest") lines.push(["normal", `地点：${c.place ?? p["place"] ?? "未注明"}`]);
  switch (c.purpose) {
    case "dispatch":
      lines.push(
        ["highlight", `办结时限：${p["deadline"] ?? ""}`],
        ["gray", `请尽快签收，${c.firstContactMinutes}分钟内联系群众`],
      );
      break;
    case "reminder":
      lines.push(["highlight", `${p["stage"] ?? ""}时限：${p["deadline"] ?? ""}`]);
      break;
    case "escalation":
      lines.push([
        "highlight",
        `${p["unit"] ?? ""}${p["stage"] ?? ""}已超时（${p["deadline"] ?? ""}），已列入督办`,
      ]);
      break;
    case "reopen":
      lines.push(["highlight", `群众不满意，第${p["round"] ?? ""}轮办理，承办：${p["unit"] ?? ""}`]);
      break;
    case "alarm":
      lines.push(["highlight", "无法自动派单，请值班人员立即处置"]);
      break;
    case "urgency_raised":
      lines.push([
        "highlight",
        `已升为${p["urgency"] ?? "紧急"}，办结时限：${p["deadline"] ?? ""}，请立即处置`,
      ]);
      break;
    case "assist":
      lines.push(["highlight", `主办单位：${p["lead"] ?? ""}，请配合办理并填报进展`]);
      break;
    case "review_return":
      lines.push(
        ["highlight", `退回原因：${p["reason"] ?? ""}`],
        ["normal", `请继续办理，办结时限：${p["deadline"] ?? ""}`],
      );
      break;
    case "return_refused":
      lines.push(
        ["highlight", `不同意退单：${p["reason"] ?? ""}`],
        ["normal", `请继续办理，办结时限：${p["deadline"] ?? ""}`],
      );
      break;
    case "digest":
      lines.push(
        ["normal", `超期工单${p["overdue"] ?? "0"}件，待处理工单${p["stuck"] ?? "0"}件`],
        ["normal", `发送失败通知${p["failed"] ?? "0"}条`],
      );
      break;
  }
  const ref = p["ref"] ? ` ${p["ref"]}` : "";
  return {
    title: clipBytes(`${TITLES[c.purpose] ?? "工单通知"}${ref}`, 128),
    description: fitDescription(lines, 512),
    url: c.url,
    btntxt: c.purpose === "digest" ? "查看" : "办理",
  };
}

function fitDescription(lines: Array<[string, string]>, maxBytes: number): string {
  // Each line gets a fair share of the budget, so a long summary cannot push out the deadline.
  const share = Math.floor(maxBytes / Math.max(1, lines.length)) - 30;
  return lines.map(([cls, text]) => `<div class="${cls}">${escapeWithin(text, share)}</div>`).join("");
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** Escaped for WeCom's description markup, cut (never inside an entity) to fit `max` bytes. */
function escapeWithin(text: string, max: number): string {
  const escaped = [...text].map((ch) => ENTITIES[ch] ?? ch);
  if (Buffer.byteLength(escaped.join(""), "utf8") <= max) return escaped.join("");
  let out = "";
  for (const piece of escaped) {
    if (Buffer.byteLength(out + piece + "…", "utf8") > max) break;
    out += piece;
  }
  return `${out}…`;
}

/** Cuts at a character boundary so the UTF-8 form fits `max` bytes (an ellipsis marks the cut). */
export function clipBytes(s: string, max: number): string {
  if (Buffer.byteLength(s, "utf8") <= max) return s;
  let out = "";
  for (const ch of s) {
    if (Buffer.byteLength(out + ch + "…", "utf8") > max) break;
    out += ch;
  }
  return `${out}…`;
}
