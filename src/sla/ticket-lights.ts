import type { TicketRow } from "../db/repositories/tickets.repository.js";
import { computeLights, type LightInput, type LightResult } from "../domain/lights.js";

export type LightColumns = Pick<
  TicketRow,
  | "status"
  | "dispatchedAt"
  | "acceptedAt"
  | "firstContactAt"
  | "resolvedAt"
  | "firstContactDueAt"
  | "acceptYellowAt"
  | "acceptRedAt"
  | "resolveDueAt"
>;

/**
 * A ticket row as the domain's light computations read it, with the resolution's "due soon"
 * instant given (it lives in ticket_sla, and on the ticket since the instants are stored). Null
 * until the ticket has been dispatched with its deadlines.
 */
export function lightInputOf(t: LightColumns, resolveYellowAt: Date | null): Omit<LightInput, "now"> | null {
  if (!t.dispatchedAt || !t.firstContactDueAt || !t.acceptYellowAt || !t.acceptRedAt || !t.resolveDueAt)
    return null;
  return {
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
  };
}

/**
 * A ticket's lights at `now` from its stored deadlines: the one place the SLA worker and the console
 * turn a ticket row into computeLights input. Null until the ticket has been dispatched.
 */
export function ticketLights(t: LightColumns, resolveYellowAt: Date | null, now: Date): LightResult | null {
  const input = lightInputOf(t, resolveYellowAt);
  return input ? computeLights({ ...input, now }) : null;
}
