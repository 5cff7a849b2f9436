import { formatInZone } from "../domain/local-time.js";

/**
 * Texts of unit notifications (Simplified Chinese, one SMS segment where possible) and the template
 * codes that template-only SMS providers (Aliyun, Tencent) must have approved with the same params.
 */
export const UNIT_TEMPLATES = {
  dispatch: "ZT_UNIT_DISPATCH",
  reminder: "ZT_UNIT_REMINDER",
  escalation: "ZT_UNIT_ESCALATION",
  /** A dissatisfied survey reopened the ticket (二次办理); params ref, summary, unit, round. */
  reopen: "ZT_UNIT_REOPEN",
  digest: "ZT_CENTRE_DIGEST",
  /** An emergency no unit could be resolved for; params ref, summary, place. */
  alarm: "ZT_DUTY_ALARM",
  /** The centre added the unit as an assisting unit (协办); params ref, summary, lead. */
  assist: "ZT_UNIT_ASSIST",
  /** The centre's review sent a resolution back (办结审核退回); params ref, summary, reason, deadline. */
  review_return: "ZT_UNIT_REVIEW_RETURN",
  /** The centre refused the unit's return request (退单不予同意); params ref, summary, reason, deadline. */
  return_refused: "ZT_UNIT_RETURN_REFUSED",
  /** A red light on an emergency or urgent ticket, to the duty officer; params ref, summary, urgency, stage, unit. */
  red_alarm: "ZT_DUTY_RED_ALARM",
  /** A ticket the unit holds became an emergency after it was filed; params ref, summary, place. */
  urgency_raised: "ZT_UNIT_URGENCY_RAISED",
} as const;
export type UnitPurpose = keyof typeof UNIT_TEMPLATES;

/**
 * The template code for a purpose: from UNIT_SMS_TEMPLATES ("dispatch=SMS_1,reminder=SMS_2", the
 * codes the provider assigned when it approved the templates), else the built-in name.
 */
export function unitTemplateCode(configured: string | undefined, purpose: string): string | null {
  for (const pair of (configured ?? "").split(",")) {
    const [p, code] = pair.split("=");
    if (p === purpose && code) return code;
  }
  return (UNIT_TEMPLATES as Record<string, string>)[purpose] ?? null;
}

export { STAGE_LABEL } from "../domain/labels.js";

/** "11月22日 10:00" in the jurisdiction's time zone. */
export function formatDeadline(d: Date, timeZone: string): string {
  return formatInZone(d, timeZone, "M月d日 HH:mm");
}

/** Keeps SMS short: summaries are ≤ 30 characters already, this guards free text. */
export function clip(s: string, n = 20): string {
  const chars = [...s];
  return chars.length > n ? `${chars.slice(0, n).join("")}…` : s;
}

export function alarmText(p: { ref: string; summary: string; place: string }): string {
  return `【直通】特急警情${p.ref}：${p.summary}，地点：${p.place}。无法自动派单，请值班人员紧急处置。`;
}

/** Same template (`alarm`) and params as alarmText; free-text gateways say why. */
export function returnedAlarmText(p: { ref: string; summary: string; place: string }): string {
  return `【直通】特急警情${p.ref}：${p.summary}，地点：${p.place}。承办单位已退回，请值班人员紧急处置。`;
}

export function urgencyRaisedText(p: {
  ref: string;
  summary: string;
  urgency: string;
  place: string;
  deadline: string;
}): string {
  return `【直通】${p.urgency}：贵单位承办的工单${p.ref}（${p.summary}）已升为${p.urgency}，地点：${p.place}，办结时限：${p.deadline}。请立即处置。`;
}

export function redAlarmText(p: {
  ref: string;
  summary: string;
  urgency: string;
  stage: string;
  unit: string;
}): string {
  return `【直通】红灯：${p.urgency}工单${p.ref}（${p.summary}）${p.stage}已超时，承办单位${p.unit}，请值班人员跟进。`;
}

/** `firstContactMinutes`: the jurisdiction's policy (the first call to the resident after dispatch). */
export function dispatchText(
  p: { ref: string; summary: string; deadline: string },
  firstContactMinutes: number,
): string {
  return `【直通】新工单${p.ref}：${p.summary}。请尽快签收并${firstContactMinutes}分钟内联系群众，${p.deadline}前办结。`;
}

export function reminderText(p: { ref: string; summary: string; stage: string; deadline: string }): string {
  return `【直通】提醒：工单${p.ref}（${p.summary}）${p.stage}时限为${p.deadline}，请抓紧办理。`;
}

export function escalationText(p: {
  ref: string;
  summary: string;
  stage: string;
  deadline: string;
  unit: string;
}): string {
  return `【直通】督办：${p.unit}工单${p.ref}（${p.summary}）${p.stage}已超时（${p.deadline}），已列入督办。`;
}

export function digestText(p: { overdue: number; stuckTickets: number; failed: number }): string {
  return `【直通】今日提醒：超期工单${p.overdue}件，待处理工单${p.stuckTickets}件，发送失败通知${p.failed}条，详见系统。`;
}

export function assistText(p: { ref: string; summary: string; lead: string }): string {
  return `【直通】协办工单${p.ref}：${p.summary}。主办单位为${p.lead}，请配合办理并在系统中填报进展。`;
}

export function reviewReturnText(p: {
  ref: string;
  summary: string;
  reason: string;
  deadline: string;
}): string {
  return `【直通】工单${p.ref}（${p.summary}）办结答复未通过审核，退回原因：${p.reason}。请继续办理，${p.deadline}前办结。`;
}

export function returnRefusedText(p: {
  ref: string;
  summary: string;
  reason: string;
  deadline: string;
}): string {
  return `【直通】工单${p.ref}（${p.summary}）的退单申请未获同意：${p.reason}。请继续办理，${p.deadline}前办结。`;
}
