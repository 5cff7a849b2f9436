import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InboundMessage } from "../../../channels/channel.js";
import { InboundBatcher } from "../../../src/channels-runtime/inbound-batcher.js";
import type { InboundEntry } from "../../../src/channels-runtime/store-inbound-batch.js";
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";
import { wechatText } from "../support/inbound-message.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  t = await createTestEnv({ clock });
});
afterAll(async () => {
  await t.close();
});

const message = (cmid: string, from: string, over: Partial<InboundMessage> = {}): InboundMessage =>
  wechatText(cmid, from, clock.now(), over);
const entry = (m: InboundMessage, phone: string | null = null): InboundEntry => ({ message: m, phone });

async function rows(query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  return (await t.ctx.database.db.execute(query)).rows as Record<string, unknown>[];
}

/** A batcher that commits one transaction at a time, so requests arriving meanwhile share the next. */
function serialBatcher() {
  return new InboundBatcher(t.ctx.database.pool, { maxBatch: 64, maxInFlight: 1, now: clock.now });
}

describe("inbound group commit", () => {
  it("stores concurrent requests once each, one resident per address and one intake job per new message", async () => {
    const batcher = serialBatcher();
    const requests = Array.from({ length: 40 }, (_, n) =>
      batcher.store([entry(message(`gc-${n}`, `oGroup${n % 10}`))]),
    );
    const stored = (await Promise.all(requests)).map((r) => r[0]!);
    expect(stored.every((s) => s.inserted)).toBe(true);
    expect(new Set(stored.map((s) => s.id)).size).toBe(40);
    const [counts] = await rows(sql`
      SELECT (SELECT count(*)::int FROM messages WHERE channel_message_id LIKE 'gc-%') AS messages,
             (SELECT count(DISTINCT resident_id)::int FROM messages WHERE channel_message_id LIKE 'gc-%') AS residents,
             (SELECT count(*)::int FROM resident_identities WHERE address LIKE 'oGroup%') AS identities,
             (SELECT count(*)::int FROM messages WHERE channel_message_id LIKE 'gc-%' AND status = 'received') AS todo,
             (SELECT count(*)::int FROM outbox WHERE queue = 'intake') AS jobs`);
    // Each message is intake's to-do by its status: no outbox row for it.
    expect(counts).toEqual({ messages: 40, residents: 10, identities: 10, todo: 40, jobs: 0 });
    // The same address always maps to the same resident, whichever batch created it.
    const byAddress = new Map<number, string>();
    stored.forEach((s, n) => {
      const known = byAddress.get(n % 10);
      if (known) expect(s.residentId).toBe(known);
      else byAddress.set(n % 10, s.residentId);
    });
  });

  it("stores a message delivered twice in one batch once: the second copy is a redelivery with the same id", async () => {
    const batcher = serialBatcher();
    const first = batcher.store([entry(message("gc-blocker", "oTwice0"))]);
    const a = batcher.store([entry(message("gc-twice", "oTwice1"))]);
    const b = batcher.store([entry(message("gc-twice", "oTwice1"))]);
    await first;
    const [[sa], [sb]] = await Promise.all([a, b]);
    expect([sa!.inserted, sb!.inserted]).toEqual([true, false]);
    expect(sb!.id).toBe(sa!.id);
    const again = await batcher.store([entry(message("gc-twice", "oTwice1"))]);
    expect(again[0]).toMatchObject({ id: sa!.id, inserted: false });
    const [n] = await rows(
      sql`SELECT count(*)::int AS n FROM messages WHERE channel_message_id = 'gc-twice'`,
    );
    expect(n).toEqual({ n: 1 });
  });

  it("keeps a bad request from failing the others that shared its transaction", async () => {
    const batcher = serialBatcher();
    const blocker = batcher.store([entry(message("gc-poison-0", "oPoison0"))]);
    const good1 = batcher.store([entry(message("gc-poison-1", "oPoison1"))]);
    // PostgreSQL refuses U+0000 in text: the whole shared transaction fails on it.
    const bad = batcher.store([entry(message("gc-poison-2", "oPoison2", { text: "坏\u0000字" }))]);
    const good2 = batcher.store([entry(message("gc-poison-3", "oPoison3"))]);
    await blocker;
    const [r1, r2, r3] = await Promise.allSettled([good1, bad, good2]);
    expect(r1.status).toBe("fulfilled");
    expect(r2.status).toBe("rejected");
    expect(r3.status).toBe("fulfilled");
    const stored = await rows(
      sql`SELECT channel_message_id FROM messages WHERE channel_message_id LIKE 'gc-poison-%' ORDER BY 1`,
    );
    expect(stored.map((r) => r["channel_message_id"])).toEqual(["gc-poison-0", "gc-poison-1", "gc-poison-3"]);
  });

  it("applies unsubscribe and subscribe in the order they came, and records the SMS sender's number", async () => {
    const batcher = serialBatcher();
    const blocker = batcher.store([entry(message("gc-sub-0", "oSub0"))]);
    const unsubscribe = { type: "unsubscribe" as const, key: null };
    const subscribe = { type: "subscribe" as const, key: null };
    const requests = [
      batcher.store([entry(message("gc-sub-1", "oSubA", { kind: "event", text: null, event: unsubscribe }))]),
      batcher.store([entry(message("gc-sub-2", "oSubB", { kind: "event", text: null, event: subscribe }))]),
      batcher.store([entry(message("gc-sub-3", "oSubB", { kind: "event", text: null, event: unsubscribe }))]),
      batcher.store([
        entry(
          message("gc-sms-1", "13800138000", { channel: "sms", provider: "generic", to: null, optOut: true }),
          "13800138000",
        ),
      ]),
    ];
    await blocker;
    await Promise.all(requests);
    const identities = await rows(sql`
      SELECT ri.address, ri.opted_out_at IS NOT NULL AS opted_out, ri.last_inbound_at = ${clock.now()} AS touched, r.phone
      FROM resident_identities ri JOIN residents r ON r.id = ri.resident_id
      WHERE ri.address IN ('oSubA', 'oSubB', '13800138000') ORDER BY ri.address`);
    expect(identities).toEqual([
      { address: "13800138000", opted_out: true, touched: true, phone: "13800138000" },
      { address: "oSubA", opted_out: true, touched: true, phone: null },
      { address: "oSubB", opted_out: true, touched: true, phone: null },
    ]);
    // A later subscribe in another batch lifts the opt-out again.
    await batcher.store([
      entry(message("gc-sub-4", "oSubB", { kind: "event", text: null, event: subscribe })),
    ]);
    const [b] = await rows(
      sql`SELECT opted_out_at IS NOT NULL AS opted_out FROM resident_identities WHERE address = 'oSubB'`,
    );
    expect(b).toEqual({ opted_out: false });
  });

  it("converges on one resident when two processes create the same identity at once", async () => {
    // Two batchers stand for two API processes, each with its own transactions.
    const one = serialBatcher();
    const two = serialBatcher();
    const stored = await Promise.all(
      Array.from({ length: 6 }, (_, n) =>
        (n % 2 ? one : two).store([entry(message(`gc-race-${n}`, "oRace0"))]),
      ),
    );
    expect(new Set(stored.map((s) => s[0]!.residentId)).size).toBe(1);
    const [n] = await rows(sql`
      SELECT (SELECT count(*)::int FROM resident_identities WHERE address = 'oRace0') AS identities,
             (SELECT count(*)::int FROM residents r WHERE NOT EXISTS
                (SELECT 1 FROM resident_identities ri WHERE ri.resident_id = r.id)) AS orphans`);
    expect(n).toEqual({ identities: 1, orphans: 0 });
  });

  it("stores a message whose identity another process is creating that instant once, under that process's resident", async () => {
    // The other process has inserted the identity but not committed: the one-statement store cannot
    // see it, waits on the unique key, and must hand the message to the transactional path.
    const other = await t.ctx.database.pool.connect();
    try {
      await other.query("BEGIN");
      const [{ id: residentId }] = (
        await other.query<{ id: string }>("INSERT INTO residents (phone) VALUES (NULL) RETURNING id")
      ).rows as [{ id: string }];
      await other.query(
        "INSERT INTO resident_identities (resident_id, channel, address) VALUES ($1, 'wechat', 'oBlocked0')",
        [residentId],
      );
      const pending = serialBatcher().store([entry(message("gc-blocked-0", "oBlocked0"))]);
      // The store waits on the uncommitted identity until the other transaction ends.
      await waitForLockWait();
      await other.query("COMMIT");
      const [stored] = await pending;
      expect(stored).toMatchObject({ inserted: true, residentId });
      const [n] = await rows(sql`
        SELECT (SELECT count(*)::int FROM messages WHERE channel_message_id = 'gc-blocked-0') AS messages,
               (SELECT count(*)::int FROM messages WHERE id = ${stored!.id} AND status = 'received') AS todo,
               (SELECT count(*)::int FROM residents r WHERE NOT EXISTS
                  (SELECT 1 FROM resident_identities ri WHERE ri.resident_id = r.id)) AS orphans`);
      expect(n).toEqual({ messages: 1, todo: 1, orphans: 0 });
    } finally {
      other.release();
    }
  });

  it("answers a redelivery racing the first copy (stored by another process, not yet committed) with that copy's id", async () => {
    const batcher = serialBatcher();
    const [first] = await batcher.store([entry(message("gc-racing-0", "oRacing0"))]);
    const other = await t.ctx.database.pool.connect();
    try {
      await other.query("BEGIN");
      const [{ id }] = (
        await other.query<{ id: string }>(
          `INSERT INTO messages (channel, provider, channel_message_id, direction, resident_id, kind, text, payload, status)
           VALUES ('wechat', 'wechat-mp', 'gc-racing-1', 'in', $1, 'text', '路灯坏了', '{}', 'received') RETURNING id`,
          [first!.residentId],
        )
      ).rows as [{ id: string }];
      const pending = batcher.store([entry(message("gc-racing-1", "oRacing0"))]);
      await waitForLockWait();
      await other.query("COMMIT");
      const [again] = await pending;
      expect(again).toEqual({ id: Number(id), inserted: false, residentId: first!.residentId });
      // The copy that won is the other process's: nothing is added for it here.
      const [n] = await rows(sql`SELECT count(*)::int AS n FROM outbox WHERE payload->>'messageId' = ${id}`);
      expect(n).toEqual({ n: 0 });
    } finally {
      other.release();
    }
  });

  it("records a download job for a photo and no intake job for either message", async () => {
    const [photo, text] = await serialBatcher().store([
      entry(message("gc-photo-0", "oPhoto0", { kind: "image", text: null, mediaId: "MEDIA_ID_1" })),
      entry(message("gc-photo-1", "oPhoto0")),
    ]);
    const jobs = await rows(sql`
      SELECT queue, job_id, payload FROM outbox WHERE job_id IN
        (${`in_${photo!.id}`}, ${`media_${photo!.id}`}, ${`in_${text!.id}`}, ${`media_${text!.id}`}) ORDER BY id`);
    expect(jobs).toEqual([
      { queue: "media", job_id: `media_${photo!.id}`, payload: { messageId: photo!.id } },
    ]);
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
