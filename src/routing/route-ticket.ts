import type { Tx } from "../db/client.js";
import { AppError } from "../domain/app-error.js";
import type { TicketRow } from "../db/repositories/tickets.repository.js";
import type { Actor } from "../domain/ticket-lifecycle.js";
import type { AppContext } from "../runtime/context.js";
import { inTicketTransaction } from "../tickets/ticket-store.js";
import { prepareDispatch } from "./dispatch.js";
import { queueDispatchNotices, type DispatchNotice, type StatusNotice } from "./dispatch-notices.js";
import { alarmDutyContact } from "./duty-alarm.js";
import { findDuplicatesForBatch, type DuplicateMatch } from "./duplicates.js";
import { planRoute, ticketRoutingInput, type RoutePlan } from "./plan-route.js";
import { planAutoMerge } from "./route-merge.js";
import { emptyWrites, writeRouting } from "./route-writes.js";
import { loadForRouting, lockMergeTargets, type RoutingView } from "./routing-reads.js";

export const ROUTE_WORKER: Actor = { role: "system", id: "route-worker" };

export type RouteOutcome =
  | { outcome: "dispatched"; unit: string; tier: string; plan: RoutePlan }
  | { outcome: "triage"; plan: RoutePlan }
  | { outcome: "merged"; intoTicketId: string; score: number }
  | { outcome: "skipped"; why: string };

/**
 * A job a shared transaction leaves for later, to be routed alone after it commits: its ticket merges
 * into a ticket the same batch routes or another merge of the batch keeps (writing both in one
 * statement would need the kept ticket's row twice).
 */
export type BatchOutcome = RouteOutcome | { outcome: "deferred"; why: string };

export interface RouteJob {
  ticketId: string;
  round?: number;
}

/** Suggestions kept per ticket for the centre (best first). */
const SUGGESTIONS = 5;

/**
 * The route job: decide, then dispatch, queue for triage or merge into an open duplicate.
 * Idempotent: only a ticket still waiting for routing (received, not yet in triage; or reopened for
 * the job's round) is touched, and the write is a compare-and-set on `version`, so a duplicate
 * delivery — even a concurrent one — dispatches once.
 */
export async function routeTicket(ctx: AppContext, job: RouteJob): Promise<RouteOutcome> {
  // Lost a race (a staff action or the other copy of this job): re-read and decide again.
  const [out] = await inTicketTransaction(ctx.database.db, (tx) => routeMany(tx, ctx, [job]));
  ctx.relay.kick();
  // Alone, nothing is deferred: a ticket never merges into itself.
  if (!out || out.outcome === "deferred") throw new Error("a route job routed alone was deferred");
  return out;
}

/**
 * Routes the tickets of `jobs` inside the caller's transaction, in the order given, with one
 * statement for each step of the whole batch: read every ticket (with its SLA row and reporters),
 * search every new ticket's duplicates, lock the kept tickets of its merges (and read them after the
 * lock), write every row, SLA row, event and link, and write every notice. Only the decisions are
 * made ticket by ticket, in memory, exactly as one ticket alone would be decided.
 *
 * Throws TICKET.CONFLICT when someone else changed one of the tickets meanwhile (the caller rolls
 * back; RouteBatcher then routes each job alone). A job whose ticket appears twice in the batch
 * routes it once; the other is skipped.
 */
export async function routeMany(
  tx: Tx,
  ctx: AppContext,
  jobs: readonly RouteJob[],
  opts: { lockTimeout?: string } = {},
): Promise<BatchOutcome[]> {
  const now = ctx.now();
  const views = await loadForRouting(tx, [...new Set(jobs.map((j) => j.ticketId))], opts.lockTimeout, true);
  const out: BatchOutcome[] = [];
  const routing: { index: number; view: RoutingView }[] = [];
  const claimed = new Set<string>();
  jobs.forEach((job, index) => {
    const view = views.get(job.ticketId);
    const skip = skipReason(job, view?.ticket);
    if (skip) out[index] = { outcome: "skipped", why: skip };
    else if (claimed.has(job.ticketId))
      out[index] = { outcome: "skipped", why: "routed by the same job delivered again in this batch" };
    else {
      claimed.add(job.ticketId);
      routing.push({ index, view: view! });
    }
  });

  // One problem, many reporters: a new ticket close to an open one is merged or suggested first.
  const isNew = (t: TicketRow) => t.status === "received" && t.round === 1;
  const dups = await findDuplicatesForBatch(tx, ctx, routing.map((r) => r.view.ticket).filter(isNew));

  const w = emptyWrites();
  const notices: DispatchNotice[] = [];
  const statusNotices: StatusNotice[] = [];
  const merges: { index: number; view: RoutingView; best: DuplicateMatch }[] = [];
  const mergedHere = new Set<string>();
  const keptHere = new Set<string>();
  const emergencies: TicketRow[] = [];

  for (const { index, view } of routing) {
    const { ticket } = view;
    if (isNew(ticket)) {
      // What one ticket alone would have found: tickets merged earlier in the batch are no longer open.
      const found = (dups.get(ticket.id) ?? [])
        .filter((d) => !mergedHere.has(d.ticket.id))
        .slice(0, SUGGESTIONS);
      const best = found[0];
      if (best && best.score.suggestion === "auto_merge") {
        if (claimed.has(best.ticket.id) || keptHere.has(best.ticket.id)) {
          out[index] = { outcome: "deferred", why: `merges into ${best.ticket.id}, which this batch writes` };
          continue;
        }
        merges.push({ index, view, best });
        mergedHere.add(ticket.id);
        keptHere.add(best.ticket.id);
        continue;
      }
      for (const d of found)
        w.suggestions.push({
          ticketId: ticket.id,
          otherTicketId: d.ticket.id,
          score: d.score.score,
          reasons: d.score.reasons,
        });
    }

    const plan = planRoute(ticketRoutingInput(ticket, view.reporterIds.length), ctx.config, now);
    if (plan.triage) {
      w.updates.push({ ticket, set: { triage: true, tier: plan.tier } });
      w.events.push({
        ticketId: ticket.id,
        actor: { type: "system", id: ROUTE_WORKER.id },
        action: "triage",
        fromStatus: ticket.status,
        toStatus: ticket.status,
        reason: plan.reasons.at(-1)?.message ?? null,
        data: { reasons: plan.reasons, tier: plan.tier, round: ticket.round },
      });
      if (ticket.urgency === "emergency") emergencies.push(ticket);
      out[index] = { outcome: "triage", plan };
      continue;
    }
    const d = prepareDispatch(
      ctx,
      ticket,
      { unitId: plan.unit, tier: plan.tier, reasons: plan.reasons, action: "dispatch", actor: ROUTE_WORKER },
      view.sla,
      view.reporterIds,
      now,
    );
    w.updates.push({ ticket, set: d.set });
    w.sla.push({ ticketId: ticket.id, set: d.sla });
    w.events.push({
      ticketId: ticket.id,
      actor: d.event.actor,
      action: d.event.event.type,
      fromStatus: d.event.event.from,
      toStatus: d.event.event.to,
      reason: typeof d.event.event.data.reason === "string" ? d.event.event.data.reason : null,
      data: {
        ...d.event.event.data,
        round: d.event.event.round,
        actorRole: d.event.event.actor.role,
        ...d.event.extra,
      },
    });
    notices.push(d.notice);
    out[index] = { outcome: "dispatched", unit: plan.unit, tier: plan.tier, plan };
  }

  if (merges.length) {
    // Locked first (in id order), then read: a read in the locking statement would see the kept
    // tickets' reporters as they were before it waited for the lock.
    await lockMergeTargets(
      tx,
      merges.map((m) => m.best.ticket.id),
    );
    const targets = await loadForRouting(
      tx,
      merges.map((m) => m.best.ticket.id),
    );
    for (const m of merges) {
      const target = targets.get(m.best.ticket.id);
      if (!target) throw new AppError("TICKET.MERGE_TARGET_NOT_FOUND", "要合并到的工单不存在", 404);
      planAutoMerge(
        ctx,
        {
          source: m.view,
          target,
          actor: ROUTE_WORKER,
          score: m.best.score.score,
          reasons: m.best.score.reasons,
        },
        now,
        w,
        statusNotices,
      );
      out[m.index] = { outcome: "merged", intoTicketId: target.ticket.id, score: m.best.score.score };
    }
  }

  await writeRouting(tx, w, now);
  for (const t of emergencies) await alarmDutyContact(tx, ctx, t, "route-worker");
  await queueDispatchNotices(tx, notices, statusNotices);
  return out;
}

/** Why a job does nothing (the ticket is gone, in another round, or no longer waiting), or null. */
function skipReason(job: RouteJob, t: TicketRow | undefined): string | null {
  if (!t) return "ticket not found";
  if (job.round !== undefined && job.round !== t.round)
    return `job for round ${job.round}, ticket is in round ${t.round}`;
  if (!waitingForRouting(t)) return `status ${t.status}`;
  return null;
}

function waitingForRouting(t: TicketRow): boolean {
  return (t.status === "received" || t.status === "reopened") && !t.triage && !t.mergedIntoId;
}
