import type { BulkMember } from "./queues.js";

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
