import { Queue, type JobsOptions } from "bullmq";
import type { Redis } from "ioredis";
import { QUEUE_NAMES, type QueueName } from "./queues.js";

/** Retries with exponential backoff; BullMQ adds no jitter itself, so the worker's backoff strategy does. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: "jitter" },
  removeOnComplete: { age: 24 * 3600, count: 5000 },
  removeOnFail: { age: 14 * 24 * 3600 },
};

/** Exponential backoff (1 s, 2 s, 4 s … capped at 5 min) with ±25 % jitter so retries don't stampede. */
export function jitterBackoff(attemptsMade: number): number {
  const base = Math.min(1000 * 2 ** Math.max(0, attemptsMade - 1), 300_000);
  return Math.round(base * (0.75 + Math.random() * 0.5));
}

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
