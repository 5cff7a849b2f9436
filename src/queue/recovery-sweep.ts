import type { Worker } from "bullmq";
import { and, asc, eq, gt, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import {
  hotlineCalls,
  mediaAttachments,
  messages,
  notifications,
  outbox,
  tickets,
} from "../db/schema/index.js";
import type { AppContext } from "../runtime/context.js";
import { BULK_JOBS, QUEUES, jobId, type JobData, type QueueName } from "./queues.js";
import { jobPresence, liveBulkMembers } from "./job-presence.js";
import { keepScheduler } from "./keep-scheduler.js";
import { startWorker } from "./worker.js";
import { hotlineJob } from "../channels-runtime/hotline-feed.js";

/**
 * Rows read per page: each page costs one query, one pipelined Redis lookup and at most one insert,
 * so a sweep over thousands of rows is a handful of round trips.
 */
const PAGE = 1000;
/**
 * Rows looked at per stage and sweep. Pages go on past rows whose job is alive, so a long queue of
 * waiting work does not hide a lost job behind it; a larger backlog is worked off over several sweeps.
 */
const MAX_ROWS_PER_STAGE = 20_000;
const SCHEDULER_ID = "recovery-sweep";
const MEDIA_LIFETIME_MS = 3 * 24 * 3600 * 1000;

export interface RecoveryCounts {
  route: number;
  notify: number;
  outbound: number;
  /** Outbound messages left `sending` past the lease by a dead worker, put back to `queued`. */
  reclaimed: number;
  hotline: number;
  /** Residents' photos and voice not yet downloaded while the provider still keeps them. */
  media: number;
}

interface Pending<Q extends QueueName> {
  queue: Q;
  data: JobData<Q>;
  jobId: string;
  runAt?: Date | null;
}

/**
 * Redis holds work in flight, PostgreSQL the truth. When Redis loses its data (a restart without
 * persistence, a FLUSHALL, a failover to an empty replica) the outbox rows were already relayed and
 * every stage's job is gone. This sweep finds each stage's unfinished rows in PostgreSQL and, for those
 * whose job no longer exists in Redis, hands the job to the outbox relay again under the same jobId:
 * a job that still exists is never doubled, and every handler is idempotent anyway.
 */
export async function sweepStuckWork(ctx: AppContext): Promise<RecoveryCounts> {
  const db = ctx.database.db;
  const counts: RecoveryCounts = {
    route: 0,
    notify: 0,
    outbound: 0,
    reclaimed: 0,
    hotline: 0,
    media: 0,
  };

  counts.reclaimed = await reclaimAbandonedSends(ctx);

  // Intake has nothing here: its worker claims received messages from PostgreSQL and polls, so no
  // job of it can be lost.

  counts.route = await sweepPages(
    ctx,
    "route",
    (after) =>
      db
        .select({ id: tickets.id, round: tickets.round })
        .from(tickets)
        .where(
          and(
            inArray(tickets.status, ["received", "reopened"]),
            eq(tickets.triage, false),
            isNull(tickets.mergedIntoId),
            after(tickets.id),
          ),
        )
        .orderBy(asc(tickets.id))
        .limit(PAGE),
    (t) => ({ data: { ticketId: t.id, round: t.round }, jobId: jobId("route", t.id, t.round) }),
  );

  counts.notify = await sweepPages(
    ctx,
    "notify",
    (after) =>
      db
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(eq(notifications.status, "queued"), after(notifications.id)))
        .orderBy(asc(notifications.id))
        .limit(PAGE),
    (n) => ({ data: { notificationId: n.id }, jobId: jobId("ntf", n.id) }),
  );

  counts.outbound = await sweepPages(
    ctx,
    "outbound",
    (after) =>
      db
        .select({ id: messages.id, sendAfter: messages.sendAfter, payload: messages.payload })
        .from(messages)
        .where(and(eq(messages.direction, "out"), eq(messages.status, "queued"), after(messages.id)))
        .orderBy(asc(messages.id))
        .limit(PAGE),
    (m) => ({ data: { messageId: m.id }, jobId: outboundJobId(m.id, m.payload), runAt: m.sendAfter }),
  );

  const timing = {
    silenceSeconds: ctx.env.HOTLINE_SILENCE_SECONDS,
    endGraceMs: ctx.env.HOTLINE_END_GRACE_MS,
  };
  counts.hotline = await sweepPages(
    ctx,
    "hotline-call",
    (after) =>
      db
        .select({
          id: hotlineCalls.callId,
          endedAt: hotlineCalls.endedAt,
          lastEventAt: hotlineCalls.lastEventAt,
        })
        .from(hotlineCalls)
        .where(and(isNull(hotlineCalls.assembledAt), after(hotlineCalls.callId)))
        .orderBy(asc(hotlineCalls.callId))
        .limit(PAGE),
    // The same job the feed gave the call's last event: assembly after the grace or the silence.
    (c) => ({
      data: { callId: c.id },
      ...hotlineJob(c.id, { endedAt: c.endedAt }, c.lastEventAt, timing),
    }),
  );

  // WeChat keeps media three days; older ones cannot be fetched any more, so are not retried.
  const mediaSince = new Date(ctx.now().getTime() - MEDIA_LIFETIME_MS);
  counts.media = await sweepPages(
    ctx,
    "media",
    (after) =>
      db
        .select({ id: messages.id })
        .from(messages)
        .where(
          and(
            eq(messages.direction, "in"),
            inArray(messages.kind, ["image", "voice"]),
            sql`(${messages.payload} ? 'mediaId' OR ${messages.payload} ? 'mediaUrl')`,
            sql`NOT ${messages.payload} ? 'mediaError'`,
            sql`${messages.createdAt} > ${mediaSince.toISOString()}::timestamptz`,
            sql`NOT EXISTS (SELECT 1 FROM ${mediaAttachments} a WHERE a.owner_type = 'message' AND a.owner_id = ${messages.id}::text)`,
            after(messages.id),
          ),
        )
        .orderBy(asc(messages.id))
        .limit(PAGE),
    (m) => ({ data: { messageId: m.id }, jobId: jobId("media", m.id) }),
    // A download that used up its retries during a long outage stays failed in Redis; WeChat still
    // keeps the file, so it is tried again, once per sweep, until the three days are over.
    { retryFailed: true },
  );

  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (total > 0) {
    ctx.log.warn({ recovered: counts }, "recovery sweep re-enqueued work whose job was missing from Redis");
    ctx.relay.kick();
  }
  return counts;
}

/**
 * The job id of an outbound message's current delivery job. A reclaimed message gets a fresh one:
 * the old job may still sit in Redis as failed or completed, and BullMQ would ignore an add under its id.
 */
export function outboundJobId(messageId: number, payload: Record<string, unknown>): string {
  const reclaims = Number(payload["reclaims"] ?? 0);
  return reclaims > 0 ? jobId("out", messageId, "reclaim", reclaims) : jobId("out", messageId);
}

/**
 * A worker killed mid-send leaves its message `sending`. Its job may be gone (Redis lost) or have
 * used up its retries while the claim was still young, so nobody would ever look at it again: after
 * the lease (wall clock, like the claim itself) it goes back to `queued` with a new delivery job.
 * At worst the resident gets it twice, never zero times.
 */
async function reclaimAbandonedSends(ctx: AppContext): Promise<number> {
  const abandonedBefore = new Date(Date.now() - ctx.env.OUTBOUND_SEND_LEASE_MS);
  const rows = await ctx.database.db
    .update(messages)
    .set({
      status: "queued",
      payload: sql`(${messages.payload} - 'claimedAt') || jsonb_build_object('reclaims', coalesce((${messages.payload}->>'reclaims')::int, 0) + 1)`,
    })
    .where(
      and(
        eq(messages.direction, "out"),
        eq(messages.status, "sending"),
        sql`coalesce((${messages.payload}->>'claimedAt')::timestamptz, 'epoch') < ${abandonedBefore.toISOString()}::timestamptz`,
      ),
    )
    .returning({ id: messages.id, payload: messages.payload, sendAfter: messages.sendAfter });
  // Their new jobs are added by the `queued` pass that follows (the new id is missing by definition).
  if (rows.length > 0)
    ctx.log.warn(
      { messages: rows.map((r) => r.id) },
      "outbound messages abandoned mid-send put back to queued",
    );
  return rows.length;
}

type PendingJob<Q extends QueueName> = Omit<Pending<Q>, "queue">;

/**
 * Reads one stage's unfinished rows page by page (keyset on `id`) and hands each page's missing
 * jobs to the relay; returns how many were missing.
 */
async function sweepPages<Q extends QueueName, Row extends { id: number | string }>(
  ctx: AppContext,
  queue: Q,
  page: (after: (column: Parameters<typeof gt>[0]) => SQL | undefined) => Promise<Row[]>,
  toJob: (row: Row) => PendingJob<Q>,
  options: { retryFailed?: boolean } = {},
): Promise<number> {
  let last: Row["id"] | null = null;
  let missing = 0;
  for (let seen = 0; seen < MAX_ROWS_PER_STAGE;) {
    const from = last;
    const rows = await page((column) => (from === null ? undefined : gt(column, from)));
    if (rows.length === 0) break;
    missing += await requeueMissing(
      ctx,
      queue,
      rows.map((r) => toJob(r)),
      options,
    );
    seen += rows.length;
    last = rows[rows.length - 1]!.id;
    if (rows.length < PAGE) break;
  }
  return missing;
}

/**
 * Hands to the relay every job of `pending` that Redis does not know (with `retryFailed`, also
 * those that used up their attempts, removed first); returns how many. One pipelined lookup and
 * one insert, whatever the number.
 */
async function requeueMissing<Q extends QueueName>(
  ctx: AppContext,
  queue: Q,
  pending: PendingJob<Q>[],
  options: { retryFailed?: boolean } = {},
): Promise<number> {
  const presence = await jobPresence(
    ctx.redis,
    ctx.queues[queue],
    pending.map((p) => p.jobId),
  );
  const failed = options.retryFailed ? pending.filter((_, i) => presence[i]!.failed) : [];
  // Sent together: the connection pipelines them, so this is one round trip too.
  await Promise.all(failed.map((p) => ctx.queues[queue].remove(p.jobId)));
  let missing = pending.filter((p, i) => !presence[i]!.exists || failed.includes(p));
  // A job the relay handed over inside a bulk job is present while that bulk job will still run.
  const bulk = BULK_JOBS[queue];
  if (bulk && missing.length > 0) {
    const carried = await liveBulkMembers(ctx.redis, ctx.queues[queue], bulk.name);
    missing = missing.filter((p) => !carried.has(p.jobId));
  }
  if (missing.length === 0) return 0;
  // Same (queue, jobId) as the original outbox row: set it pending again rather than add a second.
  await ctx.database.db
    .insert(outbox)
    .values(
      missing.map((p) => ({
        queue,
        jobName: queue,
        jobId: p.jobId,
        payload: QUEUES[queue].parse(p.data) as Record<string, unknown>,
        runAt: p.runAt ?? null,
      })),
    )
    .onConflictDoUpdate({
      target: [outbox.queue, outbox.jobId],
      set: { relayedAt: null, runAt: sql`excluded.run_at` },
      setWhere: isNotNull(outbox.relayedAt),
    });
  return missing.length;
}

/**
 * The sweep's worker; the sweep is a job scheduler, so one runs per interval for the whole
 * deployment however many worker processes run (see keepScheduler for Redis losing it).
 */
export async function recoveryWorkers(ctx: AppContext): Promise<Worker[]> {
  const worker = startWorker("recovery", async () => sweepStuckWork(ctx), {
    connection: ctx.redis,
    prefix: ctx.env.QUEUE_PREFIX,
    log: ctx.log,
    concurrency: 1,
  });
  await keepScheduler(
    ctx,
    "recovery",
    SCHEDULER_ID,
    ctx.env.RECOVERY_SWEEP_EVERY_MS,
    { name: "sweep", data: { sweep: true } },
    worker,
  );
  return [worker];
}
