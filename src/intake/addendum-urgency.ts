import type { Queryable } from "../db/client.js";
import { appendEvent, findTicket } from "../db/repositories/tickets.repository.js";
import { URGENCY_LABEL } from "../domain/labels.js";
import type { Urgency } from "../domain/taxonomy.schema.js";
import { moreUrgent } from "../domain/urgency-order.js";
import { raisedDeadline, tellOfRaisedUrgency } from "../routing/raised-urgency.js";
import type { AppContext } from "../runtime/context.js";
import { scheduleLightCheck } from "../sla/schedule.js";
import { saveSla, updateTicketIfUnchanged } from "../tickets/ticket-store.js";

export interface AdditionUrgency {
  ref: string;
  residentId: string;
  messageId: number | null;
  /** What the urgency rules read in the addition (the same reading a first message gets). */
  urgency: Urgency;
  now: Date;
}

/**
 * A resident's addition ("水已经漫到楼道了", "老人发烧了") made their filed ticket more urgent. The
 * ticket's urgency only rises: the timeline shows it, a running ticket's deadline shortens to what
 * the new urgency allows, and the unit that holds it gets the notice an operator's raise sends
 * (`tellOfRaisedUrgency`, deduplicated per ticket, urgency and round). Returns the new urgency, or
 * null when nothing changed; a duplicate delivery finds the urgency already there and changes nothing.
 */
export async function raiseUrgencyFromAddition(
  tx: Queryable,
  ctx: AppContext,
  a: AdditionUrgency,
): Promise<Urgency | null> {
  const ticket = await findTicket(tx, a.ref);
  if (!ticket || !moreUrgent(a.urgency, ticket.urgency as Urgency)) return null;
  const deadline = raisedDeadline(ctx, ticket, a.urgency, a.now);
  const updated = await updateTicketIfUnchanged(
    tx,
    ticket,
    {
      urgency: a.urgency,
      ...(ticket.complaint ? { complaint: { ...ticket.complaint, urgency: a.urgency } } : {}),
      ...(deadline ? { resolveDueAt: deadline.resolveBy, resolveYellowAt: deadline.resolveYellowAt } : {}),
    },
    a.now,
  );
  if (deadline)
    await saveSla(tx, ticket.id, {
      resolveYellowAt: deadline.resolveYellowAt,
      resolveBasis: deadline.resolveBasis,
    });
  await appendEvent(
    tx,
    ticket.id,
    { type: "resident", id: a.residentId },
    {
      action: "urgency_raised",
      reason: `群众补充说明，紧急程度升为${URGENCY_LABEL[a.urgency]}`,
      data: {
        messageId: a.messageId,
        urgencyFrom: ticket.urgency,
        urgencyTo: a.urgency,
        ...(deadline
          ? { resolveBy: { from: ticket.resolveDueAt!.toISOString(), to: deadline.resolveBy.toISOString() } }
          : {}),
      },
      at: a.now,
    },
  );
  await scheduleLightCheck(tx, ticket.id, a.now);
  const told = await tellOfRaisedUrgency(tx, ctx, updated, a.residentId, a.now);
  ctx.log.info(
    { ticketId: ticket.id, urgency: a.urgency, told },
    "a resident's addition raised a ticket's urgency",
  );
  return a.urgency;
}
