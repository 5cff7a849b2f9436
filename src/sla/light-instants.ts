import type { TicketRow } from "../db/repositories/tickets.repository.js";
import type { tickets } from "../db/schema/index.js";
import { lightInstants } from "../domain/lights.js";
import { lightInputOf } from "./ticket-lights.js";

type TicketSet = Partial<typeof tickets.$inferInsert>;

/** The columns holding a ticket's light instants, as a ticket update sets them. */
export interface StoredLightInstants {
  lightYellowAt: Date | null;
  lightRedAt: Date | null;
  lightOverdueAt: Date | null;
}

/** Every column the instants are computed from: an update touching none of them keeps them. */
const INPUTS = [
  "status",
  "dispatchedAt",
  "acceptedAt",
  "firstContactAt",
  "resolvedAt",
  "firstContactDueAt",
  "acceptYellowAt",
  "acceptRedAt",
  "resolveYellowAt",
  "resolveDueAt",
] as const satisfies readonly (keyof TicketRow)[];

type LightColumns = Pick<TicketRow, (typeof INPUTS)[number]>;

/**
 * A ticket's light instants from its stored deadlines (src/domain/lights.ts computes them). Null
 * instants when a deadline is missing: such a ticket shows green (ticketLights), and one dispatched
 * before the "due soon" instant was stored on the ticket is left to the code path of the reports.
 */
export function lightInstantsOfRow(t: LightColumns): StoredLightInstants {
  const input = t.resolveYellowAt ? lightInputOf(t, t.resolveYellowAt) : null;
  if (!input) return { lightYellowAt: null, lightRedAt: null, lightOverdueAt: null };
  const i = lightInstants(input);
  return { lightYellowAt: i.yellowAt, lightRedAt: i.redAt, lightOverdueAt: i.overdueAt };
}

/** Whether an update with `set` can move the light instants. */
export function movesLights(set: TicketSet): boolean {
  return INPUTS.some((k) => k in set);
}

/**
 * The instants after applying `set` to `before`, when `before` is the whole row as read (the
 * caller's version check guarantees the database still holds it); null when only part of the row
 * is known, so the caller computes them from the updated row instead.
 */
export function lightInstantsAfter(before: object, set: TicketSet): StoredLightInstants | null {
  if (!movesLights(set) || !INPUTS.every((k) => k in before)) return null;
  return lightInstantsOfRow({ ...(before as LightColumns), ...(set as Partial<LightColumns>) });
}

/** Whether the row's stored instants are what its deadlines say. */
export function storedInstantsMatch(t: TicketRow): boolean {
  const want = lightInstantsOfRow(t);
  const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
  return (
    same(t.lightYellowAt, want.lightYellowAt) &&
    same(t.lightRedAt, want.lightRedAt) &&
    same(t.lightOverdueAt, want.lightOverdueAt)
  );
}
