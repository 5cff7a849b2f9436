import { conflict } from "../domain/app-error.js";
import { transition } from "../domain/ticket-lifecycle.js";
import { OPEN_STATUSES } from "../domain/ticket-status.js";
import type { AppContext } from "../runtime/context.js";
import { MERGE_WORKER, tierRaiseForReporters } from "../tickets/merge-tickets.js";
import { assertTransition, eventActor, toTicketState } from "../tickets/ticket-store.js";
import type { StatusNotice } from "./dispatch-notices.js";
import type { RoutingView } from "./routing-reads.js";
import { lifecycleEvent, type RoutingWrites } from "./route-writes.js";
import type { Actor } from "../domain/ticket-lifecycle.js";

export interface AutoMerge {
  source: RoutingView;
  /** The kept ticket as read after locking it. */
  target: RoutingView;
  actor: Actor;
  score: number;
  reasons: { code: string; message: string }[];
}

/**
 * The route worker's merge of a new ticket into an open duplicate, with mergeTickets' semantics
 * (src/tickets/merge-tickets.ts) but nothing written here: the source becomes `merged`, its reporters
 * join the kept ticket, tickets merged into it follow, the link is recorded as merged, the kept ticket
 * is raised when its reporters make a bigger matter, both logs get their event, and the newly linked
 * reporters are told which number to follow. Throws (nothing written) when the kept ticket is closed.
 */
export function planAutoMerge(
  ctx: AppContext,
  m: AutoMerge,
  now: Date,
  w: RoutingWrites,
  notices: StatusNotice[],
): void {
  const source = m.source.ticket;
  const target = m.target.ticket;
  if (!OPEN_STATUSES.includes(target.status) || target.mergedIntoId)
    throw conflict("TICKET.MERGE_TARGET_CLOSED", `工单${target.ref}已不在办理中，不能合并到该工单`);
  const result = transition(
    toTicketState(source, m.source.sla),
    { type: "merge", intoTicketId: target.id },
    m.actor,
  );
  assertTransition(result);
  w.updates.push({ ticket: source, set: { status: result.to, mergedIntoId: target.id, triage: false } });

  const before = new Set(m.target.reporterIds);
  const added = m.source.reporterIds.filter((r) => !before.has(r));
  if (added.length) w.reporterMoves.push({ sourceId: source.id, targetId: target.id, residentIds: added });
  w.repoints.push({ sourceId: source.id, targetId: target.id });
  w.merged.push({
    ticketId: source.id,
    otherTicketId: target.id,
    score: m.score,
    reasons: m.reasons,
    decidedBy: m.actor.role === "system" ? "auto" : (m.actor.id ?? "staff"),
  });

  const actor = eventActor(m.actor);
  const raise = tierRaiseForReporters(ctx, target, m.target.sla, before.size + added.length, now);
  if (raise) {
    w.updates.push({ ticket: target, set: raise.set });
    w.events.push(lifecycleEvent(raise.event, eventActor(MERGE_WORKER), raise.extra));
  }
  w.events.push(
    lifecycleEvent(result.event, actor, {
      intoRef: target.ref,
      score: m.score,
      reasons: m.reasons,
      auto: m.actor.role === "system",
    }),
  );
  w.events.push({
    ticketId: target.id,
    actor,
    action: "merge_in",
    fromStatus: target.status,
    toStatus: target.status,
    reason: null,
    data: { fromTicketId: source.id, fromRef: source.ref, reportersAdded: added.length, score: m.score },
  });
  if (added.length)
    notices.push({
      ticketId: target.id,
      residentIds: added,
      text: `您反映的问题（编号${source.ref}）与编号${target.ref}为同一问题，已合并办理，办理结果会一并告知您。`,
      now,
    });
}
