import { Worker } from "bullmq";
import { sql } from "drizzle-orm";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messages } from "../../src/db/schema/index.js";
import { sweepStuckWork } from "../../src/queue/recovery-sweep.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";
import { waitFor } from "../support/wait-for.js";

const clock = testClock("2026-11-21T02:00:00Z");
const PHOTOS = 1500;
const FAILED = 300;
const WAITING = 500;
let t: TestEnv;
let ids: number[];

beforeAll(async () => {
  // No media worker: the jobs stay where the test puts them.
  t = await createTestEnv({ clock });
  const rows = Array.from({ length: PHOTOS }, (_, i) => ({
    channel: "wechat",
    channelMessageId: `sweep-photo-${i}`,
    direction: "in" as const,
    kind: "image",
    status: "processed",
    payload: { mediaId: `MEDIA_${i}` },
    createdAt: new Date(clock.now().getTime() - 3600_000),
  }));
  ids = [];
  for (let i = 0; i < rows.length; i += 500) {
    const inserted = await t.ctx.database.db
      .insert(messages)
      .values(rows.slice(i, i + 500))
      .returning({ id: messages.id });
    ids.push(...inserted.map((r) => r.id));
  }
  ids.sort((a, b) => a - b);
}, 60_000);

afterAll(async () => {
  await t?.close();
});

/**
 * Round trips the sweep makes on the shared Redis connection: a command sent while none is in
 * flight starts one (a pipeline, or commands sent together, share it).
 */
function countRoundTrips(redis: Redis): { stop(): number } {
  const original = redis.sendCommand.bind(redis);
  let inFlight = 0;
  let trips = 0;
  redis.sendCommand = ((command: Parameters<Redis["sendCommand"]>[0], ...rest: unknown[]) => {
    if (inFlight === 0) trips++;
    inFlight++;
    const settle = () => void inFlight--;
    command.promise.then(settle, settle);
    return (original as (...a: unknown[]) => unknown)(command, ...rest);
  }) as Redis["sendCommand"];
  return {
    stop: () => {
      redis.sendCommand = original;
      return trips;
    },
  };
}

const jobsOf = (list: number[]) =>
  list.map((id) => ({ name: "media", data: { messageId: id }, opts: { jobId: `media_${id}` } }));

describe("the recovery sweep over thousands of photos", () => {
  it("retries failed downloads and lost jobs, leaves waiting ones alone, in a handful of Redis round trips", async () => {
    const failed = ids.slice(0, FAILED);
    const waiting = ids.slice(FAILED, FAILED + WAITING);
    const lost = ids.slice(FAILED + WAITING);
    // A long outage: the first downloads used up their attempts (a real worker, the provider down).
    await t.ctx.queues.media.addBulk(jobsOf(failed).map((j) => ({ ...j, opts: { ...j.opts, attempts: 1 } })));
    const connection = t.ctx.redis.duplicate();
    const down = new Worker(
      "media",
      async () => {
        throw new Error("media API unavailable");
      },
      { connection, prefix: t.ctx.env.QUEUE_PREFIX, concurrency: 50 },
    );
    await waitFor(
      async () => ((await t.ctx.queues.media.getFailedCount()) === FAILED ? true : null),
      60_000,
      "the failed downloads",
    );
    await down.close();
    connection.disconnect();
    // Work still in the queue, and the rest whose jobs Redis lost.
    await t.ctx.queues.media.addBulk(jobsOf(waiting));

    const trips = countRoundTrips(t.ctx.redis);
    const counts = await sweepStuckWork(t.ctx);
    const roundTrips = trips.stop();
    expect(counts.media).toBe(FAILED + lost.length);
    // Per-photo lookups would be thousands; one pipelined lookup per page plus the removals.
    expect(roundTrips).toBeLessThan(20);

    await t.ctx.relay.drain();
    expect(await t.ctx.queues.media.getFailedCount()).toBe(0);
    expect(await t.ctx.queues.media.getWaitingCount()).toBe(PHOTOS);
    const outboxRows = await t.ctx.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM outbox WHERE queue = 'media' AND relayed_at IS NOT NULL`,
    );
    expect(outboxRows.rows[0]!.n).toBe(FAILED + lost.length);
    // Every job under its message's id, once.
    const jobs = await t.ctx.queues.media.getJobs(["waiting"], 0, PHOTOS);
    expect(new Set(jobs.map((j) => j.id)).size).toBe(PHOTOS);
  }, 120_000);

  it("finds nothing missing on the next sweep", async () => {
    expect(await sweepStuckWork(t.ctx)).toMatchObject({ media: 0 });
  });
});
