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

  it("wakes listening relays when a job is recorded, and not for a job already recorded", async () => {
    const listener = await t.ctx.database.pool.connect();
    const heard: string[] = [];
    listener.on("notification", (n) => heard.push(n.payload ?? ""));
    try {
      await listener.query("LISTEN zhitong_outbox");
      const record = () =>
        t.ctx.database.db.transaction((tx) =>
          enqueue(tx, "intake", { messageId: 990001 }, { jobId: "in_990001" }),
        );
      await record();
      await waitFor(() => heard.length === 1, 15_000, "the relay notification");
      expect(heard).toEqual(["intake"]);
      await record();
      // A notification sent at that commit would arrive before this round trip's answer.
      await listener.query("SELECT 1");
      expect(heard).toEqual(["intake"]);
      const [n] = (
        await t.ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM outbox WHERE job_id = 'in_990001'`)
      ).rows as { n: number }[];
      expect(n).toEqual({ n: 1 });
    } finally {
      await listener.query("UNLISTEN zhitong_outbox");
      listener.release();
      // The other tests count pending rows: this one has no relay and must not stay behind.
      await t.ctx.database.db.execute(sql`DELETE FROM outbox WHERE job_id = 'in_990001'`);
    }
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
