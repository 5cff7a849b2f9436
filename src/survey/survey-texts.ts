import { clip } from "../notify/unit-texts.js";

/**
 * Resident-facing survey texts (Simplified Chinese, short, one SMS segment where possible) and the
 * parameters of the pre-approved templates (SMS_TEMPLATE_SURVEY, WECHAT_TEMPLATE_SURVEY), which must be
 * registered with the provider with exactly these parameter names: {ref, summary}.
 */
export interface TicketBrief {
  ref: string;
  summary: string;
  /** The public page with the unit's reply and fix photos (`/r/<token>`), when there is one. */
  resultUrl?: string | null;
}

const resultLine = (t: TicketBrief) => (t.resultUrl ? `办理结果和现场照片：${t.resultUrl} ` : "");

export function surveyQuestion(t: TicketBrief): string {
  return `【直通】您反映的“${clip(t.summary)}”（${t.ref}）已办结，${resultLine(t)}满意请回复1，基本满意回复2，不满意回复3。`;
}

export function surveyReminder(t: TicketBrief): string {
  return `【直通】再次打扰：您反映的“${clip(t.summary)}”（${t.ref}）已办结，${resultLine(t)}满意请回复1，基本满意回复2，不满意回复3。`;
}

export function surveyTemplateParams(t: TicketBrief): Record<string, string> {
  return { ref: t.ref, summary: clip(t.summary) };
}

export function clarifyQuestion(t: TicketBrief): string {
  return `抱歉没看明白。工单${t.ref}的问题解决了吗？满意请回复1，基本满意回复2，不满意回复3。`;
}

export function thanksSatisfied(t: TicketBrief): string {
  return `感谢您的评价！工单${t.ref}已办结，如有新问题欢迎随时反映。`;
}

export function thanksUnknown(t: TicketBrief): string {
  return `已记录您对工单${t.ref}的意见，谢谢。如问题仍未解决，请直接描述，我们会重新受理。`;
}

export function reopenedNotice(t: TicketBrief): string {
  return `很抱歉问题未能让您满意。工单${t.ref}已重新交办（二次办理），我们会督促尽快解决。`;
}

export function recordedAfterReopen(t: TicketBrief): string {
  return `已记录您对工单${t.ref}的评价，该工单正在重新办理，谢谢。`;
}

export function lateReply(t: TicketBrief): string {
  return `工单${t.ref}的回访已结束，您的意见已作为备注记录。如问题仍未解决，请直接描述，我们会重新受理。`;
}

/** Text of the unit notification when a ticket comes back for a second round. */
export function reopenUnitText(p: { ref: string; summary: string; unit: string; round: number }): string {
  return `【直通】重启办理：${p.unit}工单${p.ref}（${clip(p.summary)}）回访不满意，已进入第${p.round}轮办理，请高度重视。`;
}
