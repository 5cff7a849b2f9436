import { and, inArray, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { tickets } from "../db/schema/index.js";
import { OPEN_STATUSES, RUNNING_STATUSES } from "../domain/ticket-status.js";
import type { AppContext } from "../runtime/context.js";
import { lightsOf } from "../sla/live-lights.js";
import { storedLightSql } from "./lights-sql.js";

export interface OpenLights {
  open: number;
  overdue: number;
  red: number;
  yellow: number;
}

/**
 * Open tickets now, led by `visible` units (null: every ticket): how many, how many overdue, red,
 * yellow; the same answer as openLightsOfTickets() below. Summed from the tickets' light marks
 * (drizzle/0065_open_light_marks.sql): the totals folded by the sweep and the marks at or before now
 * since, a few hundred rows instead of every open ticket. Tickets whose instants are not stored yet
 * are marked `legacy` and evaluated in code, as openLightsOfTickets does. When now is before the
 * fold's horizon (this process's clock behind the sweeper's, or moved back in a test) the totals may
 * hold marks after now: counted from the tickets instead.
 */
export async function openLights(
  ctx: AppContext,
  visible: string[] | null,
  db: Queryable = ctx.database.db,
): Promise<OpenLights> {
  const scope = visible === null ? [] : visible.length ? [inArray(tickets.unitId, visible)] : [sql`false`];
  return (await lightsFromMarks(ctx, visible, db)) ?? openLightsOfTickets(ctx, scope, db);
}

/** openLights() from the marks; null when they cannot answer at this now (see there). */
export async function lightsFromMarks(
  ctx: AppContext,
  visible: string[] | null,
  db: Queryable = ctx.database.db,
): Promise<OpenLights | null> {
  if (visible !== null && !visible.length) return { open: 0, overdue: 0, red: 0, yellow: 0 };
  const now = ctx.now();
  const at = sql`${now.toISOString()}::timestamptz`;
  const inScope =
    visible === null
      ? sql`true`
      : sql`unit_id IN (${sql.join(
          visible.map((u) => sql`${u}`),
          sql`, `,
        )})`;
  const r = await db.execute<{ usable: boolean | null; counts: Record<string, number> | null }>(sql`SELECT
      (SELECT folded_to <= ${at} FROM ticket_light_fold) AS usable,
      (SELECT json_object_agg(kind, n) FROM (
         SELECT kind, sum(n)::int AS n FROM (
           SELECT kind, n FROM ticket_light_totals WHERE ${inScope}
           UNION ALL
           SELECT kind, n FROM ticket_light_marks WHERE at <= ${at} AND ${inScope}) u
         GROUP BY kind) k) AS counts`);
  const row = r.rows[0];
  if (!row?.usable) return null;
  const c = row.counts ?? {};
  const counts = { open: c.open ?? 0, overdue: c.overdue ?? 0, red: c.red ?? 0, yellow: c.yellow ?? 0 };
  if (!c.legacy) return counts;
  const scope = visible === null ? [] : [inArray(tickets.unitId, visible)];
  const isOpen = and(inArray(tickets.status, [...OPEN_STATUSES]), ...scope);
  const legacy = await db
    .select()
    .from(tickets)
    .where(and(isOpen, storedLightSql(now).needsCode));
  return withLegacyLights(ctx, db, counts, legacy);
}

/**
 * The open lights counted from the tickets: the reference openLights() is tested against, and its
 * answer while the marks cannot be used. Open tickets now, in scope: how many, how many overdue,
 * red, yellow. The lights come from the
 * instants stored on each ticket (src/domain/lights.ts lightInstants, kept by every update that
 * moves a deadline): one pass over the open tickets' partial index comparing them with now. Tickets
 * whose instants are not stored yet (dispatched before they were, until the backfill reaches them)
 * are evaluated in code, as every ticket was before.
 */
export async function openLightsOfTickets(
  ctx: AppContext,
  scope: SQL[],
  db: Queryable = ctx.database.db,
): Promise<OpenLights> {
  const now = ctx.now();
  const l = storedLightSql(now);
  const at = sql`${now.toISOString()}::timestamptz`;
  const isOpen = and(inArray(tickets.status, [...OPEN_STATUSES]), ...scope);
  const flag = (cond: SQL) => sql<number>`(count(*) FILTER (WHERE ${cond}))::int`;
  // storedLightSql's conditions, counted per status: each of them is a status test joined to
  // comparisons of the row's instants, so with the status settled by the group the rows are only
  // compared (the whole conditions on each of 50,000 open tickets cost up to twice as much). The status
  // parts are applied below: an unheld emergency is one not yet held by a unit (red, no stages);
  // the stored instants count only on running tickets.
  const stored = sql`${tickets.lightOverdueAt} IS NOT NULL`;
  const rows = await db
    .select({
      status: tickets.status,
      n: sql<number>`count(*)::int`,
      unheld: flag(
        sql`${tickets.urgency} = 'emergency' AND (${tickets.triage} OR ${tickets.unitId} IS NULL)`,
      ),
      red: flag(sql`${stored} AND ${tickets.lightRedAt} <= ${at}`),
      yellow: flag(
        sql`${stored} AND ${tickets.lightYellowAt} <= ${at} AND NOT ${tickets.lightRedAt} <= ${at}`,
      ),
      overdue: flag(sql`${tickets.lightOverdueAt} <= ${at}`),
      needsCode: flag(
        sql`${tickets.lightOverdueAt} IS NULL AND ${tickets.dispatchedAt} IS NOT NULL AND ${tickets.firstContactDueAt} IS NOT NULL AND ${tickets.acceptYellowAt} IS NOT NULL AND ${tickets.acceptRedAt} IS NOT NULL AND ${tickets.resolveDueAt} IS NOT NULL`,
      ),
    })
    .from(tickets)
    .where(isOpen)
    .groupBy(tickets.status);
  const counts = { open: 0, overdue: 0, red: 0, yellow: 0, needsCode: 0 };
  for (const r of rows) {
    counts.open += r.n;
    if (UNHELD_STATUSES.has(r.status)) counts.red += r.unheld;
    if (RUNNING.has(r.status)) {
      counts.red += r.red;
      counts.yellow += r.yellow;
      counts.overdue += r.overdue;
      counts.needsCode += r.needsCode;
    }
  }
  const legacy = counts.needsCode ? await db.select().from(tickets).where(and(isOpen, l.needsCode)) : [];
  return withLegacyLights(ctx, db, counts, legacy);
}

/** Counts of stored light instants plus the lights of open tickets stored without them, computed in code. */
async function withLegacyLights(
  ctx: Parameters<typeof lightsOf>[0],
  db: Parameters<typeof lightsOf>[1],
  counts: { open: number; overdue: number; red: number; yellow: number },
  legacy: Parameters<typeof lightsOf>[2],
) {
  const lights = await lightsOf(ctx, db, legacy);
  return {
    open: counts.open,
    overdue: counts.overdue + lights.filter((x) => x.overdue.length > 0).length,
    red: counts.red + lights.filter((x) => x.light === "red").length,
    yellow: counts.yellow + lights.filter((x) => x.light === "yellow").length,
  };
}

/** The statuses of storedLightSql's unheld emergencies and of its running tickets. */
const UNHELD_STATUSES: ReadonlySet<string> = new Set(["received", "transferred", "reopened"]);
const RUNNING: ReadonlySet<string> = new Set(RUNNING_STATUSES);
