// Chinese labels for the codes the API uses. The server owns them (GET /api/v1/labels): the
// objects below are filled once at boot by loadLabels(), so the console never keeps its own copy.

export const STATUS = {};
export const TIER = {};
export const URGENCY = {};
export const KIND = {};
export const LIGHT = {};
export const STAGE = {};
export const ROLE = {};
export const SATISFACTION = {};
export const RESOLVED = {};
export const SURVEY_STATUS = {};
export const ACTION = {};
export const ACTOR = {};

export const CHANNEL = {
  wechat: "微信",
  sms: "短信",
  hotline: "热线",
  web: "网页",
  staff: "人工录入",
  open311: "Open311",
};

const TARGETS = {
  status: STATUS,
  tier: TIER,
  urgency: URGENCY,
  kind: KIND,
  light: LIGHT,
  stage: STAGE,
  role: ROLE,
  satisfaction: SATISFACTION,
  resolved: RESOLVED,
  surveyStatus: SURVEY_STATUS,
  action: ACTION,
  actor: ACTOR,
};

/** Fills the label objects from the server's labels (`api` is api.js's function). */
export async function loadLabels(api) {
  const labels = await api("/labels");
  for (const [key, target] of Object.entries(TARGETS)) Object.assign(target, labels[key] ?? {});
}

/** Event actions in the timeline that are not staff actions. */
export function actionLabel(code) {
  return ACTION[code] ?? code;
}
