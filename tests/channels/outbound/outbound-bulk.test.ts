import { randomUUID } from "node:crypto";
import type { Job } from "bullmq";
import { inArray } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { channelWorkers, outboundHandler } from "../../../src/channels-runtime/channel.workers.js";
import { OutboundDelivery } from "../../../src/channels-runtime/deliver-outbound.js";
import { SentMarks } from "../../../src/channels-runtime/sent-marks.js";
import { messages, residentIdentities, residents } from "../../../src/db/schema/index.js";
import { queueResidentMessage } from "../../../src/notify/queue-resident-message.js";
import type { JobData } from "../../../src/queue/queues.js";
import { sweepStuckWork } from "../../../src/queue/recovery-sweep.js";
import { loseRedisData } from "../../support/redis-loss.js";
import { countStatements } from "../../support/statement-counter.js";
import { createTestEnv, testClock, type TestEnv } from "../../support/test-context.js";
import { startFakeWechatApi } from "../support/fake-wechat-api.js";
import { waitFor } from "../support/wait-for.js";
import { wechatEnv, WECHAT } from "../support/wechat-http.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;
let api: Awaited<ReturnType<typeof startFakeWechatApi>>;

beforeAll(async () => {
  api = await startFakeWechatApi(WECHAT.appid, WECHAT.secret);
  // No consumer runs: each test delivers the jobs itself, as a worker process would.
  t = await createTestEnv({ clock, env: wechatEnv({ WECHAT_API_BASE: api.url }) });
});
afterAll(async () => {
  await t.close();
  await api.close();
});
afterEach(async () => {
  api.state.failFor.clear();
  await t.ctx.queues.outbound.drain(true);
});

/** A job as BullMQ hands it to the handler outside a worker (no lock token: no moveToDelayed). */
const job = { attemptsMade: 0, opts: { attempts: 8 }, timestamp: Date.now() } as unknown as Job;

let nextResident = 1;
/** A WeChat follower who wrote just now (inside the 48-hour window), and their openid. */
async function follower(): Promise<{ residentId: string; openid: string }> {
  const residentId = randomUUID();
  const openid = `oBulk${String(nextResident++).padStart(6, "0")}`;
  await t.ctx.database.db.insert(residents).values({ id: residentId });
  await t.ctx.database.db
    .insert(residentIdentities)
    .values({ residentId, channel: "wechat", address: openid, lastInboundAt: t.ctx.now() });
  return { residentId, openid };
}

/** A reply queued for each of `n` followers (rows and outbox rows, as intake writes them). */
async function queuedReplies(n: number, text = "已登记，编号测试。") {
  const out: { id: number; openid: string }[] = [];
  for (let i = 0; i < n; i++) {
    const { residentId, openid } = await follower();
    const id = await t.ctx.database.db.transaction((tx) =>
      queueResidentMessage(tx, {
        residentId,
        text,
        purpose: "reply",
        preferChannel: "wechat",
        at: t.ctx.now(),
      }),
    );
    out.push({ id: id!, openid });
  }
  return out;
}

const bulkOf = (ids: number[]): JobData<"outbound"> => ({
  bulk: ids.map((id) => ({ jobId: `out_${id}`, data: { messageId: id } })),
});

/** Successful customer-service sends to each of `openids`, in order. */
const sendsTo = (openids: string[]) =>
  openids.map((o) => api.state.custom.filter((c) => c.touser === o).length);

async function statuses(ids: number[]): Promise<string[]> {
  const rows = await t.ctx.database.db
    .select({ id: messages.id, status: messages.status })
    .from(messages)
    .where(inArray(messages.id, ids));
  return ids.map((id) => rows.find((r) => r.id === id)!.status);
}

describe("customer-service sends carried by one bulk job", () => {
  it("the relay hands several due messages over as one job; each is sent once, and the job run again sends nothing", async () => {
    const queued = await queuedReplies(3);
    const ids = queued.map((q) => q.id);
    await waitFor(
      async () => (await t.ctx.relay.drain()) >= 0 && (await pendingOutbox()) === 0,
      15_000,
      "relayed",
    );
    const jobs = await t.ctx.queues.outbound.getJobs(["wait", "delayed", "prioritized"]);
    const carried = jobs.flatMap((j) => {
      const data = j.data as JobData<"outbound">;
      return "bulk" in data ? data.bulk.map((m) => m.data.messageId) : [data.messageId];
    });
    expect(carried.sort()).toEqual([...ids].sort());
    expect(jobs.some((j) => j.name === "outbound-bulk")).toBe(true);

    const handler = outboundHandler(t.ctx, new OutboundDelivery(t.ctx));
    expect(await handler(bulkOf(ids), job)).toEqual({ sent: 3 });
    expect(await handler(bulkOf(ids), job)).toEqual({ skipped: 3 });
    expect(sendsTo(queued.map((q) => q.openid))).toEqual([1, 1, 1]);
    expect(await statuses(ids)).toEqual(["sent", "sent", "sent"]);
  });

  it("records the results of sends that finish together in shared statements, each row marked sent once", async () => {
    const queued = await queuedReplies(8);
    const ids = queued.map((q) => q.id);
    const handler = outboundHandler(t.ctx, new OutboundDelivery(t.ctx));
    const counter = countStatements(t.ctx.database.pool);
    try {
      expect(await handler(bulkOf(ids), job)).toEqual({ sent: 8 });
    } finally {
      counter.stop();
    }
    // How many marks share a statement depends on when the sends finish (on a loaded machine each
    // may finish alone); the grouping itself is checked below, where the timing is not in question.
    const marks = counter.statements.filter((s) => s === "outbound_mark_sent_many").length;
    expect(marks).toBeGreaterThanOrEqual(1);
    expect(marks).toBeLessThanOrEqual(8);
    expect(sendsTo(queued.map((q) => q.openid))).toEqual(Array(8).fill(1));
    const rows = await t.ctx.database.db
      .select({
        id: messages.id,
        status: messages.status,
        provider: messages.provider,
        payload: messages.payload,
      })
      .from(messages)
      .where(inArray(messages.id, ids));
    expect(rows).toHaveLength(8);
    for (const r of rows) {
      expect(r).toMatchObject({ status: "sent", provider: "wechat-custom" });
      expect(r.payload).toMatchObject({
        sentVia: "wechat-custom",
        providerMessageId: null,
        address: expect.any(String),
      });
    }
    expect(await handler(bulkOf(ids), job)).toEqual({ skipped: 8 });
  });

  it("marks submitted while one is being written share the next statement", async () => {
    const queued = await queuedReplies(8);
    const marker = new SentMarks(t.ctx.database.pool);
    const counter = countStatements(t.ctx.database.pool);
    try {
      // All eight in one tick: the first is written at once, the rest wait for it and go together.
      await Promise.all(
        queued.map((q) =>
          marker.mark({
            messageId: q.id,
            at: clock.now(),
            provider: "wechat-custom",
            extra: { sentVia: "test" },
          }),
        ),
      );
    } finally {
      counter.stop();
    }
    const marks = counter.statements.filter((s) => s === "outbound_mark_sent_many").length;
    expect(marks).toBeGreaterThanOrEqual(1);
    expect(marks).toBeLessThanOrEqual(2);
    expect(await statuses(queued.map((q) => q.id))).toEqual(Array(8).fill("sent"));
  });

  it("a failed send goes back to the queue alone, as its own job; the others are sent once", async () => {
    const queued = await queuedReplies(3);
    const ids = queued.map((q) => q.id);
    const failing = queued[1]!;
    api.state.failFor.add(failing.openid);
    const handler = outboundHandler(t.ctx, new OutboundDelivery(t.ctx));
    expect(await handler(bulkOf(ids), job)).toEqual({ sent: 2, retry: 1 });
    expect(await statuses(ids)).toEqual(["sent", "queued", "sent"]);
    // Its own job, under the id the recovery sweep looks for, with the queue's attempts and backoff.
    const own = await t.ctx.queues.outbound.getJob(`out_${failing.id}`);
    expect(own?.data).toEqual({ messageId: failing.id });
    expect(own?.opts.attempts).toBe(8);
    expect(await own!.getState()).toBe("delayed");

    api.state.failFor.clear();
    expect(await handler(own!.data as JobData<"outbound">, job)).toBe("sent");
    expect(await handler(bulkOf(ids), job)).toEqual({ skipped: 3 });
    expect(sendsTo(queued.map((q) => q.openid))).toEqual([1, 1, 1]);
  });

  it("a process killed half way through a bulk job: the job run again by another sends each message once", async () => {
    const queued = await queuedReplies(4);
    const ids = queued.map((q) => q.id);
    const stuck = queued[2]!;
    // The first process's sends go out, except the one to `stuck`, where the process dies: that
    // request never leaves, and the handler never finishes.
    const dying = new OutboundDelivery(t.ctx, {
      fetch: (input, init) => {
        const body = typeof init?.body === "string" ? init.body : "";
        return body.includes(stuck.openid) ? new Promise<Response>(() => {}) : fetch(input, init);
      },
    });
    void outboundHandler(t.ctx, dying)(bulkOf(ids), job);
    await waitFor(
      async () => (await statuses(ids)).filter((s) => s === "sent").length === 3,
      10_000,
      "three sent",
    );
    expect(await statuses(ids)).toEqual(["sent", "sent", "sending", "sent"]);

    // BullMQ hands the stalled job to another process: what was sent is skipped, the message whose
    // claim is still young waits alone for its lease to run out.
    const handler = outboundHandler(t.ctx, new OutboundDelivery(t.ctx));
    expect(await handler(bulkOf(ids), job)).toEqual({ skipped: 3, retry: 1 });
    const own = await t.ctx.queues.outbound.getJob(`out_${stuck.id}`);
    expect(own?.data).toEqual({ messageId: stuck.id });
    // The lease ends (here: the claim is made old), and the message's own job sends it.
    await t.ctx.database.pool.query(
      `UPDATE messages SET payload = payload || jsonb_build_object('claimedAt', $2::text) WHERE id = $1`,
      [stuck.id, new Date(Date.now() - t.ctx.env.OUTBOUND_SEND_LEASE_MS - 1000).toISOString()],
    );
    expect(await handler(own!.data as JobData<"outbound">, job)).toBe("sent");
    expect(sendsTo(queued.map((q) => q.openid))).toEqual([1, 1, 1, 1]);
    expect(await statuses(ids)).toEqual(["sent", "sent", "sent", "sent"]);
  });

  it("after Redis loses its data, the sweep re-creates the sends a bulk job carried; each is sent once", async () => {
    const queued = await queuedReplies(3);
    const ids = queued.map((q) => q.id);
    await waitFor(
      async () => (await t.ctx.relay.drain()) >= 0 && (await pendingOutbox()) === 0,
      15_000,
      "relayed",
    );
    // While the bulk job waits, its messages' work is present: nothing to re-create.
    expect((await sweepStuckWork(t.ctx)).outbound).toBe(0);

    await loseRedisData(t);
    expect((await sweepStuckWork(t.ctx)).outbound).toBe(3);
    const workers = channelWorkers(t.ctx);
    try {
      t.ctx.relay.kick();
      await waitFor(async () => (await statuses(ids)).every((s) => s === "sent"), 30_000, "all three sent");
    } finally {
      await Promise.all(workers.map((w) => w.close()));
    }
    expect(sendsTo(queued.map((q) => q.openid))).toEqual([1, 1, 1]);
    expect((await sweepStuckWork(t.ctx)).outbound).toBe(0);
  });

  it("a send whose sent mark fails once (its connection cut) is still marked sent, once, not left sending until the lease runs out", async () => {
    const [queued] = await queuedReplies(1);
    const id = queued!.id;
    // The send reaches WeChat and is held there; meanwhile another session locks the row, so the
    // mark that follows the answer waits on that lock, and its connection is then cut.
    api.state.acceptWithoutAnswer = 1;
    const handler = outboundHandler(t.ctx, new OutboundDelivery(t.ctx));
    const delivered = handler({ messageId: id }, job);
    await waitFor(async () => sendsTo([queued!.openid])[0] === 1, 10_000, "the send at WeChat");
    const locker = await t.ctx.database.pool.connect();
    try {
      await locker.query("BEGIN");
      await locker.query("SELECT id FROM messages WHERE id = $1 FOR UPDATE", [id]);
      api.releaseHeld();
      // Read outside the locking transaction: inside it, pg_stat_activity keeps its first snapshot.
      const waiting = async () =>
        (
          await t.ctx.database.pool.query<{ pid: number }>(
            `SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%processed_at = x.at%'`,
          )
        ).rows;
      await waitFor(async () => (await waiting()).length === 1, 10_000, "the mark waiting on the lock");
      const [mark] = await waiting();
      await t.ctx.database.pool.query("SELECT pg_terminate_backend($1)", [mark!.pid]);
    } finally {
      await locker.query("ROLLBACK");
      locker.release();
    }
    expect(await delivered).toBe("sent");
    expect(await statuses([id])).toEqual(["sent"]);
    expect(sendsTo([queued!.openid])).toEqual([1]);
  });
});

async function pendingOutbox(): Promise<number> {
  const { rows } = await t.ctx.database.pool.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL",
  );
  return rows[0]!.n;
}
