import type { Queue } from "bullmq";
import type { BulkMember } from "./queues.js";

/** A member of a bulk job that failed is retried as a job of its own after this (BullMQ's first backoff step). */
export const MEMBER_RETRY_DELAY_MS = 1000;

/**
 * Runs `run` for every member of a bulk job, at most `limit` at once and started in member order
 * (the relay's id order), and returns each member's outcome in member order. A member that throws
 * does not stop the others: the caller sends it back to the queue as its own job.
 */
export async function settleMembers<T, R>(
  members: readonly BulkMember<T>[],
  limit: number,
  run: (data: T) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const settled: PromiseSettledResult<R>[] = new Array(members.length);
  let next = 0;
  const lane = async () => {
    while (next < members.length) {
      const i = next++;
      try {
        settled[i] = { status: "fulfilled", value: await run(members[i]!.data) };
      } catch (reason) {
        settled[i] = { status: "rejected", reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, members.length)) }, lane));
  return settled;
}

/**
 * Sends members of a bulk job back to the queue alone, each as the job it would have been on its
 * own (its own id, its own attempts and backoff), after `delay` (default MEMBER_RETRY_DELAY_MS).
 * If this add fails, the bulk job fails and runs again: each member's row is its own state, so what
 * the bulk job completed is skipped then.
 */
export async function requeueMembers<T>(
  queue: Queue,
  name: string,
  again: readonly { member: BulkMember<T>; delay?: number }[],
): Promise<void> {
  if (!again.length) return;
  await queue.addBulk(
    again.map(({ member, delay }) => ({
      name,
      data: member.data,
      opts: { jobId: member.jobId, delay: delay ?? MEMBER_RETRY_DELAY_MS },
    })),
  );
}

/**
 * Ends a bulk job whose members each succeeded or threw: the rejected ones go back to the queue
 * alone (requeueMembers, after `warn` says how many), and the job's result counts the members by
 * outcome ("retried" for those sent back).
 */
export async function finishBulk<T, R>(
  queue: Queue,
  name: string,
  members: readonly BulkMember<T>[],
  settled: readonly PromiseSettledResult<R>[],
  outcome: (value: R) => string,
  warn: (failed: number) => void,
): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const s of settled) {
    const key = s.status === "fulfilled" ? outcome(s.value) : "retried";
    result[key] = (result[key] ?? 0) + 1;
  }
  const failed = members.filter((_, i) => settled[i]!.status === "rejected");
  if (failed.length) {
    warn(failed.length);
    await requeueMembers(
      queue,
      name,
      failed.map((member) => ({ member })),
    );
  }
  return result;
}
