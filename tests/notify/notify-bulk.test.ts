import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Job } from "bullmq";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { notifyHandler, queueUnitNotification } from "../../src/notify/notifications.js";
import { defaultDutySenders, defaultUnitNotifier, notifyWorkers } from "../../src/notify/notify.worker.js";
import type { JobData } from "../../src/queue/queues.js";
import { sweepStuckWork } from "../../src/queue/recovery-sweep.js";
import { loseRedisData } from "../support/redis-loss.js";
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
});
