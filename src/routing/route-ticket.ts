import { sql } from "drizzle-orm";
import type { Job } from "bullmq";
import type { Tx } from "../db/client.js";
import { appendEvent, type TicketRow } from "../db/repositories/tickets.repository.js";
import { rowReader } from "../db/raw-rows.js";
import { ticketSla, tickets } from "../db/schema/index.js";
import type { Actor } from "../domain/ticket-lifecycle.js";
import type { AppContext } from "../runtime/context.js";
import { inTicketTransaction, updateTicketIfUnchanged, type TicketSlaRow } from "../tickets/ticket-store.js";
import { applyDispatch } from "./dispatch.js";
import { queueDispatchNotices, type DispatchNotice } from "./dispatch-notices.js";
import { alarmDutyContact } from "./duty-alarm.js";
import { mergeTickets } from "../tickets/merge-tickets.js";
import { findDuplicates, suggestDuplicate } from "./duplicates.js";
import { planRoute, ticketRoutingInput, type RoutePlan } from "./plan-route.js";

export const ROUTE_WORKER: Actor = { role: "system", id: "route-worker" };

export type RouteOutcome =
  | { outcome: "dispatched"; unit: string; tier: string; plan: RoutePlan }
  | { outcome: "triage"; plan: RoutePlan }
  | { outcome: "merged"; intoTicketId: string; score: number }
  | { outcome: "skipped"; why: string };

/**
 * The route job: decide, then dispatch, queue for triage or merge into an open duplicate.
 * Idempotent: only a ticket still waiting for routing (received, not yet in triage; or reopened for
 * the job's round) is touched, and the write is a compare-and-set on `version`, so a duplicate
 * delivery — even a concurrent one — dispatches once.
 */
export async function routeTicket(
  ctx: AppContext,
  job: { ticketId: string; round?: number },
): Promise<RouteOutcome> {
  // Lost a race (a staff action or the other copy of this job): re-read and decide again.
  const out = await inTicketTransaction(ctx.database.db, async (tx) => {
    const notices: DispatchNotice[] = [];
    const routed = await routeOnce(tx, ctx, job, notices);
    await queueDispatchNotices(tx, notices);
    return routed;
  });
  ctx.relay.kick();
  return out;
}

export interface RouteJob {
  ticketId: string;
  round?: number;
}

/** What routing reads of a ticket, in one statement: the row, its SLA state and its reporters. */
interface RoutingView {
  ticket: TicketRow;
  sla: TicketSlaRow | undefined;
  reporterIds: string[];
}

const ticketReader = rowReader(tickets);
const slaReader = rowReader(ticketSla);
/** Written once: the query builder walked the ticket's and the SLA row's columns on every call. */
const LOAD_FOR_ROUTING = sql.raw(`
  SELECT ${ticketReader.columns("t")}, ${slaReader.columns("s", "sla__")},
         coalesce((SELECT array_agg(r.resident_id::text ORDER BY r.created_at)
                     FROM ticket_reporters r WHERE r.ticket_id = t.id), '{}'::text[]) AS reporter_ids
    FROM tickets t LEFT JOIN ticket_sla s ON s.ticket_id = t.id
   WHERE t.id = `);

async function loadForRouting(tx: Tx, ticketId: string): Promise<RoutingView | undefined> {
  const { rows } = await tx.execute(sql`${LOAD_FOR_ROUTING}${ticketId}::uuid`);
  const row = rows[0];
  if (!row) return undefined;
  return {
    ticket: ticketReader.read(row)!,
    sla: slaReader.read(row, "sla__"),
    reporterIds: row.reporter_ids as string[],
  };
}

/**
 * Routes one ticket inside the caller's transaction (which may hold other tickets of a batch).
 * Throws TICKET.CONFLICT when someone else changed the ticket meanwhile. A dispatch's notices are
 * added to `notices`: the caller writes them (queueDispatchNotices) before it commits.
 */
export async function routeOnce(
  tx: Tx,
  ctx: AppContext,
  job: RouteJob,
  notices: DispatchNotice[],
): Promise<RouteOutcome> {
  const view = await loadForRouting(tx, job.ticketId);
  if (!view) return { outcome: "skipped", why: "ticket not found" };
  const { ticket } = view;
  if (job.round !== undefined && job.round !== ticket.round)
    return { outcome: "skipped", why: `job for round ${job.round}, ticket is in round ${ticket.round}` };
  if (!waitingForRouting(ticket)) return { outcome: "skipped", why: `status ${ticket.status}` };
  const now = ctx.now();

  // One problem, many reporters: a new ticket close to an open one is merged or suggested first.
  if (ticket.status === "received" && ticket.round === 1) {
    const dups = await findDuplicates(tx, ctx, ticket);
    const best = dups[0];
    if (best && best.score.suggestion === "auto_merge") {
      await mergeTickets(tx, ctx, {
        source: ticket,
        targetId: best.ticket.id,
        actor: ROUTE_WORKER,
        score: best.score.score,
        reasons: best.score.reasons,
      });
      return { outcome: "merged", intoTicketId: best.ticket.id, score: best.score.score };
    }
    for (const d of dups) await suggestDuplicate(tx, ticket.id, d, now);
  }

  const plan = planRoute(ticketRoutingInput(ticket, view.reporterIds.length), ctx.config, now);

  if (plan.triage) {
    await updateTicketIfUnchanged(tx, ticket, { triage: true, tier: plan.tier }, now);
    await appendEvent(
      tx,
      ticket.id,
      { type: "system", id: ROUTE_WORKER.id },
      {
        action: "triage",
        fromStatus: ticket.status,
        toStatus: ticket.status,
        reason: plan.reasons.at(-1)?.message ?? null,
        data: { reasons: plan.reasons, tier: plan.tier, round: ticket.round },
        at: now,
      },
    );
    if (ticket.urgency === "emergency") await alarmDutyContact(tx, ctx, ticket, "route-worker");
    return { outcome: "triage", plan };
  }

  await applyDispatch(
    tx,
    ctx,
    ticket,
    {
      unitId: plan.unit,
      tier: plan.tier,
      reasons: plan.reasons,
      action: "dispatch",
      actor: ROUTE_WORKER,
    },
    { sla: view.sla, reporterIds: view.reporterIds, notices },
  );
  return { outcome: "dispatched", unit: plan.unit, tier: plan.tier, plan };
}

function waitingForRouting(t: TicketRow): boolean {
  return (t.status === "received" || t.status === "reopened") && !t.triage && !t.mergedIntoId;
}

/** One route job at a time, each in its own transaction (tests, `zhitong route`, the fallback). */
export function routeHandler(ctx: AppContext) {
  return async (data: RouteJob, _job: Job) => {
    const out = await routeTicket(ctx, data);
    return out.outcome;
  };
}
