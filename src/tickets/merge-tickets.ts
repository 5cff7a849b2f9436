import { and, eq } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { appendEvent, type TicketRow } from "../db/repositories/tickets.repository.js";
import { ticketLinks, ticketReporters, tickets } from "../db/schema/index.js";
import { AppError, conflict } from "../domain/app-error.js";
import { transition, type Actor, type TicketEvent } from "../domain/ticket-lifecycle.js";
import type { Tier } from "../domain/taxonomy.schema.js";
import { rank } from "../domain/tier-rules.js";
import { OPEN_STATUSES } from "../domain/ticket-status.js";
import { queueResidentMessage } from "../notify/queue-resident-message.js";
import type { AppContext } from "../runtime/context.js";
import { planRoute, ticketRoutingInput } from "../routing/plan-route.js";
import {
  assertTransition,
  eventActor,
  loadSla,
  recordEvent,
  toTicketState,
  updateTicketIfUnchanged,
  type TicketSlaRow,
} from "./ticket-store.js";

export interface MergeInput {
  source: TicketRow;
  /** The ticket that is kept. */
  targetId: string;
  actor: Actor;
  onBehalfOf?: string | null;
  score?: number | null;
  reasons?: { code: string; message: string }[];
}

/**
 * Merges `source` into the kept ticket: source → merged (mergedIntoId), its reporters are linked to
 * the kept ticket (so every reporter gets its status messages and its survey), the link is recorded,
 * both logs get an event and the newly linked reporters are told which number to follow.
 */
export async function mergeTickets(tx: Queryable, ctx: AppContext, m: MergeInput): Promise<TicketRow> {
  const now = ctx.now();
  // Lock the kept ticket: it must still be open when its reporter list grows.
  const [target] = await tx.select().from(tickets).where(eq(tickets.id, m.targetId)).for("update").limit(1);
  if (!target) throw new AppError("TICKET.MERGE_TARGET_NOT_FOUND", "要合并到的工单不存在", 404);
  if (!OPEN_STATUSES.includes(target.status) || target.mergedIntoId)
    throw conflict("TICKET.MERGE_TARGET_CLOSED", `工单${target.ref}已不在办理中，不能合并到该工单`);
  const sla = await loadSla(tx, m.source.id);
  const result = transition(
    toTicketState(m.source, sla),
    { type: "merge", intoTicketId: target.id },
    m.actor,
  );
  assertTransition(result);
  const updated = await updateTicketIfUnchanged(
    tx,
    m.source,
    { status: result.to, mergedIntoId: target.id, triage: false },
    now,
  );

  const before = new Set(
    (
      await tx
        .select({ residentId: ticketReporters.residentId })
        .from(ticketReporters)
        .where(eq(ticketReporters.ticketId, target.id))
    ).map((r) => r.residentId),
  );
  const moving = await tx.select().from(ticketReporters).where(eq(ticketReporters.ticketId, m.source.id));
  const added = moving.filter((r) => !before.has(r.residentId));
  if (added.length)
    await tx
      .insert(ticketReporters)
      .values(
        added.map((r) => ({
          ticketId: target.id,
          residentId: r.residentId,
          channel: r.channel,
          conversationId: r.conversationId,
          callbackPhone: r.callbackPhone,
          callbackFor: r.callbackFor,
          createdAt: now,
        })),
      )
      .onConflictDoNothing();
  // Tickets merged earlier into the source follow it to the kept ticket.
  await tx
    .update(tickets)
    .set({ mergedIntoId: target.id, updatedAt: now })
    .where(eq(tickets.mergedIntoId, m.source.id));

  await tx
    .insert(ticketLinks)
    .values({
      ticketId: m.source.id,
      otherTicketId: target.id,
      status: "merged",
      score: m.score ?? null,
      reasons: m.reasons ?? [],
      decidedBy: m.actor.role === "system" ? "auto" : (m.actor.id ?? "staff"),
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [ticketLinks.ticketId, ticketLinks.otherTicketId],
      set: {
        status: "merged",
        decidedBy: m.actor.role === "system" ? "auto" : (m.actor.id ?? "staff"),
        updatedAt: now,
      },
    });

  const actor = eventActor(m.actor, m.onBehalfOf);
  await raiseTierForReporters(tx, ctx, target, before.size + added.length);
  await recordEvent(tx, result.event, actor, now, {
    intoRef: target.ref,
    score: m.score ?? null,
    reasons: m.reasons ?? [],
    auto: m.actor.role === "system",
  });
  await appendEvent(tx, target.id, actor, {
    action: "merge_in",
    fromStatus: target.status,
    toStatus: target.status,
    data: {
      fromTicketId: m.source.id,
      fromRef: m.source.ref,
      reportersAdded: added.length,
      score: m.score ?? null,
    },
    at: now,
  });
  for (const r of added)
    await queueResidentMessage(tx, {
      residentId: r.residentId,
      text: `您反映的问题（编号${m.source.ref}）与编号${target.ref}为同一问题，已合并办理，办理结果会一并告知您。`,
      purpose: "status",
      ticketId: target.id,
      at: now,
    });
  return updated;
}

export const MERGE_WORKER: Actor = { role: "system", id: "merge" };

/**
 * More reporters can make a bigger matter (tier rules such as TIER.MANY_REPORTERS): the kept ticket
 * is raised and marked for supervision (escalate), with the rules that fired. It is not moved: if a
 * higher level should handle it, the centre re-dispatches (routing then picks the level). Null when
 * the tier stays. Pure: the caller writes the row (compare-and-set) and the event.
 */
export function tierRaiseForReporters(
  ctx: AppContext,
  target: TicketRow,
  sla: TicketSlaRow | undefined,
  reporterCount: number,
  now: Date,
): { set: { tier: string; supervised: boolean }; event: TicketEvent; extra: Record<string, unknown> } | null {
  const plan = planRoute(ticketRoutingInput(target, reporterCount), ctx.config, now);
  if (rank(plan.tier) <= rank(target.tier as Tier)) return null;
  const fired = plan.reasons.filter((r) => r.code.startsWith("TIER."));
  const reason = fired.map((r) => r.message).join("；") || `已有${reporterCount}位群众反映同一问题`;
  const r = transition(
    toTicketState(target, sla),
    { type: "escalate", reason, toTier: plan.tier },
    MERGE_WORKER,
  );
  if (!r.ok) return null;
  return {
    set: { tier: r.state.tier, supervised: r.state.supervised },
    event: r.event,
    extra: { reasons: fired, reporterCount },
  };
}

async function raiseTierForReporters(
  tx: Queryable,
  ctx: AppContext,
  target: TicketRow,
  reporterCount: number,
): Promise<void> {
  const now = ctx.now();
  const sla = await loadSla(tx, target.id);
  const raise = tierRaiseForReporters(ctx, target, sla, reporterCount, now);
  if (!raise) return;
  await updateTicketIfUnchanged(tx, target, raise.set, now);
  await recordEvent(tx, raise.event, eventActor(MERGE_WORKER), now, raise.extra);
}

export interface DismissResult {
  linkId: number;
  status: "dismissed";
  /** False when the link was already dismissed (a repeated click): nothing was written. */
  changed: boolean;
}

/**
 * The centre decides a duplicate suggestion is about a different problem: the link becomes
 * `dismissed` (compare-and-set from `suggested`, so a second dismiss writes nothing) and a
 * `dismiss_duplicate` event with the reason and the actor goes into the ticket's log, in one
 * transaction. A link is reachable from either of its two tickets; a merged link cannot be dismissed.
 */
export async function dismissDuplicate(
  tx: Queryable,
  input: {
    ticket: TicketRow;
    linkId: number;
    reason: string;
    actor: Actor;
    onBehalfOf?: string | null;
    now: Date;
  },
): Promise<DismissResult> {
  const { ticket, linkId, now } = input;
  const [link] = await tx.select().from(ticketLinks).where(eq(ticketLinks.id, linkId)).for("update");
  if (!link || (link.ticketId !== ticket.id && link.otherTicketId !== ticket.id))
    throw new AppError("LINK.NOT_FOUND", `工单 ${ticket.ref} 没有重复建议 ${linkId}`, 404);
  if (link.status === "dismissed") return { linkId, status: "dismissed", changed: false };
  if (link.status !== "suggested") throw conflict("LINK.ALREADY_MERGED", "该重复建议已合并，不能忽略");
  const decidedBy = input.actor.id ?? "staff";
  await tx
    .update(ticketLinks)
    .set({ status: "dismissed", decidedBy, updatedAt: now })
    .where(and(eq(ticketLinks.id, linkId), eq(ticketLinks.status, "suggested")));
  const otherId = link.ticketId === ticket.id ? link.otherTicketId : link.ticketId;
  const [other] = await tx.select({ ref: tickets.ref }).from(tickets).where(eq(tickets.id, otherId));
  await appendEvent(tx, ticket.id, eventActor(input.actor, input.onBehalfOf), {
    action: "dismiss_duplicate",
    fromStatus: ticket.status,
    toStatus: ticket.status,
    reason: input.reason,
    data: { linkId, otherTicketId: otherId, otherRef: other?.ref ?? null, score: link.score },
    at: now,
  });
  return { linkId, status: "dismissed", changed: true };
}
