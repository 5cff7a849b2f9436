import { sql } from "drizzle-orm";
import { RUNNING_STATUSES } from "../domain/ticket-status.js";

/** `'dispatched', 'accepted'`: constant text, so the predicates below stay index-matchable. */
const RUNNING_LIST = RUNNING_STATUSES.map((s) => `'${s}'`).join(", ");

/**
 * Whether a ticket was late at `now` — acceptance or resolution finished after its deadline, or still
 * pending past it — as src/domain/lights.ts says (as src/sla/live-lights.ts applies it to a ticket
 * row), written as SQL over `tickets` so a period's late tickets are counted in the database. The
 * two must agree: tests/reports/overview-sql.test.ts compares them ticket by ticket.
 */
export function lightSql(now: Date) {
  const at = sql`${now.toISOString()}::timestamptz`;
  /** lightOf: an emergency that no unit holds yet is red, with no stages. */
  const unheldEmergency = sql`(tickets.urgency = 'emergency' AND tickets.status IN ('received', 'transferred', 'reopened') AND (tickets.triage OR tickets.unit_id IS NULL))`;
  /** Every deadline stored: otherwise the ticket is green with no stages. */
  const timed = sql`(tickets.dispatched_at IS NOT NULL AND tickets.first_contact_due_at IS NOT NULL AND tickets.accept_yellow_at IS NOT NULL AND tickets.accept_red_at IS NOT NULL AND tickets.resolve_due_at IS NOT NULL)`;
  const staged = sql`(${timed} AND NOT ${unheldEmergency})`;
  const running = sql.raw(`(tickets.status IN (${RUNNING_LIST}))`);
  // An accepted ticket without a stored acceptance time (legacy rows) counts as accepted at dispatch.
  const acceptedAt = sql`coalesce(tickets.accepted_at, CASE WHEN tickets.status = 'accepted' THEN tickets.dispatched_at END)`;
  return {
    /** Acceptance or resolution finished late, or still pending past its deadline. */
    late: sql`(${staged} AND (((${acceptedAt} IS NOT NULL OR ${running}) AND coalesce(${acceptedAt}, ${at}) >= tickets.accept_yellow_at) OR ((tickets.resolved_at IS NOT NULL OR ${running}) AND coalesce(tickets.resolved_at, ${at}) >= tickets.resolve_due_at)))`,
    running,
  };
}

/**
 * `late` for the tickets whose lateness no longer depends on now: every status but the running ones
 * (and merged and cancelled, which no report counts). Not running, acceptedAt is accepted_at, and
 * nothing is pending any more, so what is left compares stored instants. Constant, and spelled
 * exactly as the predicate of tickets_settled_late_idx (drizzle/0055_late_tickets_indexes.sql), so
 * a period's settled late tickets are that index's range; change both together.
 */
export const SETTLED_LATE_SQL = sql.raw(`tickets.status NOT IN (${RUNNING_LIST}, 'merged', 'cancelled')
    AND tickets.dispatched_at IS NOT NULL AND tickets.first_contact_due_at IS NOT NULL
    AND tickets.accept_yellow_at IS NOT NULL AND tickets.accept_red_at IS NOT NULL
    AND tickets.resolve_due_at IS NOT NULL
    AND NOT (tickets.urgency = 'emergency' AND tickets.status IN ('received', 'transferred', 'reopened')
      AND (tickets.triage OR tickets.unit_id IS NULL))
    AND ((tickets.accepted_at IS NOT NULL AND tickets.accepted_at >= tickets.accept_yellow_at)
      OR (tickets.resolved_at IS NOT NULL AND tickets.resolved_at >= tickets.resolve_due_at))`);

/**
 * The same lights read from the instants stored on the ticket (tickets.light_*_at, written from
 * src/domain/lights.ts lightInstants): red, yellow and overdue are comparisons with `now`, no
 * per-ticket evaluation. A running ticket with every deadline but no stored instants was written
 * before they were stored and is not backfilled yet: `needsCode` marks it for the code path.
 */
export function storedLightSql(now: Date) {
  const at = sql`${now.toISOString()}::timestamptz`;
  const unheldEmergency = sql`(tickets.urgency = 'emergency' AND tickets.status IN ('received', 'transferred', 'reopened') AND (tickets.triage OR tickets.unit_id IS NULL))`;
  const running = sql.raw(`(tickets.status IN (${RUNNING_LIST}))`);
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
