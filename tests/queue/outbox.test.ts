import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTicket } from "../../src/db/repositories/tickets.repository.js";
import type { Complaint } from "../../src/domain/complaint.schema.js";
import { enqueue } from "../../src/queue/outbox.js";
import { OutboxRelay, pruneOutbox } from "../../src/queue/outbox-relay.js";
import { createQueueSet } from "../../src/queue/queue-set.js";
import { createRedis } from "../../src/queue/connection.js";
import { createTestEnv, type TestEnv } from "../support/test-context.js";
import { waitFor } from "../support/wait-for.js";

const complaint: Complaint = {
  kind: "complaint",
  category: "heating",
  summary: "西盛家园暖气不热",
  description: "暖气不热好几天了",
  location: { text: "西盛家园", community: "community.xisheng", lat: null, lng: null },
  urgency: "normal",
  contact: { name: null, phone: null },
  missing: [],
  confidence: {},
  engine: "offline",
};

let t: TestEnv;
beforeAll(async () => {
  t = await createTestEnv();
});
afterAll(async () => t.close());

async function fileTicket() {
  return t.ctx.database.db.transaction((tx) =>
    createTicket(tx, { complaint, channel: "sms", actor: { type: "system" }, timeZone: "Asia/Shanghai" }),
  );
}

/** A relay of the test's queues, started, with whatever was pending before the test relayed. */
async function runningRelay(pollMs: number): Promise<OutboxRelay> {
  const relay = new OutboxRelay(t.ctx.database, t.ctx.queues, { pollMs, log: t.ctx.log, now: t.ctx.now });
  await relay.start();
  await relay.drain();
  return relay;
}

async function pendingOutbox(): Promise<number> {
  const r = await t.ctx.database.db.execute(
    sql`SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`,
  );
  return (r.rows[0] as { n: number }).n;
}

describe("transactional outbox", () => {
  it("a committed ticket reaches the route queue even when the process dies before enqueueing", async () => {
    // The "process" that filed the ticket never relays (it died right after the commit).
    const ticket = await fileTicket();
    expect(await pendingOutbox()).toBe(1);
    expect(await t.ctx.queues.route.getJob(`route_${ticket.id}_1`)).toBeUndefined();

    // A new process starts: its relay finds the committed work and delivers it.
    const queues = createQueueSet(t.ctx.redis.duplicate(), t.ctx.env.QUEUE_PREFIX);
    const relay = new OutboxRelay(t.ctx.database, queues, { pollMs: 1000, log: t.ctx.log, now: t.ctx.now });
    expect(await relay.drain()).toBe(1);
    const job = await queues.route.getJob(`route_${ticket.id}_1`);
    expect(job?.data).toEqual({ ticketId: ticket.id, round: 1 });
    expect(await pendingOutbox()).toBe(0);
    await relay.stop();
    await queues.close();
  });

  it("records a job without notifying inside the transaction, so writers' commits are not serialised", async () => {
    const listener = await t.ctx.database.pool.connect();
    const heard: string[] = [];
    listener.on("notification", (n) => heard.push(n.channel));
    try {
      await listener.query("LISTEN zhitong_outbox");
      await t.ctx.database.db.transaction((tx) =>
        enqueue(tx, "outbound", { messageId: 990001 }, { jobId: "out_990001" }),
      );
      // A notification sent at that commit would arrive before this round trip's answer.
      await listener.query("SELECT 1");
      expect(heard).toEqual([]);
    } finally {
      await listener.query("UNLISTEN zhitong_outbox");
      listener.release();
      // The other tests count pending rows: this one has no relay and must not stay behind.
      await t.ctx.database.db.execute(sql`DELETE FROM outbox WHERE job_id = 'out_990001'`);
    }
  });

  it("relays at once a row committed by another process that announces it after its commit", async () => {
    // This relay would not poll for an hour: only the other process's wake-up can bring the row.
    const running = await runningRelay(3_600_000);
    // The other process: its own connection and a relay it does not run (a command, say).
    const other = await t.ctx.database.pool.connect();
    const otherRelay = new OutboxRelay(t.ctx.database, t.ctx.queues, {
      pollMs: 1000,
      log: t.ctx.log,
      now: t.ctx.now,
    });
    try {
      await other.query(
        `INSERT INTO outbox (queue, job_name, job_id, payload) VALUES ('outbound', 'outbound', 'out_990002', '{"messageId": 990002}')`,
      );
      otherRelay.announce();
      await waitFor(
        async () =>
          (await t.ctx.queues.outbound.getJob("out_990002")) !== undefined && (await pendingOutbox()) === 0,
        15_000,
        "the announced row in BullMQ",
      );
    } finally {
      other.release();
      await running.stop();
      await otherRelay.stop();
    }
  });

  it("relays a row committed by another process that never wakes anyone, at the next poll", async () => {
    const running = await runningRelay(200);
    try {
      await t.ctx.database.pool.query(
        `INSERT INTO outbox (queue, job_name, job_id, payload) VALUES ('outbound', 'outbound', 'out_990003', '{"messageId": 990003}')`,
      );
      await waitFor(
        async () =>
          (await t.ctx.queues.outbound.getJob("out_990003")) !== undefined && (await pendingOutbox()) === 0,
        15_000,
        "the silent row in BullMQ",
      );
    } finally {
      await running.stop();
    }
  });

  it("relays a job recorded in its own process soon after the commit, with no kick and no poll", async () => {
    const running = await runningRelay(3_600_000);
    try {
      await t.ctx.database.db.transaction((tx) =>
        enqueue(tx, "outbound", { messageId: 990004 }, { jobId: "out_990004" }),
      );
      await waitFor(
        async () =>
          (await t.ctx.queues.outbound.getJob("out_990004")) !== undefined && (await pendingOutbox()) === 0,
        15_000,
        "the recorded job in BullMQ",
      );
    } finally {
      await running.stop();
    }
  });

  it("hands a pass's rows to each of their queues in one go, every job once, with its delay", async () => {
    const runAt = new Date(t.ctx.now().getTime() + 60_000);
    await t.ctx.database.db.transaction(async (tx) => {
      await enqueue(tx, "outbound", { messageId: 990011 }, { jobId: "out_990011" });
      await enqueue(tx, "media", { messageId: 990011 }, { jobId: "media_990011" });
      await enqueue(tx, "outbound", { messageId: 990012 }, { jobId: "out_990012", runAt });
    });
    expect(await t.ctx.relay.drain()).toBe(3);
    expect(await pendingOutbox()).toBe(0);
    expect((await t.ctx.queues.outbound.getJob("out_990011"))?.data).toEqual({ messageId: 990011 });
    expect((await t.ctx.queues.media.getJob("media_990011"))?.data).toEqual({ messageId: 990011 });
    const delayed = await t.ctx.queues.outbound.getJob("out_990012");
    expect(delayed?.opts.delay).toBeGreaterThan(0);
    expect(await t.ctx.relay.drain()).toBe(0);
  });

  it("a rolled-back transaction leaves no job behind", async () => {
    const before = await t.ctx.queues.route.getJobCounts();
    await expect(
      t.ctx.database.db.transaction(async (tx) => {
        await createTicket(tx, {
          complaint,
          channel: "sms",
          actor: { type: "system" },
          timeZone: "Asia/Shanghai",
        });
        throw new Error("crash after insert");
      }),
    ).rejects.toThrow("crash after insert");
    expect(await pendingOutbox()).toBe(0);
    await t.ctx.relay.drain();
    expect(await t.ctx.queues.route.getJobCounts()).toEqual(before);
  });

  it("relaying the same row twice (two relays racing) yields one job", async () => {
    const ticket = await fileTicket();
    const a = new OutboxRelay(t.ctx.database, t.ctx.queues, { pollMs: 1000, log: t.ctx.log, now: t.ctx.now });
    const b = new OutboxRelay(t.ctx.database, t.ctx.queues, { pollMs: 1000, log: t.ctx.log, now: t.ctx.now });
    const [na, nb] = await Promise.all([a.drain(), b.drain()]);
    expect(na + nb).toBe(1);
    // Even a forced second delivery of the same jobId is absorbed by BullMQ.
    await t.ctx.queues.route.add(
      "route",
      { ticketId: ticket.id, round: 1 },
      { jobId: `route_${ticket.id}_1` },
    );
    const waiting = await t.ctx.queues.route.getJobs(["waiting", "delayed", "active"]);
    expect(waiting.filter((j) => j.data.ticketId === ticket.id)).toHaveLength(1);
  });

  it("keeps rows pending while Redis is unreachable and delivers them when it is back", async () => {
    const ticket = await fileTicket();
    const dead = createRedis("redis://127.0.0.1:1", { retryStrategy: () => null, maxRetriesPerRequest: 0 });
    dead.on("error", () => {});
    const deadQueues = createQueueSet(dead, t.ctx.env.QUEUE_PREFIX);
    const relay = new OutboxRelay(t.ctx.database, deadQueues, {
      pollMs: 1000,
      log: t.ctx.log,
      now: t.ctx.now,
    });
    await relay.drain().catch(() => 0);
    expect(await pendingOutbox()).toBe(1);
    dead.disconnect();
    await t.ctx.relay.drain();
    expect(await pendingOutbox()).toBe(0);
    expect(await t.ctx.queues.route.getJob(`route_${ticket.id}_1`)).toBeDefined();
  });

  it("prunes relayed rows after a week and never touches rows still waiting for the relay", async () => {
    await t.ctx.relay.drain();
    const relayed = await t.ctx.database.db.execute(
      sql`SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NOT NULL`,
    );
    const relayedCount = (relayed.rows[0] as { n: number }).n;
    expect(relayedCount).toBeGreaterThan(0);
    await fileTicket(); // pending: its route job has not been relayed
    expect(await pruneOutbox(t.ctx.database, 7, t.ctx.now())).toBe(0); // nothing is a week old yet
    const inEightDays = new Date(t.ctx.now().getTime() + 8 * 86_400_000);
    expect(await pruneOutbox(t.ctx.database, 7, inEightDays)).toBe(relayedCount);
    expect(await pendingOutbox()).toBe(1);
  });
});
