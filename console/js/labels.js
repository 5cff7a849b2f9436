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
export const DUTY_ALARM_REASON = {};

/** Channel labels come from the server's channel registry (GET /api/v1/channels), filled at boot. */
export const CHANNEL = {};

export function setChannels(list) {
  for (const key of Object.keys(CHANNEL)) delete CHANNEL[key];
  for (const c of list) CHANNEL[c.name] = c.label;
}

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
  dutyAlarmReason: DUTY_ALARM_REASON,
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
