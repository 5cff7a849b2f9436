import { createHash } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import type { TicketRow } from "../db/repositories/tickets.repository.js";
import { callbackTasks, surveys } from "../db/schema/index.js";
import type { AppContext } from "../runtime/context.js";

/**
 * Spot checks (抽查): a share `policy.survey.spotCheckRate` of closed tickets becomes a callback task
 * for the centre, which phones a reporter again and may overturn the survey.
 *
 * The draw is a deterministic function of (SURVEY_SPOT_CHECK_SEED, ticket, round) rather than a
 * stateful random generator: every process and every retry of a job draws the same answer for the
 * same ticket, a test can fix the seed, and over many tickets the share converges to the rate
 * (the hash is uniform).
 */
export function spotCheckDraw(seed: string, ticketId: string, round: number): number {
  const h = createHash("sha256")
    .update(seed)
    .update("\0")
    .update(ticketId)
    .update("\0")
    .update(String(round));
  return h.digest().readUIntBE(0, 6) / 2 ** 48;
}

export function isSpotChecked(seed: string, rate: number, ticketId: string, round: number): boolean {
  return rate > 0 && spotCheckDraw(seed, ticketId, round) < rate;
}

/** Called when a ticket is closed after its survey: may open a spot-check task (idempotent). */
export async function maybeSpotCheck(
  tx: Queryable,
  ctx: AppContext,
  ticket: TicketRow,
  round: number,
): Promise<number | null> {
  const rate = ctx.config.jurisdiction.policy.survey.spotCheckRate;
  if (!isSpotChecked(ctx.env.SURVEY_SPOT_CHECK_SEED, rate, ticket.id, round)) return null;
  // The reporter to phone: the first who answered, else the first surveyed.
  const [target] = await tx
    .select({ id: surveys.id, residentId: surveys.residentId })
    .from(surveys)
    .where(and(eq(surveys.ticketId, ticket.id), eq(surveys.round, round)))
    .orderBy(asc(surveys.answeredAt), asc(surveys.id))
    .limit(1);
  if (!target) return null;
  const [row] = await tx
    .insert(callbackTasks)
    .values({
      kind: "spot_check",
      dedupeKey: `spot_check-${ticket.id}-${round}`,
      ticketId: ticket.id,
      round,
      surveyId: target.id,
      residentId: target.residentId,
      status: "open",
      createdAt: ctx.now(),
    })
    .onConflictDoNothing({ target: callbackTasks.dedupeKey })
    .returning({ id: callbackTasks.id });
  return row?.id ?? null;
}
