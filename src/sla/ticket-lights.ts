import type { TicketRow } from "../db/repositories/tickets.repository.js";
import { computeLights, type LightResult } from "../domain/lights.js";

/**
 * A ticket's lights at `now` from its stored deadlines: the one place the SLA worker and the console
 * turn a ticket row into computeLights input. Null until the ticket has been dispatched.
 */
export function ticketLights(t: TicketRow, resolveYellowAt: Date | null, now: Date): LightResult | null {
  if (!t.dispatchedAt || !t.firstContactDueAt || !t.acceptYellowAt || !t.acceptRedAt || !t.resolveDueAt)
    return null;
  return computeLights({
    status: t.status,
    dispatchedAt: t.dispatchedAt,
    acceptedAt: t.acceptedAt,
    firstContactAt: t.firstContactAt,
    resolvedAt: t.resolvedAt,
    deadlines: {
      firstContactBy: t.firstContactDueAt,
      acceptYellowAt: t.acceptYellowAt,
      acceptRedAt: t.acceptRedAt,
      resolveYellowAt: resolveYellowAt ?? t.resolveDueAt,
      resolveBy: t.resolveDueAt,
    },
    now,
  });
}
