import type { Queue } from "bullmq";
import type { Redis } from "ioredis";

export interface JobPresence {
  /** Redis holds the job (in any state). */
  exists: boolean;
  /** The job is in the queue's failed set (it used up its attempts). */
  failed: boolean;
}

/**
 * Where each of `jobIds` stands in Redis, read in one pipelined round trip however many there are
 * (a per-id `getJob` costs a round trip each: thousands in a sweep after a long outage). A job
 * exists while its hash does, which is what `Queue.getJob` itself reads; it has failed while it
 * sits in the queue's failed set.
 */
export async function jobPresence(
  /** The connection the queue was built on (queue-set.ts shares one). */
  redis: Redis,
  queue: Queue,
  jobIds: readonly string[],
): Promise<JobPresence[]> {
  if (jobIds.length === 0) return [];
  const failedKey = queue.toKey("failed");
  const pipeline = redis.pipeline();
  for (const id of jobIds) {
    pipeline.exists(queue.toKey(id));
    pipeline.zscore(failedKey, id);
  }
  const replies = (await pipeline.exec()) ?? [];
  return jobIds.map((id, i) => {
    const [existsError, exists] = replies[2 * i] ?? [new Error("no reply")];
    const [failedError, score] = replies[2 * i + 1] ?? [new Error("no reply")];
    const error = existsError ?? failedError;
    if (error) throw new Error(`Redis lookup of job ${id} failed: ${error.message}`);
    return { exists: exists === 1, failed: score !== null };
  });
}
