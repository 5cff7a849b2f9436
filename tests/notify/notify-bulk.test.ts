import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Job } from "bullmq";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { notifyHandler, queueUnitNotification } from "../../src/notify/notifications.js";
import { NOTIFICATION_STATEMENTS, NotificationStatements } from "../../src/notify/notification-statements.js";
import { defaultDutySenders, defaultUnitNotifier, notifyWorkers } from "../../src/notify/notify.worker.js";
import type { JobData } from "../../src/queue/queues.js";
import { sweepStuckWork } from "../../src/queue/recovery-sweep.js";
import { loseRedisData } from "../support/redis-loss.js";
import { countStatements } from "../support/statement-counter.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { waitFor } from "../support/wait-for.js";

/**
 * A local SMS gateway speaking the generic protocol (the channels' real generic SMS provider runs).
 * Numbers in `busy` answer 503 (a retryable failure).
 */
const sent: string[] = [];
const busy = new Set<string>();
const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { to: string };
    res.setHeader("content-type", "application/json");
    if (busy.has(body.to)) return res.writeHead(503).end(JSON.stringify({ error: { code: "BUSY" } }));
    sent.push(body.to);
    res.writeHead(200).end(JSON.stringify({ messageId: `sms-${sent.length}` }));
  });
});

const clock = testClock("2026-11-23T02:00:00Z");
let t: TestEnv;

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  t = await createTestEnv({
    clock,
    env: {
      SMS_PROVIDER: "generic",
      GENERIC_SMS_SEND_URL: `http://127.0.0.1:${port}/send`,
      GENERIC_SMS_SECRET: "unit-sms-gateway-secret",
      NOTIFY_MAX_ATTEMPTS: "3",
    },
  });
});
afterAll(async () => {
  await t.close();
  server.close();
});
afterEach(async () => {
  busy.clear();
  await t.ctx.queues.notify.drain(true);
});

/** Units of the shipped jurisdiction and their duty phones. */
const UNITS = [
  ["community.luxi", "13800000011"],
  ["community.xisheng", "13800000012"],
  ["community.shuikujie", "13800000013"],
  ["community.taonan", "13800000022"],
] as const;

let nextKey = 1;
/** A queued notice to each unit (rows and outbox rows, as routing writes them); their ids. */
async function queued(units: readonly (readonly [string, string])[]): Promise<number[]> {
  const ids: number[] = [];
  for (const [unitId] of units) {
    const id = await t.ctx.database.db.transaction((tx) =>
      queueUnitNotification(tx, {
        unitId,
        purpose: "dispatch",
        text: "【智通】新工单，请及时处理。",
        params: { ref: "TEST" },
        dedupeKey: `bulk-test-${nextKey++}`,
        now: t.ctx.now(),
      }),
    );
    ids.push(id!);
  }
  return ids;
}

const handler = () =>
  notifyHandler(t.ctx, {
    notifier: defaultUnitNotifier(t.ctx),
    dutySenders: defaultDutySenders(t.ctx),
    maxAttempts: 3,
  });
const bulkOf = (ids: number[]): JobData<"notify"> => ({
  bulk: ids.map((id) => ({ jobId: `ntf_${id}`, data: { notificationId: id } })),
});
const job = {} as Job;
const sendsTo = (phones: readonly string[]) => phones.map((p) => sent.filter((s) => s === p).length);

async function statuses(ids: number[]): Promise<string[]> {
  const { rows } = await t.ctx.database.pool.query<{ id: string; status: string }>(
    "SELECT id, status FROM notifications WHERE id = ANY($1::bigint[])",
    [ids],
  );
  return ids.map((id) => rows.find((r) => Number(r.id) === id)!.status);
}

async function pendingOutbox(): Promise<number> {
  const { rows } = await t.ctx.database.pool.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL",
  );
  return rows[0]!.n;
}

describe("unit notices carried by one bulk job", () => {
  it("the relay hands several notices over as one job; each unit is notified once, and the job run again notifies nobody", async () => {
    sent.length = 0;
    const ids = await queued(UNITS);
    await waitFor(
      async () => (await t.ctx.relay.drain()) >= 0 && (await pendingOutbox()) === 0,
      15_000,
      "relayed",
    );
    const jobs = await t.ctx.queues.notify.getJobs(["wait", "delayed", "prioritized"]);
    expect(jobs.some((j) => j.name === "notify-bulk")).toBe(true);
    const carried = jobs.flatMap((j) => {
      const data = j.data as JobData<"notify">;
      return "bulk" in data ? data.bulk.map((m) => m.data.notificationId) : [data.notificationId];
    });
    expect(carried.sort()).toEqual([...ids].sort());

    expect(await handler()(bulkOf(ids), job)).toEqual({ sent: 4 });
    expect(await handler()(bulkOf(ids), job)).toEqual({ skipped: 4 });
    expect(sendsTo(UNITS.map(([, p]) => p))).toEqual([1, 1, 1, 1]);
    expect(await statuses(ids)).toEqual(["sent", "sent", "sent", "sent"]);
  });

  it("a notice that fails goes back to the queue alone, as its own job (its attempt counted); the others are sent once", async () => {
    sent.length = 0;
    const ids = await queued(UNITS);
    busy.add("13800000013");
    expect(await handler()(bulkOf(ids), job)).toEqual({ sent: 3, retried: 1 });
    const failing = ids[2]!;
    const { rows } = await t.ctx.database.pool.query<{ status: string; attempts: number }>(
      "SELECT status, attempts FROM notifications WHERE id = $1",
      [failing],
    );
    expect(rows[0]).toEqual({ status: "queued", attempts: 1 });
    const own = await t.ctx.queues.notify.getJob(`ntf_${failing}`);
    expect(own?.data).toEqual({ notificationId: failing });
    expect(own?.opts.attempts).toBe(8);
    expect(await own!.getState()).toBe("delayed");

    busy.clear();
    expect(await handler()(own!.data as JobData<"notify">, job)).toBe("sent");
    expect(await handler()(bulkOf(ids), job)).toEqual({ skipped: 4 });
    expect(sendsTo(UNITS.map(([, p]) => p))).toEqual([1, 1, 1, 1]);
  });

  it("after Redis loses its data, the sweep re-creates the notices a bulk job carried; each is sent once", async () => {
    sent.length = 0;
    const ids = await queued(UNITS);
    await waitFor(
      async () => (await t.ctx.relay.drain()) >= 0 && (await pendingOutbox()) === 0,
      15_000,
      "relayed",
    );
    expect((await sweepStuckWork(t.ctx)).notify).toBe(0);

    await loseRedisData(t);
    expect((await sweepStuckWork(t.ctx)).notify).toBe(4);
    const workers = notifyWorkers(t.ctx);
    try {
      t.ctx.relay.kick();
      await waitFor(async () => (await statuses(ids)).every((s) => s === "sent"), 30_000, "all four sent");
    } finally {
      await Promise.all(workers.map((w) => w.close()));
    }
    expect(sendsTo(UNITS.map(([, p]) => p))).toEqual([1, 1, 1, 1]);
    expect((await sweepStuckWork(t.ctx)).notify).toBe(0);
  });

  it("notices delivered at once share their look-up and their results' statements; each unit is notified once", async () => {
    sent.length = 0;
    const ids = await queued(UNITS);
    const counter = countStatements(t.ctx.database.pool);
    try {
      expect(await handler()(bulkOf(ids), job)).toEqual({ sent: 4 });
    } finally {
      counter.stop();
    }
    // The four look-ups start together: the first is sent at once, the other three share the next.
    const reads = counter.statements.filter((s) => s === "notifications_for_delivery").length;
    expect(reads).toBeGreaterThanOrEqual(1);
    expect(reads).toBeLessThanOrEqual(2);
    // How many results share a statement depends on when the sends finish; checked below alone.
    const results = counter.statements.filter((s) => s === "notification_results").length;
    expect(results).toBeGreaterThanOrEqual(1);
    expect(results).toBeLessThanOrEqual(4);
    expect(sendsTo(UNITS.map(([, p]) => p))).toEqual([1, 1, 1, 1]);
    const { rows } = await t.ctx.database.pool.query<{
      status: string;
      attempts: number;
      channel: string | null;
      provider_message_id: string | null;
      sent_at: Date | null;
    }>(
      "SELECT status, attempts, channel, provider_message_id, sent_at FROM notifications WHERE id = ANY($1::bigint[])",
      [ids],
    );
    for (const r of rows)
      expect(r).toMatchObject({
        status: "sent",
        attempts: 1,
        channel: expect.stringMatching(/^sms/),
        provider_message_id: expect.stringMatching(/^sms-/),
        sent_at: clock.now(),
      });
    expect(await handler()(bulkOf(ids), job)).toEqual({ skipped: 4 });
  });

  it("results written together keep each row's own outcome; a second result for a row already settled changes nothing", async () => {
    const ids = await queued(UNITS);
    const statements = new NotificationStatements(t.ctx.database.pool);
    const at = clock.now();
    const [sentId, retryId, failedId, twiceId] = ids as [number, number, number, number];
    const counter = countStatements(t.ctx.database.pool);
    try {
      await Promise.all([
        statements.record({
          id: sentId,
          sent: true,
          attempts: 1,
          at,
          channel: "sms:generic",
          providerMessageId: "p-1",
          error: null,
        }),
        statements.record({ id: retryId, sent: false, attempts: 1, at, error: "busy", final: false }),
        statements.record({ id: failedId, sent: false, attempts: 3, at, error: "refused", final: true }),
        // Two runs of one notice's job: the first result settles the row, the second finds it settled.
        statements.record({
          id: twiceId,
          sent: true,
          attempts: 1,
          at,
          channel: "sms:generic",
          providerMessageId: "p-2",
          error: "fallback",
        }),
        statements.record({ id: twiceId, sent: false, attempts: 1, at, error: "late", final: true }),
      ]);
    } finally {
      counter.stop();
    }
    // The first alone, then the rest in rounds that never hold one notice twice.
    expect(counter.statements.filter((s) => s === "notification_results").length).toBeLessThanOrEqual(3);
    const { rows } = await t.ctx.database.pool.query<Record<string, unknown>>(
      `SELECT id::float8 AS id, status, attempts, channel, provider_message_id, last_error, sent_at
        FROM notifications WHERE id = ANY($1::bigint[]) ORDER BY id`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(sentId)).toMatchObject({
      status: "sent",
      attempts: 1,
      channel: "sms:generic",
      provider_message_id: "p-1",
      last_error: null,
      sent_at: at,
    });
    expect(byId.get(retryId)).toMatchObject({
      status: "queued",
      attempts: 1,
      channel: null,
      last_error: "busy",
      sent_at: null,
    });
    expect(byId.get(failedId)).toMatchObject({
      status: "failed",
      attempts: 3,
      channel: null,
      last_error: "refused",
      sent_at: null,
    });
    expect(byId.get(twiceId)).toMatchObject({
      status: "sent",
      provider_message_id: "p-2",
      last_error: "fallback",
    });
    // The look-up finds each row as written, and nothing for an id that is not there.
    const [found, missing] = await Promise.all([statements.find(sentId), statements.find(987_654_321)]);
    expect(found?.n).toMatchObject({ id: sentId, status: "sent" });
    expect(found?.unit).toEqual({ id: UNITS[0][0], phone: UNITS[0][1] });
    expect(missing).toBeUndefined();
  });

  it("reaches notifications by index in the plans kept for the look-up and the results", async () => {
    const probes = [
      [NOTIFICATION_STATEMENTS.find.text, "'{1,2}'"],
      [
        NOTIFICATION_STATEMENTS.results.text,
        "'{1,2}', '{t,f}', '{1,1}', '{a,NULL}', '{b,NULL}', '{2026-01-01,2026-01-01}', '{NULL,x}', '{f,f}'",
      ],
    ] as const;
    for (const [text, args] of probes) {
      const client = await t.ctx.database.pool.connect();
      try {
        await client.query("BEGIN");
        await client.query("SET LOCAL plan_cache_mode = force_generic_plan");
        await client.query(`PREPARE plan_probe AS ${text}`);
        const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN EXECUTE plan_probe(${args})`);
        await client.query("ROLLBACK");
        const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
        expect(plan).toContain("Index");
        expect(plan).not.toMatch(/Seq Scan on notifications\b/);
      } finally {
        // The prepared statement and the setting go with the connection.
        client.release(true);
      }
    }
  });
});
