import { inArray } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import type { TicketRow } from "../db/repositories/tickets.repository.js";
import { ticketSla } from "../db/schema/index.js";
import { computeDeadlines } from "../domain/deadlines.js";
import type { LightResult } from "../domain/lights.js";
import { ticketLights, type LightColumns } from "./ticket-lights.js";
import type { Tier, Urgency } from "../domain/taxonomy.schema.js";
import type { AppContext } from "../runtime/context.js";

export interface TicketLight {
  light: LightResult["light"];
  overdue: LightResult["overdue"];
  stages: { stage: string; light: string; done: boolean; late: boolean; dueAt: string }[];
}

const GREEN: TicketLight = { light: "green", overdue: [], stages: [] };
// An emergency nobody holds yet is the most urgent thing on the screen, never "on time".
const UNHELD_EMERGENCY: TicketLight = { light: "red", overdue: [], stages: [] };
const WAITING = new Set(["received", "transferred", "reopened"]);

/** What a ticket's live light is computed from: a full row has it, and so has a list's narrow read. */
export type LiveLightColumns = LightColumns &
  Pick<TicketRow, "id" | "urgency" | "triage" | "unitId" | "tier">;

/**
 * The ticket's light now (ctx.now()), computed live from its deadlines with computeLights rather
 * than read from the SLA worker's last evaluation, so the console is right even between sweeps.
 * The resolution "due soon" instant comes from ticket_sla; when that row is missing it is derived
 * from the policy with the same offset before the (possibly extended) deadline.
 */
export function lightOf(
  ctx: AppContext,
  t: LiveLightColumns,
  resolveYellowAt: Date | null | undefined,
): TicketLight {
  if (t.urgency === "emergency" && WAITING.has(t.status) && (t.triage || !t.unitId)) return UNHELD_EMERGENCY;
  if (!t.dispatchedAt || !t.firstContactDueAt || !t.acceptYellowAt || !t.acceptRedAt || !t.resolveDueAt)
    return GREEN;
  let yellow = resolveYellowAt ?? null;
  if (!yellow) {
    try {
      const d = computeDeadlines(
        { dispatchedAt: t.dispatchedAt, tier: t.tier as Tier, urgency: t.urgency as Urgency },
        ctx.config.jurisdiction.policy,
        ctx.config.jurisdiction.timezone,
      );
      yellow = new Date(t.resolveDueAt.getTime() - (d.resolveBy.getTime() - d.resolveYellowAt.getTime()));
    } catch {
      yellow = t.resolveDueAt;
    }
  }
  const r = ticketLights(t, yellow, ctx.now());
  if (!r) return GREEN;
  return {
    light: r.light,
    overdue: r.overdue,
    stages: r.stages.map((s) => ({ ...s, dueAt: s.dueAt.toISOString() })),
  };
}

/** Lights of many tickets with one query for their SLA rows. */
export async function lightsOf(
  ctx: AppContext,
  db: Queryable,
  rows: readonly LiveLightColumns[],
): Promise<TicketLight[]> {
  const ids = rows.filter((r) => r.dispatchedAt).map((r) => r.id);
  const sla = ids.length
    ? await db
        .select({ ticketId: ticketSla.ticketId, resolveYellowAt: ticketSla.resolveYellowAt })
        .from(ticketSla)
        .where(inArray(ticketSla.ticketId, ids))
    : [];
  const byId = new Map(sla.map((s) => [s.ticketId, s.resolveYellowAt]));
  return rows.map((r) => lightOf(ctx, r, byId.get(r.id)));
}

/** Tickets whose work is over: the console shows them without a light (a green dot would say "on time"). */
const FINISHED = new Set(["closed", "merged", "cancelled"]);

/** The light the console shows: "none" for a finished ticket, else its live light. */
export function displayLight(t: Pick<TicketRow, "status">, l: TicketLight): TicketLight["light"] | "none" {
  return FINISHED.has(t.status) ? "none" : l.light;
}
