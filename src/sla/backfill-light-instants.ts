import { and, asc, eq, gt, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { ticketSla, tickets } from "../db/schema/index.js";
import { OPEN_STATUSES, RUNNING_STATUSES } from "../domain/ticket-status.js";
import { lightInstantsOfRow } from "./light-instants.js";

/**
 * Fills the light instants (and the copy of the "due soon" instant) of open tickets written before
 * they were stored on the ticket: keyset batches by id, one short transaction each, so a large table
 * is never locked at length and a crash loses at most the batch in flight — the next run takes the
 * rows still empty. Idempotent; the SLA sweep calls it, and `zhitong backfill-lights` runs it to the
 * end. Until a row is filled the reports compute its light in code (src/reports/overview.ts).
 */
export async function backfillLightInstants(
  db: Db,
  opts: { batch?: number; maxBatches?: number } = {},
): Promise<{ updated: number; done: boolean }> {
  const batch = opts.batch ?? 1000;
  const maxBatches = opts.maxBatches ?? Number.POSITIVE_INFINITY;
  const running = inArray(tickets.status, [...RUNNING_STATUSES]);
  const candidate = and(
    inArray(tickets.status, [...OPEN_STATUSES]),
    isNotNull(tickets.dispatchedAt),
    or(
      and(isNull(tickets.resolveYellowAt), isNotNull(ticketSla.resolveYellowAt)),
      and(running, isNull(tickets.lightOverdueAt)),
    ),
  );
  let after = "00000000-0000-0000-0000-000000000000";
  let updated = 0;
  for (let n = 0; n < maxBatches; n++) {
    const done = await db.transaction(async (tx) => {
      const rows = await tx
        .select({ t: tickets, slaYellow: ticketSla.resolveYellowAt })
        .from(tickets)
        .leftJoin(ticketSla, eq(ticketSla.ticketId, tickets.id))
        .where(and(candidate, gt(tickets.id, after)))
        .orderBy(asc(tickets.id))
        .limit(batch)
        // A ticket changed meanwhile by an action keeps what that action wrote.
        .for("update", { of: tickets, skipLocked: true });
      const iso = (d: Date | null) => d?.toISOString() ?? null;
      const ids: string[] = [];
      const cols: (string | null)[][] = [[], [], [], []];
      for (const { t, slaYellow } of rows) {
        const resolveYellowAt = t.resolveYellowAt ?? slaYellow;
        const i = lightInstantsOfRow({ ...t, resolveYellowAt });
        const next = [resolveYellowAt, i.lightYellowAt, i.lightRedAt, i.lightOverdueAt].map(iso);
        const prev = [t.resolveYellowAt, t.lightYellowAt, t.lightRedAt, t.lightOverdueAt].map(iso);
        // Rows with nothing to store (a legacy ticket without any "due soon" instant) are not rewritten.
        if (next.every((v, k) => v === prev[k])) continue;
        ids.push(t.id);
        next.forEach((v, k) => cols[k]!.push(v));
      }
      // One statement per batch; it only fills the instants, no business change (no version bump).
      if (ids.length)
        await tx.execute(sql`UPDATE tickets SET resolve_yellow_at = v.ry, light_yellow_at = v.y,
            light_red_at = v.r, light_overdue_at = v.o
          FROM unnest(${sql.param(ids)}::uuid[], ${sql.param(cols[0])}::timestamptz[],
            ${sql.param(cols[1])}::timestamptz[], ${sql.param(cols[2])}::timestamptz[],
            ${sql.param(cols[3])}::timestamptz[]) AS v(id, ry, y, r, o)
          WHERE tickets.id = v.id`);
      updated += ids.length;
      if (rows.length) after = rows[rows.length - 1]!.t.id;
      return rows.length < batch;
    });
    if (done) return { updated, done: true };
  }
  return { updated, done: false };
}

/** How many open tickets still wait for their light instants (what `backfill-lights` reports). */
export async function lightInstantsPending(db: Db): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(tickets)
    .where(
      and(
        inArray(tickets.status, [...RUNNING_STATUSES]),
        isNotNull(tickets.dispatchedAt),
        isNull(tickets.lightOverdueAt),
      ),
    );
  return r!.n;
}
