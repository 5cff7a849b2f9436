import { UnrecoverableError, Worker, type Job, type WorkerOptions } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { QUEUES, type JobData, type QueueName } from "./queues.js";
import { instrumentWorker } from "./job-metrics.js";

export type JobHandler<Q extends QueueName> = (data: JobData<Q>, job: Job) => Promise<unknown>;

export interface StartWorkerOptions {
  connection: Redis;
  prefix: string;
  log: Logger;
  concurrency?: number;
  /** Extra BullMQ options (tests shorten lock durations, for instance). */
  workerOptions?: Partial<WorkerOptions>;
}

/**
 * A BullMQ worker whose job data is re-validated with the queue's schema: bad data fails the job
 * at once (UnrecoverableError) instead of retrying something that can never succeed.
 */
export function startWorker<Q extends QueueName>(
  queue: Q,
  handler: JobHandler<Q>,
  opts: StartWorkerOptions,
): Worker {
  const log = opts.log.child({ queue });
  const worker = new Worker(
    queue,
    async (job) => {
      const parsed = QUEUES[queue].safeParse(job.data);
      if (!parsed.success)
        throw new UnrecoverableError(`invalid job data for ${queue}: ${parsed.error.issues[0]?.message}`);
      return handler(parsed.data as JobData<Q>, job);
    },
    {
      connection: opts.connection,
      prefix: opts.prefix,
      concurrency: opts.concurrency ?? 4,
      ...opts.workerOptions,
    },
  );
  worker.on("failed", (job, err) =>
    log.warn({ jobId: job?.id, attempts: job?.attemptsMade, err: err.message }, "job failed"),
  );
  // Connection errors are retried by ioredis; log them instead of crashing the process.
  worker.on("error", (err) => log.warn({ err: err.message }, "worker error"));
  instrumentWorker(worker, queue);
  return worker;
}
