import { and, gte, inArray, lt, sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { tickets } from "../db/schema/index.js";
import type { AppContext } from "../runtime/context.js";
import { lightSql } from "./lights-sql.js";

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
  const where = [
    gte(tickets.createdAt, q.from),
    lt(tickets.createdAt, q.to),
    sql`${tickets.status} NOT IN ('merged', 'cancelled')`,
    lightSql(ctx.now()).late,
  ];
  if (q.unitIds) where.push(q.unitIds.length ? inArray(tickets.unitId, q.unitIds) : sql`false`);
  const rows = await db
    .select({ unitId: tickets.unitId, n: sql<number>`count(*)::int` })
    .from(tickets)
    .where(and(...where))
    .groupBy(tickets.unitId);
  const byUnit = new Map<string, number>();
  let total = 0;
  for (const r of rows) {
    total += r.n;
    if (r.unitId) byUnit.set(r.unitId, r.n);
  }
  return { total, byUnit };
}
