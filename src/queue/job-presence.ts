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

/** The states of a job that will still run (or is running). */
const LIVE: ("active" | "wait" | "delayed" | "prioritized" | "paused" | "waiting-children")[] = [
  "active",
  "wait",
  "delayed",
  "prioritized",
  "paused",
  "waiting-children",
];

/**
 * The member job ids carried by the queue's bulk jobs (named `name`, see BULK_JOBS) that will
 * still run: a member is present in Redis as long as its bulk job is. Only bulk jobs' data is read
 * (their ids start with the name), in one pipelined round trip after the id listing.
 */
export async function liveBulkMembers(redis: Redis, queue: Queue, name: string): Promise<Set<string>> {
  const ids = (await queue.getRanges(LIVE, 0, -1)).filter((id) => id.startsWith(`${name}_`));
  const members = new Set<string>();
  if (ids.length === 0) return members;
  const pipeline = redis.pipeline();
  for (const id of ids) pipeline.hget(queue.toKey(id), "data");
  for (const [err, raw] of (await pipeline.exec()) ?? []) {
    if (err) throw new Error(`Redis lookup of a bulk job failed: ${err.message}`);
    // Gone meanwhile (finished and removed): its members are not present any more.
    if (typeof raw !== "string") continue;
    const data = JSON.parse(raw) as { bulk?: { jobId: string }[] };
    for (const m of data.bulk ?? []) members.add(m.jobId);
  }
  return members;
}
