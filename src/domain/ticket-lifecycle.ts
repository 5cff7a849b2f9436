import type { Tier } from "./taxonomy.schema.js";
import { TIER_CODES } from "./taxonomy.schema.js";
import { RUNNING_STATUSES, type TicketStatus } from "./ticket-status.js";
import { ACTION_LABEL, STATUS_LABEL } from "./labels.js";

/**
 * The ticket lifecycle as one table: which action may move a ticket from which status to which,
 * and who may take it. Pure: no clock, no I/O. The caller stamps the time on the returned event,
 * persists `state` and appends `event` to the ticket's event log in one transaction (with a
 * compare-and-set on the previous status, so two units accepting at once cannot both win).
 */

/** Who acts: the command centre (dispatchers, agents, leaders), a handling unit, or the system (workers). */
export const ACTOR_ROLES = ["centre", "unit", "system"] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export interface Actor {
  role: ActorRole;
  /** The acting unit's id; required for role "unit", checked against the ticket's responsible unit. */
  unitId?: string | null;
  /** Staff user id or worker name, copied into the event for the audit log. */
  id?: string | null;
}

export const TICKET_ACTIONS = [
  "dispatch",
  "accept",
  "first_contact",
  "note",
  "request_extension",
  "approve_extension",
  "refuse_extension",
  "transfer_back",
  "redispatch",
  "resolve",
  "survey_recorded",
  "close",
  "reopen",
  "escalate",
  "merge",
  "cancel",
  "approve_resolution",
  "return_resolution",
  "add_assist",
  "remove_assist",
  "refuse_return",
] as const;
export type TicketActionType = (typeof TICKET_ACTIONS)[number];

/** An action with its payload; the payload is validated by `transition`, not trusted. */
export type TicketAction =
  | { type: "dispatch"; unitId: string; reasons?: readonly string[] }
  | { type: "accept" }
  | { type: "first_contact"; note?: string }
  | { type: "note"; text: string }
  | { type: "request_extension"; workingDays: number; reason: string }
  | { type: "approve_extension"; workingDays?: number }
  | { type: "refuse_extension"; reason: string }
  | { type: "transfer_back"; reason: string }
  | { type: "redispatch"; unitId: string; reason?: string }
  /** `review`: the review policy holds this resolution for the centre's approval (办结审核). */
  | { type: "resolve"; reply: string; review?: boolean }
  | { type: "survey_recorded"; outcome: "answered" | "unreachable" | "waived" }
  | { type: "close"; reason?: string }
  | { type: "reopen"; reason: string }
  | { type: "escalate"; reason: string; toTier?: Tier }
  | { type: "merge"; intoTicketId: string }
  | { type: "cancel"; reason: string }
  | { type: "approve_resolution" }
  | { type: "return_resolution"; reason: string }
  | { type: "add_assist"; unitId: string }
  | { type: "remove_assist"; unitId: string }
  | { type: "refuse_return"; reason: string };

/** The part of a ticket the lifecycle reads and writes. */
export interface TicketState {
  id: string;
  status: TicketStatus;
  /** The responsible unit (承办单位); null before dispatch and after a transfer back. */
  unitId: string | null;
  tier: Tier;
  /** Handling round: 1, then 2 for 二次办理 after a reopen, and so on. */
  round: number;
  /** How many times units sent it back as misrouted (转办退回). */
  transferCount: number;
  /** Working days asked for and not yet decided by the centre. */
  pendingExtensionDays: number | null;
  /** Working days granted in this round, added to the resolution deadline. */
  extensionDays: number;
  /** Marked for supervision (督办) by the centre or the SLA worker. */
  supervised: boolean;
  mergedInto: string | null;
  /** Assisting units (协办): they may read the ticket and add progress, nothing else. */
  assistUnitIds: readonly string[];
  /** A unit's return request (退单) waits for the centre; the ticket stays with the unit meanwhile. */
  returnRequested: boolean;
}

export const TICKET_ERROR_CODES = [
  "TICKET.INVALID_TRANSITION",
  "TICKET.ROLE_NOT_ALLOWED",
  "TICKET.NOT_YOUR_UNIT",
  "TICKET.UNIT_REQUIRED",
  "TICKET.REASON_REQUIRED",
  "TICKET.REPLY_REQUIRED",
  "TICKET.TEXT_REQUIRED",
  "TICKET.INVALID_EXTENSION",
  "TICKET.EXTENSION_PENDING",
  "TICKET.NO_EXTENSION_PENDING",
  "TICKET.MERGE_INTO_SELF",
  "TICKET.MERGE_TARGET_REQUIRED",
  "TICKET.TIER_NOT_HIGHER",
  "TICKET.ASSIST_ONLY",
  "TICKET.ASSIST_IS_LEAD",
  "TICKET.ALREADY_ASSISTING",
  "TICKET.NOT_ASSISTING",
  "TICKET.RETURN_PENDING",
  "TICKET.NO_RETURN_PENDING",
] as const;
export type TicketErrorCode = (typeof TICKET_ERROR_CODES)[number];

/** One entry for the append-only event log; the caller adds `at`. */
export interface TicketEvent {
  ticketId: string;
  type: TicketActionType;
  from: TicketStatus;
  to: TicketStatus;
  round: number;
  actor: { role: ActorRole; unitId: string | null; id: string | null };
  /** What changed and why, e.g. { unitId, reason, tier: { from, to } }. */
  data: Record<string, unknown>;
}

export type TransitionResult =
  | { ok: true; to: TicketStatus; event: TicketEvent; state: TicketState }
  | { ok: false; code: TicketErrorCode; message: string };

/** `"same"`: the action is recorded but the status does not change (notes, first contact, extensions). */
export interface TransitionRule {
  from: readonly TicketStatus[];
  to: TicketStatus | "same";
  roles: readonly ActorRole[];
}

/** What an assisting unit (协办) may do on a ticket it does not lead: report its part of the work. */
const ASSIST_ACTIONS: readonly TicketActionType[] = ["note"];

const OPEN: readonly TicketStatus[] = ["received", "dispatched", "accepted", "transferred", "reopened"];

/**
 * The lifecycle table. Notable choices:
 * - `resolve` needs `accept` first: a unit signs for an order (签收) before it may reply on it.
 * - `redispatch` is the centre moving an order between units: after a transfer back, or directly
 *   while a unit holds it (e.g. after escalating it to the street).
 * - `close` from `resolved` covers tickets that cannot be surveyed (anonymous reporter, 免回访);
 *   the usual path is resolved → survey_recorded → surveyed → close.
 * - `reopen` from `closed` lets a spot check (抽查) overturn a survey after closing.
 * - `escalate` raises the tier and/or marks for supervision (督办) without moving the order;
 *   moving it to the higher level is a `redispatch` decided by routing.
 * - `resolve` under the review policy stops at `pending_review`; the centre approves (→ resolved,
 *   the reply and the survey go out then) or returns it to the same unit (→ accepted, deadlines
 *   untouched, so the clock keeps running).
 * - `transfer_back` no longer moves the order: it records a return request (退单申请) that the
 *   centre settles with `redispatch` (the return is granted) or `refuse_return` (the unit keeps it).
 * - Assisting units (协办) may only add notes; every other unit action is the lead's.
 */
export const TRANSITIONS: Readonly<Record<TicketActionType, TransitionRule>> = {
  dispatch: { from: ["received", "reopened"], to: "dispatched", roles: ["centre", "system"] },
  accept: { from: ["dispatched"], to: "accepted", roles: ["unit"] },
  first_contact: { from: RUNNING_STATUSES, to: "same", roles: ["unit"] },
  note: { from: [...OPEN, "pending_review", "resolved"], to: "same", roles: ["centre", "unit"] },
  request_extension: { from: ["accepted"], to: "same", roles: ["unit"] },
  approve_extension: { from: ["accepted"], to: "same", roles: ["centre"] },
  refuse_extension: { from: ["accepted"], to: "same", roles: ["centre"] },
  transfer_back: { from: RUNNING_STATUSES, to: "same", roles: ["unit"] },
  redispatch: { from: ["transferred", "dispatched", "accepted"], to: "dispatched", roles: ["centre"] },
  resolve: { from: ["accepted"], to: "resolved", roles: ["unit"] },
  survey_recorded: { from: ["resolved"], to: "surveyed", roles: ["centre", "system"] },
  close: { from: ["resolved", "surveyed"], to: "closed", roles: ["centre", "system"] },
  reopen: { from: ["surveyed", "closed"], to: "reopened", roles: ["centre", "system"] },
  escalate: { from: [...OPEN, "pending_review"], to: "same", roles: ["centre", "system"] },
  merge: { from: OPEN, to: "merged", roles: ["centre", "system"] },
  cancel: { from: OPEN, to: "cancelled", roles: ["centre"] },
  approve_resolution: { from: ["pending_review"], to: "resolved", roles: ["centre"] },
  return_resolution: { from: ["pending_review"], to: "accepted", roles: ["centre"] },
  add_assist: { from: [...RUNNING_STATUSES, "pending_review"], to: "same", roles: ["centre"] },
  remove_assist: { from: [...OPEN, "pending_review"], to: "same", roles: ["centre"] },
  refuse_return: { from: RUNNING_STATUSES, to: "same", roles: ["centre"] },
};

export interface TransitionOptions {
  /** policy.reopenRaisesTier: a reopened ticket is raised one tier (default true). */
  reopenRaisesTier?: boolean;
}

const ROLE_LABEL: Record<ActorRole, string> = { centre: "指挥中心", unit: "承办单位", system: "系统" };

/** Raises a tier one level; `cross` stays `cross`. */
export function raiseTier(tier: Tier): Tier {
  const i = TIER_CODES.indexOf(tier);
  return TIER_CODES[Math.min(i + 1, TIER_CODES.length - 1)] ?? tier;
}

/** A fresh ticket as intake files it. */
export function newTicketState(id: string, tier: Tier = "general"): TicketState {
  return {
    id,
    status: "received",
    unitId: null,
    tier,
    round: 1,
    transferCount: 0,
    pendingExtensionDays: null,
    extensionDays: 0,
    supervised: false,
    mergedInto: null,
    assistUnitIds: [],
    returnRequested: false,
  };
}

/**
 * Applies one action. Checks, in order: the status allows the action, the actor's role may take it,
 * a unit acts only on its own orders, then the payload. Never throws.
 */
export function transition(
  state: TicketState,
  action: TicketAction,
  actor: Actor,
  options: TransitionOptions = {},
): TransitionResult {
  const rule = TRANSITIONS[action.type];
  if (!rule.from.includes(state.status))
    return fail(
      "TICKET.INVALID_TRANSITION",
      `工单当前状态为“${STATUS_LABEL[state.status]}”，不能${ACTION_LABEL[action.type]}`,
    );
  if (!rule.roles.includes(actor.role))
    return fail("TICKET.ROLE_NOT_ALLOWED", `${ROLE_LABEL[actor.role]}无权${ACTION_LABEL[action.type]}`);
  if (actor.role === "unit" && (!actor.unitId || actor.unitId !== state.unitId)) {
    const assisting = !!actor.unitId && state.assistUnitIds.includes(actor.unitId);
    if (!assisting) return fail("TICKET.NOT_YOUR_UNIT", "该工单不由本单位承办，不能操作");
    if (!ASSIST_ACTIONS.includes(action.type))
      return fail(
        "TICKET.ASSIST_ONLY",
        `本单位是该工单的协办单位，只能查看和添加办理进展，不能${ACTION_LABEL[action.type]}（由主办单位办理）`,
      );
  }

  const next: TicketState = { ...state };
  const data: Record<string, unknown> = {};

  switch (action.type) {
    case "dispatch":
    case "redispatch": {
      if (!isText(action.unitId)) return fail("TICKET.UNIT_REQUIRED", "请指定承办单位");
      data.fromUnitId = state.unitId;
      data.unitId = action.unitId;
      if (action.type === "dispatch" && action.reasons) data.reasons = [...action.reasons];
      if (action.type === "redispatch" && action.reason) data.reason = action.reason.trim();
      next.unitId = action.unitId;
      // A new holder gets a fresh extension budget; a pending request dies with the old holder.
      next.pendingExtensionDays = null;
      // The new lead cannot also assist itself.
      next.assistUnitIds = state.assistUnitIds.filter((u) => u !== action.unitId);
      if (state.returnRequested) {
        // Re-dispatching settles the unit's return request: the return was granted (转办).
        next.returnRequested = false;
        next.transferCount = state.transferCount + 1;
        data.returnGranted = true;
        data.transferCount = next.transferCount;
      }
      break;
    }
    case "accept":
      break;
    case "first_contact":
      if (action.note?.trim()) data.note = action.note.trim();
      break;
    case "note":
      if (!isText(action.text)) return fail("TICKET.TEXT_REQUIRED", "请填写进展内容");
      data.text = action.text.trim();
      break;
    case "request_extension": {
      if (state.pendingExtensionDays !== null)
        return fail("TICKET.EXTENSION_PENDING", "已有延期申请待审批，请勿重复申请");
      if (!isPositiveInt(action.workingDays))
        return fail("TICKET.INVALID_EXTENSION", "延期天数须为正整数（工作日）");
      if (!isText(action.reason)) return fail("TICKET.REASON_REQUIRED", "请填写延期理由");
      next.pendingExtensionDays = action.workingDays;
      data.workingDays = action.workingDays;
      data.reason = action.reason.trim();
      break;
    }
    case "approve_extension": {
      if (state.pendingExtensionDays === null)
        return fail("TICKET.NO_EXTENSION_PENDING", "没有待审批的延期申请");
      // The centre may grant fewer days than asked, never a non-positive number.
      const days = action.workingDays ?? state.pendingExtensionDays;
      if (!isPositiveInt(days)) return fail("TICKET.INVALID_EXTENSION", "延期天数须为正整数（工作日）");
      next.extensionDays = state.extensionDays + days;
      next.pendingExtensionDays = null;
      data.requestedDays = state.pendingExtensionDays;
      data.workingDays = days;
      data.totalExtensionDays = next.extensionDays;
      break;
    }
    case "refuse_extension":
      if (state.pendingExtensionDays === null)
        return fail("TICKET.NO_EXTENSION_PENDING", "没有待审批的延期申请");
      if (!isText(action.reason)) return fail("TICKET.REASON_REQUIRED", "请填写驳回理由");
      data.requestedDays = state.pendingExtensionDays;
      data.reason = action.reason.trim();
      next.pendingExtensionDays = null;
      break;
    case "transfer_back":
      if (state.returnRequested) return fail("TICKET.RETURN_PENDING", "退单申请已提交，正等待指挥中心审核");
      if (!isText(action.reason)) return fail("TICKET.REASON_REQUIRED", "请填写退单理由（为何不属于本单位）");
      data.reason = action.reason.trim();
      data.fromUnitId = state.unitId;
      next.returnRequested = true;
      break;
    case "resolve":
      if (!isText(action.reply)) return fail("TICKET.REPLY_REQUIRED", "请填写给群众的办理答复");
      data.reply = action.reply.trim();
      next.pendingExtensionDays = null;
      if (action.review) data.review = true;
      // Resolving it withdraws the unit's own request to hand it back.
      if (state.returnRequested) data.returnWithdrawn = true;
      next.returnRequested = false;
      break;
    case "approve_resolution":
      break;
    case "return_resolution":
      if (!isText(action.reason)) return fail("TICKET.REASON_REQUIRED", "请填写退回理由（答复哪里不足）");
      data.reason = action.reason.trim();
      data.unitId = state.unitId;
      break;
    case "add_assist":
      if (!isText(action.unitId)) return fail("TICKET.UNIT_REQUIRED", "请指定协办单位");
      if (action.unitId === state.unitId)
        return fail("TICKET.ASSIST_IS_LEAD", "该单位已是主办单位，不能同时协办");
      if (state.assistUnitIds.includes(action.unitId))
        return fail("TICKET.ALREADY_ASSISTING", "该单位已是本工单的协办单位");
      next.assistUnitIds = [...state.assistUnitIds, action.unitId];
      data.unitId = action.unitId;
      data.assistUnitIds = [...next.assistUnitIds];
      break;
    case "remove_assist":
      if (!isText(action.unitId)) return fail("TICKET.UNIT_REQUIRED", "请指定协办单位");
      if (!state.assistUnitIds.includes(action.unitId))
        return fail("TICKET.NOT_ASSISTING", "该单位不是本工单的协办单位");
      next.assistUnitIds = state.assistUnitIds.filter((u) => u !== action.unitId);
      data.unitId = action.unitId;
      data.assistUnitIds = [...next.assistUnitIds];
      break;
    case "refuse_return":
      if (!state.returnRequested) return fail("TICKET.NO_RETURN_PENDING", "没有待审核的退单申请");
      if (!isText(action.reason)) return fail("TICKET.REASON_REQUIRED", "请填写不同意退单的理由");
      data.reason = action.reason.trim();
      data.unitId = state.unitId;
      next.returnRequested = false;
      break;
    case "survey_recorded":
      data.outcome = action.outcome;
      break;
    case "close":
      if (action.reason?.trim()) data.reason = action.reason.trim();
      break;
    case "reopen": {
      if (!isText(action.reason)) return fail("TICKET.REASON_REQUIRED", "请说明重启办理的原因");
      const raise = options.reopenRaisesTier ?? true;
      next.round = state.round + 1;
      next.tier = raise ? raiseTier(state.tier) : state.tier;
      next.extensionDays = 0;
      next.pendingExtensionDays = null;
      // The unit of the previous round is kept (it is notified); routing picks the new one at dispatch.
      data.reason = action.reason.trim();
      data.round = next.round;
      data.tier = { from: state.tier, to: next.tier };
      break;
    }
    case "escalate": {
      if (!isText(action.reason)) return fail("TICKET.REASON_REQUIRED", "请说明提级督办的原因");
      if (action.toTier !== undefined && TIER_CODES.indexOf(action.toTier) <= TIER_CODES.indexOf(state.tier))
        return fail("TICKET.TIER_NOT_HIGHER", "提级后的等级须高于当前等级");
      next.tier = action.toTier ?? state.tier;
      next.supervised = true;
      data.reason = action.reason.trim();
      data.tier = { from: state.tier, to: next.tier };
      break;
    }
    case "merge":
      if (!isText(action.intoTicketId)) return fail("TICKET.MERGE_TARGET_REQUIRED", "请指定要合并到的工单");
      if (action.intoTicketId === state.id) return fail("TICKET.MERGE_INTO_SELF", "不能把工单合并到自身");
      next.mergedInto = action.intoTicketId;
      data.intoTicketId = action.intoTicketId;
      break;
    case "cancel":
      if (!isText(action.reason)) return fail("TICKET.REASON_REQUIRED", "请填写撤销理由");
      data.reason = action.reason.trim();
      break;
  }

  const to =
    action.type === "resolve" && action.review
      ? "pending_review"
      : rule.to === "same"
        ? state.status
        : rule.to;
  next.status = to;
  // The round is stamped from the ticket before the action, except that a reopen opens the next round.
  const event: TicketEvent = {
    ticketId: state.id,
    type: action.type,
    from: state.status,
    to,
    round: next.round,
    actor: { role: actor.role, unitId: actor.unitId ?? null, id: actor.id ?? null },
    data,
  };
  return { ok: true, to, event, state: next };
}

/** The action types `actor` may take on `state` now (ignoring payload checks): for buttons in the console. */
export function availableActions(state: TicketState, actor: Actor): TicketActionType[] {
  return TICKET_ACTIONS.filter((type) => {
    const rule = TRANSITIONS[type];
    if (!rule.from.includes(state.status) || !rule.roles.includes(actor.role)) return false;
    if (actor.role === "unit" && (!actor.unitId || actor.unitId !== state.unitId))
      return !!actor.unitId && state.assistUnitIds.includes(actor.unitId) && ASSIST_ACTIONS.includes(type);
    if (type === "request_extension") return state.pendingExtensionDays === null;
    if (type === "transfer_back") return !state.returnRequested;
    if (type === "refuse_return") return state.returnRequested;
    if (type === "remove_assist") return state.assistUnitIds.length > 0;
    if (type === "approve_extension" || type === "refuse_extension")
      return state.pendingExtensionDays !== null;
    return true;
  });
}

function fail(code: TicketErrorCode, message: string): TransitionResult {
  return { ok: false, code, message };
}

function isText(v: unknown): v is string {
  return typeof v === "string" && v.trim().length > 0;
}

function isPositiveInt(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v) && v > 0 && v <= 365;
}
