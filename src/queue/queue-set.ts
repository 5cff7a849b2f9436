import { Queue, type JobsOptions } from "bullmq";
import type { Redis } from "ioredis";
import { QUEUE_NAMES, type QueueName } from "./queues.js";

/**
 * Retries with BullMQ's exponential backoff (1 s, 2 s, 4 s … 2 min by the 8th attempt) and its
 * built-in jitter: each delay is drawn from the upper half of its step, so a burst of failures
 * (a gateway down for a minute) does not come back as one stampede.
 */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: "exponential", delay: 1000, jitter: 0.5 },
  removeOnComplete: { age: 24 * 3600, count: 5000 },
  removeOnFail: { age: 14 * 24 * 3600 },
};

export type QueueSet = Record<QueueName, Queue> & { close(): Promise<void> };

/** One BullMQ Queue per name, sharing a connection, all under the deployment's prefix. */
export function createQueueSet(connection: Redis, prefix: string): QueueSet {
  const queues = Object.fromEntries(
    QUEUE_NAMES.map((name) => [
      name,
      new Queue(name, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS }),
    ]),
  ) as Record<QueueName, Queue>;
  const all = Object.values(queues);
  return Object.assign(queues, {
    close: async () => {
      await Promise.all(all.map((q) => q.close()));
    },
  });
}
