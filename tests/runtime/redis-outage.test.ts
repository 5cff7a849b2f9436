import getPort from "get-port";
import type { Redis } from "ioredis";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTicket } from "../../src/db/repositories/tickets.repository.js";
import type { Complaint } from "../../src/domain/complaint.schema.js";
import { buildApp, type App } from "../../src/http/app.js";
import { createRedis } from "../../src/queue/connection.js";
import { OutboxRelay } from "../../src/queue/outbox-relay.js";
import { createQueueSet, type QueueSet } from "../../src/queue/queue-set.js";
import type { AppContext } from "../../src/runtime/context.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";

/**
 * Redis is down (nothing listens on its port) while the API keeps serving. The production connection
 * retries forever and queues commands, so anything awaiting it on a request path would hang.
 */
const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let down: Redis;
let downQueues: QueueSet;
let downCtx: AppContext;
let app: App;

/** Generous bound that only a hang exceeds: resolves to "hung" instead of the value. */
function within<T>(p: Promise<T>, ms = 10_000): Promise<T | "hung"> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p,
    new Promise<"hung">((resolve) => {
      timer = setTimeout(() => resolve("hung"), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

beforeAll(async () => {
  t = await createTestEnv({ clock });
  down = createRedis(`redis://127.0.0.1:${await getPort({ host: "127.0.0.1" })}`);
  down.on("error", () => {});
  downQueues = createQueueSet(down, t.ctx.env.QUEUE_PREFIX);
  downCtx = {
    ...t.ctx,
    redis: down,
    queues: downQueues,
    relay: new OutboxRelay(t.ctx.database, downQueues, {
      pollMs: 60_000,
      log: t.ctx.log,
      now: t.ctx.now,
      redisReady: () => down.status === "ready",
    }),
  };
  app = await buildApp(downCtx, { docs: false });
});
afterAll(async () => {
  await app.close();
  await downQueues.close().catch(() => {});
  down.disconnect();
  await t.close();
});

describe("a Redis outage", () => {
  it("does not hang web chat: the message is stored and acknowledged (rate limit fails open)", async () => {
    const session = (await app.inject({ method: "POST", url: "/channels/web/session" })).json() as {
      sessionId: string;
      token: string;
    };
    const res = await within(
      app.inject({
        method: "POST",
        url: "/channels/web/messages",
        headers: { "x-web-session-token": session.token },
        payload: { sessionId: session.sessionId, text: "路灯坏了", clientMessageId: "outage-1" },
      }),
    );
    expect(res).not.toBe("hung");
    expect(res === "hung" ? 0 : res.statusCode).toBe(200);
    const stored = await t.ctx.database.db.execute(
      sql`SELECT count(*)::int AS n FROM messages WHERE channel_message_id LIKE '%outage-1'`,
    );
    expect((stored.rows[0] as { n: number }).n).toBe(1);
  });

  it("does not hang /metrics: process metrics are served and queue depths are marked unavailable", async () => {
    const res = await within(app.inject({ method: "GET", url: "/metrics" }));
    expect(res).not.toBe("hung");
    if (res === "hung") return;
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("zhitong_process_cpu_user_seconds_total");
    expect(res.body).toMatch(/zhitong_queue_stats_available\{[^}]*\} 0/);
  });

  it("makes the outbox relay give up the pass without holding a transaction or row locks", async () => {
    const complaint: Complaint = {
      kind: "complaint",
      category: "heating",
      summary: "暖气不热",
      description: "暖气不热",
      location: { text: "西盛家园", community: "community.xisheng", lat: null, lng: null },
      urgency: "normal",
      contact: { name: null, phone: null },
      missing: [],
      confidence: {},
      engine: "offline",
    };
    await t.ctx.database.db.transaction((tx) =>
      createTicket(tx, { complaint, channel: "sms", actor: { type: "system" }, timeZone: "Asia/Shanghai" }),
    );
    const pass = await within(downCtx.relay.drain().catch(() => -1));
    expect(pass).not.toBe("hung");
    // Nobody sits in a transaction, and every pending row can be locked at once by someone else.
    const idle = await t.ctx.database.db.execute(
      sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`,
    );
    expect((idle.rows[0] as { n: number }).n).toBe(0);
    await t.ctx.database.db.transaction(async (tx) => {
      const rows = await tx.execute(sql`SELECT id FROM outbox WHERE relayed_at IS NULL FOR UPDATE NOWAIT`);
      expect(rows.rows.length).toBeGreaterThan(0);
    });
    // Once Redis is back (the healthy relay), the rows go out.
    await t.ctx.relay.drain();
    const pending = await t.ctx.database.db.execute(
      sql`SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`,
    );
    expect((pending.rows[0] as { n: number }).n).toBe(0);
  });
});
