import { sql } from "drizzle-orm";
import type { Db, Queryable } from "../db/client.js";
import { OPEN_STATUSES } from "../domain/ticket-status.js";
import { ROLLUP_LOCK } from "./rollup-lock.js";

/** The open statuses as SQL text: every mark is an open ticket's. */
const OPEN_LIST = sql.raw(OPEN_STATUSES.map((s) => `'${s}'`).join(", "));

/**
 * Upkeep of the open tickets' light marks (drizzle/0065_open_light_marks.sql): the trigger on
 * `tickets` appends them; this module folds the ones far enough in the past into per-kind totals
 * and recounts them from the tickets. Read by src/reports/open-lights.ts.
 */

/**
 * How far behind its own now the sweep folds. A reader whose now is before the fold's horizon
 * cannot use the totals (they may hold marks after its now) and counts from the tickets: the margin
 * keeps a reader whose clock is a little behind the sweeper's on the cheap path.
 */
export const LIGHT_FOLD_MARGIN_MS = 10 * 60_000;

/**
 * Folds the marks at or before `now` less the margin into ticket_light_totals, `batch` at a time,
 * each batch one transaction (the marks it deletes and the sums it adds commit together). Filings
 * keep appending meanwhile; skips at once while another process folds or rebuilds the rollups.
 */
export async function foldLightMarks(
  db: Db,
  now: Date,
  opts: { batch?: number; maxBatches?: number } = {},
): Promise<{ folded: number }> {
  const batch = opts.batch ?? 50_000;
  const maxBatches = opts.maxBatches ?? 20;
  const horizon = new Date(now.getTime() - LIGHT_FOLD_MARGIN_MS).toISOString();
  let folded = 0;
  for (let i = 0; i < maxBatches; i++) {
    const n = await foldBatch(db, horizon, batch);
    folded += Math.max(n, 0);
    if (n < batch) break;
  }
  return { folded };
}

/** One batch; -1 when another process holds the rollups. */
async function foldBatch(db: Db, horizon: string, batch: number): Promise<number> {
  return db.transaction(async (tx) => {
    const lock = await tx.execute<{ ok: boolean }>(
      sql`SELECT pg_try_advisory_xact_lock(${ROLLUP_LOCK}) AS ok`,
    );
    if (!lock.rows[0]?.ok) return -1;
    // The horizon moves first, in the same transaction: every folded mark is then at or before it,
    // which is all a reader relies on (a mark left unfolded by the batch's limit is still read).
    const moved = await tx.execute<{ n: number }>(sql`WITH fold AS (
        UPDATE ticket_light_fold SET folded_to = greatest(folded_to, ${horizon}::timestamptz) RETURNING 1),
      moved AS (
        DELETE FROM ticket_light_marks
         WHERE id IN (SELECT id FROM ticket_light_marks WHERE at <= ${horizon}::timestamptz ORDER BY at LIMIT ${batch})
        RETURNING kind, unit_id, n),
      summed AS (
        SELECT kind, unit_id, sum(n)::int AS n, count(*) AS rows FROM moved GROUP BY 1, 2),
      upserted AS (
        INSERT INTO ticket_light_totals (kind, unit_id, n)
        SELECT kind, unit_id, n FROM summed WHERE n <> 0
        ON CONFLICT (kind, unit_id) DO UPDATE SET n = ticket_light_totals.n + excluded.n
        RETURNING 1)
      SELECT (SELECT coalesce(sum(rows), 0)::int FROM summed) AS n, (SELECT count(*) FROM fold) AS f,
        (SELECT count(*) FROM upserted) AS u`);
    // A unit's kind that its tickets all left counts nothing: dropped (a few hundred rows at most).
    await tx.execute(sql`DELETE FROM ticket_light_totals WHERE n = 0`);
    return moved.rows[0]?.n ?? 0;
  });
}

/**
 * Recounts the marks from the open tickets, inside the caller's transaction, which must hold the
 * tickets still (rebuildDayCounts' SHARE lock) so no change falls between the count and the trigger.
 */
export async function rebuildLightMarks(tx: Queryable): Promise<number> {
  await tx.execute(sql`DELETE FROM ticket_light_marks`);
  await tx.execute(sql`DELETE FROM ticket_light_totals`);
  await tx.execute(sql`UPDATE ticket_light_fold SET folded_to = '-infinity'`);
  const r = await tx.execute(sql`INSERT INTO ticket_light_marks (kind, unit_id, at, n)
    SELECT m.kind, m.unit_id, m.at, sum(m.n)::int
      FROM tickets t, ticket_light_marks_of(t, 1) m
     WHERE t.status IN (${OPEN_LIST})
     GROUP BY 1, 2, 3`);
  return r.rowCount ?? 0;
}

/** Whether open tickets exist and no mark does: emptied by hand, or restored without them. */
export async function lightMarksMissing(db: Queryable): Promise<boolean> {
  const r = await db.execute<{ missing: boolean }>(sql`SELECT
      NOT EXISTS (SELECT 1 FROM ticket_light_marks) AND NOT EXISTS (SELECT 1 FROM ticket_light_totals)
      AND EXISTS (SELECT 1 FROM tickets WHERE status IN (${OPEN_LIST})) AS missing`);
  return r.rows[0]?.missing === true;
}
