import { and, eq } from "drizzle-orm";
import { surveys, tickets } from "../db/schema/index.js";
import type { AppContext } from "../runtime/context.js";
import { applyTicketAction, inTicketTransaction } from "../tickets/ticket-store.js";
import { SURVEY_ACTOR } from "./settle-round.js";

/**
 * A resolved round with nobody to ask (a report without any reachable reporter): recorded as
 * 免回访 (survey "waived") and closed. Idempotent: only acts while the ticket is still resolved in
 * that round and no survey exists for it.
 */
export async function waiveSurvey(ctx: AppContext, ticketId: string, round: number): Promise<boolean> {
  const done = await inTicketTransaction(ctx.database.db, async (tx) => {
    const [t] = await tx.select().from(tickets).where(eq(tickets.id, ticketId)).for("update").limit(1);
    if (!t || t.round !== round || t.status !== "resolved") return false;
    const [any] = await tx
      .select({ id: surveys.id })
      .from(surveys)
      .where(and(eq(surveys.ticketId, ticketId), eq(surveys.round, round)))
      .limit(1);
    if (any) return false;
    const opts = { now: ctx.now(), reopenRaisesTier: ctx.config.jurisdiction.policy.reopenRaisesTier };
    const s = await applyTicketAction(
      tx,
      t,
      { type: "survey_recorded", outcome: "waived" },
      SURVEY_ACTOR,
      opts,
    );
    await applyTicketAction(
      tx,
      s,
      { type: "close", reason: "无可回访的反映人，免回访结案" },
      SURVEY_ACTOR,
      opts,
    );
    return true;
  });
  return done;
}
