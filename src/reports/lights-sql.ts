import { sql } from "drizzle-orm";

/**
 * The live lights of src/domain/lights.ts (as src/sla/live-lights.ts applies them to a ticket row),
 * written as SQL over `tickets` (joined laterally to `ticket_sla` for the resolution's yellow instant), so the
 * dashboard can count a year of tickets in the database instead of loading them. The two must say
 * the same thing: tests/reports/lights-sql.test.ts compares them ticket by ticket.
 */
export function lightSql(now: Date) {
  const at = sql`${now.toISOString()}::timestamptz`;
  /** lightOf: an emergency that no unit holds yet is red, with no stages. */
  const unheldEmergency = sql`(tickets.urgency = 'emergency' AND tickets.status IN ('received', 'transferred', 'reopened') AND (tickets.triage OR tickets.unit_id IS NULL))`;
  /** Every deadline stored: otherwise the ticket is green with no stages. */
  const timed = sql`(tickets.dispatched_at IS NOT NULL AND tickets.first_contact_due_at IS NOT NULL AND tickets.accept_yellow_at IS NOT NULL AND tickets.accept_red_at IS NOT NULL AND tickets.resolve_due_at IS NOT NULL)`;
  const staged = sql`(${timed} AND NOT ${unheldEmergency})`;
  const running = sql`(tickets.status IN ('dispatched', 'accepted'))`;
  // An accepted ticket without a stored acceptance time (legacy rows) counts as accepted at dispatch.
  const acceptedAt = sql`coalesce(tickets.accepted_at, CASE WHEN tickets.status = 'accepted' THEN tickets.dispatched_at END)`;
  const accPending = sql`(${acceptedAt} IS NULL)`;
  const fcPending = sql`(tickets.first_contact_at IS NULL)`;
  const resPending = sql`(tickets.resolved_at IS NULL)`;
  const resolutionPending = sql`(${staged} AND ${running} AND ${resPending})`;
  // The resolution's "due soon" instant, looked up (one primary-key probe) only for running tickets
  // whose resolution is pending: the outer-only conditions become a one-time filter of the lateral
  // subquery, and OFFSET 0 keeps the planner from turning it into a join over every SLA row.
  const slaJoin = sql`LATERAL (SELECT ticket_sla.resolve_yellow_at FROM ticket_sla
    WHERE ticket_sla.ticket_id = tickets.id AND ${resolutionPending} OFFSET 0) AS sla_yellow`;
  const resolveYellowAt = sql`sla_yellow.resolve_yellow_at`;
  const red = sql`(${unheldEmergency} OR (${staged} AND ${running} AND ((${accPending} AND ${at} >= tickets.accept_red_at) OR (${resPending} AND ${at} >= tickets.resolve_due_at))))`;
  const yellowish = sql`(${staged} AND ${running} AND ((${accPending} AND ${at} >= tickets.accept_yellow_at) OR (${fcPending} AND ${at} >= tickets.first_contact_due_at) OR (${resPending} AND ${at} >= ${resolveYellowAt})))`;
  return {
    /** Rows whose yellow instant is not stored: the caller computes those few in code. */
    needsCode: sql`(${resolutionPending} AND ${resolveYellowAt} IS NULL)`,
    /** Join it (`LEFT JOIN <slaJoin> ON true`) before using yellow or needsCode. */
    slaJoin,
    red,
    yellow: sql`(NOT ${red} AND ${yellowish})`,
    overdue: sql`(${staged} AND ${running} AND ((${accPending} AND ${at} >= tickets.accept_yellow_at) OR (${fcPending} AND ${at} >= tickets.first_contact_due_at) OR (${resPending} AND ${at} >= tickets.resolve_due_at)))`,
    /** Acceptance or resolution finished late, or still pending past its deadline. */
    late: sql`(${staged} AND (((${acceptedAt} IS NOT NULL OR ${running}) AND coalesce(${acceptedAt}, ${at}) >= tickets.accept_yellow_at) OR ((tickets.resolved_at IS NOT NULL OR ${running}) AND coalesce(tickets.resolved_at, ${at}) >= tickets.resolve_due_at)))`,
  };
}

/**
 * The same lights read from the instants stored on the ticket (tickets.light_*_at, written from
 * src/domain/lights.ts lightInstants): red, yellow and overdue are comparisons with `now`, no
 * per-ticket evaluation. A running ticket with every deadline but no stored instants was written
 * before they were stored and is not backfilled yet: `needsCode` marks it for the code path.
 */
export function storedLightSql(now: Date) {
  const at = sql`${now.toISOString()}::timestamptz`;
  const unheldEmergency = sql`(tickets.urgency = 'emergency' AND tickets.status IN ('received', 'transferred', 'reopened') AND (tickets.triage OR tickets.unit_id IS NULL))`;
  const running = sql`(tickets.status IN ('dispatched', 'accepted'))`;
  const timed = sql`(tickets.dispatched_at IS NOT NULL AND tickets.first_contact_due_at IS NOT NULL AND tickets.accept_yellow_at IS NOT NULL AND tickets.accept_red_at IS NOT NULL AND tickets.resolve_due_at IS NOT NULL)`;
  const stored = sql`(${running} AND tickets.light_overdue_at IS NOT NULL)`;
  const red = sql`(${unheldEmergency} OR (${stored} AND tickets.light_red_at <= ${at}))`;
  return {
    needsCode: sql`(${running} AND ${timed} AND tickets.light_overdue_at IS NULL)`,
    red,
    yellow: sql`(${stored} AND tickets.light_yellow_at <= ${at} AND NOT ${red})`,
    overdue: sql`(${stored} AND tickets.light_overdue_at <= ${at})`,
  };
}
