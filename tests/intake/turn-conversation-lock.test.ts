import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inboundIntakeDeps } from "../../src/inbound/inbound.worker.js";
import { createIntakeService } from "../../src/intake/intake.worker.js";
import type { IntakeService } from "../../src/intake/intake-service.js";
import { lockAndLoadTurns } from "../../src/intake/turn-store.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { storeReceivedSms } from "./support/inbound.js";

/**
 * A turn locks the resident's conversation for its whole transaction. That lock must keep out the
 * expiry sweeps and other turns, but not the foreign-key check of a route write that records a
 * reporter of the same conversation: with FOR UPDATE the route write waited for the turn to commit
 * and held its tickets' rows meanwhile. NOWAIT and SKIP LOCKED answer at once, so nothing here
 * depends on timing.
 */
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let service: IntakeService;

beforeAll(async () => {
  t = await createTestEnv({ clock });
  service = await createIntakeService(t.ctx, inboundIntakeDeps());
  await t.ctx.relay.stop();
});
afterAll(async () => {
  await t.close();
});

describe("the lock a turn holds on the resident's conversation", () => {
  it("lets a reporter row's foreign-key check through and keeps the sweeps and other turns out", async () => {
    const from = "13800007777";
    expect(await service.processMessage(await storeReceivedSms(t.ctx, from, "路灯不亮了"))).toBe("processed");
    const second = await storeReceivedSms(t.ctx, from, "西盛家园3号楼门口");
    const other = await t.ctx.database.pool.connect();
    try {
      await t.ctx.database.db
        .transaction(async (tx) => {
          const [loaded] = await lockAndLoadTurns(tx, [second], clock.now());
          const conversationId = loaded!.snapshot.conversation!.id;
          // What PostgreSQL runs for a foreign key to conversations (a ticket reporter's row).
          const fk = await other.query(
            "SELECT 1 AS ok FROM ONLY conversations WHERE id = $1 FOR KEY SHARE NOWAIT",
            [conversationId],
          );
          expect(fk.rows).toEqual([{ ok: 1 }]);
          // The expiry sweeps skip a conversation a turn holds.
          const sweep = await other.query(
            "SELECT id FROM conversations WHERE id = $1 FOR UPDATE SKIP LOCKED",
            [conversationId],
          );
          expect(sweep.rows).toEqual([]);
          // Another turn's lock on it would have to wait.
          await expect(
            other.query("SELECT id FROM conversations WHERE id = $1 FOR NO KEY UPDATE NOWAIT", [
              conversationId,
            ]),
          ).rejects.toThrow(/could not obtain lock/);
          throw new Rollback();
        })
        .catch((e: unknown) => {
          if (!(e instanceof Rollback)) throw e;
        });
    } finally {
      other.release();
    }
    // The turn itself still runs as before once the test's transaction is gone.
    expect(await service.processMessage(second)).toBe("processed");
  });
});

class Rollback extends Error {}
