import type { Worker } from "bullmq";
import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import {
  hotlineCalls,
  mediaAttachments,
  messages,
  notifications,
  outbox,
  tickets,
} from "../db/schema/index.js";
import type { AppContext } from "../runtime/context.js";
import { QUEUES, jobId, type JobData, type QueueName } from "./queues.js";
import { keepScheduler } from "./keep-scheduler.js";
import { startWorker } from "./worker.js";
import { hotlineJob } from "../channels-runtime/hotline-feed.js";

/** Rows looked at per stage and sweep: a backlog is worked off over several sweeps. */
const BATCH = 500;
const SCHEDULER_ID = "recovery-sweep";
const MEDIA_LIFETIME_MS = 3 * 24 * 3600 * 1000;

export interface RecoveryCounts {
  intake: number;
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
    intake: 0,
    route: 0,
    notify: 0,
    outbound: 0,
    reclaimed: 0,
    hotline: 0,
    media: 0,
  };

  counts.reclaimed = await reclaimAbandonedSends(ctx);

  const inbound = await db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.direction, "in"), eq(messages.status, "received")))
    .orderBy(asc(messages.id))
    .limit(BATCH);
  counts.intake = await requeueMissing(
    ctx,
    inbound.map((m) => ({ queue: "intake", data: { messageId: m.id }, jobId: jobId("in", m.id) })),
  );

  const unrouted = await db
    .select({ id: tickets.id, round: tickets.round })
    .from(tickets)
    .where(
      and(
        inArray(tickets.status, ["received", "reopened"]),
        eq(tickets.triage, false),
        isNull(tickets.mergedIntoId),
      ),
    )
    .limit(BATCH);
  counts.route = await requeueMissing(
    ctx,
    unrouted.map((t) => ({
      queue: "route",
      data: { ticketId: t.id, round: t.round },
      jobId: jobId("route", t.id, t.round),
    })),
  );

  const queuedNotices = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(eq(notifications.status, "queued"))
    .orderBy(asc(notifications.id))
    .limit(BATCH);
  counts.notify = await requeueMissing(
    ctx,
    queuedNotices.map((n) => ({
      queue: "notify",
      data: { notificationId: n.id },
      jobId: jobId("ntf", n.id),
    })),
  );

  const unsent = await db
    .select({ id: messages.id, sendAfter: messages.sendAfter, payload: messages.payload })
    .from(messages)
    .where(and(eq(messages.direction, "out"), eq(messages.status, "queued")))
    .orderBy(asc(messages.id))
    .limit(BATCH);
  counts.outbound = await requeueMissing(
    ctx,
    unsent.map((m) => ({
      queue: "outbound",
      data: { messageId: m.id },
      jobId: outboundJobId(m.id, m.payload),
      runAt: m.sendAfter,
    })),
  );

  const openCalls = await db
    .select({
      callId: hotlineCalls.callId,
      endedAt: hotlineCalls.endedAt,
      lastEventAt: hotlineCalls.lastEventAt,
    })
    .from(hotlineCalls)
    .where(isNull(hotlineCalls.assembledAt))
    .limit(BATCH);
  const timing = {
    silenceSeconds: ctx.env.HOTLINE_SILENCE_SECONDS,
    endGraceMs: ctx.env.HOTLINE_END_GRACE_MS,
  };
  counts.hotline = await requeueMissing(
    ctx,
    // The same job the feed gave the call's last event: assembly after the grace or the silence.
    openCalls.map((c) => ({
      queue: "hotline-call",
      data: { callId: c.callId },
      ...hotlineJob(c.callId, { endedAt: c.endedAt }, c.lastEventAt, timing),
    })),
  );

  // WeChat keeps media three days; older ones cannot be fetched any more, so are not retried.
  const mediaSince = new Date(ctx.now().getTime() - MEDIA_LIFETIME_MS);
  const unfetched = await db
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
      ),
    )
    .orderBy(asc(messages.id))
    .limit(BATCH);
  // A download that used up its retries during a long outage stays failed in Redis; WeChat still
  // keeps the file, so it is tried again, once per sweep, until the three days are over.
  for (const m of unfetched) {
    const job = await ctx.queues.media.getJob(jobId("media", m.id));
    if (job && (await job.isFailed())) await job.remove();
  }
  counts.media = await requeueMissing(
    ctx,
    unfetched.map((m) => ({ queue: "media", data: { messageId: m.id }, jobId: jobId("media", m.id) })),
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

/** Hands to the relay every job of `pending` that Redis does not know; returns how many. */
async function requeueMissing(ctx: AppContext, pending: Pending<QueueName>[]): Promise<number> {
  let n = 0;
  for (const p of pending) {
    if (await ctx.queues[p.queue].getJob(p.jobId)) continue;
    const payload = QUEUES[p.queue].parse(p.data) as Record<string, unknown>;
    // Same (queue, jobId) as the original outbox row: set it pending again rather than add a second.
    await ctx.database.db
      .insert(outbox)
      .values({ queue: p.queue, jobName: p.queue, jobId: p.jobId, payload, runAt: p.runAt ?? null })
      .onConflictDoUpdate({
        target: [outbox.queue, outbox.jobId],
        set: { relayedAt: null, runAt: p.runAt ?? null },
        setWhere: isNotNull(outbox.relayedAt),
      });
    n++;
  }
  return n;
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
