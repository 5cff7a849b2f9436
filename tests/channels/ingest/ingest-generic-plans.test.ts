import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InboundMessage } from "../../../channels/channel.js";
import { InboundBatcher } from "../../../src/channels-runtime/inbound-batcher.js";
import type { InboundEntry } from "../../../src/channels-runtime/store-inbound-batch.js";
import { openDatabase, type Database } from "../../../src/db/client.js";
import { plansOf } from "../../support/prepared-plans.js";
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";
import { wechatText } from "../support/inbound-message.js";

/*
 * The webhooks' connections run with plan_cache_mode = force_generic_plan (openDatabase's
 * `genericPlans`), so the ingest statement is planned once per connection instead of on every
 * batch. What they store, and how a redelivery or a concurrent writer is handled, must not change.
 */
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let webhookDb: Database;

beforeAll(async () => {
  t = await createTestEnv({ clock });
  // One connection: every batch below runs on the session whose plans are read back.
  webhookDb = openDatabase(t.databaseUrl, { max: 1, genericPlans: true });
});
afterAll(async () => {
  await webhookDb.close();
  await t.close();
});

const message = (cmid: string, from: string): InboundMessage => wechatText(cmid, from, clock.now());
const entry = (m: InboundMessage): InboundEntry => ({ message: m, phone: null });
const batcher = () => new InboundBatcher(webhookDb.pool, { maxBatch: 64, maxInFlight: 1, now: clock.now });

async function rows(query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  return (await t.ctx.database.db.execute(query)).rows as Record<string, unknown>[];
}

describe("the ingest on connections with generic plans", () => {
  it("plans the ingest statement once for many batches and stores each message once", async () => {
    const b = batcher();
    const stored = [];
    // One batch after another, of 1 to 4 residents: the sizes that kept PostgreSQL's default
    // re-planning the statement on every run.
    for (let n = 0; n < 12; n++) {
      const size = 1 + (n % 4);
      stored.push(
        ...(await b.store(
          Array.from({ length: size }, (_, k) => entry(message(`gp-${n}-${k}`, `oGeneric${(n + k) % 5}`))),
        )),
      );
    }
    expect(stored.every((s) => s.inserted)).toBe(true);
    expect(new Set(stored.map((s) => s.id)).size).toBe(stored.length);
    expect(await plansOf(webhookDb.pool, "inbound-store-one-statement")).toEqual({ generic: 12, custom: 0 });
    const [n] = await rows(sql`
      SELECT (SELECT count(*)::int FROM messages WHERE channel_message_id LIKE 'gp-%' AND status = 'received') AS todo,
             (SELECT count(*)::int FROM resident_identities WHERE address LIKE 'oGeneric%') AS identities`);
    expect(n).toEqual({ todo: stored.length, identities: 5 });
  });

  it("answers a redelivery with the first copy's id and stores nothing twice", async () => {
    const b = batcher();
    const [first] = await b.store([entry(message("gp-again", "oGenericAgain"))]);
    const [again] = await b.store([entry(message("gp-again", "oGenericAgain"))]);
    expect(first!.inserted).toBe(true);
    expect(again).toEqual({ ...first, inserted: false });
    const [n] = await rows(
      sql`SELECT count(*)::int AS n FROM messages WHERE channel_message_id = 'gp-again'`,
    );
    expect(n).toEqual({ n: 1 });
  });

  it("stores a message whose identity another process is creating through the transactional path, planned as PostgreSQL chooses", async () => {
    const other = await t.ctx.database.pool.connect();
    try {
      await other.query("BEGIN");
      const [{ id: residentId }] = (
        await other.query<{ id: string }>("INSERT INTO residents (phone) VALUES (NULL) RETURNING id")
      ).rows as [{ id: string }];
      await other.query(
        "INSERT INTO resident_identities (resident_id, channel, address) VALUES ($1, 'wechat', 'oGenericBlocked')",
        [residentId],
      );
      const pending = batcher().store([entry(message("gp-blocked", "oGenericBlocked"))]);
      await waitForLockWait();
      await other.query("COMMIT");
      const [stored] = await pending;
      expect(stored).toMatchObject({ inserted: true, residentId });
    } finally {
      other.release();
    }
    const [n] = await rows(sql`
      SELECT (SELECT count(*)::int FROM messages WHERE channel_message_id = 'gp-blocked' AND status = 'received') AS todo,
             (SELECT count(*)::int FROM residents r WHERE NOT EXISTS
                (SELECT 1 FROM resident_identities ri WHERE ri.resident_id = r.id)) AS orphans`);
    expect(n).toEqual({ todo: 1, orphans: 0 });
    // The transactional path's plain joins were planned for their values (SET LOCAL), and the
    // session is back to generic plans after its commit.
    expect((await plansOf(webhookDb.pool, "inbound-insert-messages"))?.generic).toBe(0);
    const { rows: mode } = await webhookDb.pool.query<{ plan_cache_mode: string }>("SHOW plan_cache_mode");
    expect(mode[0]!.plan_cache_mode).toBe("force_generic_plan");
  });
});

/** Polls until some session of the test database waits for a lock (the store under test). */
async function waitForLockWait(): Promise<void> {
  for (let tries = 0; tries < 600; tries++) {
    const [r] = await rows(
      sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
    );
    if ((r as { n: number }).n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the store never waited for the other transaction");
}
