import { sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { executeNamed } from "../db/named-statements.js";
import type { TicketRow } from "../db/repositories/tickets.repository.js";
import { rowReader } from "../db/raw-rows.js";
import { ticketSla, tickets } from "../db/schema/index.js";
import type { TicketSlaRow } from "../tickets/ticket-store.js";

/** What routing reads of a ticket: the row, its SLA state and its reporters, oldest first. */
export interface RoutingView {
  ticket: TicketRow;
  sla: TicketSlaRow | undefined;
  reporterIds: string[];
}

const ticketReader = rowReader(tickets);
const slaReader = rowReader(ticketSla);
/** Written once: the query builder walked the ticket's and the SLA row's columns on every call. */
const COLUMNS = `${ticketReader.columns("t")}, ${slaReader.columns("s", "sla__")},
         coalesce((SELECT array_agg(r.resident_id::text ORDER BY r.created_at)
                     FROM ticket_reporters r WHERE r.ticket_id = t.id), '{}'::text[]) AS reporter_ids`;
const SELECT = sql.raw(`SELECT ${COLUMNS}`);
/**
 * The ids as a scalar sub-select, not `ANY($n)`: both reads are named statements, and with the array
 * in view PostgreSQL's custom plans (costed for the one to 25 ids at hand) always looked cheaper
 * than the generic plan (costed for ten), so it planned them on every call. Hidden this way, both
 * are costed alike and the generic plan is kept after the first five: the same primary-key scan.
 */
const byIds = (ids: readonly string[]) => sql`t.id = ANY((SELECT ${sql.param(ids)}::uuid[])::uuid[])`;
const FROM = sql.raw(`tickets t LEFT JOIN ticket_sla s ON s.ticket_id = t.id`);

function view(row: Record<string, unknown>): RoutingView {
  return {
    ticket: ticketReader.read(row)!,
    sla: slaReader.read(row, "sla__"),
    reporterIds: row.reporter_ids as string[],
  };
}

/**
 * Every ticket of a route batch, with its SLA row and reporters, in one statement. With
 * `lockTimeout`, the statement also sets the transaction's lock timeout (see RouteBatcher); with
 * `genericPlans`, it sets the rest of the route transaction to run its named statements from their
 * generic plans (`plan_cache_mode = force_generic_plan`, SET LOCAL): PostgreSQL otherwise plans each
 * of them for its values on a connection's first five runs, which in a pool of ten connections is
 * most route transactions of a worker's first hours. Every statement that follows in a route
 * transaction is a named statement whose generic plan is its custom one (its rows come as one
 * `jsonb_to_recordset` or hidden array; `tests/routing/duplicate-search-plan.test.ts`,
 * `routing-named-statements.test.ts`), and the triggers it fires are key look-ups or statements
 * without parameters.
 */
export async function loadForRouting(
  tx: Queryable,
  ids: readonly string[],
  lockTimeout?: string,
  genericPlans = false,
): Promise<Map<string, RoutingView>> {
  // Set by the same statement (set_config(…, true) is SET LOCAL; the sub-select runs once, before
  // any row is read): no round trip of their own.
  const settings = [
    ...(genericPlans ? [sql`set_config('plan_cache_mode', 'force_generic_plan', true)`] : []),
    ...(lockTimeout === undefined ? [] : [sql`set_config('lock_timeout', ${lockTimeout}, true)`]),
  ];
  const from = settings.length ? sql`(SELECT ${sql.join(settings, sql`, `)}) cfg CROSS JOIN ${FROM}` : FROM;
  const { rows } = await executeNamed(tx, "routing_load", sql`${SELECT} FROM ${from} WHERE ${byIds(ids)}`);
  return new Map(rows.map((r) => view(r)).map((v) => [v.ticket.id, v]));
}

/**
 * The kept tickets of a batch's merges, locked in id order (two batches wait, not deadlock), with
 * their SLA rows and reporters.
 */
export async function lockMergeTargets(
  tx: Queryable,
  ids: readonly string[],
): Promise<Map<string, RoutingView>> {
  const sorted = [...ids].sort();
  const { rows } = await executeNamed(
    tx,
    "routing_lock_targets",
    sql`${SELECT} FROM ${FROM} WHERE ${byIds(sorted)} ORDER BY t.id FOR UPDATE OF t`,
  );
  return new Map(rows.map((r) => view(r)).map((v) => [v.ticket.id, v]));
}
