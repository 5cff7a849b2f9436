import type { Worker } from "bullmq";
import type { AppContext } from "../runtime/context.js";
import { QUEUES, type JobData, type QueueName } from "./queues.js";

/**
 * Registers a periodic job (a BullMQ job scheduler: one job per interval for the whole deployment)
 * and keeps it registered. The scheduler lives in Redis, so Redis losing its data would silence the
 * sweep until the next restart: it is registered again (an idempotent upsert) every `every` ms and
 * whenever the Redis connection is back, until `owner` closes.
 */
export async function keepScheduler<Q extends QueueName>(
  ctx: AppContext,
  queue: Q,
  schedulerId: string,
  every: number,
  job: { name: string; data: JobData<Q> },
  owner: Worker,
): Promise<void> {
  const data = QUEUES[queue].parse(job.data) as Record<string, unknown>;
  const ensure = () =>
    ctx.queues[queue]
      .upsertJobScheduler(schedulerId, { every }, { name: job.name, data })
      .then(() => undefined)
      .catch((err: unknown) =>
        ctx.log.warn({ err, schedulerId }, "cannot register a periodic job; will retry"),
      );
  await ensure();
  const guard = setInterval(() => void ensure(), every);
  guard.unref();
  const onReady = () => void ensure();
  ctx.redis.on("ready", onReady);
  owner.on("closed", () => {
    clearInterval(guard);
    ctx.redis.off("ready", onReady);
  });
}
