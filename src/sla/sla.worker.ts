import type { Worker } from "bullmq";
import { runDigest } from "../reports/daily-digest.js";
import { startWorker } from "../queue/worker.js";
import type { AppContext, WorkerFactory } from "../runtime/context.js";
import { pruneIdempotencyKeys } from "../tickets/idempotency-key-retention.js";
import { evaluateTicket, sweepLights } from "./evaluate.js";

/**
 * Registers the repeatable jobs in Redis: the SLA sweep and the daily digest. Idempotent; re-run
 * periodically by the SLA worker so a Redis flush does not silence the sweep until the next restart.
 */
export async function ensureSchedulers(ctx: AppContext): Promise<void> {
  await ctx.queues.sla.upsertJobScheduler(
    "sla-sweep",
    { every: ctx.env.SLA_SWEEP_EVERY_MS },
    { name: "sweep", data: { sweep: true } },
  );
  await ctx.queues.sla.upsertJobScheduler(
    "daily-digest",
    { pattern: ctx.env.DIGEST_CRON, tz: ctx.config.jurisdiction.timezone },
    { name: "digest", data: { digest: true } },
  );
}

/** The sla queue's consumer: scheduled light checks, the periodic sweep and the daily digest. */
export async function slaWorkers(ctx: AppContext): Promise<Worker[]> {
  const sla = startWorker(
    "sla",
    async (data) => {
      if (data.sweep) {
        // Housekeeping rides on the sweep, which runs in every worker deployment.
        await pruneIdempotencyKeys(ctx.database.db, ctx.env.IDEMPOTENCY_KEY_RETENTION_HOURS, ctx.now());
        return sweepLights(ctx);
      }
      if (data.digest) return (await runDigest(ctx)).day;
      if (data.ticketId) return (await evaluateTicket(ctx, data.ticketId))?.light ?? "none";
      return "nothing to do";
    },
    { connection: ctx.redis, prefix: ctx.env.QUEUE_PREFIX, log: ctx.log, concurrency: 2 },
  );
  await ensureSchedulers(ctx);
  const guard = setInterval(() => {
    ensureSchedulers(ctx).catch((err: unknown) =>
      ctx.log.warn({ err }, "cannot register SLA schedulers; will retry"),
    );
  }, ctx.env.SLA_SWEEP_EVERY_MS);
  guard.unref();
  // Redis came back (possibly empty): register again at once rather than at the next interval.
  const onReady = () => void ensureSchedulers(ctx).catch(() => {});
  ctx.redis.on("ready", onReady);
  sla.on("closed", () => {
    clearInterval(guard);
    ctx.redis.off("ready", onReady);
  });
  return [sla];
}

export const slaWorkerFactory: WorkerFactory = (ctx) => slaWorkers(ctx);
