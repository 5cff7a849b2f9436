import { and, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { tickets } from "../db/schema/index.js";
import type { AppContext } from "../runtime/context.js";
import { lightSql, SETTLED_LATE_SQL } from "./lights-sql.js";

export interface LateQuery {
  from: Date;
  to: Date;
  /** Only tickets of these units (null: all). */
  unitIds: string[] | null;
}

/**
 * Tickets received in [from, to) (merged and cancelled left out) with their acceptance or
 * resolution finished late or still pending past its deadline, now (ctx.now()): in total and per
 * current unit. The unit ranking's on-time rate and the dashboard's "late" count come from here.
 * Counted in the database (lights-sql.ts), so a month of a busy city is one aggregate.
 */
export async function lateTickets(
  ctx: AppContext,
  db: Queryable,
  q: LateQuery,
): Promise<{ total: number; byUnit: Map<string, number> }> {
  const rows = await db.execute<{ unit_id: string | null; n: number }>(lateTicketsSql(ctx.now(), q));
  const byUnit = new Map<string, number>();
  let total = 0;
  for (const r of rows.rows) {
    total += r.n;
    if (r.unit_id) byUnit.set(r.unit_id, r.n);
  }
  return { total, byUnit };
}

/**
 * The statement behind lateTickets(): late tickets per unit. Two disjoint parts, each read from a
 * small partial index instead of evaluating the late expression on every ticket of the period
 * (drizzle/0055_late_tickets_indexes.sql): the tickets whose lateness is settled, by a constant
 * predicate, and the running ones, whose lateness depends on now.
 */
export function lateTicketsSql(now: Date, q: LateQuery): SQL {
  const scope = q.unitIds ? [q.unitIds.length ? inArray(tickets.unitId, q.unitIds) : sql`false`] : [];
  const inPeriod = [gte(tickets.createdAt, q.from), lt(tickets.createdAt, q.to), ...scope];
  const l = lightSql(now);
  return sql`SELECT unit_id, count(*)::int AS n FROM (
      SELECT ${tickets.unitId} FROM ${tickets} WHERE ${and(...inPeriod)} AND ${SETTLED_LATE_SQL}
      UNION ALL
      SELECT ${tickets.unitId} FROM ${tickets} WHERE ${and(...inPeriod, l.running, l.late)}
    ) AS late GROUP BY unit_id`;
}
