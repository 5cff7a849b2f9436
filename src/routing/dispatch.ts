import type { TicketDeadlines } from "../domain/deadlines.js";
import type { Queryable } from "../db/client.js";
import type { TicketRow } from "../db/repositories/tickets.repository.js";
import { computeLights } from "../domain/lights.js";
import type { RouteReason } from "../domain/routing.js";
import type { Tier } from "../domain/taxonomy.schema.js";
import { transition, type Actor, type TicketEvent } from "../domain/ticket-lifecycle.js";
import type { Actor as EventActor } from "../db/repositories/tickets.repository.js";
import type { tickets } from "../db/schema/index.js";
import { deadlinesFor } from "./deadlines-memo.js";
import { clip, dispatchText, formatDeadline } from "../notify/unit-texts.js";
import type { AppContext } from "../runtime/context.js";
import { queueDispatchNotices, type DispatchNotice } from "./dispatch-notices.js";
import {
  assertTransition,
  eventActor,
  loadSla,
  reporterIds,
  toTicketState,
  updateTicketWithSlaAndEvent,
  type TicketSlaRow,
} from "../tickets/ticket-store.js";

export interface DispatchOrder {
  unitId: string;
  tier: Tier;
  /** The rules that fired (routing) or the dispatcher's reason (manual). */
  reasons: RouteReason[];
  reason?: string;
  action: "dispatch" | "redispatch";
  actor: Actor;
  /** Unit the staff member acted for, when different from actor.unitId. */
  onBehalfOf?: string | null;
}

/** What the caller already read in this transaction (the route worker reads it with the ticket). */
export interface DispatchKnown {
  sla: TicketSlaRow | undefined;
  reporterIds: string[];
  /**
   * Collects the notices instead of writing them: the caller writes them with queueDispatchNotices
   * before its transaction commits (a route batch, all its tickets' in one statement).
   */
  notices?: DispatchNotice[];
}

/** A dispatch worked out but not yet written: the ticket's new columns, its SLA row, event and notice. */
export interface PreparedDispatch {
  ticket: TicketRow;
  set: Partial<typeof tickets.$inferInsert>;
  sla: Partial<Omit<TicketSlaRow, "ticketId">>;
  event: { event: TicketEvent; actor: EventActor; extra: Record<string, unknown> };
  /** What the unit and the residents are told once the row is written (its version is the next one). */
  notice: DispatchNotice;
}

/**
 * Works out a dispatch without writing anything: lifecycle transition (throws when refused), fresh
 * deadlines from `now`, the ticket's and its SLA row's new values, the event with its reasons, and
 * the notice. `sla` and `residentIds` are what the caller read in its transaction.
 */
export function prepareDispatch(
  ctx: AppContext,
  ticket: TicketRow,
  order: DispatchOrder,
  sla: TicketSlaRow | undefined,
  residentIds: readonly string[],
  now: Date,
): PreparedDispatch {
  const { timezone } = ctx.config.jurisdiction;
  const state = { ...toTicketState(ticket, sla), tier: order.tier };
  // A reopened ticket starts a new round: extensions granted in the previous round do not carry over.
  if (ticket.status === "reopened") state.extensionDays = 0;
  const result = transition(
    state,
    order.action === "dispatch"
      ? { type: "dispatch", unitId: order.unitId, reasons: order.reasons.map((r) => r.code) }
      : { type: "redispatch", unitId: order.unitId, reason: order.reason },
    order.actor,
  );
  assertTransition(result);
  const deadlines = deadlinesFor(ctx.config, {
    dispatchedAt: now,
    tier: order.tier,
    urgency: ticket.urgency as never,
    extensionWorkingDays: result.state.extensionDays,
  });
  const lights = computeLights({
    status: result.to,
    dispatchedAt: now,
    acceptedAt: null,
    firstContactAt: null,
    resolvedAt: null,
    deadlines,
    now,
  });
  const unit = ctx.config.units.get(order.unitId);
  const params = {
    ref: ticket.ref,
    summary: clip(ticket.summary),
    deadline: deadlineText(deadlines, timezone),
  };
  const unitName = unit?.name ?? order.unitId;
  return {
    ticket,
    set: {
      status: result.to,
      unitId: order.unitId,
      tier: order.tier,
      triage: false,
      // A granted return request (退单) counts as a transfer; the new lead stops assisting itself.
      transferCount: result.state.transferCount,
      assistUnitIds: [...result.state.assistUnitIds],
      returnRequestedAt: null,
      returnReason: null,
      dispatchedAt: now,
      acceptedAt: null,
      firstContactAt: null,
      resolvedAt: null,
      firstContactDueAt: deadlines.firstContactBy,
      acceptYellowAt: deadlines.acceptYellowAt,
      acceptRedAt: deadlines.acceptRedAt,
      resolveDueAt: deadlines.resolveBy,
      resolveYellowAt: deadlines.resolveYellowAt,
    },
    sla: {
      resolveYellowAt: deadlines.resolveYellowAt,
      resolveBasis: deadlines.resolveBasis,
      extensionDays: result.state.extensionDays,
      pendingExtensionDays: null,
      light: lights.light,
      overdue: lights.overdue,
      nextCheckAt: lights.nextCheckAt,
      checkedAt: now,
    },
    event: {
      event: result.event,
      actor: eventActor(order.actor, order.onBehalfOf),
      extra: {
        tier: { from: ticket.tier, to: order.tier },
        reasons: order.reasons,
        deadlines: {
          firstContactBy: deadlines.firstContactBy.toISOString(),
          acceptYellowAt: deadlines.acceptYellowAt.toISOString(),
          acceptRedAt: deadlines.acceptRedAt.toISOString(),
          resolveYellowAt: deadlines.resolveYellowAt.toISOString(),
          resolveBy: deadlines.resolveBy.toISOString(),
          resolveBasis: deadlines.resolveBasis,
        },
      },
    },
    notice: {
      ticketId: ticket.id,
      unitId: order.unitId,
      unitText: dispatchText(params, ctx.config.jurisdiction.policy.firstContactMinutes),
      params,
      // The row version is unique per dispatch (two dispatches may share an instant); the write is a
      // compare-and-set on the version read, so the row written has the next one.
      dedupeKey: `dispatch:${ticket.id}:v${ticket.version + 1}`,
      residentIds,
      residentText:
        ticket.urgency === "emergency"
          ? `已转交${unitName}紧急处置，编号${ticket.ref}。请按安全提示做好防护。`
          : `您反映的问题已转交${unitName}处理，编号${ticket.ref}。`,
      slaCheckAt: lights.nextCheckAt,
      now,
    },
  };
}

/**
 * Hands a ticket to a unit: lifecycle transition, fresh deadlines from now, the ticket row (with a
 * compare-and-set on `version`), the event with its reasons, and — through the outbox, in the same
 * transaction — the unit's SMS, the residents' status notice and the first SLA check.
 */
export async function applyDispatch(
  tx: Queryable,
  ctx: AppContext,
  ticket: TicketRow,
  order: DispatchOrder,
  known?: DispatchKnown,
): Promise<TicketRow> {
  const now = ctx.now();
  const sla = known ? known.sla : await loadSla(tx, ticket.id);
  const residentIds = known ? known.reporterIds : await reporterIds(tx, ticket.id);
  const d = prepareDispatch(ctx, ticket, order, sla, residentIds, now);
  // The row (compare-and-set on version), its SLA state and the event: one round trip.
  const updated = await updateTicketWithSlaAndEvent(tx, ticket, d.set, d.sla, d.event, now);
  if (known?.notices) known.notices.push(d.notice);
  else await queueDispatchNotices(tx, [d.notice]);
  return updated;
}

/**
 * The unit SMS's deadline, formatted once per deadlines object: deadlinesFor hands the tickets of a
 * route batch the same few objects, and formatting in the local time zone cost about 3 % of the
 * route worker's time when done per ticket.
 */
const deadlineTexts = new WeakMap<TicketDeadlines, { timezone: string; text: string }>();
function deadlineText(deadlines: TicketDeadlines, timezone: string): string {
  const known = deadlineTexts.get(deadlines);
  if (known?.timezone === timezone) return known.text;
  const text = formatDeadline(deadlines.resolveBy, timezone);
  deadlineTexts.set(deadlines, { timezone, text });
  return text;
}
