import { and, desc, eq, sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { surveys, ticketEvents, ticketReporters, tickets } from "../db/schema/index.js";
import { enqueue } from "../queue/outbox.js";
import { jobId } from "../queue/queues.js";
import type { AppContext } from "../runtime/context.js";
import { firstSendAt } from "./survey-timing.js";

export interface ScheduleSurveysInput {
  ticketId: string;
  /** The handling round that was just resolved. */
  round: number;
  resolvedAt: Date;
}

/**
 * Called inside the transaction that resolves a ticket: one survey per reporter of the round
 * (unique (ticket, resident, round), so calling it twice changes nothing) and a delayed `survey`
 * job per survey at resolvedAt + policy.survey.delayHours, written to the outbox in the same
 * transaction. Reporters of tickets merged into this one are surveyed too. A ticket with nobody to
 * ask (a report typed in by staff without a phone) gets a job that closes it as 免回访 instead.
 */
export async function scheduleSurveys(
  tx: Queryable,
  ctx: Pick<AppContext, "config">,
  input: ScheduleSurveysInput,
): Promise<void> {
  const timing = ctx.config.jurisdiction.policy.survey;
  const dueAt = firstSendAt(input.resolvedAt, timing);
  const [ticket] = await tx
    .select({ unitId: tickets.unitId })
    .from(tickets)
    .where(eq(tickets.id, input.ticketId))
    .limit(1);
  if (!ticket) throw new Error(`scheduleSurveys: no ticket ${input.ticketId}`);

  const reporters = await listReporters(tx, input.ticketId);
  if (reporters.length === 0) {
    await enqueue(
      tx,
      "survey",
      { ticketId: input.ticketId, round: input.round },
      { jobId: jobId("survey-waive", input.ticketId, input.round), runAt: dueAt },
    );
    return;
  }
  const handlerId = await resolverOf(tx, input.ticketId, input.round);
  for (const r of reporters) {
    await tx
      .insert(surveys)
      .values({
        ticketId: input.ticketId,
        residentId: r.residentId,
        round: input.round,
        status: "scheduled",
        reporterChannel: r.channel,
        unitId: ticket.unitId,
        handlerId,
        resolvedAt: input.resolvedAt,
        dueAt,
        createdAt: input.resolvedAt,
        updatedAt: input.resolvedAt,
      })
      .onConflictDoNothing({ target: [surveys.ticketId, surveys.residentId, surveys.round] });
    const [row] = await tx
      .select({ id: surveys.id, dueAt: surveys.dueAt })
      .from(surveys)
      .where(
        and(
          eq(surveys.ticketId, input.ticketId),
          eq(surveys.residentId, r.residentId),
          eq(surveys.round, input.round),
        ),
      )
      .limit(1);
    await enqueue(
      tx,
      "survey",
      { surveyId: row!.id },
      { jobId: jobId("survey", row!.id, "ask1"), runAt: row!.dueAt ?? dueAt },
    );
  }
}

/**
 * Everyone who reported the problem: the ticket's reporters plus those of tickets merged into it
 * (in case a merge did not copy them), one entry per resident, earliest report first.
 */
export async function listReporters(
  tx: Queryable,
  ticketId: string,
): Promise<{ residentId: string; channel: string }[]> {
  const rows = await tx
    .select({ residentId: ticketReporters.residentId, channel: ticketReporters.channel })
    .from(ticketReporters)
    .where(
      sql`${ticketReporters.ticketId} = ${ticketId} OR ${ticketReporters.ticketId} IN (SELECT id FROM ${tickets} WHERE ${tickets.mergedIntoId} = ${ticketId})`,
    )
    .orderBy(ticketReporters.createdAt);
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.residentId) ? false : (seen.add(r.residentId), true)));
}

/** The staff member who resolved this round (the `resolve` event's actor), if recorded. */
export async function resolverOf(tx: Queryable, ticketId: string, round: number): Promise<string | null> {
  const events = await tx
    .select({ actorId: ticketEvents.actorId, data: ticketEvents.data })
    .from(ticketEvents)
    .where(and(eq(ticketEvents.ticketId, ticketId), eq(ticketEvents.action, "resolve")))
    .orderBy(desc(ticketEvents.id))
    .limit(5);
  const match = events.find((e) => e.data.round === undefined || e.data.round === round) ?? events[0];
  return match?.actorId ?? null;
}
