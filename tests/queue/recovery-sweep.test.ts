import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channelWorkers } from "../../src/channels-runtime/channel.workers.js";
import { storeInboundMessage } from "../../src/channels-runtime/store-inbound.js";
import { messages } from "../../src/db/schema/index.js";
import { queueResidentMessage } from "../../src/notify/queue-resident-message.js";
import { sweepStuckWork } from "../../src/queue/recovery-sweep.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { waitFor } from "../support/wait-for.js";
import { loseRedisData } from "../support/redis-loss.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  // Only the outbound worker runs: the other stages' jobs stay in Redis, where the sweep must find them.
  t = await createTestEnv({ clock, workers: [(ctx) => channelWorkers(ctx)] });
});
afterAll(async () => {
  await t.close();
});

async function storeWebMessage(cmid: string, text: string): Promise<number> {
  const stored = await t.ctx.database.db.transaction((tx) =>
    storeInboundMessage(
      tx,
      {
        channel: "web",
        provider: "web",
        channelMessageId: cmid,
        from: "sweep-session-0001",
        to: null,
        kind: "text",
        text,
        location: null,
        mediaId: null,
        mediaUrl: null,
        event: null,
        transcript: null,
        optOut: false,
        sentAt: null,
        receivedAt: clock.now(),
        raw: {},
      },
      { now: clock.now(), phone: null },
    ),
  );
  return stored.id;
}

describe("recovery sweep", () => {
  it("leaves an acknowledged message to the intake worker: no intake job, nothing to re-enqueue", async () => {
    const id = await storeWebMessage("sweep-1", "路灯坏了");
    await loseRedisData(t);
    // The message row is intake's to-do; its worker claims it from PostgreSQL (intake-claims.test.ts).
    const [row] = await t.ctx.database.db.select().from(messages).where(eq(messages.id, id));
    expect(row!.status).toBe("received");
    const [jobs] = (
      await t.ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM outbox WHERE queue = 'intake'`)
    ).rows as { n: number }[];
    expect(jobs!.n).toBe(0);
    expect(await sweepStuckWork(t.ctx)).not.toHaveProperty("intake");
  });

  it("leaves work alone whose job Redis still has (a second sweep adds nothing)", async () => {
    await t.ctx.relay.drain();
    const counts = await sweepStuckWork(t.ctx);
    expect(counts).toEqual({
      route: 0,
      notify: 0,
      outbound: 0,
      reclaimed: 0,
      hotline: 0,
      media: 0,
    });
  });

  it("sends a reply whose outbound job Redis lost", async () => {
    const inboundId = await storeWebMessage("sweep-2", "噪音");
    const [inbound] = await t.ctx.database.db.select().from(messages).where(eq(messages.id, inboundId));
    const replyId = await t.ctx.database.db.transaction((tx) =>
      queueResidentMessage(tx, {
        at: clock.now(),
        residentId: inbound!.residentId!,
        text: "收到",
        purpose: "reply",
        replyToMessageId: inboundId,
      }),
    );
    // The relay handed the job to Redis, then Redis lost it before the worker ran it.
    await t.ctx.database.db.execute(
      sql`UPDATE outbox SET relayed_at = now() WHERE job_id = ${`out_${replyId}`}`,
    );
    const counts = await sweepStuckWork(t.ctx);
    expect(counts.outbound).toBe(1);
    await t.ctx.relay.drain();
    await waitFor(async () => {
      const [m] = await t.ctx.database.db.select().from(messages).where(eq(messages.id, replyId!));
      return m?.status === "sent";
    });
  });

  it("takes over a message left `sending` past the lease by a killed worker, and sends it once", async () => {
    const inboundId = await storeWebMessage("sweep-3", "积水");
    const [inbound] = await t.ctx.database.db.select().from(messages).where(eq(messages.id, inboundId));
    const replyId = await t.ctx.database.db.transaction((tx) =>
      queueResidentMessage(tx, {
        at: clock.now(),
        residentId: inbound!.residentId!,
        text: "已收到积水",
        purpose: "reply",
      }),
    );
    // A worker claimed it three minutes ago and died; its job used up its retries meanwhile.
    const claimedAt = new Date(Date.now() - 3 * 60_000).toISOString();
    await t.ctx.database.db.execute(
      sql`UPDATE messages SET status = 'sending', payload = payload || jsonb_build_object('claimedAt', ${claimedAt}::text) WHERE id = ${replyId}`,
    );
    await t.ctx.database.db.execute(
      sql`UPDATE outbox SET relayed_at = now() WHERE job_id = ${`out_${replyId}`}`,
    );

    const counts = await sweepStuckWork(t.ctx);
    expect(counts.reclaimed).toBe(1);
    expect(counts.outbound).toBe(1);
    await t.ctx.relay.drain();
    await waitFor(async () => {
      const [m] = await t.ctx.database.db.select().from(messages).where(eq(messages.id, replyId!));
      return m?.status === "sent";
    });
    const [m] = await t.ctx.database.db.select().from(messages).where(eq(messages.id, replyId!));
    expect(m!.payload).toMatchObject({ reclaims: 1, sentVia: "web" });
    expect((await sweepStuckWork(t.ctx)).reclaimed).toBe(0);
  });

  it("does not take over a message another worker claimed within the lease", async () => {
    const inboundId = await storeWebMessage("sweep-4", "漏水");
    const [inbound] = await t.ctx.database.db.select().from(messages).where(eq(messages.id, inboundId));
    const replyId = await t.ctx.database.db.transaction((tx) =>
      queueResidentMessage(tx, {
        at: clock.now(),
        residentId: inbound!.residentId!,
        text: "已收到漏水",
        purpose: "reply",
      }),
    );
    const claimedAt = new Date().toISOString();
    await t.ctx.database.db.execute(
      sql`UPDATE messages SET status = 'sending', payload = payload || jsonb_build_object('claimedAt', ${claimedAt}::text) WHERE id = ${replyId}`,
    );
    expect((await sweepStuckWork(t.ctx)).reclaimed).toBe(0);
    const [m] = await t.ctx.database.db.select().from(messages).where(eq(messages.id, replyId!));
    expect(m!.status).toBe("sending");
  });
});
