import { sql } from "drizzle-orm";
import type { Queryable } from "../db/client.js";
import { outbox } from "../db/schema/index.js";
import { QUEUES, type JobData, type QueueName } from "./queues.js";

export interface EnqueueOptions {
  /** Idempotence key: a second enqueue with the same id for the same queue is a no-op. */
  jobId: string;
  /** Run no earlier than this instant (deadlines, surveys). */
  runAt?: Date;
  jobName?: string;
}

/**
 * Records a job in the outbox inside the caller's transaction. The job exists if and only if the
 * state that needs it committed; the relay delivers it to BullMQ afterwards.
 */
export async function enqueue<Q extends QueueName>(
  tx: Queryable,
  queue: Q,
  data: JobData<Q>,
  opts: EnqueueOptions,
): Promise<void> {
  const payload = QUEUES[queue].parse(data) as Record<string, unknown>;
  const job = tx.$with("job").as(
    tx
      .insert(outbox)
      .values({
        queue,
        jobName: opts.jobName ?? queue,
        jobId: opts.jobId,
        payload,
        runAt: opts.runAt ?? null,
      })
      .onConflictDoNothing({ target: [outbox.queue, outbox.jobId] })
      .returning({ id: outbox.id }),
  );
  // Wake the relay at once instead of waiting for its next poll, in the insert's own statement (one
  // round trip per job). A job already in the outbox wakes nobody: the relay knows of it already.
  await tx
    .with(job)
    .select({ woken: sql`pg_notify('zhitong_outbox', ${queue})` })
    .from(job);
}
