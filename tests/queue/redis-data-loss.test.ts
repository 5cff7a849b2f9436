import { Worker } from "bullmq";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelWorkers } from "../../src/channels-runtime/channel.workers.js";
import { buildApp, type App } from "../../src/http/app.js";
import { inboundWorkers } from "../../src/inbound/inbound.worker.js";
import { notifyWorkers } from "../../src/notify/notify.worker.js";
import { routeWorkers } from "../../src/routing/route.worker.js";
import { recoveryWorkers } from "../../src/queue/recovery-sweep.js";
import { startEmbeddedRedis, type EmbeddedRedisHandle } from "../../src/runtime/embedded-redis.js";
import { slaWorkers } from "../../src/sla/sla.worker.js";
import { withoutFaketime } from "../support/faketime.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { waitFor } from "../support/wait-for.js";

/**
 * Fault test: Redis restarts EMPTY (a new redis-server without persistence on the same port) twice
 * while residents write on the web chat. Every message the webhook acknowledged must end processed
 * exactly once: no lost message, no duplicate reply, no duplicate ticket.
 */
/** FAULT_RESIDENTS=40 for a longer run (the figures are printed). */
const RESIDENTS = Number(process.env["FAULT_RESIDENTS"] ?? 12);
const clock = testClock("2026-11-21T02:00:00Z");
let redisDir: string;
let redis: EmbeddedRedisHandle;
let port: number;
let t: TestEnv;
let app: App;

async function restartRedisEmpty(): Promise<void> {
  await redis.stop();
  redis = await withoutFaketime(() => startEmbeddedRedis({ dir: redisDir, ephemeral: true, port }));
}

beforeAll(async () => {
  redisDir = await mkdtemp(path.join(tmpdir(), "zt-redis-loss-"));
  redis = await withoutFaketime(() => startEmbeddedRedis({ dir: redisDir, ephemeral: true }));
  port = Number(new URL(redis.url).port);
  t = await createTestEnv({
    clock,
    redisUrl: redis.url,
    env: { RECOVERY_SWEEP_EVERY_MS: "1000", WEB_CHAT_RATE_LIMIT_PER_MINUTE: "1000" },
    workers: [
      (ctx) => inboundWorkers(ctx),
      (ctx) => channelWorkers(ctx),
      (ctx) => routeWorkers(ctx),
      (ctx) => slaWorkers(ctx),
      (ctx) => notifyWorkers(ctx),
      (ctx) => recoveryWorkers(ctx),
    ],
  });
  await t.ctx.relay.start();
  app = await buildApp(t.ctx, { docs: false });
}, 120_000);

afterAll(async () => {
  await app?.close();
  await t?.close();
  await redis?.stop();
});

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return (await t.ctx.database.db.execute(query)).rows as T[];
}

describe("Redis losing its data while residents write", () => {
  it("processes every acknowledged message exactly once through two empty restarts", async () => {
    // What the recovery sweep re-enqueued, from its jobs' results.
    const recovered: Record<string, number> = {};
    for (const w of t.workers.filter((w): w is Worker => w instanceof Worker && w.name === "recovery"))
      w.on("completed", (_job, result: Record<string, number>) => {
        for (const [k, v] of Object.entries(result)) recovered[k] = (recovered[k] ?? 0) + v;
      });
    const acknowledged: string[] = [];
    let failedAttempts = 0;
    /** A resident's phone: writes, retries until acknowledged, waits for the answer, goes on. */
    const resident = async (i: number) => {
      const session = (await app.inject({ method: "POST", url: "/channels/web/session" })).json() as {
        sessionId: string;
        token: string;
      };
      const lines = ["西盛家园3号楼楼道灯坏了好几天了", `139${String(10_000_000 + i).padStart(8, "0")}`, "1"];
      for (const [n, text] of lines.entries()) {
        const clientMessageId = `r${i}-m${n}`;
        for (;;) {
          const res = await app.inject({
            method: "POST",
            url: "/channels/web/messages",
            headers: { "x-web-session-token": session.token },
            payload: { sessionId: session.sessionId, text, clientMessageId },
          });
          if (res.statusCode === 200) break;
          failedAttempts++;
          await new Promise((r) => setTimeout(r, 100));
        }
        acknowledged.push(clientMessageId);
        // A resident reads the answer before writing again.
        await waitFor(
          async () =>
            (
              await rows<{ n: number }>(sql`
                SELECT count(*)::int AS n FROM messages o JOIN messages i ON o.reply_to_message_id = i.id
                WHERE i.channel = 'web' AND i.channel_message_id LIKE ${`%${clientMessageId}`}`)
            )[0]!.n > 0,
          90_000,
          `reply to ${clientMessageId}`,
        );
      }
    };

    const writers = Array.from({ length: RESIDENTS }, (_, i) => resident(i));
    const restarts = (async () => {
      for (const after of [RESIDENTS, RESIDENTS * 2]) {
        await waitFor(() => acknowledged.length >= after, 90_000, `${after} acknowledged messages`);
        await restartRedisEmpty();
      }
    })();
    await Promise.all([...writers, restarts]);

    const inbound = await rows<{ id: number; status: string; cmid: string }>(sql`
      SELECT id, status, channel_message_id AS cmid FROM messages WHERE direction = 'in' AND channel = 'web'`);
    const duplicateReplies = await rows<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM (
        SELECT reply_to_message_id, text FROM messages WHERE direction = 'out' AND reply_to_message_id IS NOT NULL
        GROUP BY 1, 2 HAVING count(*) > 1) d`);
    const replyCounts = await rows<{ n: number }>(sql`
      SELECT count(o.id)::int AS n FROM messages i
      LEFT JOIN messages o ON o.reply_to_message_id = i.id AND o.direction = 'out'
      WHERE i.direction = 'in' AND i.channel = 'web' GROUP BY i.id`);
    const ticketsPerResident = await rows<{ resident: string; n: number }>(sql`
      SELECT c.resident_id AS resident, count(*)::int AS n FROM tickets t
      JOIN conversations c ON c.id = t.conversation_id GROUP BY 1`);
    const unrouted = await waitFor(
      async () => {
        const [r] = await rows<{ n: number }>(sql`
          SELECT count(*)::int AS n FROM tickets WHERE status = 'received' AND NOT triage AND merged_into_id IS NULL`);
        return r!.n === 0 ? "routed" : null;
      },
      60_000,
      "every ticket routed",
    );
    const figures = {
      residents: RESIDENTS,
      acknowledged: acknowledged.length,
      stored: inbound.length,
      processed: inbound.filter((m) => m.status === "processed").length,
      refusedAttempts: failedAttempts,
      duplicateReplies: duplicateReplies[0]!.n,
      messagesWithoutExactlyOneReply: replyCounts.filter((r) => r.n !== 1).length,
      tickets: ticketsPerResident.reduce((a, r) => a + r.n, 0),
      residentsWithTwoTickets: ticketsPerResident.filter((r) => r.n > 1).length,
      unrouted,
      recoveredBySweep: recovered,
    };
    console.log(`redis data-loss fault run: ${JSON.stringify(figures)}`);
    // The periodic jobs lived in the lost data too: registered again once Redis was back.
    for (const [queue, id] of [
      ["recovery", "recovery-sweep"],
      ["intake-expiry", "intake-expiry-sweep"],
      ["sla", "sla-sweep"],
    ] as const)
      await waitFor(() => t.ctx.queues[queue].getJobScheduler(id), 30_000, `scheduler ${id}`);
    expect(figures.acknowledged).toBe(RESIDENTS * 3);
    expect(figures.stored).toBe(RESIDENTS * 3);
    expect(figures.processed).toBe(RESIDENTS * 3);
    expect(figures.duplicateReplies).toBe(0);
    expect(figures.messagesWithoutExactlyOneReply).toBe(0);
    expect(figures.residentsWithTwoTickets).toBe(0);
    expect(figures.tickets).toBe(RESIDENTS);
  }, 300_000);
});
