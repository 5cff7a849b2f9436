import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inboundIntakeDeps } from "../../src/inbound/inbound.worker.js";
import { createIntakeService } from "../../src/intake/intake.worker.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { storeReceivedSms, waitFor } from "./support/inbound.js";

/**
 * The worker's claim locks a message's row and then its dialogue's advisory lock; a turn asked for
 * by id (another process's service, a retry) must take them in the same order, or each waits for
 * what the other holds. Played here step by step: a second connection does what the claim does.
 */
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

describe("an intake turn asked for by id while the worker's claim holds its message", () => {
  it("waits for the row without holding the dialogue's lock, so the claim takes that lock and both finish", async () => {
    const id = await storeReceivedSms(t.ctx, "13912340077", "小区门口的路灯坏了好几天了，晚上很黑");
    const claim = await t.ctx.database.pool.connect();
    try {
      await claim.query("BEGIN");
      const [row] = (
        await claim.query(
          `SELECT hashtextextended('intake:' || resident_id::text || ':' || channel, 0)::text AS k
           FROM messages WHERE id = $1 FOR UPDATE`,
          [id],
        )
      ).rows as { k: string }[];
      const service = await createIntakeService(t.ctx, inboundIntakeDeps());
      const turn = service.processMessage(id);
      // The turn's backend is now waiting for the row the claim holds.
      await waitFor(
        async () =>
          (
            await t.ctx.database.db.execute(
              sql`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
            )
          ).rows.length > 0,
        10_000,
        "the turn waiting for the message's row",
      );
      const advisoryHeld = await t.ctx.database.db.execute(
        sql`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted
              AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      );
      expect(advisoryHeld.rows).toHaveLength(0);
      // The claim's next step: the dialogue's lock. It is free, so this does not wait.
      await claim.query("SET LOCAL lock_timeout = '5s'");
      await claim.query("SELECT pg_advisory_xact_lock($1::bigint)", [row!.k]);
      await claim.query("COMMIT");
      expect(["processed", "skipped"]).toContain(await turn);
      const [status] = (await t.ctx.database.db.execute(sql`SELECT status FROM messages WHERE id = ${id}`))
        .rows as { status: string }[];
      expect(status!.status).toBe("processed");
    } finally {
      claim.release();
    }
  });
});
