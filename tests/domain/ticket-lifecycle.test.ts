import { describe, expect, it } from "vitest";
import {
  TICKET_ACTIONS,
  availableActions,
  newTicketState,
  raiseTier,
  transition,
  type Actor,
  type TicketAction,
  type TicketActionType,
  type TicketState,
} from "../../src/domain/ticket-lifecycle.js";
import { TICKET_STATUSES, type TicketStatus } from "../../src/domain/ticket-status.js";

const UNIT = "community.luxi";
const centre: Actor = { role: "centre", id: "dispatcher-1" };
const system: Actor = { role: "system", id: "sla.worker" };
const ownUnit: Actor = { role: "unit", unitId: UNIT, id: "cadre-7" };
const otherUnit: Actor = { role: "unit", unitId: "community.xisheng" };

/** The lifecycle written out independently of the implementation's table: the specification. */
const SPEC: Record<TicketActionType, { from: TicketStatus[]; to: TicketStatus | "same"; roles: string[] }> = {
  dispatch: { from: ["received", "reopened"], to: "dispatched", roles: ["centre", "system"] },
  accept: { from: ["dispatched"], to: "accepted", roles: ["unit"] },
  first_contact: { from: ["dispatched", "accepted"], to: "same", roles: ["unit"] },
  note: {
    from: ["received", "dispatched", "accepted", "transferred", "reopened", "pending_review", "resolved"],
    to: "same",
    roles: ["centre", "unit"],
  },
  request_extension: { from: ["accepted"], to: "same", roles: ["unit"] },
  approve_extension: { from: ["accepted"], to: "same", roles: ["centre"] },
  refuse_extension: { from: ["accepted"], to: "same", roles: ["centre"] },
  transfer_back: { from: ["dispatched", "accepted"], to: "same", roles: ["unit"] },
  redispatch: { from: ["transferred", "dispatched", "accepted"], to: "dispatched", roles: ["centre"] },
  resolve: { from: ["accepted"], to: "resolved", roles: ["unit"] },
  survey_recorded: { from: ["resolved"], to: "surveyed", roles: ["centre", "system"] },
  close: { from: ["resolved", "surveyed"], to: "closed", roles: ["centre", "system"] },
  reopen: { from: ["surveyed", "closed"], to: "reopened", roles: ["centre", "system"] },
  escalate: {
    from: ["received", "dispatched", "accepted", "transferred", "reopened", "pending_review"],
    to: "same",
    roles: ["centre", "system"],
  },
  merge: {
    from: ["received", "dispatched", "accepted", "transferred", "reopened"],
    to: "merged",
    roles: ["centre", "system"],
  },
  cancel: {
    from: ["received", "dispatched", "accepted", "transferred", "reopened"],
    to: "cancelled",
    roles: ["centre"],
  },
  approve_resolution: { from: ["pending_review"], to: "resolved", roles: ["centre"] },
  return_resolution: { from: ["pending_review"], to: "accepted", roles: ["centre"] },
  add_assist: { from: ["dispatched", "accepted", "pending_review"], to: "same", roles: ["centre"] },
  remove_assist: {
    from: ["received", "dispatched", "accepted", "transferred", "reopened", "pending_review"],
    to: "same",
    roles: ["centre"],
  },
  refuse_return: { from: ["dispatched", "accepted"], to: "same", roles: ["centre"] },
};

/** A valid payload for each action, so the table exercises status and actor checks only. */
const SAMPLE: Record<TicketActionType, TicketAction> = {
  dispatch: { type: "dispatch", unitId: UNIT, reasons: ["按类别派往社区"] },
  accept: { type: "accept" },
  first_contact: { type: "first_contact", note: "已电话联系" },
  note: { type: "note", text: "已联系物业上门查看" },
  request_extension: { type: "request_extension", workingDays: 3, reason: "需等待配件" },
  approve_extension: { type: "approve_extension" },
  refuse_extension: { type: "refuse_extension", reason: "理由不充分" },
  transfer_back: { type: "transfer_back", reason: "属于供水公司职责" },
  redispatch: { type: "redispatch", unitId: UNIT },
  resolve: { type: "resolve", reply: "已修复漏水管道" },
  survey_recorded: { type: "survey_recorded", outcome: "answered" },
  close: { type: "close" },
  reopen: { type: "reopen", reason: "群众回访不满意" },
  escalate: { type: "escalate", reason: "超期未办结" },
  merge: { type: "merge", intoTicketId: "T-2" },
  cancel: { type: "cancel", reason: "群众撤回诉求" },
  approve_resolution: { type: "approve_resolution" },
  return_resolution: { type: "return_resolution", reason: "答复过于简单，请补充处理情况" },
  add_assist: { type: "add_assist", unitId: "utility.water" },
  remove_assist: { type: "remove_assist", unitId: "utility.water" },
  refuse_return: { type: "refuse_return", reason: "属于本社区职责" },
};

/** Statuses in which a unit holds the ticket. */
const HELD: TicketStatus[] = [
  "dispatched",
  "accepted",
  "pending_review",
  "resolved",
  "surveyed",
  "closed",
  "reopened",
];

function stateIn(status: TicketStatus, action: TicketActionType): TicketState {
  return {
    ...newTicketState("T-1"),
    status,
    unitId: HELD.includes(status) ? UNIT : null,
    pendingExtensionDays: action === "approve_extension" || action === "refuse_extension" ? 3 : null,
    assistUnitIds: action === "remove_assist" ? ["utility.water"] : [],
    returnRequested: action === "refuse_return",
  };
}

const ACTORS: [string, Actor][] = [
  ["the centre", centre],
  ["the system", system],
  ["the responsible unit", ownUnit],
  ["another unit", otherUnit],
];

const cases = TICKET_STATUSES.flatMap((status) =>
  TICKET_ACTIONS.flatMap((action) => ACTORS.map(([who, actor]) => ({ status, action, who, actor }))),
);

describe("every status × action × actor", () => {
  it.each(cases)(
    "$action on a $status ticket by $who follows the specification",
    ({ status, action, actor }) => {
      const spec = SPEC[action];
      const result = transition(stateIn(status, action), SAMPLE[action], actor);
      if (!spec.from.includes(status)) {
        expect(result).toMatchObject({ ok: false, code: "TICKET.INVALID_TRANSITION" });
      } else if (!spec.roles.includes(actor.role)) {
        expect(result).toMatchObject({ ok: false, code: "TICKET.ROLE_NOT_ALLOWED" });
      } else if (actor.role === "unit" && (actor !== ownUnit || !HELD.includes(status))) {
        expect(result).toMatchObject({ ok: false, code: "TICKET.NOT_YOUR_UNIT" });
      } else {
        expect(result).toMatchObject({ ok: true, to: spec.to === "same" ? status : spec.to });
      }
    },
  );

  it("covers all 11 statuses, 21 actions and 4 actors", () => {
    expect(cases).toHaveLength(11 * 21 * 4);
  });
});

function run(state: TicketState, action: TicketAction, actor: Actor): TicketState {
  const r = transition(state, action, actor);
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.state;
}

describe("ticket lifecycle stories", () => {
  it("walks the main path from received to closed", () => {
    let s = newTicketState("T-1");
    s = run(s, { type: "dispatch", unitId: UNIT }, system);
    s = run(s, { type: "accept" }, ownUnit);
    s = run(s, { type: "first_contact" }, ownUnit);
    s = run(s, { type: "resolve", reply: "已修复" }, ownUnit);
    s = run(s, { type: "survey_recorded", outcome: "answered" }, system);
    s = run(s, { type: "close" }, system);
    expect(s).toMatchObject({ status: "closed", unitId: UNIT, round: 1 });
  });

  it("keeps a ticket with its unit while a return request waits, and counts only granted returns", () => {
    let s = run(newTicketState("T-1"), { type: "dispatch", unitId: UNIT }, centre);
    s = run(s, { type: "transfer_back", reason: "不属于本社区" }, ownUnit);
    expect(s).toMatchObject({ status: "dispatched", unitId: UNIT, transferCount: 0, returnRequested: true });
    expect(transition(s, { type: "transfer_back", reason: "再次申请" }, ownUnit)).toMatchObject({
      ok: false,
      code: "TICKET.RETURN_PENDING",
    });
    s = run(s, { type: "refuse_return", reason: "属于本社区职责" }, centre);
    expect(s).toMatchObject({ unitId: UNIT, returnRequested: false, transferCount: 0 });
    s = run(s, { type: "transfer_back", reason: "确属供水管网" }, ownUnit);
    s = run(s, { type: "redispatch", unitId: "utility.water" }, centre);
    expect(s).toMatchObject({ unitId: "utility.water", returnRequested: false, transferCount: 1 });
  });

  it("withdraws a unit's return request when the unit resolves the ticket after all", () => {
    let s = run(newTicketState("T-1"), { type: "dispatch", unitId: UNIT }, centre);
    s = run(s, { type: "accept" }, ownUnit);
    s = run(s, { type: "transfer_back", reason: "不属于本社区" }, ownUnit);
    const r = transition(s, { type: "resolve", reply: "已协调物业处理" }, ownUnit);
    expect(r).toMatchObject({ ok: true, to: "resolved", state: { returnRequested: false } });
    expect(r.ok && r.event.data.returnWithdrawn).toBe(true);
  });

  it("records the reason and the unit of a return request in the event", () => {
    const s = run(newTicketState("T-1"), { type: "dispatch", unitId: UNIT }, centre);
    const r = transition(s, { type: "transfer_back", reason: " 不属于本社区 " }, ownUnit);
    expect(r.ok && r.event.data).toEqual({ reason: "不属于本社区", fromUnitId: UNIT });
  });

  it("holds a reviewed resolution for the centre and lets it return it to the same unit", () => {
    let s = run(newTicketState("T-1"), { type: "dispatch", unitId: UNIT }, centre);
    s = run(s, { type: "accept" }, ownUnit);
    s = run(s, { type: "resolve", reply: "已处理", review: true }, ownUnit);
    expect(s.status).toBe("pending_review");
    expect(transition(s, { type: "return_resolution", reason: "" }, centre)).toMatchObject({
      ok: false,
      code: "TICKET.REASON_REQUIRED",
    });
    s = run(s, { type: "return_resolution", reason: "请补充处理结果" }, centre);
    expect(s).toMatchObject({ status: "accepted", unitId: UNIT });
    s = run(s, { type: "resolve", reply: "已更换井盖并拍照", review: true }, ownUnit);
    s = run(s, { type: "approve_resolution" }, centre);
    expect(s.status).toBe("resolved");
  });

  it("lets an assisting unit add progress and nothing else", () => {
    let s = run(newTicketState("T-1"), { type: "dispatch", unitId: UNIT }, centre);
    s = run(s, { type: "add_assist", unitId: "utility.water" }, centre);
    const water: Actor = { role: "unit", unitId: "utility.water" };
    expect(transition(s, { type: "note", text: "已关闭阀门" }, water)).toMatchObject({ ok: true });
    expect(transition(s, { type: "accept" }, water)).toMatchObject({ ok: false, code: "TICKET.ASSIST_ONLY" });
    expect(availableActions(s, water)).toEqual(["note"]);
    expect(transition(s, { type: "add_assist", unitId: "utility.water" }, centre)).toMatchObject({
      ok: false,
      code: "TICKET.ALREADY_ASSISTING",
    });
    expect(transition(s, { type: "add_assist", unitId: UNIT }, centre)).toMatchObject({
      ok: false,
      code: "TICKET.ASSIST_IS_LEAD",
    });
    // Making the assisting unit the lead removes it from the assisting units.
    s = run(s, { type: "redispatch", unitId: "utility.water" }, centre);
    expect(s.assistUnitIds).toEqual([]);
  });

  it("opens a second round one tier higher when a ticket is reopened", () => {
    const s: TicketState = { ...newTicketState("T-1"), status: "surveyed", unitId: UNIT, extensionDays: 2 };
    const r = transition(s, { type: "reopen", reason: "不满意，还是漏水" }, system);
    expect(r).toMatchObject({
      ok: true,
      to: "reopened",
      state: { round: 2, tier: "major", extensionDays: 0 },
    });
    expect(r.ok && r.event).toMatchObject({ round: 2, data: { tier: { from: "general", to: "major" } } });
  });

  it("keeps the tier on reopen when the policy says so", () => {
    const s: TicketState = { ...newTicketState("T-1"), status: "surveyed", unitId: UNIT };
    const r = transition(s, { type: "reopen", reason: "不满意" }, system, { reopenRaisesTier: false });
    expect(r.ok && r.state.tier).toBe("general");
  });

  it("lets a spot check reopen a closed ticket", () => {
    const s: TicketState = { ...newTicketState("T-1"), status: "closed", unitId: UNIT };
    expect(transition(s, { type: "reopen", reason: "抽查发现未解决" }, centre)).toMatchObject({ ok: true });
  });

  it("dispatches a reopened ticket again", () => {
    const s: TicketState = { ...newTicketState("T-1"), status: "reopened", unitId: UNIT, round: 2 };
    const r = transition(s, { type: "dispatch", unitId: "street.qimashan" }, system);
    expect(r).toMatchObject({ ok: true, to: "dispatched", state: { unitId: "street.qimashan", round: 2 } });
  });

  it("never raises a tier above cross", () => {
    expect(raiseTier("cross")).toBe("cross");
    expect(raiseTier("major")).toBe("difficult");
  });

  it("refuses to resolve an order the unit has not accepted", () => {
    const s = run(newTicketState("T-1"), { type: "dispatch", unitId: UNIT }, centre);
    expect(transition(s, { type: "resolve", reply: "已处理" }, ownUnit)).toMatchObject({
      ok: false,
      code: "TICKET.INVALID_TRANSITION",
    });
  });

  it("says in Chinese why a transition is refused", () => {
    const r = transition(newTicketState("T-1"), { type: "accept" }, ownUnit);
    expect(r).toEqual({
      ok: false,
      code: "TICKET.INVALID_TRANSITION",
      message: "工单当前状态为“已受理”，不能签收",
    });
  });
});

describe("payload checks", () => {
  const accepted: TicketState = { ...newTicketState("T-1"), status: "accepted", unitId: UNIT };

  it.each<[string, TicketAction, string]>([
    ["resolve without a reply", { type: "resolve", reply: "  " }, "TICKET.REPLY_REQUIRED"],
    ["transfer back without a reason", { type: "transfer_back", reason: "" }, "TICKET.REASON_REQUIRED"],
    [
      "an extension of zero days",
      { type: "request_extension", workingDays: 0, reason: "等配件" },
      "TICKET.INVALID_EXTENSION",
    ],
    [
      "an extension of half a day",
      { type: "request_extension", workingDays: 1.5, reason: "等配件" },
      "TICKET.INVALID_EXTENSION",
    ],
    [
      "an extension without a reason",
      { type: "request_extension", workingDays: 2, reason: "" },
      "TICKET.REASON_REQUIRED",
    ],
    ["an empty note", { type: "note", text: "" }, "TICKET.TEXT_REQUIRED"],
  ])("refuses %s", (_name, action, code) => {
    expect(transition(accepted, action, ownUnit)).toMatchObject({ ok: false, code });
  });

  it.each<[string, TicketAction, string]>([
    ["a dispatch without a unit", { type: "dispatch", unitId: "" }, "TICKET.UNIT_REQUIRED"],
    ["a cancel without a reason", { type: "cancel", reason: " " }, "TICKET.REASON_REQUIRED"],
    ["a merge into itself", { type: "merge", intoTicketId: "T-1" }, "TICKET.MERGE_INTO_SELF"],
    ["a merge without a target", { type: "merge", intoTicketId: "" }, "TICKET.MERGE_TARGET_REQUIRED"],
    ["an escalation without a reason", { type: "escalate", reason: "" }, "TICKET.REASON_REQUIRED"],
    [
      "an escalation to a lower tier",
      { type: "escalate", reason: "x", toTier: "general" },
      "TICKET.TIER_NOT_HIGHER",
    ],
    ["a reopen without a reason", { type: "reopen", reason: "" }, "TICKET.REASON_REQUIRED"],
  ])("refuses %s from the centre", (_name, action, code) => {
    const status = action.type === "reopen" ? "surveyed" : "received";
    const s: TicketState = { ...newTicketState("T-1", "major"), status };
    expect(transition(s, action, centre)).toMatchObject({ ok: false, code });
  });

  it("refuses a second extension request while one is pending", () => {
    const s = run(accepted, { type: "request_extension", workingDays: 3, reason: "等配件" }, ownUnit);
    expect(
      transition(s, { type: "request_extension", workingDays: 1, reason: "再等等" }, ownUnit),
    ).toMatchObject({
      ok: false,
      code: "TICKET.EXTENSION_PENDING",
    });
  });

  it("refuses to approve an extension nobody asked for", () => {
    expect(transition(accepted, { type: "approve_extension" }, centre)).toMatchObject({
      ok: false,
      code: "TICKET.NO_EXTENSION_PENDING",
    });
  });

  it("adds the approved working days to the round's extension", () => {
    let s = run(accepted, { type: "request_extension", workingDays: 3, reason: "等配件" }, ownUnit);
    s = run(s, { type: "approve_extension", workingDays: 2 }, centre);
    expect(s).toMatchObject({ extensionDays: 2, pendingExtensionDays: null });
  });

  it("drops a refused extension request", () => {
    let s = run(accepted, { type: "request_extension", workingDays: 3, reason: "等配件" }, ownUnit);
    s = run(s, { type: "refuse_extension", reason: "可先行处置" }, centre);
    expect(s).toMatchObject({ extensionDays: 0, pendingExtensionDays: null, status: "accepted" });
  });

  it("marks an escalated ticket for supervision and raises it to the asked tier", () => {
    const r = transition(accepted, { type: "escalate", reason: "红灯超期", toTier: "difficult" }, system);
    expect(r).toMatchObject({ ok: true, to: "accepted", state: { supervised: true, tier: "difficult" } });
  });

  it("records who merged the ticket into which", () => {
    const r = transition(accepted, { type: "merge", intoTicketId: "T-9" }, centre);
    expect(r.ok && r.event).toMatchObject({
      type: "merge",
      from: "accepted",
      to: "merged",
      actor: { role: "centre", id: "dispatcher-1" },
      data: { intoTicketId: "T-9" },
    });
  });
});

describe("available actions", () => {
  it("offers the responsible unit what it may do on an accepted ticket", () => {
    const s: TicketState = { ...newTicketState("T-1"), status: "accepted", unitId: UNIT };
    expect(availableActions(s, ownUnit)).toEqual([
      "first_contact",
      "note",
      "request_extension",
      "transfer_back",
      "resolve",
    ]);
  });

  it("offers another unit nothing", () => {
    const s: TicketState = { ...newTicketState("T-1"), status: "accepted", unitId: UNIT };
    expect(availableActions(s, otherUnit)).toEqual([]);
  });

  it("offers the centre the extension decision only while one is pending", () => {
    const s: TicketState = {
      ...newTicketState("T-1"),
      status: "accepted",
      unitId: UNIT,
      pendingExtensionDays: 2,
    };
    expect(availableActions(s, centre)).toContain("approve_extension");
    expect(availableActions({ ...s, pendingExtensionDays: null }, centre)).not.toContain("approve_extension");
  });
});
