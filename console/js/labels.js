// Chinese labels for the codes the API uses.

export const STATUS = {
  received: "已受理",
  dispatched: "已派单",
  accepted: "已签收",
  resolved: "已办结",
  surveyed: "已回访",
  closed: "已关闭",
  transferred: "已退回",
  reopened: "重新办理",
  merged: "已合并",
  cancelled: "已撤销",
};

/** Channel labels come from the server's channel registry (GET /api/v1/channels), filled at boot. */
export const CHANNEL = {};

export function setChannels(list) {
  for (const key of Object.keys(CHANNEL)) delete CHANNEL[key];
  for (const c of list) CHANNEL[c.name] = c.label;
}

export const TIER = { general: "一般", major: "较大", difficult: "疑难", cross: "跨区/涉市直" };
export const URGENCY = { normal: "一般", urgent: "紧急", emergency: "特急" };
export const KIND = {
  complaint: "投诉",
  help: "求助",
  dispute: "矛盾纠纷",
  consultation: "咨询",
  suggestion: "意见建议",
  wish: "微心愿",
  praise: "表扬",
};
export const LIGHT = { green: "绿灯", yellow: "黄灯", red: "红灯" };
export const STAGE = { acceptance: "签收", first_contact: "首次联系", resolution: "办结" };
export const ROLE = { admin: "系统管理员", dispatcher: "调度员", unit: "承办单位", leader: "领导" };
export const SATISFACTION = { satisfied: "满意", basically: "基本满意", dissatisfied: "不满意" };
export const RESOLVED = { yes: "已解决", no: "未解决", unknown: "不确定" };
export const SURVEY_STATUS = {
  scheduled: "待回访",
  sent: "已发送",
  clarifying: "追问中",
  answered: "已答复",
  unreachable: "未回访",
};

export const ACTION = {
  accept: "签收",
  first_contact: "首次联系",
  note: "进展备注",
  request_extension: "申请延期",
  approve_extension: "批准延期",
  refuse_extension: "驳回延期",
  transfer_back: "退回重派",
  resolve: "办结答复",
  redispatch: "重新派单",
  merge: "合并工单",
  escalate: "升级督办",
  cancel: "撤销工单",
  create: "创建工单",
  dispatch: "派单",
  reveal: "查看联系方式",
};

/** Event actions in the timeline that are not staff actions. */
export function actionLabel(code) {
  return ACTION[code] ?? code;
}

export const ACTOR = { resident: "群众", staff: "工作人员", system: "系统" };
