import type { Kind, Tier, Urgency } from "./taxonomy.schema.js";
import type { TicketStatus } from "./ticket-status.js";

/**
 * The one source of the Chinese names of codes: SMS texts, lifecycle messages and tier reasons use
 * them on the server, and the console receives them from GET /api/v1/labels instead of keeping a
 * copy (copies drifted: the same urgency was 紧急 on one side and 特急 on the other).
 */
export const STATUS_LABEL: Record<TicketStatus, string> = {
  received: "已受理",
  dispatched: "已派单",
  accepted: "已签收",
  pending_review: "办结待审",
  resolved: "已办结",
  surveyed: "已回访",
  closed: "已结案",
  transferred: "已退回",
  reopened: "重启办理",
  merged: "已合并",
  cancelled: "已撤销",
};

export const TIER_LABEL: Record<Tier, string> = {
  general: "一般",
  major: "较大",
  difficult: "疑难",
  cross: "跨区/涉市直部门",
};

/** 一般 < 紧急 < 特急, as urgency is graded on official documents. */
export const URGENCY_LABEL: Record<Urgency, string> = { normal: "一般", urgent: "紧急", emergency: "特急" };

export const KIND_LABEL: Record<Kind, string> = {
  complaint: "投诉",
  help: "求助",
  dispute: "矛盾纠纷",
  consultation: "咨询",
  suggestion: "意见建议",
  wish: "微心愿",
  praise: "表扬",
};

/** Lifecycle actions and the other events of a ticket's timeline: one Chinese name for each. */
export const ACTION_LABEL = {
  create: "创建工单",
  dispatch: "派单",
  accept: "签收",
  first_contact: "首次联系群众",
  note: "添加办理进展",
  request_extension: "申请延期",
  approve_extension: "批准延期",
  refuse_extension: "驳回延期",
  transfer_back: "申请退单",
  redispatch: "重新派单",
  resolve: "办结回复",
  survey_recorded: "记录回访结果",
  close: "结案",
  reopen: "重启办理",
  escalate: "提级督办",
  merge: "合并工单",
  merge_in: "并入重复工单",
  dismiss_duplicate: "忽略重复建议",
  cancel: "撤销工单",
  approve_resolution: "审核通过办结",
  return_resolution: "审核退回",
  add_assist: "增加协办单位",
  remove_assist: "撤销协办单位",
  refuse_return: "不同意退单",
  reveal: "查看联系方式",
  triage: "转人工研判",
  light: "红黄灯预警",
  duty_alarm: "值班警报",
  duty_alarm_ack: "确认值班警报",
  amend: "补充通话内容",
  attach_media: "附加图片/视频",
  danger_check: "安全确认提问",
  resident_addendum: "群众补充说明",
  urgency_raised: "紧急程度提升",
  resident_place: "群众补充位置",
} as const;
/** Every kind of entry a ticket's event log can hold; appendEvent accepts nothing else. */
export type EventAction = keyof typeof ACTION_LABEL;

export const STAGE_LABEL = { acceptance: "签收", first_contact: "首次联系群众", resolution: "办结" } as const;
export const LIGHT_LABEL = { green: "绿灯", yellow: "黄灯", red: "红灯" } as const;
export const ACTOR_LABEL = { resident: "群众", staff: "工作人员", system: "系统" } as const;
export const SATISFACTION_LABEL = {
  satisfied: "满意",
  basically: "基本满意",
  dissatisfied: "不满意",
} as const;
export const RESOLVED_LABEL = { yes: "已解决", no: "未解决", unknown: "不确定" } as const;
export const SURVEY_STATUS_LABEL = {
  scheduled: "待回访",
  sent: "已发送",
  clarifying: "追问中",
  answered: "已答复",
  unreachable: "未回访",
} as const;

/** Why the duty officer (值班) was alarmed. */
export const DUTY_ALARM_REASON_LABEL = {
  unroutable_emergency: "特急事项无法派单",
  emergency_returned: "特急事项被退回",
  red_light: "红灯超期",
} as const;
export type DutyAlarmReason = keyof typeof DUTY_ALARM_REASON_LABEL;

/** Everything above, keyed as the console uses it. */
export const LABELS = {
  status: STATUS_LABEL,
  tier: TIER_LABEL,
  urgency: URGENCY_LABEL,
  kind: KIND_LABEL,
  action: ACTION_LABEL,
  stage: STAGE_LABEL,
  light: LIGHT_LABEL,
  actor: ACTOR_LABEL,
  satisfaction: SATISFACTION_LABEL,
  resolved: RESOLVED_LABEL,
  surveyStatus: SURVEY_STATUS_LABEL,
  dutyAlarmReason: DUTY_ALARM_REASON_LABEL,
};
