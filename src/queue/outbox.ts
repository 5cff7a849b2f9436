import type { Queryable } from "../db/client.js";
import { outbox } from "../db/schema/index.js";
import { QUEUES, type JobData, type QueueName } from "./queues.js";

type RecordedListener = () => void;
const recordedListeners = new Set<RecordedListener>();

/**
 * Calls `listener` whenever `enqueue()` records a job in this process (before that transaction
 * commits: the relay looks again shortly after). Returns the unsubscribe function.
 */
export function onOutboxRecorded(listener: RecordedListener): () => void {
  recordedListeners.add(listener);
  return () => recordedListeners.delete(listener);
}

export interface EnqueueOptions {
  /** Idempotence key: a second enqueue with the same id for the same queue is a no-op. */
  jobId: string;
  /** Run no earlier than this instant (deadlines, surveys). */
  runAt?: Date;
  jobName?: string;
}

/**
 * Records a job in the outbox inside the caller's transaction. The job exists if and only if the
 * state that needs it committed; the relay delivers it to BullMQ afterwards (woken by
 * `ctx.relay.kick()` after the commit, or by its poll).
 */
export async function enqueue<Q extends QueueName>(
  tx: Queryable,
  queue: Q,
  data: JobData<Q>,
  opts: EnqueueOptions,
): Promise<void> {
  const payload = QUEUES[queue].parse(data) as Record<string, unknown>;
  // No pg_notify here: a transaction that notifies holds a database-wide lock through its commit
  // (WAL flush included), so every notifying writer would commit one after another. The caller
  // kicks its process's relay after the commit (`ctx.relay.kick()`), the relay of this process also
  // looks again shortly after any job is recorded (onOutboxRecorded), and other processes poll.
  await tx
    .insert(outbox)
    .values({
      queue,
      jobName: opts.jobName ?? queue,
      jobId: opts.jobId,
      payload,
      runAt: opts.runAt ?? null,
    })
    .onConflictDoNothing({ target: [outbox.queue, outbox.jobId] });
  outboxRecorded();
}

/**
 * Tells this process's relay that jobs were recorded, for writers that insert outbox rows with
 * their own SQL (several at once) instead of through enqueue().
 */
export function outboxRecorded(): void {
  for (const listener of recordedListeners) listener();
}
